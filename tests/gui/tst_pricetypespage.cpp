// Set-up → Price types and the price types' columns of Shows and prices
// (issue 12) with real clicks and keys, as the demo manager: a price type
// added from the keyboard (Enter saves) and one edited; a new one without an
// English name refused with the translated reason and nothing changed; the
// approval rule (out of range refused, then saved); a show's CHILD price
// typed into its column and saved with Enter, a comp at a price refused, a
// price type removed from a ticket type by emptying its cell. Every change
// is in the database afterwards.
#include "db/database.h"
#include "manager/pricetypespage.h"
#include "manager/setupwindow.h"
#include "manager/showspage.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtGui/QKeyEvent>
#include <QtTest/QtTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestPriceTypesPage final : public QObject
{
    Q_OBJECT

private:
    QString everything()
    {
        return m_cluster->fingerprint()
            + m_cluster
                  ->scalar(u"SELECT concat_ws(' ',"
                           " (SELECT string_agg(concat_ws('/', show_id, zone_id, price_type_id, price), ';'"
                           "   ORDER BY show_id, zone_id, price_type_id) FROM boxoffice.show_price),"
                           " (SELECT string_agg(concat_ws('/', id, code, name_en, name_th, is_comp, sort_order,"
                           "   active), ';' ORDER BY id) FROM boxoffice.price_type),"
                           " (SELECT concat_ws('/', approval_below_percent, approval_minutes)"
                           "   FROM boxoffice.pricing_rule))"_s)
                  .toString();
    }
    QString error(QWidget *page) { return page->findChild<QLabel *>(u"error"_s)->text(); }
    // Types into a line edit of the page, replacing its text.
    static void retype(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(edit, Qt::Key_Delete);
        QTest::keyClicks(edit, text);
    }
    // Types text of any script: QTest maps ASCII keys only, so a Thai
    // keyboard layout's key is a key event carrying the character, as X11
    // sends it.
    static void typeText(QWidget *w, const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(w, QString(c));
                continue;
            }
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(w, &press);
            QApplication::sendEvent(w, &release);
        }
    }
    int column(const QString &code)
    {
        QTableWidget *prices = m_shows->priceTable();
        for (int c = 0; c < prices->columnCount(); ++c) {
            if (prices->horizontalHeaderItem(c)->data(Qt::UserRole).toString() == code)
                return c;
        }
        return -1;
    }
    // Types into a price cell and presses Enter (an empty text empties it).
    void typePrice(int row, int col, const QString &text)
    {
        QTableWidget *prices = m_shows->priceTable();
        prices->setFocus();
        prices->scrollToItem(prices->item(row, col));
        QTest::mouseClick(
            prices->viewport(), Qt::LeftButton, {}, prices->visualItemRect(prices->item(row, col)).center());
        QTest::keyClick(prices->viewport(), Qt::Key_F2);
        QLineEdit *editor = prices->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        if (text.isEmpty())
            QTest::keyClick(editor, Qt::Key_Delete);
        else
            QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
    }
    QString showPrice(int show, const QString &ticketType, const QString &code)
    {
        return m_cluster
            ->scalar(u"SELECT sp.price::text FROM boxoffice.show_price sp JOIN boxoffice.zone z ON z.id = sp.zone_id"
                     " JOIN boxoffice.price_type pt ON pt.id = sp.price_type_id"
                     " WHERE sp.show_id = ? AND z.ticket_type = ? AND pt.code = ?"_s,
                {show, ticketType, code})
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        m_window = std::make_unique<SetupWindow>(*m_manager);
        m_page = qobject_cast<PriceTypesPage *>(m_window->page(u"priceTypesPage"_s));
        QVERIFY(m_page);
        m_shows = qobject_cast<ShowsPage *>(m_window->page(u"showsPage"_s));
        QVERIFY(m_shows);
        QSignalSpy loaded(m_page, &PriceTypesPage::loaded);
        QVERIFY(m_window->showPage(u"priceTypesPage"_s));
        QCOMPARE(m_window->tabs()->tabText(m_window->tabs()->currentIndex()), u"Price types"_s);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, 10000));
        QVERIFY(m_page->typeTable()->rowCount() >= 5);
        QCOMPARE(m_page->typeTable()->item(0, 0)->text(), u"STANDARD"_s);
    }

    void addAPriceTypeFromTheKeyboard()
    {
        QSignalSpy changed(m_window.get(), &SetupWindow::changed);
        QSignalSpy saved(m_page, &PriceTypesPage::saved);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"newType"_s), Qt::LeftButton);
        QLineEdit *code = m_page->findChild<QLineEdit *>(u"code"_s);
        QVERIFY(code->hasFocus() || (code->setFocus(), true));
        QTest::keyClicks(code, u"monk"_s);
        QTest::keyClick(code, Qt::Key_Tab);
        QTest::keyClicks(m_page->findChild<QLineEdit *>(u"nameEn"_s), u"Monk"_s);
        QLineEdit *nameTh = m_page->findChild<QLineEdit *>(u"nameTh"_s);
        nameTh->setFocus();
        typeText(nameTh, u"พระ"_s);
        QTest::keyClick(nameTh, Qt::Key_Return);
        QVERIFY2(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000), qPrintable(error(m_page)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT concat_ws('/', name_en, name_th, is_comp, active) FROM boxoffice.price_type"
                              " WHERE code = 'MONK'"_s)
                     .toString(),
            u"Monk/พระ/f/t"_s);
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, 10000));
        bool listed = false;
        for (int row = 0; row < m_page->typeTable()->rowCount(); ++row)
            listed = listed || m_page->typeTable()->item(row, 0)->text() == u"MONK"_s;
        QVERIFY(listed);
    }

    void editTheSelectedPriceType()
    {
        QTableWidget *table = m_page->typeTable();
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->text() == u"STAFF"_s)
                row = r;
        }
        QVERIFY(row >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 1)).center());
        QCOMPARE(m_page->findChild<QLineEdit *>(u"code"_s)->text(), u"STAFF"_s);
        retype(m_page->findChild<QLineEdit *>(u"nameEn"_s), u"Staff and family"_s);
        QCheckBox *active = m_page->findChild<QCheckBox *>(u"active"_s);
        QVERIFY(active->isChecked());
        active->setFocus();
        QTest::keyClick(active, Qt::Key_Space);
        QVERIFY(!active->isChecked());
        QSignalSpy saved(m_page, &PriceTypesPage::saved);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"saveType"_s), Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000), qPrintable(error(m_page)));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT concat_ws('/', name_en, active) FROM boxoffice.price_type"
                              " WHERE code = 'STAFF'"_s)
                     .toString(),
            u"Staff and family/f"_s);
        QVERIFY(m_cluster
                    ->scalar(u"SELECT detail::text FROM boxoffice.audit_log WHERE action = 'save_price_type'"
                             " ORDER BY id DESC LIMIT 1"_s)
                    .toString()
                    .contains(u"Staff and family"_s));
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, 10000));
    }

    void badInputIsRefusedWithNothingChanged()
    {
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"newType"_s), Qt::LeftButton);
        QTest::keyClicks(m_page->findChild<QLineEdit *>(u"code"_s), u"NONAME"_s);
        typeText(m_page->findChild<QLineEdit *>(u"nameTh"_s), u"ไม่มีชื่อ"_s);
        const QString before = everything();
        QSignalSpy failed(m_page, &PriceTypesPage::failed);
        QTest::keyClick(m_page->findChild<QLineEdit *>(u"nameTh"_s), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
        QVERIFY2(error(m_page).contains(u"English name is missing"_s), qPrintable(error(m_page)));
        QVERIFY(m_page->findChild<QLabel *>(u"error"_s)->isVisible());
        QCOMPARE(everything(), before);

        // The rule: 101 % is out of range.
        QLineEdit *percent = m_page->findChild<QLineEdit *>(u"percent"_s);
        retype(percent, u"101"_s);
        failed.clear();
        QTest::keyClick(percent, Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
        QVERIFY2(error(m_page).contains(u"out of range"_s), qPrintable(error(m_page)));
        QCOMPARE(everything(), before);
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, 10000));
    }

    void approvalRuleSaved()
    {
        retype(m_page->findChild<QLineEdit *>(u"percent"_s), u"40"_s);
        QSpinBox *minutes = m_page->findChild<QSpinBox *>(u"minutes"_s);
        minutes->setFocus();
        QTest::keyClick(minutes, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(minutes, u"8"_s);
        QSignalSpy saved(m_page, &PriceTypesPage::saved);
        QTest::mouseClick(m_page->findChild<QPushButton *>(u"saveRule"_s), Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000), qPrintable(error(m_page)));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT concat_ws('/', approval_below_percent, approval_minutes)"
                              " FROM boxoffice.pricing_rule"_s)
                     .toString(),
            u"40.00/8"_s);
        QCOMPARE(m_page->findChild<QLineEdit *>(u"percent"_s)->text(), u"40.00"_s);
        QVERIFY(QTest::qWaitFor([&] { return !m_page->isBusy(); }, 10000));
    }

    void showPricesPerPriceType()
    {
        const int show = m_cluster->demoShow(3);
        QSignalSpy loaded(m_shows, &ShowsPage::loaded);
        QVERIFY(m_window->showPage(u"showsPage"_s));
        m_shows->reload();
        QVERIFY(QTest::qWaitFor([&] { return !loaded.isEmpty() && !m_shows->isBusy(); }, 10000));
        QSignalSpy pricesLoaded(m_shows, &ShowsPage::pricesLoaded);
        QVERIFY(m_shows->selectShow(show));
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty(), 10000);
        QTableWidget *prices = m_shows->priceTable();
        QCOMPARE(prices->item(0, 0)->text(), u"RINGSIDE"_s);
        const int child = column(u"CHILD"_s);
        const int comp = column(u"COMP"_s);
        QVERIFY(child >= 3 && comp >= 3);
        QCOMPARE(column(u"MONK"_s) >= 3, true); // the new type has its column
        QCOMPARE(column(u"STAFF"_s), -1);       // inactive and unpriced: none
        QCOMPARE(prices->item(0, child)->text(), QString());

        QSignalSpy saved(m_shows, &ShowsPage::saved);
        pricesLoaded.clear();
        typePrice(0, child, u"1000.50"_s);
        QVERIFY2(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000), qPrintable(error(m_shows)));
        QCOMPARE(showPrice(show, u"RINGSIDE"_s, u"CHILD"_s), u"1000.50"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty() && !m_shows->isBusy(), 10000);
        QCOMPARE(prices->item(0, child)->text(), u"1000.50"_s);

        // A comp at a price: refused, translated, nothing changed.
        const QString before = everything();
        QSignalSpy failed(m_shows, &ShowsPage::failed);
        pricesLoaded.clear();
        typePrice(1, comp, u"5"_s);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000));
        QVERIFY2(error(m_shows).contains(u"comp is always 0"_s), qPrintable(error(m_shows)));
        QCOMPARE(everything(), before);
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty() && !m_shows->isBusy(), 10000);

        // Emptied: the counter stops offering CHILD for RINGSIDE.
        saved.clear();
        pricesLoaded.clear();
        typePrice(0, child, QString());
        QVERIFY2(QTest::qWaitFor([&] { return !saved.isEmpty(); }, 10000), qPrintable(error(m_shows)));
        QCOMPARE(showPrice(show, u"RINGSIDE"_s, u"CHILD"_s), QString());
        QVERIFY(!m_cluster->scalar(u"SELECT boxoffice.show_price_list(?)::text"_s, {show})
                     .toString()
                     .contains(u"\"CHILD\""_s));
        QTRY_VERIFY_WITH_TIMEOUT(!pricesLoaded.isEmpty() && !m_shows->isBusy(), 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_manager.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<SetupWindow> m_window;
    PriceTypesPage *m_page = nullptr;
    ShowsPage *m_shows = nullptr;
};

QTEST_MAIN(TestPriceTypesPage)
#include "tst_pricetypespage.moc"
