// Door staff's offline sign-in at a gate station (issue 13, docs/GATE.md):
// the verifier kept after an online sign-in lets the same door person in
// with the same password, and nobody else; it expires, is forgotten when
// the database says the account is gone, never holds the password, and its
// file is the PC user's alone. Malformed files let nobody in.
#include "gate/offlinesignin.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace boxoffice;
using namespace Qt::Literals::StringLiterals;

namespace {

StaffMember member(int id, const QString &username, StaffRole role)
{
    StaffMember m;
    m.id = id;
    m.username = username;
    m.displayName = username.toUpper();
    m.role = role;
    return m;
}

} // namespace

class TestOfflineSignIn final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void doorStaffSignInAgainWithTheSamePassword()
    {
        const QString file = m_dir.filePath(u"a/offline-sign-in.json"_s);
        OfflineSignIn store(file);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(!store.hasAnyone(now)); // no file yet
        QCOMPARE(store.check(u"door"_s, u"door-pass-1"_s, now).code(), ErrorCode::SignInFailed);

        StaffMember door = member(7, u"door"_s, StaffRole::Gate);
        door.mustChangePassword = true;
        QVERIFY(store.remember(door, u"door-pass-1"_s, now).ok());
        QVERIFY(store.remember(member(8, u"door2"_s, StaffRole::Gate), u"สองประตู-2"_s, now).ok());
        QVERIFY(store.hasAnyone(now));

        const Result<StaffMember> back = store.check(u"door"_s, u"door-pass-1"_s, now.addSecs(3600));
        QVERIFY(back.ok());
        QCOMPARE(back->id, 7);
        QCOMPARE(back->displayName, u"DOOR"_s);
        QCOMPARE(back->role, StaffRole::Gate);
        QVERIFY(!back->mustChangePassword);
        // Thai passwords, as UTF-8.
        QCOMPARE(store.check(u"door2"_s, u"สองประตู-2"_s, now)->id, 8);

        // Wrong password, another's password, unknown login: one answer.
        const Result<StaffMember> wrong = store.check(u"door"_s, u"door-pass-2"_s, now);
        QCOMPARE(wrong.code(), ErrorCode::SignInFailed);
        QCOMPARE(store.check(u"door"_s, u"สองประตู-2"_s, now).error().message, wrong.error().message);
        QCOMPARE(store.check(u"nobody"_s, u"door-pass-1"_s, now).error().message, wrong.error().message);
        QCOMPARE(store.check(u"door"_s, QString(), now).code(), ErrorCode::SignInFailed);

        // The file: no password, Argon2id verifiers, the PC user's alone.
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(!text.contains("door-pass-1"));
        QVERIFY(!text.contains(u"สองประตู-2"_s.toUtf8()));
        QCOMPARE(text.count("$argon2id$"), 2);
        QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
            QFileDevice::Permissions());

        // A new online sign-in with a new password replaces the old one.
        QVERIFY(store.remember(door, u"door-pass-new"_s, now).ok());
        QCOMPARE(store.check(u"door"_s, u"door-pass-1"_s, now).code(), ErrorCode::SignInFailed);
        QVERIFY(store.check(u"door"_s, u"door-pass-new"_s, now).ok());
    }

    void expiresAndIsForgotten()
    {
        const QString file = m_dir.filePath(u"b.json"_s);
        OfflineSignIn store(file, std::chrono::hours(24));
        const QDateTime signedIn = QDateTime::currentDateTimeUtc();
        QVERIFY(store.remember(member(1, u"west"_s, StaffRole::Gate), u"west-pass-1"_s, signedIn).ok());
        QVERIFY(store.remember(member(2, u"east"_s, StaffRole::Gate), u"east-pass-1"_s, signedIn).ok());
        QVERIFY(store.check(u"west"_s, u"west-pass-1"_s, signedIn.addSecs(24 * 3600)).ok());
        // A day and a second later: refused, saying why (the password was right).
        const Result<StaffMember> late = store.check(u"west"_s, u"west-pass-1"_s, signedIn.addSecs(24 * 3600 + 1));
        QCOMPARE(late.code(), ErrorCode::SignInFailed);
        QVERIFY2(late.error().message.contains(u"24 hour"_s), qPrintable(late.error().message));
        QVERIFY2(late.error().message.contains(u"west"_s), qPrintable(late.error().message));
        // A wrong password after expiry says nothing of the account.
        QVERIFY(!store.check(u"west"_s, u"wrong"_s, signedIn.addDays(3)).error().message.contains(u"24"_s));
        QVERIFY(!store.hasAnyone(signedIn.addDays(2)));

        // A door person made a clerk: forgotten at their next online sign-in.
        QVERIFY(store.remember(member(2, u"east"_s, StaffRole::Clerk), u"east-pass-1"_s, signedIn).ok());
        QCOMPARE(store.check(u"east"_s, u"east-pass-1"_s, signedIn).code(), ErrorCode::SignInFailed);
        // Deactivated (not among the active door staff at the app's start).
        QVERIFY(store.remember(member(3, u"north"_s, StaffRole::Gate), u"north-pass-1"_s, signedIn).ok());
        QCOMPARE(store.keepOnly({u"north"_s, u"someone"_s}), 1); // west goes
        QCOMPARE(store.check(u"west"_s, u"west-pass-1"_s, signedIn).code(), ErrorCode::SignInFailed);
        QVERIFY(store.check(u"north"_s, u"north-pass-1"_s, signedIn).ok());
        QCOMPARE(store.keepOnly({u"north"_s}), 0);
        store.forget(u"north"_s);
        QVERIFY(!store.hasAnyone(signedIn));
    }

    void malformedFilesLetNobodyIn_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("\x01\x02 garbage {");
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("other version") << QByteArray(R"({"version":2,"staff":[]})");
        QTest::newRow("no verifier") << QByteArray(
            R"({"version":1,"staff":[{"id":1,"username":"door","signed_in_at":"2099-01-01T00:00:00.000Z"}]})");
        QTest::newRow("plain password as verifier")
            << QByteArray(R"({"version":1,"staff":[{"id":1,"username":"door","verifier":"door-pass-1",)"
                          R"("signed_in_at":"2099-01-01T00:00:00.000Z"}]})");
        QTest::newRow("bad argon2 string") << QByteArray(
            R"({"version":1,"staff":[{"id":1,"username":"door","verifier":"$argon2id$v=19$m=1,t=1,p=1$x$y",)"
            R"("signed_in_at":"2099-01-01T00:00:00.000Z"}]})");
        QTest::newRow("no date") << QByteArray(
            R"({"version":1,"staff":[{"id":1,"username":"door","verifier":"$argon2id$v=19$m=1,t=1,p=1$x$y"}]})");
    }

    void malformedFilesLetNobodyIn()
    {
        QFETCH(QByteArray, content);
        const QString file = m_dir.filePath(u"bad.json"_s);
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
        f.close();
        OfflineSignIn store(file);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(store.check(u"door"_s, u"door-pass-1"_s, now).code(), ErrorCode::SignInFailed);
        QCOMPARE(store.check(u"door"_s, QString(), now).code(), ErrorCode::SignInFailed);
        // The next online sign-in writes a good file over it (once: each
        // verifier takes half a second on purpose).
        if (QByteArray(QTest::currentDataTag()) != "not json")
            return;
        QVERIFY(store.remember(member(1, u"door"_s, StaffRole::Gate), u"door-pass-1"_s, now).ok());
        QVERIFY(store.check(u"door"_s, u"door-pass-1"_s, now).ok());
    }

    void unwritableFileSaysSo()
    {
        // A folder where the file should be: it cannot be written.
        const QString file = m_dir.filePath(u"folder.json"_s);
        QVERIFY(QDir().mkpath(file));
        OfflineSignIn store(file);
        const Result<Done> r
            = store.remember(member(1, u"door"_s, StaffRole::Gate), u"door-pass-1"_s, QDateTime::currentDateTimeUtc());
        QCOMPARE(r.code(), ErrorCode::InvalidValue);
        QVERIFY2(r.error().message.contains(u"folder.json"_s), qPrintable(r.error().message));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestOfflineSignIn)
#include "tst_offlinesignin.moc"
