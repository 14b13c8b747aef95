#pragma once

#include "db/result.h"

#include <QtCore/QList>
#include <QtCore/QString>

namespace boxoffice {

class Database;

// A venue's settings as a manager sees and edits them.
struct VenueSettingsEntry
{
    int id = 0;
    QString name;
    QString timeZone;    // IANA name, e.g. "Asia/Bangkok" (read-only here)
    QString promptPayId; // digits as stored; empty: none set
};

// The venue settings of the back office (a manager's). Synchronous, safe on
// any worker thread: call through Database::run. Who may change them is the
// database's to enforce (set_venue_promptpay_id: boxoffice_manager only).
class VenueSettings final
{
public:
    static Result<QList<VenueSettingsEntry>> venues(Database &db);
    // Sets the venue's PromptPay id (spaces and dashes allowed, "+66"
    // mobile numbers too) or, empty, clears it; answers the id as stored
    // (digits; empty when cleared). InvalidPromptPayId for an id that is no
    // mobile number, 13-digit id with a valid check digit or 15-digit
    // e-wallet id; UnknownVenue; PermissionDenied below a manager.
    static Result<QString> setPromptPayId(Database &db, int venueId, const QString &id);
};

} // namespace boxoffice
