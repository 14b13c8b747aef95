#include "admincli.h"

#include "admin/pricetypeadmin.h"
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

// A show's prices per ticket type and price type, the ones it sells:
// "RINGSIDE<TAB>CHILD<TAB>1000.00".
int printTypePrices(Context &c, int show)
{
    const Result<QList<ShowTypePrice>> prices = PriceTypeAdmin::showPrices(c.db, show);
    if (!prices)
        return refused(c, prices.error());
    for (const ShowTypePrice &p : prices.value()) {
        if (p.price)
            c.out << p.ticketType << '\t' << p.priceType << '\t' << p.price->toDecimal() << '\n';
    }
    return ExitDone;
}

int price(Context &c, const QStringList &args)
{
    const auto o = options(c, args,
        {QStringLiteral("show"), QStringLiteral("ticket-type"), QStringLiteral("price"), QStringLiteral("price-type")},
        {QStringLiteral("remove")});
    if (!o)
        return ExitUsage;
    const bool remove = o->contains(QStringLiteral("remove"));
    if (!require(c, *o, {QStringLiteral("show"), QStringLiteral("ticket-type")}))
        return ExitUsage;
    if (remove == o->contains(QStringLiteral("price"))) {
        c.err << tr("Give either --price or --remove.") << '\n';
        return ExitUsage;
    }
    if (remove && !require(c, *o, {QStringLiteral("price-type")}))
        return ExitUsage;
    const std::optional<int> show = idOption(c, *o, QStringLiteral("show"));
    if (!show)
        return ExitUsage;
    const QString ticketType = o->value(QStringLiteral("ticket-type"));
    if (o->contains(QStringLiteral("price-type"))) {
        const QString priceType = o->value(QStringLiteral("price-type"));
        const Result<bool> r = remove
            ? PriceTypeAdmin::removeShowPrice(c.db, *show, ticketType, priceType)
            : PriceTypeAdmin::setShowPrice(c.db, *show, ticketType, priceType, o->value(QStringLiteral("price")));
        if (!r)
            return refused(c, r.error());
        return printTypePrices(c, *show);
    }
    const Result<bool> r = ShowAdmin::setPriceText(c.db, *show, ticketType, o->value(QStringLiteral("price")));
    if (!r)
        return refused(c, r.error());
    const Result<QList<ShowPrice>> prices = ShowAdmin::prices(c.db, *show);
    if (!prices)
        return refused(c, prices.error());
    for (const ShowPrice &p : prices.value())
        c.out << p.ticketType << '\t' << p.price.toDecimal() << '\n';
    return ExitDone;
}

int showPrices(Context &c, const QStringList &args)
{
    const auto o = options(c, args, {QStringLiteral("show")});
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("show")}))
        return ExitUsage;
    const std::optional<int> show = idOption(c, *o, QStringLiteral("show"));
    if (!show)
        return ExitUsage;
    return printTypePrices(c, *show);
}

void printPriceTypes(Context &c, const PriceTypeList &list)
{
    for (const PriceTypeEntry &t : list.types) {
        c.out << QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
                     .arg(t.code, t.nameEn, t.nameTh, t.isComp ? tr("comp") : QStringLiteral("-"),
                         QString::number(t.sortOrder), t.active ? tr("active") : tr("inactive"))
              << '\n';
    }
    c.out << tr(
        "Approval below %1 % of the standard price; an approval lasts %n minute(s).", nullptr, list.approvalMinutes)
                 .arg(list.approvalBelowPercent)
          << '\n';
}

int priceTypes(Context &c, const QStringList &args)
{
    if (!options(c, args, {}))
        return ExitUsage;
    const Result<PriceTypeList> list = PriceTypeAdmin::list(c.db);
    if (!list)
        return refused(c, list.error());
    printPriceTypes(c, list.value());
    return ExitDone;
}

// "yes"/"no" (or 1/0, true/false) for a flag that takes a value.
std::optional<bool> yesNo(Context &c, const QHash<QString, QString> &o, const QString &name)
{
    const QString v = o.value(name).trimmed().toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("1") || v == QLatin1String("true"))
        return true;
    if (v == QLatin1String("no") || v == QLatin1String("0") || v == QLatin1String("false"))
        return false;
    c.err << tr("--%1 needs yes or no.").arg(name) << '\n';
    return std::nullopt;
}

int savePriceType(Context &c, const QStringList &args)
{
    const auto o = options(c, args,
        {QStringLiteral("code"), QStringLiteral("name-en"), QStringLiteral("name-th"), QStringLiteral("comp"),
            QStringLiteral("order"), QStringLiteral("active")});
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("code")}))
        return ExitUsage;
    PriceTypeFields f;
    f.code = o->value(QStringLiteral("code"));
    if (o->contains(QStringLiteral("name-en")))
        f.nameEn = o->value(QStringLiteral("name-en"));
    if (o->contains(QStringLiteral("name-th")))
        f.nameTh = o->value(QStringLiteral("name-th"));
    for (const auto &[name, into] :
        {std::pair {QStringLiteral("comp"), &f.isComp}, std::pair {QStringLiteral("active"), &f.active}}) {
        if (!o->contains(name))
            continue;
        const std::optional<bool> v = yesNo(c, *o, name);
        if (!v)
            return ExitUsage;
        *into = *v;
    }
    if (o->contains(QStringLiteral("order"))) {
        bool ok = false;
        const int order = o->value(QStringLiteral("order")).toInt(&ok);
        if (!ok) {
            c.err << tr("--%1 needs a number.").arg(QStringLiteral("order")) << '\n';
            return ExitUsage;
        }
        f.sortOrder = order;
    }
    const Result<PriceTypeEntry> saved = PriceTypeAdmin::save(c.db, f);
    if (!saved)
        return refused(c, saved.error());
    const Result<PriceTypeList> list = PriceTypeAdmin::list(c.db);
    if (!list)
        return refused(c, list.error());
    printPriceTypes(c, list.value());
    return ExitDone;
}

int pricingRule(Context &c, const QStringList &args)
{
    const auto o = options(c, args, {QStringLiteral("below-percent"), QStringLiteral("minutes")});
    if (!o)
        return ExitUsage;
    if (!require(c, *o, {QStringLiteral("below-percent"), QStringLiteral("minutes")}))
        return ExitUsage;
    const std::optional<int> minutes = idOption(c, *o, QStringLiteral("minutes"));
    if (!minutes)
        return ExitUsage;
    const Result<PriceTypeList> list
        = PriceTypeAdmin::setRule(c.db, o->value(QStringLiteral("below-percent")), *minutes);
    if (!list)
        return refused(c, list.error());
    printPriceTypes(c, list.value());
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
        {QStringLiteral("price"),
            QStringLiteral("--show ID --ticket-type RINGSIDE --price 2000.00 [--price-type CHILD] | --price-type CHILD"
                           " --remove"),
            tr("Sets a show's price of one ticket type (baht), at a price type (default STANDARD; a comp's is 0);"
               " --remove stops selling that price type for it. Sold orders keep theirs."),
            price},
        {QStringLiteral("show-prices"), QStringLiteral("--show ID"),
            tr("Lists a show's prices: ticket type, price type, price."), showPrices},
        {QStringLiteral("price-types"), QString(),
            tr("Lists the price types (code, English and Thai names, comp, order, active) and the approval rule."),
            priceTypes},
        {QStringLiteral("save-price-type"),
            QStringLiteral("--code CHILD [--name-en …] [--name-th …] [--comp yes|no] [--order N] [--active yes|no]"),
            tr("Adds a price type (both names needed) or changes one."), savePriceType},
        {QStringLiteral("pricing-rule"), QStringLiteral("--below-percent 50 --minutes 5"),
            tr("Sets which discounts need a supervisor (below this % of the standard price; comps always) and how"
               " long an approval lasts."),
            pricingRule},
        {QStringLiteral("copy-prices"), QStringLiteral("--from ID --to ID"),
            tr("Copies every price of one show to another, of every price type."), copyPrices},
        {QStringLiteral("cancel-show"), QStringLiteral("--show ID --reason …"),
            tr("Cancels a show (sales stop at once) and lists the orders to refund."), cancelShow},
        {QStringLiteral("refunds"), QStringLiteral("--show ID"),
            tr("Lists a show's orders still to refund: order, customer, phone, seats, total."), refunds},
    };
}

} // namespace boxoffice::admin
