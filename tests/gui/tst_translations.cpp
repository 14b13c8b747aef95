// English and Thai ship compiled into the app: the engine's messages and the
// counter's screen in Thai (with a Thai font), English plural forms, and a
// screenshot of the counter in Thai.
#include "counter/cartmodel.h"
#include "counter/counterdesk.h"
#include "counter/mainwindow.h"
#include "counter/showlistmodel.h"
#include "db/database.h"
#include "db/serviceerror.h"
#include "i18n.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "testcluster.h"

#include <QtCore/QTranslator>
#include <QtGui/QFontDatabase>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestTranslations final : public QObject
{
    Q_OBJECT

private:
    void useLanguage(const QString &name)
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QVERIFY(installTranslations(*qApp, QLocale(name)));
    }

    static QList<SeatIssue> heldBy(int n)
    {
        QList<SeatIssue> seats;
        for (int i = 1; i <= n; ++i)
            seats << SeatIssue {
                i, QStringLiteral("NA-%1").arg(i), QStringLiteral("held"), QStringLiteral("Counter 3"), 3, 250, 0};
        return seats;
    }

private Q_SLOTS:
    void thaiMessages()
    {
        useLanguage(QStringLiteral("th"));
        QCOMPARE(describe(ErrorCode::InProgress), QStringLiteral("กำลังประมวลผล กรุณารอ"));
        const QString conflict = describe(ErrorCode::SeatConflict, heldBy(2));
        QVERIFY(conflict.contains(QLatin1String("NA-1, NA-2")));
        QVERIFY(conflict.contains(QLatin1String("Counter 3")));
        QVERIFY(conflict.contains(QLatin1String("4:10")));
        QVERIFY(conflict.contains(QStringLiteral("จอง")));
        // Every engine error has a Thai sentence of its own.
        const QMetaEnum codes = QMetaEnum::fromType<ErrorCode>();
        QCOMPARE(codes.value(codes.keyCount() - 1), int(ErrorCode::PassOutNotAllowed)); // the last one, checked below
        for (int c = int(ErrorCode::EmptySeatList); c < codes.keyCount(); ++c) {
            const QString text = describe(ErrorCode(c));
            QVERIFY2(text.contains(QRegularExpression(QStringLiteral("[\\x{0E00}-\\x{0E7F}]"))), qPrintable(text));
        }
        // A font that has Thai glyphs is installed.
        QVERIFY(!QFontDatabase::families(QFontDatabase::Thai).isEmpty());
    }

    // Qt's own words — the standard buttons of every dialog, the edit menu —
    // are Thai too (Debian has no qtbase_th; ours is translations/qtbase_th.ts).
    void qtStandardButtonsInThai()
    {
        useLanguage(QStringLiteral("th"));
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Close);
        QCOMPARE(box.button(QDialogButtonBox::Ok)->text(), QStringLiteral("ตกลง"));
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("ยกเลิก"));
        QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QStringLiteral("ปิด"));
        QCOMPARE(QCoreApplication::translate("QLineEdit", "&Paste"), QStringLiteral("&วาง"));
        useLanguage(QStringLiteral("en"));
        QDialogButtonBox english(QDialogButtonBox::Ok);
        QCOMPARE(english.button(QDialogButtonBox::Ok)->text(), QStringLiteral("OK"));
    }

    void englishPluralForms()
    {
        useLanguage(QStringLiteral("en"));
        QCOMPARE(describeSeatIssues(heldBy(1)), QStringLiteral("NA-1 is held by Counter 3 for 4:10 more"));
        QCOMPARE(describeSeatIssues(heldBy(2)), QStringLiteral("NA-1, NA-2 are held by Counter 3 for 4:10 more"));
        QCOMPARE(describe(ErrorCode::InProgress), QStringLiteral("Processing, please wait"));
    }

    void counterInThai()
    {
        useLanguage(QStringLiteral("th"));
        TestCluster &cluster = TestCluster::instance();
        cluster.resetSales();
        Database db(cluster.config(), QStringLiteral("thai"));
        SaleEngine engine(db, SaleEngine::Options {QStringLiteral("เคาน์เตอร์ 1")});
        QVERIFY(engine.registerTerminal().ok());
        SeatFeed feed(cluster.config());
        feed.start();
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::showsLoaded);
        window.setDatabase(&db, QStringLiteral("ฐานข้อมูลทดสอบ"));
        window.setCounter(&engine, &feed);
        window.setClerk(1, QStringLiteral("สมชาย"));
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
        // The title names the counter; the application's name that follows
        // it (applicationDisplayName, set by the Application) is Thai.
        window.setCounterName(QStringLiteral("เคาน์เตอร์ 1"));
        QCOMPARE(window.windowTitle(), QStringLiteral("เคาน์เตอร์ 1[*]"));
        QVERIFY(QCoreApplication::translate("main", "Box Office") != QLatin1String("Box Office"));
        QVERIFY(window.showModel()
                    ->headerData(ShowListModel::RingsideColumn, Qt::Horizontal)
                    .toString()
                    .contains(QStringLiteral("ริงไซด์")));
        QSignalSpy snapshot(&feed, &SeatFeed::showLoaded);
        window.openShow(window.showModel()->index(0, 0).data(ShowListModel::ShowIdRole).toInt());
        QTRY_VERIFY_WITH_TIMEOUT(!snapshot.isEmpty(), 10000);
        window.session()->holdBestAvailable(3, QStringLiteral("RINGSIDE"));
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->cart()->rowCount(), 3, 5000);
        QTest::qWait(100);
        QVERIFY(window.grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/counter-th.png")));
        window.session()->releaseAll();
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->cart()->rowCount(), 0, 5000);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
