#pragma once

#include "serviceerror.h"

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

// A result (a variable: it is read more than once) that must be ok; on
// failure the refusal is printed.
#define VERIFY_OK(result)                                                                                              \
    QVERIFY2((result).ok(), (result).ok() ? "" : boxoffice::test::why((result).error()).constData())
