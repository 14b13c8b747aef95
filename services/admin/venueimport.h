#pragma once

#include "admin/venuelayout.h"
#include "db/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QList>
#include <QtCore/QString>

#include <functional>

namespace boxoffice {

class Database;

// A venue's seating as read from a file (docs/VENUE-FORMAT.md): CSV with a
// header, or JSON. Positions in venue units, the ring the square of half
// size ringHalfSize centred on (0, 0); prices in satang.
struct VenueFile
{
    struct Zone
    {
        QString ticketType; // RINGSIDE, CLASS2, … ([A-Z][A-Z0-9_]*)
        QString name;
        QString color; // #rrggbb
        Money price;   // the default price
        int line = 0;
    };
    struct Seat
    {
        QString section;
        QString row;
        int number = 0;
        QString label;
        QString zone; // a declared ticket type
        double x = 0;
        double y = 0;
        int line = 0; // in the file, from 1
    };
    QString name;     // from the file, if it names the venue (may be empty)
    QString timeZone; // likewise (IANA name)
    double ringHalfSize = 7;
    QList<Zone> zones;
    QList<Seat> seats;
};

// One problem of a file, where it is (line and column from 1; 0: unknown)
// and the translated sentence, "Line 12, column 4: …" included.
struct VenueFileError
{
    int line = 0;
    int column = 0;
    QString message;
};

struct VenueParseResult
{
    VenueFile file;
    QList<VenueFileError> errors; // every problem found (at most MaxErrors), in file order
    bool ok() const { return errors.isEmpty(); }
};

// What an import did.
struct VenueImportSummary
{
    int venueId = 0;
    int seats = 0; // the venue's seats now (retired ones not counted)
    int zones = 0;
    int added = 0; // re-import only: seats new to the venue
    int retired = 0;
    int rezoned = 0;
    int moved = 0;
    int restored = 0;
};

// A venue as the back office lists it.
struct VenueSummary
{
    int id = 0;
    QString name;
    QString timeZone; // IANA name
    int seats = 0;    // in the layout now (retired seats not counted)
    int zones = 0;
    int shows = 0; // that have not started
    bool isTest = false;
};

// Reading, checking and importing venue files. No GUI; parse() is meant for
// a worker thread (200,000 seats in well under a second), import calls go
// through Database::run like every service.
class VenueImport final
{
    Q_DECLARE_TR_FUNCTIONS(VenueImport)

public:
    enum class Format { Csv, Json };
    // Two seats whose centres are closer than this (venue units) overlap.
    static constexpr double MinSeatDistance = 0.5;
    static constexpr int MaxErrors = 200;
    // percent done, 0..100; called on the parsing thread.
    using Progress = std::function<void(int percent)>;

    // Reads and checks a whole file; every error names its line (and
    // column). Nothing is partly accepted: use the file only if ok().
    static VenueParseResult parse(const QByteArray &bytes, Format format, const Progress &progress = {});
    // By the file's suffix: .json is JSON, anything else CSV.
    static VenueParseResult parseFile(const QString &path, const Progress &progress = {});
    static Format formatOf(const QString &path);

    // The document import_venue / reimport_venue take (venues.sql).
    static QByteArray layoutDocument(
        const VenueFile &file, const QString &name, const QString &timeZone, bool isTest = false);

    // Makes a new venue (name unique, time zone an IANA name; empty: the
    // file's, else Asia/Bangkok). Errors: NameTaken, InvalidValue,
    // UnknownZone, PermissionDenied below a manager.
    static Result<VenueImportSummary> importNew(
        Database &db, const VenueFile &file, const QString &name, const QString &timeZone, bool isTest = false);
    // Applies the file to an existing venue (seats matched by label; see
    // reimport_venue). Errors: LayoutInUse naming the sold or held seats,
    // UnknownVenue, NameTaken, InvalidValue, PermissionDenied.
    static Result<VenueImportSummary> reimport(
        Database &db, int venueId, const VenueFile &file, const QString &name = {}, const QString &timeZone = {});

    // Every venue, by name (any staff login may read them).
    static Result<QList<VenueSummary>> venues(Database &db);

    // The file as a seat map layout for a preview (seat ids are 1..n, zone
    // ids 1..m; nothing is in the database).
    static VenueLayout previewLayout(const VenueFile &file, const QString &name = {});
};

} // namespace boxoffice
