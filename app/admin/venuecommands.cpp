#include "admin/venueimport.h"
#include "admincli.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

namespace boxoffice::admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("boxoffice::admin", text);
}

// boxoffice admin import-venue FILE [--name NAME] [--time-zone ZONE] [--replace VENUE_ID] [--test]
int importVenue(Context &context, const QStringList &arguments)
{
    QString file;
    QString name;
    QString timeZone;
    int replace = 0;
    bool isTest = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (a == QLatin1String("--name") && hasValue) {
            name = arguments.at(++i);
        } else if (a == QLatin1String("--time-zone") && hasValue) {
            timeZone = arguments.at(++i);
        } else if (a == QLatin1String("--replace") && hasValue) {
            bool ok = false;
            replace = arguments.at(++i).toInt(&ok);
            if (!ok || replace < 1) {
                context.err << tr("--replace needs a venue id (a number; see list-venues).") << '\n';
                return ExitUsage;
            }
        } else if (a == QLatin1String("--test")) {
            isTest = true;
        } else if (a.startsWith(QLatin1String("--")) || !file.isEmpty()) {
            context.err << tr("Unexpected argument \"%1\".").arg(a) << '\n';
            return ExitUsage;
        } else {
            file = a;
        }
    }
    if (file.isEmpty()) {
        context.err << tr("import-venue needs a file (CSV or JSON, see docs/VENUE-FORMAT.md).") << '\n';
        return ExitUsage;
    }
    const VenueParseResult parsed = VenueImport::parseFile(file);
    if (!parsed.ok()) {
        for (const VenueFileError &e : parsed.errors)
            context.err << file << ": " << e.message << '\n';
        context.err << tr("Nothing was imported.") << '\n';
        return ExitFailed;
    }
    const Result<VenueImportSummary> done = replace > 0
        ? VenueImport::reimport(context.db, replace, parsed.file, name, timeZone)
        : VenueImport::importNew(context.db, parsed.file, name, timeZone, isTest);
    if (!done) {
        context.err << done.error().message << '\n' << tr("Nothing was imported.") << '\n';
        return ExitFailed;
    }
    // One "key=value" a line: for people and for scripts.
    context.out << "venue_id=" << done->venueId << '\n'
                << "seats=" << done->seats << '\n'
                << "zones=" << done->zones << '\n';
    if (replace > 0)
        context.out << "added=" << done->added << '\n'
                    << "retired=" << done->retired << '\n'
                    << "rezoned=" << done->rezoned << '\n'
                    << "moved=" << done->moved << '\n'
                    << "restored=" << done->restored << '\n';
    return ExitDone;
}

// boxoffice admin list-venues: one venue a line, tab-separated.
int listVenues(Context &context, const QStringList &arguments)
{
    if (!arguments.isEmpty()) {
        context.err << tr("Unexpected argument \"%1\".").arg(arguments.first()) << '\n';
        return ExitUsage;
    }
    const Result<QList<VenueSummary>> venues = VenueImport::venues(context.db);
    if (!venues) {
        context.err << venues.error().message << '\n';
        return ExitFailed;
    }
    context.out << "id\tname\ttime_zone\tseats\tzones\tcoming_shows\ttest\n";
    for (const VenueSummary &v : venues.value())
        context.out << v.id << '\t' << v.name << '\t' << v.timeZone << '\t' << v.seats << '\t' << v.zones << '\t'
                    << v.shows << '\t' << (v.isTest ? "yes" : "no") << '\n';
    return ExitDone;
}

} // namespace

// The venue commands (issue 11).
QList<Command> venueCommands()
{
    return {
        Command {QStringLiteral("import-venue"),
            QStringLiteral("FILE [--name NAME] [--time-zone ZONE] [--replace VENUE_ID] [--test]"),
            tr("Imports a venue's seating from a CSV or JSON file (docs/VENUE-FORMAT.md), or with --replace applies "
               "it to an existing venue."),
            importVenue},
        Command {
            QStringLiteral("list-venues"), QString(), tr("Lists the venues with their seats and zones."), listVenues},
    };
}

} // namespace boxoffice::admin
