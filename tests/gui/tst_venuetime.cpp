// Show times in the venue's time zone, whatever this PC's zone is. The
// program runs with TZ=UTC unless TZ is set (ctest runs it a second time
// with TZ=America/New_York): the show list, the ticket and the reports'
// "today" give Bangkok times and days, including a show at 00:30 in
// Bangkok, when the PC's date is still the day before; so do the audit
// log's days and times and a cash drawer's day (the house clock).
#include "admin/showcatalog.h"
#include "counter/showlistmodel.h"
#include "counter/ticketprinter.h"
#include "db/houseclock.h"
#include "display.h"
#include "i18n.h"
#include "supervisor/auditlogdialog.h"
#include "supervisor/auditlogmodel.h"
#include "supervisor/reconciliationdialog.h"
#include "supervisor/reportsdialog.h"
#include "testcluster.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QLabel>

#include <ctime>

using namespace boxoffice;
using boxoffice::test::TestCluster;

namespace {

const QTimeZone kBangkok("Asia/Bangkok");

ShowSummary showAt(int id, const QDateTime &startsAt)
{
    ShowSummary s;
    s.id = id;
    s.title = QStringLiteral("Muay Thai Night");
    s.venue = QStringLiteral("Rajadamnern Demo Stadium");
    s.startsAt = startsAt;
    s.timeZone = kBangkok;
    return s;
}

} // namespace

class TestVenueTime final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The zone this run is about: not Bangkok's offset.
        QVERIFY2(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc())
                != kBangkok.offsetFromUtc(QDateTime::currentDateTimeUtc()),
            QTimeZone::systemTimeZoneId().constData());
    }

    // The demo's shows start at 18:30 in Bangkok: so they are listed.
    void showListFromDatabase()
    {
        const Result<QList<ShowSummary>> shows = ShowCatalog::comingShows(TestCluster::instance().db());
        QVERIFY(shows);
        QVERIFY(!shows->isEmpty());
        ShowListModel model;
        model.setShows(*shows);
        int demo = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.show(row)->venue != QLatin1String("Rajadamnern Demo Stadium"))
                continue;
            ++demo;
            QCOMPARE(model.show(row)->timeZone.id(), QByteArray("Asia/Bangkok"));
            const QString text = model.index(row, ShowListModel::DateColumn).data().toString();
            QVERIFY2(text.contains(QStringLiteral("18:30")), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("UTC+07:00")), qPrintable(text)); // labelled: the PC differs
        }
        QVERIFY(demo > 0);
    }

    // A show at 00:30 in Bangkok is on the 13th there, on the 12th in UTC
    // and in New York: list and ticket say the 13th, 00:30.
    void afterMidnight()
    {
        const QDateTime startsAt(QDate(2026, 7, 13), QTime(0, 30), kBangkok);
        QCOMPARE_NE(startsAt.toLocalTime().date(), QDate(2026, 7, 13)); // the PC's date differs
        ShowListModel model;
        model.setShows({showAt(1, startsAt)});
        const QString listed = model.index(0, ShowListModel::DateColumn).data().toString();
        QCOMPARE(listed, QStringLiteral("Mon 13 Jul 00:30 UTC+07:00"));

        Order order;
        order.id = 1;
        order.status = OrderStatus::Paid;
        order.startsAt = startsAt;
        order.createdAt = startsAt.addDays(-1);
        order.timeZone = kBangkok;
        order.showTitle = QStringLiteral("Muay Thai Night");
        order.venueName = QStringLiteral("Rajadamnern Demo Stadium");
        SeatRef seat;
        seat.id = 5;
        seat.label = QStringLiteral("A-1");
        seat.row = QStringLiteral("A");
        seat.number = 1;
        seat.section = QStringLiteral("North");
        order.seats = {seat};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.pdf"));
        TicketJob job;
        job.order = order;
        QVERIFY(TicketPrinter::writePdf(job, path));
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"), path,
                QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString ticket = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        QVERIFY2(ticket.contains(QStringLiteral("Monday, July 13, 2026, 12:30 AM (UTC+07:00, Indochina Time)")),
            qPrintable(ticket));
    }

    // The list says where a show on sale is in its sales window, with the
    // opening time in the venue's zone.
    void salesWindowInList()
    {
        const QDateTime startsAt(QDate(2026, 7, 13), QTime(0, 30), kBangkok);
        ShowSummary ended = showAt(1, startsAt);
        ended.salesWindow = SalesWindow::Ended;
        ShowSummary early = showAt(2, startsAt);
        early.salesWindow = SalesWindow::NotYetOpen;
        early.salesOpenAt = QDateTime(QDate(2026, 7, 1), QTime(10, 0), kBangkok);
        ShowSummary open = showAt(3, startsAt);
        ShowListModel model;
        model.setShows({ended, early, open});
        QCOMPARE(model.index(0, ShowListModel::StateColumn).data().toString(), QStringLiteral("Sales ended"));
        QCOMPARE(model.index(1, ShowListModel::StateColumn).data().toString(),
            QStringLiteral("On sale from Wed 1 Jul 10:00 UTC+07:00"));
        QCOMPARE(model.index(2, ShowListModel::StateColumn).data().toString(), QStringLiteral("On sale"));
        QVERIFY(!ShowCatalog::selling(ended));
        QVERIFY(!ShowCatalog::selling(early));
        QVERIFY(ShowCatalog::selling(open));
    }

    // The reports' "today" is the venue's day, and its bounds are the
    // venue's midnights.
    void reportToday()
    {
        ReportsDialog dialog(TestCluster::instance().db());
        QSignalSpy loaded(&dialog, &ReportsDialog::reportLoaded);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        const QDate venueToday = QDateTime::currentDateTimeUtc().toTimeZone(kBangkok).date();
        QCOMPARE(dialog.fromEdit()->date(), venueToday);
        QCOMPARE(dialog.toEdit()->date(), venueToday);
        QCOMPARE(boxoffice::Display::venueToday(kBangkok), venueToday);
    }

    // The house clock is what the app sets from the database at start-up.
    void houseClockFromDatabase()
    {
        const Result<QTimeZone> zone = ShowCatalog::venueTimeZone(TestCluster::instance().db());
        QVERIFY(zone);
        QCOMPARE(zone->id(), QByteArray("Asia/Bangkok"));
        HouseClock::setTimeZone(*zone);
        QCOMPARE(HouseClock::today(), QDateTime::currentDateTimeUtc().toTimeZone(kBangkok).date());
        QCOMPARE(
            HouseClock::startOfDay(QDate(2026, 7, 13)), QDateTime(QDate(2026, 7, 12), QTime(17, 0), QTimeZone::utc()));
    }

    // The audit log: "today" and the day bounds are the venue's, and an
    // entry's time is written as the venue's clock showed it.
    void auditLogDays()
    {
        AuditLogDialog dialog(TestCluster::instance().db());
        QSignalSpy searched(&dialog, &AuditLogDialog::searched);
        QTRY_VERIFY_WITH_TIMEOUT(!searched.isEmpty(), 60000);
        const QDate venueToday = QDateTime::currentDateTimeUtc().toTimeZone(kBangkok).date();
        QCOMPARE(dialog.toEdit()->date(), venueToday);
        dialog.fromEdit()->setDate(QDate(2026, 7, 13));
        dialog.toEdit()->setDate(QDate(2026, 7, 13));
        const AuditLog::Filter f = dialog.filter();
        QCOMPARE(f.from, QDateTime(QDate(2026, 7, 12), QTime(17, 0), QTimeZone::utc()));
        QCOMPARE(f.to, QDateTime(QDate(2026, 7, 13), QTime(17, 0), QTimeZone::utc()));
        // 23:30 UTC on the 12th is 06:30 on the 13th at the venue.
        QCOMPARE(AuditLogModel::timeText(QDateTime(QDate(2026, 7, 12), QTime(23, 30), QTimeZone::utc())),
            QStringLiteral("13 Jul 2026  06:30:00"));
    }

    // A counter never reconciled: its drawer's day starts at the venue's
    // midnight, not this PC's.
    void reconciliationDayStart()
    {
        TestCluster &cluster = TestCluster::instance();
        const int counter
            = cluster.scalar(QStringLiteral("INSERT INTO boxoffice.terminal (name) VALUES ('Zone Desk') RETURNING id"))
                  .toInt();
        QVERIFY(counter > 0);
        ReconciliationDialog dialog(cluster.db(), QStringLiteral("owner"), counter);
        // The proposal itself, not its signal: an answer that is in before
        // the dialog is made is announced inside its constructor (CI waited
        // 20 s for a signal that had gone). What the dialog says if it never
        // comes.
        const bool proposed = QTest::qWaitFor([&dialog] { return dialog.proposal().has_value(); }, 60000);
        QStringList said;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            said << label->text();
        QVERIFY2(proposed, qPrintable(said.join(u" | ")));
        QCOMPARE(dialog.proposal()->lastReconciledEnd.isValid(), false);
        const QDate venueToday = QDateTime::currentDateTimeUtc().toTimeZone(kBangkok).date();
        QCOMPARE(dialog.proposal()->shiftStart.toUTC(), QDateTime(venueToday, QTime(0, 0), kBangkok).toUTC());
    }
};

int main(int argc, char **argv)
{
    // Before anything reads the zone: UTC unless ctest chose another.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", "UTC");
    tzset();
    QApplication app(argc, argv);
    TestVenueTime test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_venuetime.moc"
