#pragma once

#include "db/result.h"
#include "sale/domain.h"

namespace boxoffice {

class Database;

// Sells, cancels, swaps seats and expires orders through the SQL functions:
// each one atomic transaction. A sale is answered from its idempotency key
// when it was made before (Order::replayed), so sending it again after a lost
// reply never sells twice.
class OrderService final
{
public:
    explicit OrderService(Database &db) : m_db(db) { }

    Result<Order> sell(const SellRequest &request, int terminalId);
    Result<Order> confirmPayment(qint64 orderId, int terminalId, PaymentMethod method, const QString &reference);
    // Pays a pending order with several tenders summing to its total exactly
    // (else payments_mismatch; cash handed over short: tendered_short).
    Result<Order> confirmPayment(qint64 orderId, int terminalId, const QList<Tender> &tenders);
    Result<Order> cancel(qint64 orderId, int terminalId, int clerkId, const QString &reason);
    Result<Order> changeSeats(
        qint64 orderId, const QList<int> &oldSeats, const QList<int> &newSeats, int terminalId, int clerkId);
    Result<Order> find(qint64 orderId);
    Result<QList<Order>> findByPhone(const QString &phone);

    struct ExpiryResult
    {
        int ordersExpired = 0;
        int seatsReleased = 0;
    };
    // Background job body: pending orders past their time expire, seats freed.
    Result<ExpiryResult> expireOrders();

private:
    // One call of a transaction function with its request document.
    Result<Order> orderCall(const QString &sql, const QJsonObject &request);
    Database &m_db;
};

} // namespace boxoffice
