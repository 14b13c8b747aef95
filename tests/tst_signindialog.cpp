// The sign-in dialog with real keys: a wrong password is said plainly and the
// dialog stays; the right one signs the clerk in.
#include "database.h"
#include "signindialog.h"
#include "testcluster.h"

#include <QtTest/QtTest>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>

using namespace boxoffice;
using boxoffice::test::TestCluster;

class TestSignInDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongThenRightPassword()
    {
        TestCluster &cluster = TestCluster::instance();
        SignInDialog dialog(cluster.db(), QStringLiteral("clerk"));
        QSignalSpy failed(&dialog, &SignInDialog::failed);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("guess"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 10000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.errorLabel()->text(), QStringLiteral("Wrong user name or password."));
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QTest::keyClicks(dialog.passwordEdit(), QStringLiteral("clerk-demo"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty(), 10000);
        QCOMPARE(dialog.member().username, QStringLiteral("clerk"));
        QCOMPARE(dialog.member().role, QStringLiteral("clerk"));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
