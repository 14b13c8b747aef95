#include "money/cashoffice.h"

#include "db/database.h"
#include "db/jsoncall.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

namespace boxoffice {

namespace {

QJsonObject counter(int terminalId)
{
    QJsonObject o;
    if (terminalId > 0)
        o.insert(QLatin1String("terminal_id"), terminalId);
    return o;
}

std::optional<Money> money(const QJsonValue &v)
{
    return v.isString() ? Money::fromDecimal(v.toString()) : std::nullopt;
}

QDateTime epoch(const QJsonValue &v)
{
    return v.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000), QTimeZone::utc()) : QDateTime();
}

Result<CashShift> movement(Database &db, int terminalId, const char *kind, Money amount, const QString &reason)
{
    QJsonObject request = counter(terminalId);
    request.insert(QLatin1String("kind"), QLatin1String(kind));
    request.insert(QLatin1String("amount"), amount.toDecimal());
    request.insert(QLatin1String("reason"), reason);
    Result<QJsonObject> r = callFunction(db, QStringLiteral("record_cash_movement"), request);
    if (!r)
        return r.error();
    return CashOffice::shiftFromJson(r->value(QLatin1String("shift")).toObject());
}

Result<CashReport> close(Database &db, const QJsonObject &request)
{
    Result<QJsonObject> r = callFunction(db, QStringLiteral("close_shift"), request);
    if (!r)
        return r.error();
    return CashOffice::reportFromJson(r->value(QLatin1String("report")).toObject());
}

} // namespace

CashShift CashOffice::shiftFromJson(const QJsonObject &o)
{
    CashShift s;
    s.id = o.value(QLatin1String("id")).toInteger();
    s.terminalId = o.value(QLatin1String("terminal_id")).toInt();
    s.terminal = o.value(QLatin1String("terminal")).toString();
    s.clerkId = o.value(QLatin1String("clerk_id")).toInt();
    s.clerk = o.value(QLatin1String("clerk")).toString();
    s.openedAt = epoch(o.value(QLatin1String("opened_at")));
    s.floatAmount = money(o.value(QLatin1String("float"))).value_or(Money());
    s.open = o.value(QLatin1String("open")).toBool();
    s.closedAt = epoch(o.value(QLatin1String("closed_at")));
    s.counted = money(o.value(QLatin1String("counted")));
    s.expected = money(o.value(QLatin1String("expected")));
    s.difference = money(o.value(QLatin1String("difference")));
    s.needsSignOff = o.value(QLatin1String("needs_sign_off")).toBool();
    s.signedOffBy = o.value(QLatin1String("signed_off_by")).toString();
    s.signOffReason = o.value(QLatin1String("sign_off_reason")).toString();
    return s;
}

CashReport CashOffice::reportFromJson(const QJsonObject &o)
{
    CashReport r;
    const QString kind = o.value(QLatin1String("kind")).toString();
    r.kind = kind.isEmpty() ? QChar() : kind.at(0);
    r.blind = o.value(QLatin1String("blind")).toBool();
    r.shiftId = o.value(QLatin1String("shift_id")).toInteger();
    r.from = epoch(o.value(QLatin1String("from")));
    r.to = epoch(o.value(QLatin1String("to")));
    r.floatAmount = money(o.value(QLatin1String("float"))).value_or(Money());
    r.clerk = o.value(QLatin1String("clerk")).toString();
    const QJsonObject methods = o.value(QLatin1String("methods")).toObject();
    for (auto it = methods.begin(); it != methods.end(); ++it) {
        const QJsonObject m = it.value().toObject();
        r.methods.insert(it.key(),
            CashMethodFigures {money(m.value(QLatin1String("taken"))).value_or(Money()),
                money(m.value(QLatin1String("refunded"))).value_or(Money()),
                money(m.value(QLatin1String("net"))).value_or(Money())});
    }
    r.paidIn = money(o.value(QLatin1String("paid_in"))).value_or(Money());
    r.paidOut = money(o.value(QLatin1String("paid_out"))).value_or(Money());
    r.expected = money(o.value(QLatin1String("expected"))).value_or(Money());
    r.counted = money(o.value(QLatin1String("counted")));
    r.difference = money(o.value(QLatin1String("difference")));
    r.ticketsSold = o.value(QLatin1String("tickets_sold")).toInt();
    r.ticketsReturned = o.value(QLatin1String("tickets_returned")).toInt();
    r.ticketsNet = o.value(QLatin1String("tickets_net")).toInt();
    return r;
}

Result<CashShift> CashOffice::openShift(Database &db, int terminalId, Money floatAmount)
{
    QJsonObject request = counter(terminalId);
    request.insert(QLatin1String("float"), floatAmount.toDecimal());
    Result<QJsonObject> r = callFunction(db, QStringLiteral("open_shift"), request);
    if (!r)
        return r.error();
    return shiftFromJson(r->value(QLatin1String("shift")).toObject());
}

Result<std::optional<CashShift>> CashOffice::currentShift(Database &db, int terminalId)
{
    Result<QJsonObject> r = callFunction(db, QStringLiteral("current_shift"), counter(terminalId));
    if (!r)
        return r.error();
    const QJsonValue shift = r->value(QLatin1String("shift"));
    if (!shift.isObject())
        return std::optional<CashShift>();
    return std::optional<CashShift>(shiftFromJson(shift.toObject()));
}

Result<CashShift> CashOffice::paidIn(Database &db, int terminalId, Money amount, const QString &reason)
{
    return movement(db, terminalId, "paid_in", amount, reason);
}

Result<CashShift> CashOffice::paidOut(Database &db, int terminalId, Money amount, const QString &reason)
{
    return movement(db, terminalId, "paid_out", amount, reason);
}

Result<CashReport> CashOffice::xReport(Database &db, int terminalId)
{
    Result<QJsonObject> r = callFunction(db, QStringLiteral("x_report"), counter(terminalId));
    if (!r)
        return r.error();
    return reportFromJson(r->value(QLatin1String("report")).toObject());
}

Result<CashReport> CashOffice::xReportOfShift(Database &db, qint64 shiftId)
{
    QJsonObject request;
    request.insert(QLatin1String("shift_id"), shiftId);
    Result<QJsonObject> r = callFunction(db, QStringLiteral("x_report"), request);
    if (!r)
        return r.error();
    return reportFromJson(r->value(QLatin1String("report")).toObject());
}

Result<CashReport> CashOffice::closeShift(Database &db, int terminalId, Money counted)
{
    QJsonObject request = counter(terminalId);
    request.insert(QLatin1String("counted"), counted.toDecimal());
    return close(db, request);
}

Result<CashReport> CashOffice::closeShift(Database &db, int terminalId, const CashCount &count)
{
    QJsonObject notes;
    for (auto it = count.notes.begin(); it != count.notes.end(); ++it)
        notes.insert(QString::number(it.key()), it.value());
    notes.insert(QLatin1String("coins"), count.coins.toDecimal());
    QJsonObject request = counter(terminalId);
    request.insert(QLatin1String("denominations"), notes);
    return close(db, request);
}

Result<QList<CashShift>> CashOffice::shifts(Database &db, bool needingSignOffOnly)
{
    QJsonObject request;
    request.insert(QLatin1String("needs_sign_off"), needingSignOffOnly);
    Result<QJsonObject> r = callFunction(db, QStringLiteral("cash_shifts"), request);
    if (!r)
        return r.error();
    QList<CashShift> list;
    for (const auto &v : r->value(QLatin1String("rows")).toArray()) {
        CashShift shift = shiftFromJson(v.toObject());
        if (const QJsonValue z = v.toObject().value(QLatin1String("report")); z.isObject()) {
            shift.report = reportFromJson(z.toObject());
            shift.report->shiftId = shift.id;
        }
        list << shift;
    }
    return list;
}

Result<CashShift> CashOffice::signOff(Database &db, qint64 shiftId, const QString &reason)
{
    QJsonObject request;
    request.insert(QLatin1String("shift_id"), shiftId);
    request.insert(QLatin1String("reason"), reason);
    Result<QJsonObject> r = callFunction(db, QStringLiteral("sign_off_shift"), request);
    if (!r)
        return r.error();
    return shiftFromJson(r->value(QLatin1String("shift")).toObject());
}

} // namespace boxoffice
