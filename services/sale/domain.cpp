#include "sale/domain.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

#include <algorithm>
#include <cmath>

namespace boxoffice {

SeatState seatStateFromLetter(QChar letter)
{
    switch (letter.unicode()) {
    case 'h':
        return SeatState::Held;
    case 's':
        return SeatState::Sold;
    case 'b':
        return SeatState::Blocked;
    default:
        return SeatState::Available;
    }
}

QString seatStateName(SeatState state)
{
    switch (state) {
    case SeatState::Available:
        return QStringLiteral("available");
    case SeatState::Held:
        return QStringLiteral("held");
    case SeatState::Sold:
        return QStringLiteral("sold");
    case SeatState::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

SeatState SeatStatus::effectiveState(const QDateTime &now) const
{
    if (state == SeatState::Held && heldUntil.isValid() && heldUntil <= now)
        return SeatState::Available;
    return state;
}

static QDateTime fromEpochSeconds(const QJsonValue &v, qint64 clockOffsetMs)
{
    if (v.isNull() || v.isUndefined())
        return {};
    return QDateTime::fromMSecsSinceEpoch(std::llround(v.toDouble() * 1000.0) + clockOffsetMs);
}

SeatStatusList seatStatusesFromJson(const QJsonArray &changes, qint64 clockOffsetMs)
{
    SeatStatusList list;
    list.reserve(changes.size());
    for (const auto &v : changes) {
        const QJsonArray e = v.toArray();
        SeatStatus s;
        s.seatId = e.at(0).toInt();
        const QString letter = e.at(1).toString();
        s.state = seatStateFromLetter(letter.isEmpty() ? QLatin1Char('a') : letter.at(0));
        s.heldBy = e.at(2).toInt();
        s.heldUntil = fromEpochSeconds(e.at(3), clockOffsetMs);
        s.version = e.at(4).toInteger();
        list << s;
    }
    return list;
}

QString paymentMethodName(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::PromptPay:
        return QStringLiteral("promptpay");
    }
    return {};
}

QByteArray SellRequest::payloadHash() const
{
    QList<int> seats = seatIds;
    std::sort(seats.begin(), seats.end());
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QString &s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    add(QString::number(showId));
    for (int id : seats)
        add(QString::number(id));
    add(ticketType);
    add(customer.name);
    add(customer.phone);
    add(paymentMethodName(payment));
    add(paymentRef);
    add(QString::number(pendingMinutes));
    add(QString::number(clerkId));
    return h.result().toHex();
}

QJsonObject SellRequest::toJson(int terminalId) const
{
    QJsonArray seats;
    for (int id : seatIds)
        seats.append(id);
    // An unknown clerk is no clerk (null), as an id of 0 would name nobody.
    const QJsonValue clerk = clerkId > 0 ? QJsonValue(clerkId) : QJsonValue(QJsonValue::Null);
    return QJsonObject {
        {QStringLiteral("idempotency_key"), idempotencyKey.toString(QUuid::WithoutBraces)},
        {QStringLiteral("request_hash"), QString::fromLatin1(payloadHash())},
        {QStringLiteral("show_id"), showId},
        {QStringLiteral("seat_ids"), seats},
        {QStringLiteral("ticket_type"), ticketType},
        {QStringLiteral("terminal_id"), terminalId},
        {QStringLiteral("clerk_id"), clerk},
        {QStringLiteral("customer_name"), customer.name},
        {QStringLiteral("customer_phone"), customer.phone},
        {QStringLiteral("payment_method"), paymentMethodName(payment)},
        {QStringLiteral("payment_ref"), paymentRef},
        {QStringLiteral("pending_minutes"), pendingMinutes},
        {QStringLiteral("confirm_similar"), confirmSimilar},
    };
}

static QList<SeatRef> seatRefs(const QJsonArray &a)
{
    QList<SeatRef> list;
    for (const auto &v : a) {
        const QJsonObject o = v.toObject();
        list << SeatRef {o.value(QLatin1String("id")).toInt(), o.value(QLatin1String("label")).toString(),
            o.value(QLatin1String("price")).toString()};
    }
    return list;
}

Order Order::fromJson(const QJsonObject &o)
{
    Order r;
    r.id = o.value(QLatin1String("order_id")).toInteger();
    r.status = o.value(QLatin1String("status")).toString();
    r.showId = o.value(QLatin1String("show_id")).toInt();
    r.terminalId = o.value(QLatin1String("terminal_id")).toInt();
    r.clerkId = o.value(QLatin1String("clerk_id")).toInt();
    r.ticketType = o.value(QLatin1String("ticket_type")).toString();
    r.total = o.value(QLatin1String("total")).toString();
    r.customer.name = o.value(QLatin1String("customer_name")).toString();
    r.customer.phone = o.value(QLatin1String("customer_phone")).toString();
    r.paymentMethod = o.value(QLatin1String("payment_method")).toString();
    r.paymentRef = o.value(QLatin1String("payment_ref")).toString();
    r.createdAt = fromEpochSeconds(o.value(QLatin1String("created_at")), 0);
    r.expiresAt = fromEpochSeconds(o.value(QLatin1String("expires_at")), 0);
    r.seats = seatRefs(o.value(QLatin1String("seats")).toArray());
    r.replayed = o.value(QLatin1String("replayed")).toBool();
    r.already = o.value(QLatin1String("already")).toBool();
    r.refund = o.value(QLatin1String("refund")).toString();
    return r;
}

} // namespace boxoffice
