#pragma once

#include "db/result.h"
#include "money/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QTimeZone>
#include <QtCore/QUuid>

#include <optional>

class QJsonObject;
class QJsonArray;
class QJsonValue;

namespace boxoffice {

enum class SeatState : quint8 { Available, Held, Sold, Blocked };

SeatState seatStateFromLetter(QChar letter);
QString seatStateName(SeatState state);

// One seat's state as the database last committed it.
struct SeatStatus
{
    int seatId = 0;
    SeatState state = SeatState::Available;
    int heldBy = 0;      // terminal id while held
    QDateTime heldUntil; // local clock
    qint64 orderId = 0;
    qint64 version = 0; // from one sequence; newer always larger

    // A hold past its time counts as free (lazy expiry), whatever the row says.
    SeatState effectiveState(const QDateTime &now) const;
};
using SeatStatusList = QList<SeatStatus>;

// Parses the [seat, letter, terminal, held_until, version] entries the SQL
// functions return and NOTIFY sends. clockOffsetMs: local minus server time.
SeatStatusList seatStatusesFromJson(const QJsonArray &changes, qint64 clockOffsetMs = 0);

struct SeatRef
{
    int id = 0;
    QString label;
    Money price;
    // Where the seat is, for the printed ticket (orders only; empty elsewhere).
    QString section;
    QString row;
    int number = 0;
    QString zone;
    // Orders only: the seat's ticket type and price type codes ("RINGSIDE",
    // "STANDARD"), and whether it was returned (kept in the order's history,
    // no longer the customer's).
    QString ticketType;
    QString priceType;
    bool returned = false;
    // Orders about to be printed only: the seat's ticket code (26
    // characters; services/gate/gate.h, Gate::ticketCodes), which the
    // ticket's QR code carries and whose first 10 it prints as text. Empty
    // when not fetched: such a ticket prints as not valid for entry.
    QString ticketCode;
};

struct HoldResult
{
    QUuid token;
    QDateTime heldUntil;
    SeatStatusList changes;
    QList<SeatRef> notHeld; // release only: seats this counter did not hold
};

// The database's names of the states below ("paid", "on_sale", …) are read
// once, where JSON and rows are read; unknown text is an error there, never a
// default. Labels and colours for people: models/display.h.

enum class PaymentMethod { Cash, Card, PromptPay };
QString paymentMethodName(PaymentMethod method);
std::optional<PaymentMethod> paymentMethodFromName(QStringView name);

enum class OrderStatus { Pending, Paid, Cancelled, Expired };
QString orderStatusName(OrderStatus status);
std::optional<OrderStatus> orderStatusFromName(QStringView name);

// Whether counters may hold and sell a show's seats.
enum class SalesState { OnSale, Paused, Closed };
QString salesStateName(SalesState state);
std::optional<SalesState> salesStateFromName(QStringView name);

// What the database sent where a known name was expected: the answer cannot
// be read (a client older than its database, or a bug), said so plainly.
ServiceError unreadableAnswer(const QString &field, const QString &text);
// A money field of an answer: absent or null is zero, malformed an error.
Result<Money> moneyFromJson(const QJsonValue &value, const QString &field);

// A venue's time zone from its IANA name (venue.time_zone). A name this
// PC's time zone database does not know falls back to the PC's zone, with a
// warning in the log: the times are then labelled with that zone.
QTimeZone venueTimeZone(const QString &ianaId);

// One tender of a sale's payment (split tender, issue 12): the amount in
// satang; for cash, what the customer handed over (>= amount; the database
// works out the change); for card and PromptPay, the slip or transaction
// reference (at most 100 characters).
struct Tender
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<Money> tendered; // cash only
    QString reference;
};

// A payment taken or a refund given, as the database recorded it (table
// payment, 0018_money.sql). Amounts in satang; at in the PC's clock.
struct PaymentRecord
{
    qint64 id = 0;
    bool refund = false;
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
    std::optional<Money> tendered; // cash payments that recorded it
    std::optional<Money> change;
    QString reference;
    qint64 refundOf = 0; // refunds: the payment it goes back to
    QDateTime at;
};

// The request document's "payments" array for tenders (record_payments in
// functions/sale.sql says the shape).
QJsonArray tendersToJson(const QList<Tender> &tenders);

struct Customer
{
    QString name;
    QString phone;
};

// One seat of a sale at its price type (issue 12): "lines" of sell.
struct SaleLine
{
    int seatId = 0;
    QString priceType; // a price type code ("THAI", "COMP"); empty: STANDARD
};

struct SellRequest
{
    QUuid idempotencyKey; // made once per checkout; a retry reuses it
    int showId = 0;
    QList<int> seatIds;
    // Empty: the seats may be of several ticket types (a mixed order, named
    // by its first seat's); else every seat must be of this one.
    QString ticketType;
    // Price type per seat (issue 12): the code of each seat of seatIds sold
    // at another price type than STANDARD. The database prices every seat.
    QMap<int, QString> priceTypes;
    // A supervisor's approval (services/money/approvals.h) for a comp or a
    // discount that needs one; null: none. Used up by the sale.
    QUuid approval;
    Customer customer;
    PaymentMethod payment = PaymentMethod::Cash;
    QString paymentRef;
    // Split tender: the tenders, summing to the total exactly (the database
    // refuses anything else: payments_mismatch). Empty: the whole total is
    // one tender of `payment` with `paymentRef`. Not with pendingMinutes.
    QList<Tender> tenders;
    int pendingMinutes = 0;      // > 0: order waits for payment confirmation
    bool confirmSimilar = false; // the clerk confirmed a possible duplicate
    int clerkId = 0;

    // Digest of everything but the key and the confirmation: the same key
    // with another payload is refused by the database.
    QByteArray payloadHash() const;
    // seatIds in their order, each with its price type: the "lines" sent.
    QList<SaleLine> lines() const;
    // The request document boxoffice.sell takes, for a sale at terminalId:
    // the one place a sale's fields are named for the database.
    QJsonObject toJson(int terminalId) const;
};

struct Order
{
    qint64 id = 0;
    OrderStatus status = OrderStatus::Pending;
    int showId = 0;
    int terminalId = 0;
    int clerkId = 0; // who sold it (0: not recorded)
    QString ticketType;
    Money total;
    Customer customer;
    PaymentMethod paymentMethod = PaymentMethod::Cash;
    QString paymentRef;
    QDateTime createdAt;
    QDateTime expiresAt;
    QList<SeatRef> seats;
    bool replayed = false;         // answered from the idempotency key, not sold again
    bool already = false;          // cancel/confirm: it was done before
    Money refund;                  // cancel: amount to give back
    QList<PaymentRecord> payments; // every tender and refund, oldest first
    SeatStatusList changes;        // the seats this call changed, with their versions
    // What the ticket and receipt print, from the same answer.
    QString showTitle;
    QDateTime startsAt;
    QString venueName;
    QTimeZone timeZone; // the venue's: every show time is written in it
    QString terminalName;
    QString clerkName; // display name; empty: no clerk recorded
    // The supervisor who approved the order's comps or discounts (display
    // name) and the reason typed; empty: none needed.
    QString approvedBy;
    QString approvalReason;

    // Unknown status or payment method, or a malformed amount: an error.
    static Result<Order> fromJson(const QJsonObject &o);
};

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::SeatStatus)
Q_DECLARE_METATYPE(boxoffice::SeatStatusList)
Q_DECLARE_METATYPE(boxoffice::SalesState)
Q_DECLARE_METATYPE(boxoffice::OrderStatus)
