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
    case 'a':
        return SeatState::Available;
    default:
        // A state this build does not know (a newer schema's): never offer
        // such a seat for sale — it is drawn and treated as blocked.
        qWarning("Unknown seat state '%s': treated as blocked", qPrintable(QString(letter)));
        return SeatState::Blocked;
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

std::optional<PaymentMethod> paymentMethodFromName(QStringView name)
{
    for (const PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::PromptPay}) {
        if (name == paymentMethodName(m))
            return m;
    }
    return std::nullopt;
}

QString orderStatusName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return QStringLiteral("pending");
    case OrderStatus::Paid:
        return QStringLiteral("paid");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    case OrderStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromName(QStringView name)
{
    for (const OrderStatus s :
        {OrderStatus::Pending, OrderStatus::Paid, OrderStatus::Cancelled, OrderStatus::Expired}) {
        if (name == orderStatusName(s))
            return s;
    }
    return std::nullopt;
}

QString salesStateName(SalesState state)
{
    switch (state) {
    case SalesState::OnSale:
        return QStringLiteral("on_sale");
    case SalesState::Paused:
        return QStringLiteral("paused");
    case SalesState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

std::optional<SalesState> salesStateFromName(QStringView name)
{
    for (const SalesState s : {SalesState::OnSale, SalesState::Paused, SalesState::Closed}) {
        if (name == salesStateName(s))
            return s;
    }
    return std::nullopt;
}

ServiceError unreadableAnswer(const QString &field, const QString &text)
{
    return ServiceError::make(
        ErrorCode::DatabaseError, QStringLiteral("unreadable answer: %1 = \"%2\"").arg(field, text));
}

Result<Money> moneyFromJson(const QJsonValue &value, const QString &field)
{
    if (value.isNull() || value.isUndefined())
        return Money();
    const std::optional<Money> m = Money::fromDecimal(value.toString());
    if (!m)
        return unreadableAnswer(field, value.toVariant().toString());
    return *m;
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
    for (int id : seats) {
        add(QString::number(id));
        add(priceTypes.value(id).trimmed().toUpper());
    }
    add(ticketType);
    add(approval.isNull() ? QString() : approval.toString(QUuid::WithoutBraces));
    add(customer.name);
    add(customer.phone);
    add(paymentMethodName(payment));
    add(paymentRef);
    add(QString::number(pendingMinutes));
    add(QString::number(clerkId));
    for (const Tender &t : tenders) {
        add(paymentMethodName(t.method));
        add(t.amount.toDecimal());
        add(t.tendered ? t.tendered->toDecimal() : QString());
        add(t.reference);
    }
    return h.result().toHex();
}

QJsonArray tendersToJson(const QList<Tender> &tenders)
{
    QJsonArray a;
    for (const Tender &t : tenders) {
        QJsonObject o {
            {QStringLiteral("method"), paymentMethodName(t.method)},
            {QStringLiteral("amount"), t.amount.toDecimal()},
            {QStringLiteral("reference"), t.reference},
        };
        if (t.tendered)
            o.insert(QStringLiteral("tendered"), t.tendered->toDecimal());
        a.append(o);
    }
    return a;
}

QList<SaleLine> SellRequest::lines() const
{
    QList<SaleLine> list;
    list.reserve(seatIds.size());
    for (int id : seatIds)
        list.append(SaleLine {id, priceTypes.value(id).trimmed().toUpper()});
    return list;
}

QJsonObject SellRequest::toJson(int terminalId) const
{
    QJsonArray seats;
    for (const SaleLine &line : lines()) {
        QJsonObject o {{QStringLiteral("seat_id"), line.seatId}};
        if (!line.priceType.isEmpty())
            o.insert(QStringLiteral("price_type"), line.priceType);
        seats.append(o);
    }
    // An unknown clerk is no clerk (null), as an id of 0 would name nobody.
    const QJsonValue clerk = clerkId > 0 ? QJsonValue(clerkId) : QJsonValue(QJsonValue::Null);
    QJsonObject doc {
        {QStringLiteral("idempotency_key"), idempotencyKey.toString(QUuid::WithoutBraces)},
        {QStringLiteral("request_hash"), QString::fromLatin1(payloadHash())},
        {QStringLiteral("show_id"), showId},
        {QStringLiteral("lines"), seats},
        {QStringLiteral("ticket_type"), ticketType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(ticketType)},
        {QStringLiteral("terminal_id"), terminalId},
        {QStringLiteral("clerk_id"), clerk},
        {QStringLiteral("customer_name"), customer.name},
        {QStringLiteral("customer_phone"), customer.phone},
        {QStringLiteral("payment_method"), paymentMethodName(payment)},
        {QStringLiteral("payment_ref"), paymentRef},
        {QStringLiteral("pending_minutes"), pendingMinutes},
        {QStringLiteral("confirm_similar"), confirmSimilar},
    };
    if (!tenders.isEmpty())
        doc.insert(QStringLiteral("payments"), tendersToJson(tenders));
    if (!approval.isNull())
        doc.insert(QStringLiteral("approval"), approval.toString(QUuid::WithoutBraces));
    return doc;
}

static Result<QList<PaymentRecord>> paymentRecords(const QJsonArray &a)
{
    QList<PaymentRecord> list;
    for (const auto &v : a) {
        const QJsonObject o = v.toObject();
        PaymentRecord p;
        p.id = o.value(QLatin1String("id")).toInteger();
        const QString kind = o.value(QLatin1String("kind")).toString();
        if (kind != QLatin1String("payment") && kind != QLatin1String("refund"))
            return unreadableAnswer(QStringLiteral("payments.kind"), kind);
        p.refund = kind == QLatin1String("refund");
        const QString method = o.value(QLatin1String("method")).toString();
        const std::optional<PaymentMethod> known = paymentMethodFromName(method);
        if (!known)
            return unreadableAnswer(QStringLiteral("payments.method"), method);
        p.method = *known;
        const Result<Money> amount = moneyFromJson(o.value(QLatin1String("amount")), QStringLiteral("payments.amount"));
        if (!amount)
            return amount.error();
        p.amount = *amount;
        for (const auto &[key, target] :
            {std::pair {QLatin1String("tendered"), &p.tendered}, std::pair {QLatin1String("change"), &p.change}}) {
            const QJsonValue value = o.value(key);
            if (value.isNull() || value.isUndefined())
                continue;
            const Result<Money> m = moneyFromJson(value, QStringLiteral("payments.") + key);
            if (!m)
                return m.error();
            *target = *m;
        }
        p.reference = o.value(QLatin1String("reference")).toString();
        p.refundOf = o.value(QLatin1String("refund_of")).toInteger();
        p.at = fromEpochSeconds(o.value(QLatin1String("at")), 0);
        list.append(p);
    }
    return list;
}

static Result<QList<SeatRef>> seatRefs(const QJsonArray &a)
{
    QList<SeatRef> list;
    for (const auto &v : a) {
        const QJsonObject o = v.toObject();
        const Result<Money> price = moneyFromJson(o.value(QLatin1String("price")), QStringLiteral("seats.price"));
        if (!price)
            return price.error();
        SeatRef seat;
        seat.id = o.value(QLatin1String("id")).toInt();
        seat.label = o.value(QLatin1String("label")).toString();
        seat.price = *price;
        seat.section = o.value(QLatin1String("section")).toString();
        seat.row = o.value(QLatin1String("row")).toString();
        seat.number = o.value(QLatin1String("number")).toInt();
        seat.zone = o.value(QLatin1String("zone")).toString();
        seat.ticketType = o.value(QLatin1String("ticket_type")).toString();
        seat.priceType = o.value(QLatin1String("price_type")).toString();
        seat.returned = o.value(QLatin1String("returned")).toBool();
        list << seat;
    }
    return list;
}

Result<Order> Order::fromJson(const QJsonObject &o)
{
    Order r;
    r.id = o.value(QLatin1String("order_id")).toInteger();
    const QString status = o.value(QLatin1String("status")).toString();
    const std::optional<OrderStatus> knownStatus = orderStatusFromName(status);
    if (!knownStatus)
        return unreadableAnswer(QStringLiteral("status"), status);
    r.status = *knownStatus;
    r.showId = o.value(QLatin1String("show_id")).toInt();
    r.terminalId = o.value(QLatin1String("terminal_id")).toInt();
    r.clerkId = o.value(QLatin1String("clerk_id")).toInt();
    r.ticketType = o.value(QLatin1String("ticket_type")).toString();
    const Result<Money> total = moneyFromJson(o.value(QLatin1String("total")), QStringLiteral("total"));
    if (!total)
        return total.error();
    r.total = *total;
    r.customer.name = o.value(QLatin1String("customer_name")).toString();
    r.customer.phone = o.value(QLatin1String("customer_phone")).toString();
    const QString method = o.value(QLatin1String("payment_method")).toString();
    const std::optional<PaymentMethod> knownMethod = paymentMethodFromName(method);
    if (!knownMethod)
        return unreadableAnswer(QStringLiteral("payment_method"), method);
    r.paymentMethod = *knownMethod;
    r.paymentRef = o.value(QLatin1String("payment_ref")).toString();
    r.createdAt = fromEpochSeconds(o.value(QLatin1String("created_at")), 0);
    r.expiresAt = fromEpochSeconds(o.value(QLatin1String("expires_at")), 0);
    Result<QList<SeatRef>> seats = seatRefs(o.value(QLatin1String("seats")).toArray());
    if (!seats)
        return seats.error();
    r.seats = std::move(seats).value();
    Result<QList<PaymentRecord>> payments = paymentRecords(o.value(QLatin1String("payments")).toArray());
    if (!payments)
        return payments.error();
    r.payments = std::move(payments).value();
    r.replayed = o.value(QLatin1String("replayed")).toBool();
    r.already = o.value(QLatin1String("already")).toBool();
    const Result<Money> refund = moneyFromJson(o.value(QLatin1String("refund")), QStringLiteral("refund"));
    if (!refund)
        return refund.error();
    r.refund = *refund;
    r.showTitle = o.value(QLatin1String("show_title")).toString();
    r.startsAt = fromEpochSeconds(o.value(QLatin1String("starts_at")), 0);
    r.venueName = o.value(QLatin1String("venue_name")).toString();
    r.timeZone = venueTimeZone(o.value(QLatin1String("time_zone")).toString());
    r.terminalName = o.value(QLatin1String("terminal_name")).toString();
    r.clerkName = o.value(QLatin1String("clerk_name")).toString();
    r.approvedBy = o.value(QLatin1String("approved_by")).toString();
    r.approvalReason = o.value(QLatin1String("approval_reason")).toString();
    return r;
}

QTimeZone venueTimeZone(const QString &ianaId)
{
    if (ianaId.isEmpty())
        return QTimeZone::systemTimeZone();
    QTimeZone zone(ianaId.toUtf8());
    if (!zone.isValid()) {
        qWarning("Unknown venue time zone %s: times are shown in this PC's zone", qPrintable(ianaId));
        return QTimeZone::systemTimeZone();
    }
    return zone;
}

} // namespace boxoffice
