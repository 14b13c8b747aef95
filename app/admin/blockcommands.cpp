#include "admincli.h"

#include "admin/seatblocks.h"
#include "db/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QTextStream>

#include <optional>

namespace boxoffice::admin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("boxoffice::admin", text); // the context lupdate gives tr() here
}

// "--name value" and "--name=value" options; every option takes a value.
struct Options
{
    QHash<QString, QString> values;
    QString error; // a usage error, translated

    bool has(const QString &name) const { return values.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

Options parse(const QStringList &arguments, const QStringList &known)
{
    Options o;
    for (int i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        bool inline_ = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); name.startsWith(QLatin1String("--")) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inline_ = true;
        }
        if (!name.startsWith(QLatin1String("--")) || !known.contains(name.mid(2))) {
            o.error = tr("Unknown argument \"%1\".").arg(arguments.at(i));
            return o;
        }
        if (!inline_) {
            if (i + 1 >= arguments.size()) {
                o.error = tr("%1 needs a value.").arg(name);
                return o;
            }
            value = arguments.at(++i);
        }
        o.values.insert(name.mid(2), value);
    }
    return o;
}

// A positive id from an option, or 0 (and a usage error said).
int idOption(const Options &o, const QString &name, QTextStream &err)
{
    bool ok = false;
    const int id = o.value(name).toInt(&ok);
    if (!ok || id <= 0) {
        err << tr("--%1 needs a number (an id), not \"%2\".").arg(name, o.value(name)) << '\n';
        return 0;
    }
    return id;
}

QString kindList()
{
    QStringList names;
    for (BlockKind k : SeatBlocks::kinds())
        names << SeatBlocks::kindName(k);
    return names.join(QStringLiteral(", "));
}

// --show ID or --venue ID (exactly one): {show, venue}; {0, 0} after a usage error.
std::pair<int, int> target(const Options &o, QTextStream &err)
{
    if (o.has(QStringLiteral("show")) == o.has(QStringLiteral("venue"))) {
        err << tr("Give either --show ID or --venue ID.") << '\n';
        return {0, 0};
    }
    if (o.has(QStringLiteral("show")))
        return {idOption(o, QStringLiteral("show"), err), 0};
    return {0, idOption(o, QStringLiteral("venue"), err)};
}

int refused(Context &c, const ServiceError &e)
{
    c.err << e.message << '\n';
    return e.code == ErrorCode::DatabaseUnavailable ? ExitNoDatabase : ExitFailed;
}

// The seat ids of --seats (labels, comma-separated) at the venue of the target.
Result<QList<int>> seatsOption(Context &c, const Options &o, int showId, int venueId)
{
    if (!venueId) {
        Result<int> venue = SeatBlocks::venueOfShow(c.db, showId);
        if (!venue)
            return venue.error();
        venueId = venue.value();
    }
    return SeatBlocks::seatIds(c.db, venueId, o.value(QStringLiteral("seats")).split(QLatin1Char(',')));
}

int blockCommand(Context &c, const QStringList &arguments)
{
    const Options o = parse(arguments,
        {QStringLiteral("show"), QStringLiteral("venue"), QStringLiteral("seats"), QStringLiteral("kind"),
            QStringLiteral("reason")});
    if (!o.error.isEmpty()) {
        c.err << o.error << '\n';
        return ExitUsage;
    }
    const auto [show, venue] = target(o, c.err);
    if (!show && !venue)
        return ExitUsage;
    if (!o.has(QStringLiteral("seats")) || !o.has(QStringLiteral("kind")) || !o.has(QStringLiteral("reason"))) {
        c.err << tr("block needs --seats, --kind and --reason.") << '\n';
        return ExitUsage;
    }
    const std::optional<BlockKind> kind = SeatBlocks::kindFromName(o.value(QStringLiteral("kind")));
    if (!kind) {
        c.err << tr("Unknown kind \"%1\": use one of %2.").arg(o.value(QStringLiteral("kind")), kindList()) << '\n';
        return ExitUsage;
    }
    const Result<QList<int>> seats = seatsOption(c, o, show, venue);
    if (!seats)
        return refused(c, seats.error());
    const QString reason = o.value(QStringLiteral("reason"));
    const Result<BlockOutcome> r = show ? SeatBlocks::block(c.db, show, seats.value(), *kind, reason)
                                        : SeatBlocks::blockVenue(c.db, venue, seats.value(), *kind, reason);
    if (!r)
        return refused(c, r.error());
    if (show)
        c.out << tr("Blocked %1 seat(s) of show %2.").arg(r->seats).arg(show) << '\n';
    else
        c.out << tr("Blocked %1 seat(s) of venue %2: %3 seat(s) in %4 future show(s).")
                     .arg(r->seats)
                     .arg(venue)
                     .arg(r->showSeats)
                     .arg(r->shows)
              << '\n';
    return ExitDone;
}

int unblockCommand(Context &c, const QStringList &arguments)
{
    const Options o = parse(
        arguments, {QStringLiteral("show"), QStringLiteral("venue"), QStringLiteral("seats"), QStringLiteral("kind")});
    if (!o.error.isEmpty()) {
        c.err << o.error << '\n';
        return ExitUsage;
    }
    const auto [show, venue] = target(o, c.err);
    if (!show && !venue)
        return ExitUsage;
    std::optional<BlockKind> kind;
    if (o.has(QStringLiteral("kind"))) {
        kind = SeatBlocks::kindFromName(o.value(QStringLiteral("kind")));
        if (!kind) {
            c.err << tr("Unknown kind \"%1\": use one of %2.").arg(o.value(QStringLiteral("kind")), kindList()) << '\n';
            return ExitUsage;
        }
    }
    QList<int> seatIds;
    if (o.has(QStringLiteral("seats"))) {
        const Result<QList<int>> seats = seatsOption(c, o, show, venue);
        if (!seats)
            return refused(c, seats.error());
        seatIds = seats.value();
    }
    const Result<BlockOutcome> r
        = show ? SeatBlocks::release(c.db, show, seatIds, kind) : SeatBlocks::releaseVenue(c.db, venue, seatIds, kind);
    if (!r)
        return refused(c, r.error());
    if (show)
        c.out << tr("Released %1 seat(s) of show %2 to sale.").arg(r->seats).arg(show) << '\n';
    else
        c.out << tr("Released %1 venue block(s) of venue %2: %3 seat(s) of future shows back on sale.")
                     .arg(r->seats)
                     .arg(venue)
                     .arg(r->showSeats)
              << '\n';
    return ExitDone;
}

int copyCommand(Context &c, const QStringList &arguments)
{
    const Options o = parse(arguments, {QStringLiteral("from"), QStringLiteral("to")});
    if (!o.error.isEmpty()) {
        c.err << o.error << '\n';
        return ExitUsage;
    }
    if (!o.has(QStringLiteral("from")) || !o.has(QStringLiteral("to"))) {
        c.err << tr("copy-blocks needs --from ID and --to ID.") << '\n';
        return ExitUsage;
    }
    const int from = idOption(o, QStringLiteral("from"), c.err);
    const int to = idOption(o, QStringLiteral("to"), c.err);
    if (!from || !to)
        return ExitUsage;
    const Result<BlockOutcome> r = SeatBlocks::copy(c.db, from, to);
    if (!r)
        return refused(c, r.error());
    c.out << tr("Copied the blocks of show %1 to show %2: %3 seat(s) blocked.").arg(from).arg(to).arg(r->seats) << '\n';
    return ExitDone;
}

int listCommand(Context &c, const QStringList &arguments)
{
    const Options o = parse(arguments, {QStringLiteral("show"), QStringLiteral("venue")});
    if (!o.error.isEmpty()) {
        c.err << o.error << '\n';
        return ExitUsage;
    }
    const auto [show, venue] = target(o, c.err);
    if (!show && !venue)
        return ExitUsage;
    if (show) {
        if (Result<int> exists = SeatBlocks::venueOfShow(c.db, show); !exists)
            return refused(c, exists.error());
    }
    const Result<QList<SeatBlock>> blocks
        = show ? SeatBlocks::showBlocks(c.db, show) : SeatBlocks::venueBlocks(c.db, venue);
    if (!blocks)
        return refused(c, blocks.error());
    // One line per seat, tab-separated: label, kind, reason, and for a
    // show "venue" where the block is the venue's.
    for (const SeatBlock &b : blocks.value()) {
        c.out << b.label << '\t' << SeatBlocks::kindName(b.kind) << '\t' << b.reason;
        if (show && b.venueWide)
            c.out << '\t' << "venue";
        c.out << '\n';
    }
    return ExitDone;
}

} // namespace

// The block commands (issue 11): seat blocks of a show or of every future
// show of a venue (docs/backoffice/blocks.md).
QList<Command> blockCommands()
{
    return {
        {QStringLiteral("block"), QStringLiteral("(--show ID | --venue ID) --seats A-1,A-2 --kind KIND --reason TEXT"),
            tr("Block seats of a show, or of every future show of a venue (kinds: house, press, broken, camera, "
               "kill)."),
            blockCommand},
        {QStringLiteral("unblock"), QStringLiteral("(--show ID | --venue ID) [--seats A-1,A-2] [--kind KIND]"),
            tr("Release blocked seats to sale: the seats given, or of one kind, or all."), unblockCommand},
        {QStringLiteral("copy-blocks"), QStringLiteral("--from ID --to ID"),
            tr("Block in a show the seats blocked in another show of the same venue."), copyCommand},
        {QStringLiteral("list-blocks"), QStringLiteral("--show ID | --venue ID"),
            tr("List the blocked seats of a show (or a venue's blocks): label, kind, reason."), listCommand},
    };
}

} // namespace boxoffice::admin
