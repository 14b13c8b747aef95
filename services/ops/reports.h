#pragma once

#include "db/result.h"

#include <QtCore/QByteArray>
#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTimeZone>

class QJsonObject;

namespace boxoffice {

class Database;

// What a report is broken down by.
enum class ReportGrouping { Show, Zone, Counter, Clerk };

// Sales and refunds of one payment method. Amounts in satang.
struct MethodFigures
{
    int orders = 0;
    qint64 gross = 0;
    int refundOrders = 0;
    qint64 refunds = 0;
    qint64 net() const { return gross - refunds; }
};

// A sale is an order paid in the period (whatever happened to it later), a
// refund a paid order cancelled in the period. Amounts in satang.
struct ReportFigures
{
    int paidOrders = 0;
    int tickets = 0;
    qint64 gross = 0;
    int refundOrders = 0;
    int refundTickets = 0;
    qint64 refunds = 0;
    MethodFigures cash;
    MethodFigures card;
    MethodFigures promptPay;
    qint64 net() const { return gross - refunds; }
};

struct ReportRow
{
    qint64 key = 0;     // show, zone, terminal or staff id; 0: sales without a recorded clerk
    QString label;      // show title, zone name, counter name or clerk's name
    QString detail;     // zone: its ticket type; clerk: the user name
    QString venue;      // show and zone
    QDateTime startsAt; // show
    QTimeZone timeZone; // show: its venue's
    ReportFigures figures;
};

struct SalesReport
{
    ReportGrouping grouping = ReportGrouping::Show;
    QDateTime from; // [from, to)
    QDateTime to;
    QList<ReportRow> rows;
    ReportFigures totals;
};

// A counter's cash in a window: its cash orders paid then, minus the
// refunds of its cash orders cancelled then.
struct CashFigures
{
    int saleOrders = 0;
    qint64 sales = 0;
    int refundOrders = 0;
    qint64 refunds = 0;
    qint64 expected() const { return sales - refunds; }
};

struct ReconciliationCounter
{
    int id = 0;
    QString name;
    QDateTime lastReconciledEnd; // invalid: never reconciled
};

// The shift to reconcile now: from the end of the counter's last reconciled
// shift (or the start of its day) to the database's now.
struct ShiftProposal
{
    int terminalId = 0;
    QString terminal;
    QDateTime shiftStart;
    QDateTime shiftEnd;
    QDateTime lastReconciledEnd; // invalid: never reconciled
    CashFigures cash;
};

struct ReconciliationRequest
{
    int terminalId = 0;
    int clerkId = 0; // 0: not recorded
    QDateTime shiftStart;
    QDateTime shiftEnd;
    qint64 counted = 0; // satang
    QString note;
    QString actor; // the signed-in supervisor (audit log)
};

struct Reconciliation
{
    qint64 id = 0;
    int terminalId = 0;
    QString terminal;
    int clerkId = 0;
    QString clerk;
    QDateTime shiftStart;
    QDateTime shiftEnd;
    qint64 expected = 0; // satang
    qint64 counted = 0;
    qint64 difference = 0; // counted - expected: > 0 over, < 0 short
    QString note;
    QString recordedBy; // the database login
    QString actor;      // the staff member
    QDateTime recordedAt;
};

// A supervisor's sales reports and the end-of-shift cash reconciliation
// (resources/sql/0009_reports.sql). Blocking calls: use them on a worker
// thread. Times go to the database as absolute instants; the windows are
// half-open [from, to).
class Reports final
{
    Q_DECLARE_TR_FUNCTIONS(Reports)

public:
    explicit Reports(Database &db) : m_db(db) { }

    Result<SalesReport> salesReport(const QDateTime &from, const QDateTime &to, ReportGrouping grouping);

    Result<QList<ReconciliationCounter>> counters();
    // dayStart: where a counter never reconciled starts (its local midnight);
    // invalid: the database's midnight.
    Result<ShiftProposal> proposeShift(int terminalId, const QDateTime &dayStart = {});
    Result<qint64> expectedCash(int terminalId, const QDateTime &from, const QDateTime &to);
    Result<Reconciliation> recordReconciliation(const ReconciliationRequest &request);
    // The reconciled shifts overlapping [from, to), latest first; terminalId 0: every counter's.
    Result<QList<Reconciliation>> reconciliations(const QDateTime &from, const QDateTime &to, int terminalId = 0);

    // "show", "zone", "counter", "clerk" (the database's names).
    static QString groupingKey(ReportGrouping grouping);
    // "Show", "Zone", … translated.
    static QString groupingTitle(ReportGrouping grouping);

    // CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, UTF-8
    // with a byte order mark (so Thai text opens right), plain decimal
    // amounts and ISO 8601 times.
    static QString csvField(const QString &text);
    static QByteArray csvDocument(const QList<QStringList> &records);
    // The header row, one row per group, and a totals row.
    static QList<QStringList> csvRecords(const SalesReport &report);
    // Written with QSaveFile: the old file stays whole if anything fails.
    static Result<Done> writeFile(const QString &path, const QByteArray &contents);
    static Result<Done> exportCsv(const SalesReport &report, const QString &path);

private:
    Result<QJsonObject> call(const QString &sql, const QVariantList &args);
    Database &m_db;
};

} // namespace boxoffice
