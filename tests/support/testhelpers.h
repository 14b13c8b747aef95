#pragma once

#include "db/serviceerror.h"
#include "testcluster.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace boxoffice::test {

// The seat ids an error names, in its order.
inline QList<int> issueIds(const ServiceError &e)
{
    QList<int> ids;
    for (const SeatIssue &s : e.seats)
        ids << s.seatId;
    return ids;
}

// A refusal in words, for test failure messages.
inline QByteArray why(const ServiceError &e)
{
    return QStringLiteral("%1 (%2)").arg(e.message, e.detail).toUtf8();
}

// Cash needs the counter's open shift (0024_cash_shift_rules.sql). A test
// about money opens one at each counter it takes or gives back cash at: no
// float, opened by the owner account (a shift of no clerk, so any clerk's
// cash goes in). True when the counter's shift is open (also when it was).
inline bool openCashShift(TestCluster &cluster, int terminalId)
{
    const QString code
        = cluster
              .scalar(QStringLiteral("SELECT coalesce(a ->> 'code', 'ok') FROM"
                                     " boxoffice.open_shift(jsonb_build_object('terminal_id', ?::integer,"
                                     " 'float', '0')) AS a"),
                  {terminalId})
              .toString();
    return code == QLatin1String("ok") || code == QLatin1String("shift_already_open");
}

// For a test that is NOT about money only (say why at the call): the venue's
// rule off, so cash is taken without an open shift as before 0024.
inline bool allowCashWithoutShift(TestCluster &cluster)
{
    return cluster.exec(QStringLiteral("UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false"));
}

} // namespace boxoffice::test

// A result that must be ok; on failure the refusal is printed. The argument
// is evaluated once, so a call may be written in place.
#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &verifyOk_ = (result);                                                                              \
        QVERIFY2(verifyOk_.ok(), verifyOk_.ok() ? "" : boxoffice::test::why(verifyOk_.error()).constData());           \
    } while (false)
