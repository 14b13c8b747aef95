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
enum class ReportGrouping { Show, Zone, Counter, Clerk, PriceType };

// The money of one payment method in a period, from the payment rows (a
// split tender counts in each of its methods). Amounts in satang.
struct MethodFigures
{
    int orders = 0;       // payments taken
    qint64 gross = 0;     // taken
    int refundOrders = 0; // refunds given
    qint64 refunds = 0;   // given back
    qint64 net() const { return gross - refunds; }
};

// Net figures of a period (functions/reports.sql): what was sold in it less
// what was given back in it. Orders are sold when paid and returned when a
// paid order is cancelled (a partial return leaves it sold); tickets are
// sold with their order (or when an exchange adds them) and given back when
// returned, exchanged away or cancelled; money is the payment rows taken and
// refunded. By zone and price type a row's money is its seats' prices and
// has no methods. Amounts in satang.
struct ReportFigures
{
    int paidOrders = 0; // orders sold
    int tickets = 0;    // tickets sold
    qint64 gross = 0;   // money taken
    int refundOrders = 0;
    int refundTickets = 0;
    qint64 refunds = 0; // money given back
    MethodFigures cash;
    MethodFigures card;
    MethodFigures promptPay;
    int ordersNet() const { return paidOrders - refundOrders; }
    int ticketsNet() const { return tickets - refundTickets; }
    qint64 net() const { return gross - refunds; }
};

struct ReportRow
{
    qint64 key = 0;     // show, zone, terminal or staff id; 0: sales without a recorded clerk
    QString label;      // show title, zone name, price type (English), counter name or clerk's name
    QString labelThai;  // price type: its Thai name
    QString detail;     // zone: its ticket type; price type: its code; clerk: the user name
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

    // "show", "zone", "price_type", "counter", "clerk" (the database's names).
    static QString groupingKey(ReportGrouping grouping);
    // "Show", "Zone", … translated.
    // A row's name as the user reads it (a price type's in Thai in Thai).
    static QString rowLabel(const ReportRow &row);
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
