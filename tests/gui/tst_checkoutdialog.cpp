// The checkout's cash page with real keys: what a clerk types as tendered
// (grouping, Thai digits, too little, not a number) gives the right change
// live and, when it cannot be taken, the right reason — never a wrong one.
#include "counter/checkoutdialog.h"
#include "money/money.h"

#include <QtGui/QKeyEvent>
#include <QtTest/QSignalSpy>
#include <QtTest/QtTest>
#include <QtWidgets/QAbstractButton>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace boxoffice;

class TestCheckoutDialog final : public QObject
{
    Q_OBJECT

private:
    static Money baht(qint64 whole) { return Money::fromSatang(whole * 100); }

    // Replaces the tendered text the way a clerk does: select all, type.
    static void type(CheckoutDialog &d, const QString &text)
    {
        d.tenderedEdit()->setFocus();
        QTest::keyClick(d.tenderedEdit(), Qt::Key_A, Qt::ControlModifier);
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(d.tenderedEdit(), QString(c));
                continue;
            }
            // A Thai keyboard layout's key: QTest maps ASCII only, so the
            // key event carries the character as its text, as X11 sends it.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QApplication::sendEvent(d.tenderedEdit(), &press);
            QApplication::sendEvent(d.tenderedEdit(), &release);
        }
    }
    static QString changeText(const CheckoutDialog &d)
    {
        return d.findChild<QLabel *>(QStringLiteral("change"))->text();
    }
    static QLabel *error(const CheckoutDialog &d) { return d.findChild<QLabel *>(QStringLiteral("error")); }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void groupedAmountAboveTheTotalGivesChange()
    {
        CheckoutDialog d(baht(2500), {QStringLiteral("A-1")});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy confirmed(&d, &CheckoutDialog::confirmed);
        type(d, QStringLiteral("3,000"));
        QCOMPARE(d.tenderedEdit()->text(), QStringLiteral("3,000"));
        QCOMPARE(changeText(d), formatBaht(baht(500)));
        QCOMPARE(d.change(), baht(500));
        QTest::keyClick(d.tenderedEdit(), Qt::Key_Return);
        QCOMPARE(confirmed.size(), 1);
        QVERIFY(!error(d)->isVisible());
    }

    // Growing (F7's QR code) near the screen's bottom, it moves up: its
    // buttons stay on the screen (a tester's 1366×800 lost them).
    void staysOnTheScreenAsItGrows()
    {
        CheckoutDialog d(baht(2500), {QStringLiteral("A-1")});
        d.setPromptPayId(QStringLiteral("1234567890121"));
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        const QRect available = d.screen()->availableGeometry();
        d.move(d.x(), available.bottom() - d.frameGeometry().height() - 2);
        QTRY_VERIFY(d.frameGeometry().bottom() <= available.bottom());
        const int before = d.height();
        QTest::keyClick(&d, Qt::Key_F7);
        QVERIFY(!d.findChild<QLabel *>(QStringLiteral("promptPayQr"))->pixmap().isNull());
        QTRY_VERIFY(d.height() > before);
        QTRY_VERIFY2(d.frameGeometry().bottom() <= available.bottom() || d.frameGeometry().top() == available.top(),
            qPrintable(QStringLiteral("frame %1,%2 %3x%4 on %5x%6")
                           .arg(d.frameGeometry().x())
                           .arg(d.frameGeometry().y())
                           .arg(d.frameGeometry().width())
                           .arg(d.frameGeometry().height())
                           .arg(available.width())
                           .arg(available.height())));
        QVERIFY(d.confirmButton()->isVisible());
    }

    // PromptPay is offered only with the venue's id; F7 then shows the QR
    // code of that id and the total, and without one says why not.
    void promptPayOnlyWithAnId()
    {
        CheckoutDialog d(baht(2500), {QStringLiteral("A-1")});
        d.show();
        QVERIFY(QTest::qWaitForWindowActive(&d));
        auto *promptPay = d.findChild<QAbstractButton *>(QStringLiteral("promptpay"));
        auto *reason = d.findChild<QLabel *>(QStringLiteral("promptPayReason"));
        QVERIFY(!promptPay->isEnabled());
        QVERIFY(reason->isVisible());
        QCOMPARE(reason->text(), d.promptPayUnavailableReason());
        QTest::keyClick(d.tenderedEdit(), Qt::Key_F7);
        QCOMPARE(d.request().payment, PaymentMethod::Cash);
        QVERIFY(error(d)->isVisible());
        QCOMPARE(error(d)->text(), d.promptPayUnavailableReason());
        QTest::keyClick(d.tenderedEdit(), Qt::Key_F6);
        QCOMPARE(d.request().payment, PaymentMethod::Card);

        d.setPromptPayId(QStringLiteral("1234567890121"));
        QVERIFY(promptPay->isEnabled());
        QVERIFY(!reason->isVisible());
        QVERIFY(d.promptPayUnavailableReason().isEmpty());
        QTest::keyClick(&d, Qt::Key_F7);
        QCOMPARE(d.request().payment, PaymentMethod::PromptPay);
        QVERIFY(!d.findChild<QLabel *>(QStringLiteral("promptPayQr"))->pixmap().isNull());
        // Data object 29: the AID, then sub-tag 02 (a tax id) with the 13 digits.
        QVERIFY2(d.promptPayPayload().contains(QStringLiteral("29370016A000000677010111021312345678901215303764")),
            qPrintable(d.promptPayPayload()));
        QVERIFY(d.promptPayPayload().contains(QStringLiteral("54072500.00")));
        // Taken away while chosen: back to cash.
        d.setPromptPayId(QString());
        QCOMPARE(d.request().payment, PaymentMethod::Cash);
        QVERIFY(d.promptPayPayload().isEmpty());
    }

    void thaiDigitsAreAmountsToo()
    {
        CheckoutDialog d(baht(2500), {QStringLiteral("A-1")});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy confirmed(&d, &CheckoutDialog::confirmed);
        type(d, QStringLiteral("๓,๐๐๐.๕๐"));
        QCOMPARE(d.change(), Money::fromSatang(50050));
        QTest::mouseClick(d.confirmButton(), Qt::LeftButton);
        QCOMPARE(confirmed.size(), 1);
    }

    void tooLittleSaysHowMuchIsMissing()
    {
        CheckoutDialog d(baht(2500), {QStringLiteral("A-1")});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy confirmed(&d, &CheckoutDialog::confirmed);
        type(d, QStringLiteral("2,000"));
        QCOMPARE(changeText(d), QStringLiteral("%1 short").arg(formatBaht(baht(500))));
        QTest::mouseClick(d.confirmButton(), Qt::LeftButton);
        QCOMPARE(confirmed.size(), 0);
        QVERIFY(error(d)->isVisible());
        const QString reason = error(d)->text();
        QVERIFY2(reason.contains(formatBaht(baht(2000))) && reason.contains(formatBaht(baht(500)))
                && reason.contains(formatBaht(baht(2500))),
            qPrintable(reason));
        // Typing again clears the reason; the exact total is taken.
        type(d, QStringLiteral("2500"));
        QVERIFY(!error(d)->isVisible());
        QCOMPARE(changeText(d), formatBaht(Money()));
        QTest::mouseClick(d.confirmButton(), Qt::LeftButton);
        QCOMPARE(confirmed.size(), 1);
    }

    void notAnAmountIsSaidSo_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("letters") << QStringLiteral("3OOO");
        QTest::newRow("decimal comma") << QStringLiteral("2500,5");
        QTest::newRow("three decimals") << QStringLiteral("2500.505");
        QTest::newRow("negative") << QStringLiteral("-3000");
    }

    void notAnAmountIsSaidSo()
    {
        QFETCH(QString, typed);
        CheckoutDialog d(baht(2500), {QStringLiteral("A-1")});
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy confirmed(&d, &CheckoutDialog::confirmed);
        type(d, typed);
        QVERIFY(!d.tendered().has_value());
        QVERIFY(!changeText(d).contains(QLatin1String("฿")));
        QTest::keyClick(d.tenderedEdit(), Qt::Key_Return);
        QCOMPARE(confirmed.size(), 0);
        const QString reason = error(d)->text();
        QVERIFY2(reason.contains(typed) && reason.contains(QLatin1String("not an amount")), qPrintable(reason));
        QVERIFY(!reason.contains(QLatin1String("short")));
    }
};

QTEST_MAIN(TestCheckoutDialog)
#include "tst_checkoutdialog.moc"
