#include "sale/orderservice.h"

#include "db/database.h"
#include "db/jsoncall.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtSql/QSqlQuery>

namespace boxoffice {

namespace { } // namespace

Result<Order> OrderService::orderCall(const QString &sql, const QJsonObject &request)
{
    Result<QJsonObject> r
        = m_db.callJson(sql, {QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    if (!r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    Result<Order> parsed = Order::fromJson(r.value());
    if (!parsed)
        return parsed;
    Order order = std::move(parsed).value();
    order.changes = seatStatusesFromJson(r->value(QLatin1String("changes")).toArray(), m_db.clockOffsetMs());
    return order;
}

Result<Order> OrderService::sell(const SellRequest &request, int terminalId)
{
    if (request.idempotencyKey.isNull())
        return ServiceError::make(ErrorCode::InvalidRequest, QStringLiteral("no idempotency key"));
    return orderCall(QStringLiteral("SELECT boxoffice.sell(?::jsonb)"), request.toJson(terminalId));
}

Result<Order> OrderService::confirmPayment(
    qint64 orderId, int terminalId, PaymentMethod method, const QString &reference)
{
    return orderCall(QStringLiteral("SELECT boxoffice.confirm_payment(?::jsonb)"),
        QJsonObject {
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("terminal_id"), terminalId},
            {QStringLiteral("payment_method"), paymentMethodName(method)},
            {QStringLiteral("payment_ref"), reference},
        });
}

Result<Order> OrderService::confirmPayment(qint64 orderId, int terminalId, const QList<Tender> &tenders)
{
    return orderCall(QStringLiteral("SELECT boxoffice.confirm_payment(?::jsonb)"),
        QJsonObject {
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("terminal_id"), terminalId},
            {QStringLiteral("payments"), tendersToJson(tenders)},
        });
}

Result<Order> OrderService::cancel(qint64 orderId, int terminalId, int clerkId, const QString &reason)
{
    return orderCall(QStringLiteral("SELECT boxoffice.cancel_order(?::jsonb)"),
        QJsonObject {
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("terminal_id"), terminalId},
            {QStringLiteral("clerk_id"), nullableId(clerkId)},
            {QStringLiteral("reason"), reason},
        });
}

Result<Order> OrderService::changeSeats(
    qint64 orderId, const QList<int> &oldSeats, const QList<int> &newSeats, int terminalId, int clerkId)
{
    return orderCall(QStringLiteral("SELECT boxoffice.change_seats(?::jsonb)"),
        QJsonObject {
            {QStringLiteral("order_id"), orderId},
            {QStringLiteral("old_seat_ids"), idArray(oldSeats)},
            {QStringLiteral("new_seat_ids"), idArray(newSeats)},
            {QStringLiteral("terminal_id"), terminalId},
            {QStringLiteral("clerk_id"), nullableId(clerkId)},
        });
}

Result<Order> OrderService::find(qint64 orderId)
{
    QString json;
    Result<Done> r = m_db.query(
        QStringLiteral("SELECT boxoffice.order_json(?)"), {orderId}, [&json](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                json = q.value(0).toString();
            return Done {};
        });
    if (!r)
        return r.error();
    if (json.isEmpty())
        return ServiceError::make(ErrorCode::UnknownOrder);
    return Order::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
}

Result<QList<Order>> OrderService::findByPhone(const QString &phone)
{
    QList<Order> orders;
    Result<Done> r = m_db.query(QStringLiteral("SELECT boxoffice.order_json(id) FROM boxoffice.orders"
                                               " WHERE customer_phone = ? ORDER BY created_at DESC LIMIT 100"),
        {phone}, [&orders](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                Result<Order> order = Order::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
                if (!order)
                    return order.error();
                orders << std::move(order).value();
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return orders;
}

Result<OrderService::ExpiryResult> OrderService::expireOrders()
{
    Result<QJsonObject> r = m_db.callJson(QStringLiteral("SELECT boxoffice.expire_orders()"), {});
    if (!r)
        return r.error();
    return ExpiryResult {r->value(QLatin1String("expired")).toInt(), r->value(QLatin1String("released")).toInt()};
}

} // namespace boxoffice
