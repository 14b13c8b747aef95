#pragma once

#include "db/serviceerror.h"

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

} // namespace boxoffice::test

// A result that must be ok; on failure the refusal is printed. The argument
// is evaluated once, so a call may be written in place.
#define VERIFY_OK(result)                                                                                              \
    do {                                                                                                               \
        const auto &verifyOk_ = (result);                                                                              \
        QVERIFY2(verifyOk_.ok(), verifyOk_.ok() ? "" : boxoffice::test::why(verifyOk_.error()).constData());           \
    } while (false)
