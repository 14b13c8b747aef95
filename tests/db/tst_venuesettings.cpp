// A venue's PromptPay id, the first venue setting of the back office: a
// manager sets and clears it through the service (stored as digits, audited
// with before and after); clerks and supervisors are refused by the
// database even in plain SQL; bad ids are refused with their own code and
// change nothing; clerks read the id with the show list and the layout.
#include "admin/showcatalog.h"
#include "admin/venuelayout.h"
#include "admin/venuesettings.h"
#include "db/database.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestVenueSettings final : public QObject
{
    Q_OBJECT

private:
    QString storedId()
    {
        return m_cluster
            ->scalar(u"SELECT coalesce(promptpay_id, '<null>') FROM boxoffice.venue WHERE id = ?"_s, {m_venue})
            .toString();
    }
    int auditRows()
    {
        return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log WHERE action = 'set_venue_promptpay_id'"_s)
            .toInt();
    }
    // The last audit row of a PromptPay change: "actor before after".
    QString lastAudit()
    {
        return m_cluster
            ->scalar(u"SELECT concat_ws(' ', actor, coalesce(detail ->> 'before', '<null>'),"
                     " coalesce(detail ->> 'after', '<null>')) FROM boxoffice.audit_log"
                     " WHERE action = 'set_venue_promptpay_id' ORDER BY id DESC LIMIT 1"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_venue
            = m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = 'Rajadamnern Demo Stadium'"_s).toInt();
        QVERIFY(m_venue > 0);
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        m_supervisor = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"supervisor"_s, u"supervisor-demo"_s), u"supervisor"_s);
        m_clerk
            = std::make_unique<Database>(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"clerk"_s);
    }

    void init() { QVERIFY(m_cluster->exec(u"UPDATE boxoffice.venue SET promptpay_id = NULL"_s)); }

    void managerSetsChangesAndClears()
    {
        const int before = auditRows();
        Result<QString> set = VenueSettings::setPromptPayId(*m_manager, m_venue, u"081-234-5678"_s);
        VERIFY_OK(set);
        QCOMPARE(set.value(), u"0812345678"_s);
        QCOMPARE(storedId(), u"0812345678"_s);
        QCOMPARE(lastAudit(), u"manager <null> 0812345678"_s);
        // "+66" is the same mobile number written the international way.
        set = VenueSettings::setPromptPayId(*m_manager, m_venue, u"+66 81 234 5679"_s);
        VERIFY_OK(set);
        QCOMPARE(set.value(), u"0812345679"_s);
        QCOMPARE(lastAudit(), u"manager 0812345678 0812345679"_s);
        // A national id with a valid check digit, an e-wallet id.
        VERIFY_OK(VenueSettings::setPromptPayId(*m_manager, m_venue, u"1-2345-67890-12-1"_s));
        QCOMPARE(storedId(), u"1234567890121"_s);
        VERIFY_OK(VenueSettings::setPromptPayId(*m_manager, m_venue, u"004999000281286"_s));
        QCOMPARE(storedId(), u"004999000281286"_s);
        QCOMPARE(auditRows(), before + 4);
        // The same id again changes nothing and writes no audit row.
        VERIFY_OK(VenueSettings::setPromptPayId(*m_manager, m_venue, u"004999000281286"_s));
        QCOMPARE(auditRows(), before + 4);
        // Empty clears it.
        set = VenueSettings::setPromptPayId(*m_manager, m_venue, u"  "_s);
        VERIFY_OK(set);
        QCOMPARE(set.value(), QString());
        QCOMPARE(storedId(), u"<null>"_s);
        QCOMPARE(lastAudit(), u"manager 004999000281286 <null>"_s);
        QCOMPARE(auditRows(), before + 5);
        // And the list a manager edits shows what is stored.
        VERIFY_OK(VenueSettings::setPromptPayId(*m_manager, m_venue, u"0812345678"_s));
        const Result<QList<VenueSettingsEntry>> venues = VenueSettings::venues(*m_manager);
        VERIFY_OK(venues);
        const auto it = std::find_if(
            venues->cbegin(), venues->cend(), [this](const VenueSettingsEntry &v) { return v.id == m_venue; });
        QVERIFY(it != venues->cend());
        QCOMPARE(it->promptPayId, u"0812345678"_s);
        QCOMPARE(it->timeZone, u"Asia/Bangkok"_s);
    }

    void badIdsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("too short") << u"12345"_s;
        QTest::newRow("letter in a mobile number") << u"08l2345678"_s;
        QTest::newRow("10 digits not starting with 0") << u"8123456789"_s;
        QTest::newRow("11 digits") << u"08123456789"_s;
        QTest::newRow("another country") << u"+1 555 123 4567"_s;
        QTest::newRow("+66 with 8 digits") << u"+66 81 234 567"_s;
        QTest::newRow("national id, wrong check digit") << u"1234567890122"_s;
        QTest::newRow("14 digits") << u"00499900028128"_s;
        QTest::newRow("16 digits") << u"0049990002812860"_s;
        QTest::newRow("Thai digits") << u"๐๘๑๒๓๔๕๖๗๘"_s;
        QTest::newRow("SQL") << u"0812345678'; DELETE FROM boxoffice.venue; --"_s;
    }
    void badIdsAreRefusedAndChangeNothing()
    {
        QFETCH(QString, id);
        VERIFY_OK(VenueSettings::setPromptPayId(*m_manager, m_venue, u"0812345678"_s));
        const QString before = m_cluster->fingerprint();
        const Result<QString> r = VenueSettings::setPromptPayId(*m_manager, m_venue, id);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::InvalidPromptPayId);
        QCOMPARE(r.error().message, describe(ErrorCode::InvalidPromptPayId));
        QVERIFY(r.error().message.contains(u"13-digit"_s));
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(storedId(), u"0812345678"_s);
    }

    void unknownVenueIsRefused()
    {
        const QString before = m_cluster->fingerprint();
        QCOMPARE(VenueSettings::setPromptPayId(*m_manager, 999999, u"0812345678"_s).code(), ErrorCode::UnknownVenue);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void clerkAndSupervisorAreRefusedEvenInSql_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("clerk") << u"clerk"_s;
        QTest::newRow("supervisor") << u"supervisor"_s;
    }
    void clerkAndSupervisorAreRefusedEvenInSql()
    {
        QFETCH(QString, who);
        VERIFY_OK(VenueSettings::setPromptPayId(*m_manager, m_venue, u"0812345678"_s));
        const QString before = m_cluster->fingerprint();
        Database &db = who == u"clerk"_s ? *m_clerk : *m_supervisor;
        QCOMPARE(VenueSettings::setPromptPayId(db, m_venue, u"0899999999"_s).code(), ErrorCode::PermissionDenied);
        QCOMPARE(VenueSettings::setPromptPayId(db, m_venue, QString()).code(), ErrorCode::PermissionDenied);
        const ConnectionConfig login = test::loginAs(m_cluster->config(), who, who + u"-demo"_s);
        for (const QString &sql : {u"SELECT boxoffice.set_venue_promptpay_id(%1, '0899999999')"_s,
                 u"SELECT boxoffice.set_venue_promptpay_id(%1, NULL)"_s,
                 u"UPDATE boxoffice.venue SET promptpay_id = '0899999999' WHERE id = %1"_s,
                 u"SELECT boxoffice.normalized_promptpay_id('0899999999')"_s}) {
            const test::SqlAttempt a = test::attemptSql(login, QString(sql).replace(u"%1"_s, QString::number(m_venue)));
            QVERIFY2(a.state == u"42501"_s, qPrintable(sql + u": "_s + a.state));
        }
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(storedId(), u"0812345678"_s);
    }

    // Only the managers (and the owner) may run it, as its owner, with a
    // fixed search path.
    void functionIsAManagersOnly()
    {
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT concat_ws(' ', p.prosecdef,"
                              " has_function_privilege('boxoffice_manager', p.oid, 'EXECUTE'),"
                              " has_function_privilege('boxoffice_supervisor', p.oid, 'EXECUTE'),"
                              " has_function_privilege('boxoffice_clerk', p.oid, 'EXECUTE'),"
                              " array_to_string(p.proconfig, ';'))"
                              " FROM pg_proc p WHERE p.oid = 'boxoffice.set_venue_promptpay_id(integer, text)'"
                              "::regprocedure"_s)
                     .toString(),
            u"t t f f search_path=boxoffice, pg_catalog, pg_temp"_s);
    }

    // The counter reads the id with what it loads anyway: the show list and
    // the venue layout, on the clerk's own login.
    void clerksReadItWithTheShows()
    {
        VERIFY_OK(VenueSettings::setPromptPayId(*m_manager, m_venue, u"0812345678"_s));
        const Result<QList<ShowSummary>> shows = ShowCatalog::comingShows(*m_clerk);
        VERIFY_OK(shows);
        int ofVenue = 0;
        for (const ShowSummary &s : shows.value()) {
            if (s.venue == u"Rajadamnern Demo Stadium"_s) {
                QCOMPARE(s.promptPayId, u"0812345678"_s);
                ++ofVenue;
            }
        }
        QVERIFY(ofVenue > 0);
        const Result<VenueLayout> layout = VenueLayout::load(*m_clerk, m_cluster->demoShow(0));
        VERIFY_OK(layout);
        QCOMPARE(layout->promptPayId, u"0812345678"_s);
        VERIFY_OK(VenueSettings::setPromptPayId(*m_manager, m_venue, QString()));
        const Result<QList<ShowSummary>> after = ShowCatalog::comingShows(*m_clerk);
        VERIFY_OK(after);
        for (const ShowSummary &s : after.value())
            QCOMPARE(s.promptPayId, QString());
    }

    void cleanupTestCase()
    {
        m_clerk.reset();
        m_supervisor.reset();
        m_manager.reset();
        m_cluster->exec(u"UPDATE boxoffice.venue SET promptpay_id = NULL"_s);
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_venue = 0;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<Database> m_supervisor;
    std::unique_ptr<Database> m_clerk;
};

QTEST_GUILESS_MAIN(TestVenueSettings)
#include "tst_venuesettings.moc"
