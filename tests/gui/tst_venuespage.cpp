// Set-up → Venues with real clicks: Import… opens the file dialog, the
// chosen file is read with a progress bar and shown on the seat map before
// anything is saved; Save makes the venue (listed at once); a bad file lists
// its problems with their lines and Save stays off, nothing written; Cancel
// forgets a file; a clerk's Save is refused by the database.
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "db/database.h"
#include "i18n.h"
#include "manager/setupwindow.h"
#include "manager/venuespage.h"
#include "sqlattempt.h"
#include "testcluster.h"

#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtTest/QtTest>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestVenuesPage final : public QObject
{
    Q_OBJECT

private:
    // Clicks Import… (or Replace layout…) and picks `path` in the dialog.
    static bool pickFile(VenuesPage *page, QPushButton *button, const QString &path)
    {
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<QFileDialog> dialog = page->fileDialog();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return false;
        // Into the file's folder, then its name typed and Open clicked, as
        // a person would.
        dialog->setDirectory(QFileInfo(path).absolutePath());
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QPushButton *open = box ? box->button(QDialogButtonBox::Open) : nullptr;
        if (!name || !open) {
            qWarning() << "the file dialog has no name field or Open button" << name << box << open;
            return false;
        }
        name->setFocus();
        QTest::keyClicks(name, QFileInfo(path).fileName());
        if (!QTest::qWaitFor([open] { return open->isEnabled(); }, 5000)) {
            qWarning() << "Open stays disabled for" << name->text();
            return false;
        }
        QTest::mouseClick(open, Qt::LeftButton);
        return QTest::qWaitFor([dialog] { return !dialog || !dialog->isVisible(); }, 5000);
    }
    int rowOf(VenuesPage *page, const QString &name)
    {
        for (int r = 0; r < page->venueTable()->rowCount(); ++r) {
            if (page->venueTable()->item(r, 1)->text() == name)
                return r;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = &TestCluster::instance();
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        m_clerk
            = std::make_unique<Database>(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"clerk"_s);
    }

    void importPreviewAndSave()
    {
        SetupWindow window(*m_manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(u"venuesPage"_s));
        auto *page = qobject_cast<VenuesPage *>(window.page(u"venuesPage"_s));
        QVERIFY(page);
        QCOMPARE(window.tabs()->tabText(window.tabs()->currentIndex()), u"Venues"_s);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page, u"Rajadamnern Demo Stadium"_s) >= 0, 10000);
        QSignalSpy changed(&window, &SetupWindow::changed);

        const QString before = m_cluster->fingerprint();
        QVERIFY(pickFile(page, page->importButton(),
            QStringLiteral(BOXOFFICE_SOURCE_DIR "/resources/venues/lumpinee-style-stadium.csv")));
        // The preview: every place on the seat map, nothing saved yet.
        QTRY_COMPARE_WITH_TIMEOUT(page->previewModel()->rowCount(), 2978, 10000);
        QCOMPARE(page->progressBar()->value(), 100);
        QCOMPARE(page->errorList()->count(), 0);
        QCOMPARE(page->nameEdit()->text(), u"Lumpinee-style Stadium"_s);
        QCOMPARE(page->timeZoneEdit()->text(), u"Asia/Bangkok"_s);
        QCOMPARE(page->previewModel()->layout().ringHalfSize, 4.0);
        QVERIFY(page->saveButton()->isEnabled());
        QVERIFY(page->preview()->isVisible());
        QCOMPARE(m_cluster->fingerprint(), before);
        QVERIFY(window.grab().save(QStringLiteral(BOXOFFICE_SOURCE_DIR "/docs/screenshots/setup-venues.png")));

        // A name of one's own, then Save.
        page->nameEdit()->setFocus();
        QTest::keyClick(page->nameEdit(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(page->nameEdit(), u"Page Stadium"_s);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page, u"Page Stadium"_s) >= 0, 10000);
        QVERIFY2(page->statusLabel()->text().contains(u"2978"_s), qPrintable(page->statusLabel()->text()));
        QCOMPARE(page->venueTable()->item(rowOf(page, u"Page Stadium"_s), 3)->text(), QLocale().toString(2978));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.seat s JOIN boxoffice.venue v ON v.id = s.venue_id"
                              " WHERE v.name = 'Page Stadium'"_s)
                     .toInt(),
            2978);
        QVERIFY(!page->saveButton()->isEnabled());
    }

    // Every column of the venue list is as wide as its widest cell and its
    // heading, in English and in Thai.
    void venueColumnsFitTheirContent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("th") << u"th"_s;
    }
    void venueColumnsFitTheirContent()
    {
        QFETCH(QString, language);
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        if (language != u"en"_s)
            QVERIFY(installTranslations(*qApp, QLocale(language)));
        SetupWindow window(*m_manager);
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(u"venuesPage"_s));
        auto *page = qobject_cast<VenuesPage *>(window.page(u"venuesPage"_s));
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page, u"Rajadamnern Demo Stadium"_s) >= 0, 10000);
        QTableWidget *table = page->venueTable();
        QTest::qWait(50);
        QHeaderView *header = table->horizontalHeader();
        for (int c = 0; c < table->columnCount(); ++c) {
            const QString heading = table->horizontalHeaderItem(c)->text();
            if (language == u"th"_s && c > 0)
                QVERIFY2(heading.contains(QRegularExpression(u"[\\x{0E00}-\\x{0E7F}]"_s)), qPrintable(heading));
            QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c), qPrintable(heading));
            for (int r = 0; r < table->rowCount(); ++r) {
                const QString text = table->item(r, c)->text();
                QVERIFY2(table->columnWidth(c) > table->fontMetrics().horizontalAdvance(text),
                    qPrintable(u"%1: %2 (%3 px)"_s.arg(heading, text).arg(table->columnWidth(c))));
            }
        }
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    void badFileListsItsProblems()
    {
        SetupWindow window(*m_manager);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<VenuesPage *>(window.page(u"venuesPage"_s));
        QVERIFY(page);
        const QString path = m_dir.filePath(u"bad.csv"_s);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("#zone,RINGSIDE,Ringside,#c62828,2500\nsection,row,number,label,zone,x,y\n"
                    "N,A,1,A-1,RINGSIDE,0,0\nN,A,2,A-1,RINGSIDE,1,0\nN,A,3,A-3,VIP,2,0\n");
        }
        const QString before = m_cluster->fingerprint();
        QVERIFY(pickFile(page, page->importButton(), path));
        QTRY_COMPARE_WITH_TIMEOUT(page->errorList()->count(), 2, 10000);
        QVERIFY2(page->errorList()->item(0)->text().startsWith(u"Line 4, column 4:"_s),
            qPrintable(page->errorList()->item(0)->text()));
        QVERIFY2(page->errorList()->item(1)->text().startsWith(u"Line 5, column 5:"_s),
            qPrintable(page->errorList()->item(1)->text()));
        QVERIFY(page->statusLabel()->text().contains(u"Nothing was saved"_s));
        QVERIFY(!page->saveButton()->isEnabled());
        QCOMPARE(page->previewModel()->rowCount(), 0);
        QCOMPARE(m_cluster->fingerprint(), before);

        // A good file, then Cancel: nothing saved, the preview emptied.
        QVERIFY(pickFile(
            page, page->importButton(), QStringLiteral(BOXOFFICE_SOURCE_DIR "/resources/venues/small-club.json")));
        QTRY_COMPARE_WITH_TIMEOUT(page->previewModel()->rowCount(), 41, 10000);
        QCOMPARE(page->errorList()->count(), 0);
        QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
        QCOMPARE(page->previewModel()->rowCount(), 0);
        QVERIFY(!page->saveButton()->isEnabled());
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void clerksSaveIsRefused()
    {
        SetupWindow window(*m_clerk);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<VenuesPage *>(window.page(u"venuesPage"_s));
        QVERIFY(page);
        const QString before = m_cluster->fingerprint();
        QVERIFY(pickFile(
            page, page->importButton(), QStringLiteral(BOXOFFICE_SOURCE_DIR "/resources/venues/small-club.json")));
        QTRY_COMPARE_WITH_TIMEOUT(page->previewModel()->rowCount(), 41, 10000);
        QTest::mouseClick(page->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().startsWith(u"Not saved"_s), 10000);
        QVERIFY(page->saveButton()->isEnabled()); // the file is still there to save by a manager
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void cleanupTestCase()
    {
        m_clerk.reset();
        m_manager.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<Database> m_clerk;
};

QTEST_MAIN(TestVenuesPage)
#include "tst_venuespage.moc"
