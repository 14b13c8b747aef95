#pragma once

#include "db/result.h"
#include "sale/domain.h"

#include <QtCore/QUuid>

#include <optional>

namespace boxoffice {

class Database;

// Money that went back to (or moved from) one of an order's tenders.
struct RefundLine
{
    PaymentMethod method = PaymentMethod::Cash;
    Money amount;
};

struct ReturnResult
{
    Order order;  // after the return (returned seats marked, refunds listed)
    Money refund; // what goes back to the customer
    QList<RefundLine> refunds;
};

// Seats of a paid order exchanged to another show (a new order) or, on the
// same show, to other seats or another price type (the same order).
struct ExchangeRequest
{
    qint64 orderId = 0;
    QList<int> seatIds;                        // the order's seats to give up
    int showId = 0;                            // the show to exchange to (the order's own: same order)
    QList<int> newSeatIds;                     // as many; empty: the same seats (another price type)
    QString priceType;                         // a price type code; empty: each old seat's
    QList<Tender> tenders;                     // the difference to collect, summing to it exactly
    std::optional<PaymentMethod> refundMethod; // the difference to give back; none: cash first
    QUuid idempotencyKey;                      // of the new order (another show): a retry answers it
    QUuid approval; // a supervisor's approval for a return (after the show's start); null: none
};

struct ExchangeResult
{
    Order order;      // the old order
    Order newOrder;   // the order that now has the new seats (the same one on the same show)
    Money difference; // new less old: > 0 collected, < 0 refunded
    QList<RefundLine> refunds;
    QList<RefundLine> moved; // money moved from the old order to the new one
    bool replayed = false;
};

// What an exchange would cost, read before it is made (the exchange itself
// prices again in its transaction): the new seats in order, each priced at
// the show's price for its zone and price type (STANDARD: the zone's price
// without a row); a seat with no price for its price type is left out of
// newAmount and its priceType named in missingPriceType.
struct ExchangeQuote
{
    QList<SeatRef> newSeats; // label, price, ticketType, priceType
    Money oldAmount;         // what was paid for the seats given up
    Money newAmount;
    QString missingPriceType;
    Money difference() const { return newAmount - oldAmount; }
};

// Returns and exchanges (functions/returns.sql), each one transaction. The
// caller's login decides what is allowed: a plain clerk only their own
// orders, and only before the show starts (else ApprovalRequired) unless a
// supervisor's approval for a return is given (approve_price, purpose
// "return"; ApprovalInvalid when used, expired or another counter's).
class Returns final
{
public:
    static Result<ReturnResult> returnSeats(Database &db, qint64 orderId, const QList<int> &seatIds,
        const QString &reason, std::optional<PaymentMethod> refundMethod, int terminalId = 0,
        const QUuid &approval = {});
    static Result<ExchangeResult> exchange(Database &db, const ExchangeRequest &request, int terminalId = 0);
    // Prices an exchange (request.newSeatIds empty: the same seats).
    static Result<ExchangeQuote> quoteExchange(Database &db, const ExchangeRequest &request);
    // The first `count` free seats of a show's ticket type, in seat order
    // (what an exchange offers before the clerk confirms).
    static Result<QList<SeatRef>> freeSeats(Database &db, int showId, const QString &ticketType, int count);
};

} // namespace boxoffice
