#pragma once

#include "testcluster.h"

#include <QtCore/QString>

namespace boxoffice::test {

// An order's status changed behind the engine's back (its seats still
// booked), for the health check and the dashboard to find. Its payments are
// refunded in the same statement: the database's money check at commit
// (order_balance, functions/sale.sql) refuses an order left paid for nothing.
inline bool setOrderStatusBehindEngine(TestCluster &cluster, qint64 orderId, const QString &status)
{
    return cluster.exec(
        QStringLiteral("WITH o AS (UPDATE boxoffice.orders SET status = ?, cancel_reason = 'test' WHERE id = ?"
                       " RETURNING id)"
                       " INSERT INTO boxoffice.payment (order_id, kind, method, amount, refund_of, terminal_id)"
                       " SELECT p.order_id, 'refund', p.method, p.amount, p.id, p.terminal_id"
                       " FROM boxoffice.payment p JOIN o ON o.id = p.order_id WHERE p.kind = 'payment'"),
        {status, orderId});
}

} // namespace boxoffice::test
