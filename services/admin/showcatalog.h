#pragma once

#include "db/result.h"
#include "sale/domain.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QTimeZone>

namespace boxoffice {

class Database;

// Where a show is in its sales window (show_sales_window in
// resources/sql/functions/sale.sql, the rule holds and sales are checked by).
enum class SalesWindow { Open, NotYetOpen, Ended };

struct ShowSummary
{
    int id = 0;
    QString title;
    QString venue;
    QDateTime startsAt;
    QTimeZone timeZone; // the venue's: the show's time is written in it
    SalesState salesState = SalesState::OnSale;
    bool cancelled = false; // cancelled by a manager (its state is closed too): never sold again
    SalesWindow salesWindow = SalesWindow::Open;
    QDateTime salesOpenAt;         // invalid: on sale from the start
    QDateTime salesCloseAt;        // by default 2 hours after the start
    QMap<QString, int> freeByType; // ticket type -> free seats (lapsed holds count as free)
    int totalSeats = 0;
    // The venue's PromptPay id (digits; empty: none set, PromptPay is not
    // offered). Read with the list, so a manager's change reaches the
    // counters with the next refresh.
    QString promptPayId;
};

// The coming shows for the show picker (read-only; any worker thread).
class ShowCatalog final
{
public:
    static Result<QList<ShowSummary>> comingShows(Database &db, int limit = 60);
    // True when a clerk may hold and sell seats of it now: on sale and
    // inside its sales window.
    static bool selling(const ShowSummary &show)
    {
        return !show.cancelled && show.salesState == SalesState::OnSale && show.salesWindow == SalesWindow::Open;
    }
    // The zone the box office's days are counted in ("today", report days):
    // the venues' zone (with venues in several zones, the first venue's).
    static Result<QTimeZone> venueTimeZone(Database &db);
};

} // namespace boxoffice
