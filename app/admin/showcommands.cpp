#include "admincli.h"

#include "admin/showadmin.h"
#include "db/database.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QTextStream>

#include <optional>

namespace boxoffice::admin {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("boxoffice::admin", text, disambiguation, n);
}

// "--name value" pairs (and "--name=value"); flags take no value. Answers
// nullopt (after saying why on err) for an unknown option or a missing value.
std::optional<QHash<QString, QString>> options(
    Context &c, const QStringList &args, const QStringList &valued, const QStringList &flags = {})
{
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString name = args.at(i);
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); name.startsWith(QLatin1String("--")) && eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        const QString key = name.mid(2);
        if (name.startsWith(QLatin1String("--")) && flags.contains(key) && !hasValue) {
            found.insert(key, QStringLiteral("1"));
            continue;
        }
        if (!name.startsWith(QLatin1String("--")) || !valued.contains(key)) {
            c.err << tr("Unknown argument \"%1\".").arg(name) << '\n';
            return std::nullopt;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                c.err << tr("%1 needs a value.").arg(name) << '\n';
                return std::nullopt;
            }
            value = args.at(++i);
        }
        found.insert(key, value);
    }
    return found;
}

bool require(Context &c, const QHash<QString, QString> &o, const QStringList &names)
{
    for (const QString &n : names) {
        if (!o.contains(n)) {
            c.err << tr("--%1 is required.").arg(n) << '\n';
            return false;
        }
    }
    return true;
}

std::optional<int> idOption(Context &c, const QHash<QString, QString> &o, const QString &name)
{
    bool ok = false;
    const int id = o.value(name).toInt(&ok);
    if (!ok || id <= 0) {
        c.err << tr("--%1 needs a number.").arg(name) << '\n';
        return std::nullopt;
    }
    return id;
}

int refused(Context &c, const ServiceError &e)
{
    c.err << e.message << '\n';
    return ExitFailed;
}

QString showLine(const ShowAdminEntry &s)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(QString::number(s.id), s.localStart, s.title, s.venue, s.state, QString::number(s.sold));
}

void printRefunds(Context &c, const QList<RefundEntry> &orders)
{
    c.out << tr("%n order(s) to refund:", nullptr, int(orders.size())) << '\n';
    for (const RefundEntry &o : orders) {
        c.out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(QString::number(o.orderId), o.customerName, o.customerPhone, o.seats.join(QLatin1Char(' ')),
                         o.total.toDecimal())
              << '\n';
    }
}

ShowFields fieldsFrom(const QHash<QString, QString> &o)
{
    ShowFields f;
    const auto take = [&o](const char *key, std::optional<QString> &into) {
        if (o.contains(QLatin1String(key)))
            into = o.value(QLatin1String(key));
    };
    take("title", f.title);
    take("subtitle", f.subtitle);
    take("starts", f.startsAt);
    take("doors", f.doorsAt);
    take("sales-open", f.salesOpenAt);
    take("sales-close", f.salesCloseAt);
    return f;
}

const QStringList showOptions {QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("starts"),
    QStringLiteral("doors"), QStringLiteral("sales-open"), QStringLiteral("sales-close")};

int listShows(Context &c, const QStringList &args)
{
    const auto o = options(c, args, {QStringLiteral("venue")});
    if (!o)
        return ExitUsage;
    int venue = 0;
    if (o->contains(QStringLiteral("venue"))) {
        const std::optional<int> id = idOption(c, *o, QStringLiteral("venue"));
        if (!id)
            return ExitUsage;
        venue = *id;
    }
    const Result<QList<ShowAdminEntry>> shows = ShowAdmin::shows(c.db, venue);
    if (!shows)
        return refused(c, shows.error());
    for (const ShowAdminEntry &s : shows.value())
        c.out << showLine(s) << '\n';
    return ExitDone;
}

int createShow(Context &c, const QStringList &args)
{
    const auto o = options(c, args, QStringList(showOptions) << QStringLiteral("venue"));
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("venue"), QStringLiteral("title"), QStringLiteral("starts")}))
        return ExitUsage;
    const std::optional<int> venue = idOption(c, *o, QStringLiteral("venue"));
    if (!venue)
        return ExitUsage;
    const Result<ShowAdminEntry> show = ShowAdmin::create(c.db, *venue, fieldsFrom(*o));
    if (!show)
        return refused(c, show.error());
    c.out << showLine(show.value()) << '\n';
    return ExitDone;
}

int editShow(Context &c, const QStringList &args)
{
    const auto o = options(c, args, QStringList(showOptions) << QStringLiteral("show"));
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("show")}))
        return ExitUsage;
    const std::optional<int> id = idOption(c, *o, QStringLiteral("show"));
    if (!id)
        return ExitUsage;
    const Result<ShowAdminEntry> show = ShowAdmin::edit(c.db, *id, fieldsFrom(*o));
    if (!show)
        return refused(c, show.error());
    c.out << showLine(show.value()) << '\n';
    return ExitDone;
}

int schedule(Context &c, const QStringList &args)
{
    const auto o = options(c, args,
        {QStringLiteral("venue"), QStringLiteral("weekdays"), QStringLiteral("time"), QStringLiteral("weeks"),
            QStringLiteral("title"), QStringLiteral("subtitle"), QStringLiteral("from")},
        {QStringLiteral("dry-run")});
    if (!o)
        return ExitUsage;
    if (!require(c, *o,
            {QStringLiteral("venue"), QStringLiteral("weekdays"), QStringLiteral("time"), QStringLiteral("weeks")}))
        return ExitUsage;
    const std::optional<int> venue = idOption(c, *o, QStringLiteral("venue"));
    if (!venue)
        return ExitUsage;
    WeeklySchedule s;
    s.venueId = *venue;
    const std::optional<QList<int>> days = ShowAdmin::parseWeekdays(o->value(QStringLiteral("weekdays")));
    if (!days) {
        c.err << tr("--weekdays takes day names such as mon,wed,thu,sun.") << '\n';
        return ExitUsage;
    }
    s.weekdays = *days;
    s.time = o->value(QStringLiteral("time"));
    bool ok = false;
    s.weeks = o->value(QStringLiteral("weeks")).toInt(&ok);
    if (!ok) {
        c.err << tr("--%1 needs a number.").arg(QStringLiteral("weeks")) << '\n';
        return ExitUsage;
    }
    s.title = o->value(QStringLiteral("title"), QStringLiteral("Muay Thai Night"));
    s.subtitle = o->value(QStringLiteral("subtitle"));
    if (o->contains(QStringLiteral("from"))) {
        s.firstDate = QDate::fromString(o->value(QStringLiteral("from")), Qt::ISODate);
        if (!s.firstDate.isValid()) {
            c.err << tr("--from takes a date such as 2026-12-07.") << '\n';
            return ExitUsage;
        }
    }
    QList<ScheduledDate> dates;
    int created = 0;
    if (o->contains(QStringLiteral("dry-run"))) {
        const Result<QList<ScheduledDate>> preview = ShowAdmin::previewSchedule(c.db, s);
        if (!preview)
            return refused(c, preview.error());
        dates = preview.value();
    } else {
        const Result<ScheduleResult> made = ShowAdmin::createSchedule(c.db, s);
        if (!made)
            return refused(c, made.error());
        dates = made->dates;
        created = made->created;
    }
    for (const ScheduledDate &d : std::as_const(dates)) {
        c.out << d.localStart << '\t' << (d.isNew ? tr("new") : tr("skipped: show %1 that day").arg(d.existingShow))
              << '\n';
    }
    if (!o->contains(QStringLiteral("dry-run")))
        c.out << tr("%n show(s) created.", nullptr, created) << '\n';
    return ExitDone;
}

int price(Context &c, const QStringList &args)
{
    const auto o = options(c, args, {QStringLiteral("show"), QStringLiteral("ticket-type"), QStringLiteral("price")});
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("show"), QStringLiteral("ticket-type"), QStringLiteral("price")}))
        return ExitUsage;
    const std::optional<int> show = idOption(c, *o, QStringLiteral("show"));
    if (!show)
        return ExitUsage;
    const Result<bool> r = ShowAdmin::setPriceText(
        c.db, *show, o->value(QStringLiteral("ticket-type")), o->value(QStringLiteral("price")));
    if (!r)
        return refused(c, r.error());
    const Result<QList<ShowPrice>> prices = ShowAdmin::prices(c.db, *show);
    if (!prices)
        return refused(c, prices.error());
    for (const ShowPrice &p : prices.value())
        c.out << p.ticketType << '\t' << p.price.toDecimal() << '\n';
    return ExitDone;
}

int copyPrices(Context &c, const QStringList &args)
{
    const auto o = options(c, args, {QStringLiteral("from"), QStringLiteral("to")});
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("from"), QStringLiteral("to")}))
        return ExitUsage;
    const std::optional<int> from = idOption(c, *o, QStringLiteral("from"));
    const std::optional<int> to = from ? idOption(c, *o, QStringLiteral("to")) : std::nullopt;
    if (!from || !to)
        return ExitUsage;
    const Result<QStringList> missing = ShowAdmin::copyPrices(c.db, *from, *to);
    if (!missing)
        return refused(c, missing.error());
    if (!missing->isEmpty())
        c.err << tr("Not at the venue of show %1: %2").arg(*to).arg(missing->join(QStringLiteral(", "))) << '\n';
    const Result<QList<ShowPrice>> prices = ShowAdmin::prices(c.db, *to);
    if (!prices)
        return refused(c, prices.error());
    for (const ShowPrice &p : prices.value())
        c.out << p.ticketType << '\t' << p.price.toDecimal() << '\n';
    return ExitDone;
}

int cancelShow(Context &c, const QStringList &args)
{
    const auto o = options(c, args, {QStringLiteral("show"), QStringLiteral("reason")});
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("show"), QStringLiteral("reason")}))
        return ExitUsage;
    const std::optional<int> show = idOption(c, *o, QStringLiteral("show"));
    if (!show)
        return ExitUsage;
    const Result<QList<RefundEntry>> orders = ShowAdmin::cancel(c.db, *show, o->value(QStringLiteral("reason")));
    if (!orders)
        return refused(c, orders.error());
    printRefunds(c, orders.value());
    return ExitDone;
}

int refunds(Context &c, const QStringList &args)
{
    const auto o = options(c, args, {QStringLiteral("show")});
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("show")}))
        return ExitUsage;
    const std::optional<int> show = idOption(c, *o, QStringLiteral("show"));
    if (!show)
        return ExitUsage;
    const Result<QList<RefundEntry>> orders = ShowAdmin::refunds(c.db, *show);
    if (!orders)
        return refused(c, orders.error());
    printRefunds(c, orders.value());
    return ExitDone;
}

} // namespace

// The show commands (issue 11): shows, weekly schedules, prices, cancelling.
// Times are the venue's wall-clock time, "2026-12-07 18:30".
QList<Command> showCommands()
{
    return {
        {QStringLiteral("list-shows"), QStringLiteral("[--venue ID]"),
            tr("Lists the shows from yesterday on: id, start (venue time), title, venue, state, seats sold."),
            listShows},
        {QStringLiteral("create-show"),
            QStringLiteral("--venue ID --title T --starts \"YYYY-MM-DD HH:MM\" [--doors …] [--subtitle …]"
                           " [--sales-open …] [--sales-close …]"),
            tr("Creates a show; times are the venue's."), createShow},
        {QStringLiteral("edit-show"), QStringLiteral("--show ID [--title …] [--starts …] [--doors …] [--subtitle …]"),
            tr("Changes a show; an empty time clears it."), editShow},
        {QStringLiteral("schedule"),
            QStringLiteral("--venue ID --weekdays mon,wed,thu,sun --time 18:30 --weeks 8 [--title …] [--from DATE]"
                           " [--dry-run]"),
            tr("Creates a show on each of those weekdays, skipping days that have one; --dry-run only lists them."),
            schedule},
        {QStringLiteral("price"), QStringLiteral("--show ID --ticket-type RINGSIDE --price 2000.00"),
            tr("Sets a show's price of one ticket type (baht); sold orders keep theirs."), price},
        {QStringLiteral("copy-prices"), QStringLiteral("--from ID --to ID"),
            tr("Copies every price of one show to another."), copyPrices},
        {QStringLiteral("cancel-show"), QStringLiteral("--show ID --reason …"),
            tr("Cancels a show (sales stop at once) and lists the orders to refund."), cancelShow},
        {QStringLiteral("refunds"), QStringLiteral("--show ID"),
            tr("Lists a show's orders still to refund: order, customer, phone, seats, total."), refunds},
    };
}

} // namespace boxoffice::admin
