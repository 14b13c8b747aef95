#include "money/returns.h"

#include "db/database.h"
#include "db/jsoncall.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlQuery>

namespace boxoffice {

namespace {

Result<QList<RefundLine>> refundLines(const QJsonValue &value)
{
    QList<RefundLine> lines;
    const QJsonArray entries = value.toArray();
    for (const auto &v : entries) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("method")).toString();
        const std::optional<PaymentMethod> method = paymentMethodFromName(name);
        if (!method)
            return unreadableAnswer(QStringLiteral("method"), name);
        Result<Money> amount = moneyFromJson(o.value(QLatin1String("amount")), QStringLiteral("amount"));
        if (!amount)
            return amount.error();
        lines << RefundLine {*method, amount.value()};
    }
    return lines;
}

Result<QJsonObject> callDocument(Database &db, const QString &sql, const QJsonObject &request)
{
    return callChecked(db, sql, {jsonText(request)});
}

} // namespace

Result<ReturnResult> Returns::returnSeats(Database &db, qint64 orderId, const QList<int> &seatIds,
    const QString &reason, std::optional<PaymentMethod> refundMethod, int terminalId, const QUuid &approval)
{
    QJsonObject request {
        {QStringLiteral("order_id"), orderId},
        {QStringLiteral("seat_ids"), idArray(seatIds)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("terminal_id"), nullableId(terminalId)},
    };
    if (refundMethod)
        request.insert(QStringLiteral("refund_method"), paymentMethodName(*refundMethod));
    if (!approval.isNull())
        request.insert(QStringLiteral("approval"), approval.toString(QUuid::WithoutBraces));
    Result<QJsonObject> r = callDocument(db, QStringLiteral("SELECT boxoffice.return_seats(?::jsonb)"), request);
    if (!r)
        return r.error();
    Result<Order> order = Order::fromJson(r.value());
    if (!order)
        return order.error();
    Result<Money> refund = moneyFromJson(r->value(QLatin1String("refund")), QStringLiteral("refund"));
    if (!refund)
        return refund.error();
    Result<QList<RefundLine>> lines = refundLines(r->value(QLatin1String("refunds")));
    if (!lines)
        return lines.error();
    ReturnResult result {std::move(order).value(), refund.value(), lines.value()};
    result.order.changes = seatStatusesFromJson(r->value(QLatin1String("changes")).toArray(), db.clockOffsetMs());
    return result;
}

Result<ExchangeResult> Returns::exchange(Database &db, const ExchangeRequest &request, int terminalId)
{
    QJsonObject doc {
        {QStringLiteral("order_id"), request.orderId},
        {QStringLiteral("seat_ids"), idArray(request.seatIds)},
        {QStringLiteral("show_id"), request.showId},
        {QStringLiteral("terminal_id"), nullableId(terminalId)},
    };
    if (!request.newSeatIds.isEmpty())
        doc.insert(QStringLiteral("new_seat_ids"), idArray(request.newSeatIds));
    if (!request.priceType.isEmpty())
        doc.insert(QStringLiteral("price_type"), request.priceType);
    if (!request.tenders.isEmpty())
        doc.insert(QStringLiteral("payments"), tendersToJson(request.tenders));
    if (request.refundMethod)
        doc.insert(QStringLiteral("refund_method"), paymentMethodName(*request.refundMethod));
    if (!request.idempotencyKey.isNull())
        doc.insert(QStringLiteral("idempotency_key"), request.idempotencyKey.toString(QUuid::WithoutBraces));
    if (!request.approval.isNull())
        doc.insert(QStringLiteral("approval"), request.approval.toString(QUuid::WithoutBraces));
    Result<QJsonObject> r = callDocument(db, QStringLiteral("SELECT boxoffice.exchange_seats(?::jsonb)"), doc);
    if (!r)
        return r.error();
    ExchangeResult result;
    Result<Order> old = Order::fromJson(r->value(QLatin1String("order")).toObject());
    if (!old)
        return old.error();
    Result<Order> made = Order::fromJson(r->value(QLatin1String("new_order")).toObject());
    if (!made)
        return made.error();
    result.order = std::move(old).value();
    result.newOrder = std::move(made).value();
    result.replayed = r->value(QLatin1String("replayed")).toBool();
    if (!result.replayed) {
        Result<Money> diff = moneyFromJson(r->value(QLatin1String("difference")), QStringLiteral("difference"));
        if (!diff)
            return diff.error();
        result.difference = diff.value();
        Result<QList<RefundLine>> refunds = refundLines(r->value(QLatin1String("refunds")));
        if (!refunds)
            return refunds.error();
        result.refunds = refunds.value();
        Result<QList<RefundLine>> moved = refundLines(r->value(QLatin1String("moved")));
        if (!moved)
            return moved.error();
        result.moved = moved.value();
        result.newOrder.changes
            = seatStatusesFromJson(r->value(QLatin1String("changes")).toArray(), db.clockOffsetMs());
    }
    return result;
}

Result<ExchangeQuote> Returns::quoteExchange(Database &db, const ExchangeRequest &request)
{
    auto intArray = [](const QList<int> &ids) {
        QStringList parts;
        for (int id : ids)
            parts << QString::number(id);
        return QString(QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}'));
    };
    const QList<int> &newSeats = request.newSeatIds.isEmpty() ? request.seatIds : request.newSeatIds;
    ExchangeQuote quote;
    Result<Done> r = db.query(
        QStringLiteral(
            "SELECT s.id, s.label, os.price::text, z.ticket_type, pt.code,"
            "       coalesce((SELECT sp.price FROM boxoffice.show_price sp WHERE sp.show_id = ? AND sp.zone_id = z.id"
            "                    AND sp.price_type_id = pt.id), CASE WHEN pt.code = 'STANDARD' THEN z.price END)::text"
            "  FROM unnest(?::int[], ?::int[]) WITH ORDINALITY AS u (old_seat, new_seat, n)"
            "  JOIN boxoffice.order_seat os ON os.order_id = ? AND os.seat_id = u.old_seat AND os.active"
            "  JOIN boxoffice.price_type pt ON pt.id = coalesce("
            "       (SELECT id FROM boxoffice.price_type WHERE code = nullif(?, '')), os.price_type_id)"
            "  JOIN boxoffice.seat s ON s.id = u.new_seat JOIN boxoffice.zone z ON z.id = s.zone_id"
            " ORDER BY u.n"),
        {request.showId, intArray(request.seatIds), intArray(newSeats), request.orderId, request.priceType},
        [&quote](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                SeatRef s;
                s.id = q.value(0).toInt();
                s.label = q.value(1).toString();
                Result<Money> old = moneyFromJson(QJsonValue(q.value(2).toString()), QStringLiteral("price"));
                if (!old)
                    return old.error();
                quote.oldAmount += old.value();
                s.ticketType = q.value(3).toString();
                s.priceType = q.value(4).toString();
                if (q.value(5).isNull()) {
                    quote.missingPriceType = s.priceType;
                } else {
                    Result<Money> price = moneyFromJson(QJsonValue(q.value(5).toString()), QStringLiteral("price"));
                    if (!price)
                        return price.error();
                    s.price = price.value();
                    quote.newAmount += s.price;
                }
                quote.newSeats << s;
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return quote;
}

Result<QList<SeatRef>> Returns::freeSeats(Database &db, int showId, const QString &ticketType, int count)
{
    QList<SeatRef> seats;
    Result<Done> r = db.query(
        QStringLiteral("SELECT s.id, s.label FROM boxoffice.show_seat ss"
                       " JOIN boxoffice.seat s ON s.id = ss.seat_id JOIN boxoffice.zone z ON z.id = s.zone_id"
                       " WHERE ss.show_id = ? AND z.ticket_type = ?"
                       "   AND (ss.state = 'available' OR (ss.state = 'held' AND ss.held_until <= now()))"
                       " ORDER BY s.id LIMIT ?"),
        {showId, ticketType, count}, [&seats](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                SeatRef s;
                s.id = q.value(0).toInt();
                s.label = q.value(1).toString();
                seats << s;
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return seats;
}

} // namespace boxoffice
