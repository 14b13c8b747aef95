#include "ops/reports.h"

#include "db/database.h"
#include "db/houseclock.h"
#include "db/jsoncall.h"
#include "money/money.h"
#include "sale/domain.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtCore/QSaveFile>
#include <QtSql/QSqlQuery>

#include <cmath>

namespace boxoffice {

namespace {

int toInt(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInt();
}

qint64 toSatang(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}

MethodFigures methodFigures(const QJsonObject &o)
{
    MethodFigures m;
    m.orders = toInt(o, "orders");
    m.gross = toSatang(o, "gross");
    m.refundOrders = toInt(o, "refund_orders");
    m.refunds = toSatang(o, "refunds");
    return m;
}

ReportFigures reportFigures(const QJsonObject &o)
{
    ReportFigures f;
    f.paidOrders = toInt(o, "paid_orders");
    f.tickets = toInt(o, "tickets");
    f.gross = toSatang(o, "gross");
    f.refundOrders = toInt(o, "refund_orders");
    f.refundTickets = toInt(o, "refund_tickets");
    f.refunds = toSatang(o, "refunds");
    const QJsonObject byMethod = o.value(QLatin1String("by_method")).toObject();
    f.cash = methodFigures(byMethod.value(QLatin1String("cash")).toObject());
    f.card = methodFigures(byMethod.value(QLatin1String("card")).toObject());
    f.promptPay = methodFigures(byMethod.value(QLatin1String("promptpay")).toObject());
    return f;
}

Reconciliation reconciliationFromJson(const QJsonObject &o)
{
    Reconciliation r;
    r.id = o.value(QLatin1String("id")).toInteger();
    r.terminalId = toInt(o, "terminal_id");
    r.terminal = o.value(QLatin1String("terminal")).toString();
    r.clerkId = toInt(o, "clerk_id");
    r.clerk = o.value(QLatin1String("clerk")).toString();
    r.shiftStart = fromEpoch(o.value(QLatin1String("shift_start")));
    r.shiftEnd = fromEpoch(o.value(QLatin1String("shift_end")));
    r.expected = toSatang(o, "expected");
    r.counted = toSatang(o, "counted");
    r.difference = toSatang(o, "difference");
    r.note = o.value(QLatin1String("note")).toString();
    r.recordedBy = o.value(QLatin1String("recorded_by")).toString();
    r.actor = o.value(QLatin1String("actor")).toString();
    r.recordedAt = fromEpoch(o.value(QLatin1String("recorded_at")));
    return r;
}

QString isoTime(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    // With the offset, so that the instant is unambiguous anywhere.
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODate);
}

// A spreadsheet runs a cell starting with = + - @ as a formula: names typed
// by staff (show titles, counter and clerk names) are kept as text.
QString spreadsheetText(const QString &text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString localTime(const QDateTime &t)
{
    return QLocale().toString(HouseClock::at(t), QLocale::ShortFormat);
}

// The refusals of these functions are mostly "invalid_request": say which
// part of the request, in words.
ServiceError refusal(const QJsonObject &answer)
{
    ServiceError e = ServiceError::fromJson(answer);
    if (e.code != ErrorCode::InvalidRequest)
        return e;
    const QString field = answer.value(QLatin1String("field")).toString();
    const QString reason = answer.value(QLatin1String("reason")).toString();
    e.detail = QStringList {e.detail, field, reason}.join(QLatin1Char('/'));
    if (field == QLatin1String("period")) {
        e.message = Reports::tr("The period must not end before it starts.");
    } else if (field == QLatin1String("group")) {
        e.message = Reports::tr("Choose how to group the report: by show, zone, price type, counter or clerk.");
    } else if (field == QLatin1String("counted")) {
        e.message = Reports::tr("Enter the counted cash: an amount from 0.00 to %1 baht.")
                        .arg(QLocale().toString(99999999.99, 'f', 2));
    } else if (field == QLatin1String("note")) {
        e.message = Reports::tr("The note is too long: at most 500 characters.");
    } else if (field == QLatin1String("shift") && reason == QLatin1String("overlap")) {
        const Reconciliation other = reconciliationFromJson(answer.value(QLatin1String("other")).toObject());
        e.message = Reports::tr("The cash of this counter was already reconciled for a shift overlapping this one "
                                "(%1 to %2). Refresh to get the next shift.")
                        .arg(localTime(other.shiftStart), localTime(other.shiftEnd));
    } else if (field == QLatin1String("shift") && reason == QLatin1String("future")) {
        e.message = Reports::tr("A shift cannot end in the future.");
    } else if (field == QLatin1String("shift")) {
        e.message = Reports::tr("The shift must end after it starts.");
    }
    return e;
}

} // namespace

Result<QJsonObject> Reports::call(const QString &sql, const QVariantList &args)
{
    Result<QJsonObject> r = m_db.callJson(sql, args);
    if (r && !r->value(QLatin1String("ok")).toBool())
        return refusal(r.value());
    return r;
}

QString Reports::groupingKey(ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Show:
        return QStringLiteral("show");
    case ReportGrouping::Zone:
        return QStringLiteral("zone");
    case ReportGrouping::Counter:
        return QStringLiteral("counter");
    case ReportGrouping::Clerk:
        return QStringLiteral("clerk");
    case ReportGrouping::PriceType:
        return QStringLiteral("price_type");
    }
    return {};
}

QString Reports::groupingTitle(ReportGrouping grouping)
{
    switch (grouping) {
    case ReportGrouping::Show:
        return tr("Show");
    case ReportGrouping::Zone:
        return tr("Zone");
    case ReportGrouping::Counter:
        return tr("Counter");
    case ReportGrouping::Clerk:
        return tr("Clerk");
    case ReportGrouping::PriceType:
        return tr("Price type");
    }
    return {};
}

QString Reports::rowLabel(const ReportRow &row)
{
    if (!row.labelThai.isEmpty() && QLocale().language() == QLocale::Thai)
        return row.labelThai;
    return row.label;
}

Result<SalesReport> Reports::salesReport(const QDateTime &from, const QDateTime &to, ReportGrouping grouping)
{
    Result<QJsonObject> r = call(QStringLiteral("SELECT boxoffice.sales_report(to_timestamp(?), to_timestamp(?), ?)"),
        {epochOrNull(from), epochOrNull(to), groupingKey(grouping)});
    if (!r)
        return r.error();
    SalesReport report;
    report.grouping = grouping;
    report.from = fromEpoch(r->value(QLatin1String("from")));
    report.to = fromEpoch(r->value(QLatin1String("to")));
    const QJsonArray rows = r->value(QLatin1String("rows")).toArray();
    report.rows.reserve(rows.size());
    for (const auto &v : rows) {
        const QJsonObject o = v.toObject();
        ReportRow row;
        row.key = o.value(QLatin1String("key")).toInteger();
        row.label = o.value(QLatin1String("label")).toString();
        row.labelThai = o.value(QLatin1String("label_th")).toString();
        row.detail = o.value(QLatin1String("detail")).toString();
        row.venue = o.value(QLatin1String("venue")).toString();
        row.startsAt = fromEpoch(o.value(QLatin1String("starts_at")));
        row.timeZone = venueTimeZone(o.value(QLatin1String("time_zone")).toString());
        row.figures = reportFigures(o);
        report.rows << row;
    }
    report.totals = reportFigures(r->value(QLatin1String("totals")).toObject());
    return report;
}

Result<QList<ReconciliationCounter>> Reports::counters()
{
    Result<QJsonObject> r = call(QStringLiteral("SELECT boxoffice.reconciliation_counters()"), {});
    if (!r)
        return r.error();
    QList<ReconciliationCounter> list;
    const QJsonArray rows = r->value(QLatin1String("rows")).toArray();
    for (const auto &v : rows) {
        const QJsonObject o = v.toObject();
        list << ReconciliationCounter {
            toInt(o, "id"), o.value(QLatin1String("name")).toString(), fromEpoch(o.value(QLatin1String("last_end")))};
    }
    return list;
}

Result<ShiftProposal> Reports::proposeShift(int terminalId, const QDateTime &dayStart)
{
    Result<QJsonObject> r = call(QStringLiteral("SELECT boxoffice.reconciliation_proposal(?, to_timestamp(?))"),
        {terminalId, epochOrNull(dayStart)});
    if (!r)
        return r.error();
    const QJsonObject &o = r.value();
    ShiftProposal p;
    p.terminalId = toInt(o, "terminal_id");
    p.terminal = o.value(QLatin1String("terminal")).toString();
    p.shiftStart = fromEpoch(o.value(QLatin1String("shift_start")));
    p.shiftEnd = fromEpoch(o.value(QLatin1String("shift_end")));
    p.lastReconciledEnd = fromEpoch(o.value(QLatin1String("last_end")));
    p.cash.saleOrders = toInt(o, "sale_orders");
    p.cash.sales = toSatang(o, "sales");
    p.cash.refundOrders = toInt(o, "refund_orders");
    p.cash.refunds = toSatang(o, "refunds");
    return p;
}

Result<qint64> Reports::expectedCash(int terminalId, const QDateTime &from, const QDateTime &to)
{
    qint64 satang = 0;
    Result<Done> r = m_db.query(
        QStringLiteral("SELECT (boxoffice.expected_cash(?, to_timestamp(?), to_timestamp(?)) * 100)::bigint"),
        {terminalId, epochOrNull(from), epochOrNull(to)}, [&satang](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                satang = q.value(0).toLongLong();
            return Done {};
        });
    if (!r)
        return r.error();
    return satang;
}

Result<Reconciliation> Reports::recordReconciliation(const ReconciliationRequest &request)
{
    // The amount goes as an exact decimal: no binary fractions on the way.
    Result<QJsonObject> r = call(QStringLiteral("SELECT boxoffice.record_reconciliation(?, ?, to_timestamp(?),"
                                                " to_timestamp(?), ?::numeric, ?, ?)"),
        {request.terminalId, request.clerkId > 0 ? QVariant(request.clerkId) : QVariant(QMetaType::fromType<int>()),
            epochOrNull(request.shiftStart), epochOrNull(request.shiftEnd),
            Money::fromSatang(request.counted).toDecimal(), request.note, request.actor});
    if (!r)
        return r.error();
    return reconciliationFromJson(r->value(QLatin1String("reconciliation")).toObject());
}

Result<QList<Reconciliation>> Reports::reconciliations(const QDateTime &from, const QDateTime &to, int terminalId)
{
    Result<QJsonObject> r
        = call(QStringLiteral("SELECT boxoffice.reconciliations(to_timestamp(?), to_timestamp(?), ?)"),
            {epochOrNull(from), epochOrNull(to),
                terminalId > 0 ? QVariant(terminalId) : QVariant(QMetaType::fromType<int>())});
    if (!r)
        return r.error();
    QList<Reconciliation> list;
    const QJsonArray rows = r->value(QLatin1String("rows")).toArray();
    for (const auto &v : rows)
        list << reconciliationFromJson(v.toObject());
    return list;
}

QString Reports::csvField(const QString &text)
{
    static const QString special = QStringLiteral(",\"\r\n");
    bool quote = false;
    for (const QChar c : text) {
        if (special.contains(c)) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray Reports::csvDocument(const QList<QStringList> &records)
{
    QString text;
    for (const QStringList &record : records) {
        QStringList fields;
        fields.reserve(record.size());
        for (const QString &field : record)
            fields << csvField(field);
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QList<QStringList> Reports::csvRecords(const SalesReport &report)
{
    QStringList header {groupingTitle(report.grouping)};
    switch (report.grouping) {
    case ReportGrouping::Show:
        header << tr("Starts at") << tr("Venue");
        break;
    case ReportGrouping::Zone:
        header << tr("Ticket type") << tr("Venue");
        break;
    case ReportGrouping::Counter:
        break;
    case ReportGrouping::Clerk:
        header << tr("User name");
        break;
    case ReportGrouping::PriceType:
        header << tr("Code");
        break;
    }
    const qsizetype labelColumns = header.size();
    header << tr("Orders sold") << tr("Orders returned") << tr("Net orders") << tr("Tickets sold")
           << tr("Tickets returned") << tr("Net tickets") << tr("Taken") << tr("Refunded") << tr("Net")
           << tr("Cash gross") << tr("Cash refunds") << tr("Cash net") << tr("Card gross") << tr("Card refunds")
           << tr("Card net") << tr("PromptPay gross") << tr("PromptPay refunds") << tr("PromptPay net");

    // By zone or price type a row's money is its seats': payments have no
    // zone, so its method cells are empty (as "—" on screen), not 0.00,
    // which a spreadsheet would read as nothing taken. The totals row has them.
    const bool seatsOnly = report.grouping == ReportGrouping::Zone || report.grouping == ReportGrouping::PriceType;
    auto figures = [](const ReportFigures &f, bool methods) {
        QStringList cells {QString::number(f.paidOrders), QString::number(f.refundOrders),
            QString::number(f.ordersNet()), QString::number(f.tickets), QString::number(f.refundTickets),
            QString::number(f.ticketsNet()), Money::fromSatang(f.gross).toDecimal(),
            Money::fromSatang(f.refunds).toDecimal(), Money::fromSatang(f.net()).toDecimal()};
        for (const MethodFigures *m : {&f.cash, &f.card, &f.promptPay}) {
            if (methods) {
                cells << Money::fromSatang(m->gross).toDecimal() << Money::fromSatang(m->refunds).toDecimal()
                      << Money::fromSatang(m->net()).toDecimal();
            } else {
                cells << QString() << QString() << QString();
            }
        }
        return cells;
    };

    QList<QStringList> records {header};
    for (const ReportRow &row : report.rows) {
        QStringList cells {spreadsheetText(rowLabel(row))};
        if (report.grouping == ReportGrouping::Clerk && row.key == 0)
            cells.first() = tr("No clerk recorded");
        switch (report.grouping) {
        case ReportGrouping::Show:
            cells << isoTime(row.startsAt) << spreadsheetText(row.venue);
            break;
        case ReportGrouping::Zone:
            cells << spreadsheetText(row.detail) << spreadsheetText(row.venue);
            break;
        case ReportGrouping::Counter:
            break;
        case ReportGrouping::Clerk:
        case ReportGrouping::PriceType:
            cells << spreadsheetText(row.detail);
            break;
        }
        records << cells + figures(row.figures, !seatsOnly);
    }
    QStringList totals {tr("Total")};
    while (totals.size() < labelColumns)
        totals << QString();
    records << totals + figures(report.totals, true);
    return records;
}

Result<Done> Reports::writeFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    auto failed = [&path, &file] {
        ServiceError e = ServiceError::make(ErrorCode::InvalidRequest, file.errorString());
        e.message = tr("Could not save %1: %2").arg(path, file.errorString());
        return e;
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (file.write(contents) != contents.size()) {
        ServiceError e = failed();
        file.cancelWriting();
        return e;
    }
    if (!file.commit())
        return failed();
    return Done {};
}

Result<Done> Reports::exportCsv(const SalesReport &report, const QString &path)
{
    return writeFile(path, csvDocument(csvRecords(report)));
}

} // namespace boxoffice
