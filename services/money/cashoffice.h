#pragma once

#include "db/result.h"
#include "money/money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>

#include <optional>

namespace boxoffice {

class Database;

// Taken and refunded by one payment method during a shift.
struct CashMethodFigures
{
    Money taken;
    Money refunded;
    Money net;
};

// An X (mid-shift) or Z (close) report, as the database stored it.
struct CashReport
{
    QChar kind; // 'X' or 'Z'
    // A plain clerk's X report of their own shift: their count is still to
    // come, so it has no expected cash, no cash line (methods has no "cash")
    // and no tickets; expected and the tickets are zero and mean nothing then.
    bool blind = false;
    qint64 shiftId = 0;
    QString clerk; // whose shift: the staff's display name (else their login)
    QDateTime from;
    QDateTime to;
    Money floatAmount;
    QMap<QString, CashMethodFigures> methods; // "cash", "card", "promptpay"
    Money paidIn;
    Money paidOut;
    Money expected;
    std::optional<Money> counted;    // Z only
    std::optional<Money> difference; // Z only
    int ticketsSold = 0;
    int ticketsReturned = 0;
    int ticketsNet = 0;
};

// One shift of a counter and its clerk (cash_shift, 0020_cashoffice.sql). Expected and
// difference are known only once it is closed: the count is blind.
struct CashShift
{
    qint64 id = 0;
    int terminalId = 0;
    QString terminal;
    int clerkId = 0;
    QString clerk;
    QDateTime openedAt;
    Money floatAmount;
    bool open = true;
    QDateTime closedAt;
    std::optional<Money> counted;
    std::optional<Money> expected;
    std::optional<Money> difference;
    bool needsSignOff = false;
    QString signedOffBy;
    QString signOffReason;
    // Its Z report, in shifts() (closed shifts only).
    std::optional<CashReport> report;
};

// Notes and coins of a blind count (close by denomination).
struct CashCount
{
    QMap<int, int> notes; // 1000, 500, 100, 50, 20 baht → how many
    Money coins;
};

// The cash office's calls (functions/cashoffice.sql). Synchronous, safe on
// any worker thread: call through Database::run. Who acts and for which
// counter is the database's to say; terminalId 0 means "the counter of my
// session" (a staff login), the owner account names one.
class CashOffice final
{
public:
    static Result<CashShift> openShift(Database &db, int terminalId, Money floatAmount);
    // The counter's open shift, or none.
    static Result<std::optional<CashShift>> currentShift(Database &db, int terminalId);
    static Result<CashShift> paidIn(Database &db, int terminalId, Money amount, const QString &reason);
    static Result<CashShift> paidOut(Database &db, int terminalId, Money amount, const QString &reason);
    // Blind for a plain clerk (CashReport::blind); another clerk's shift is
    // refused (ShiftNotYours).
    static Result<CashReport> xReport(Database &db, int terminalId);
    // A supervisor's X report of any counter's open shift, everything shown.
    static Result<CashReport> xReportOfShift(Database &db, qint64 shiftId);
    // The blind close: the count goes in, the Z report (expected, difference)
    // comes back. A plain clerk closes their own shift only; a supervisor
    // closes the counter's open shift whoever's it is (on their behalf).
    static Result<CashReport> closeShift(Database &db, int terminalId, Money counted);
    static Result<CashReport> closeShift(Database &db, int terminalId, const CashCount &count);
    // A supervisor's.
    static Result<QList<CashShift>> shifts(Database &db, bool needingSignOffOnly);
    static Result<CashShift> signOff(Database &db, qint64 shiftId, const QString &reason);

    static CashShift shiftFromJson(const QJsonObject &o);
    static CashReport reportFromJson(const QJsonObject &o);
};

} // namespace boxoffice
