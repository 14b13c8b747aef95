// `boxoffice admin` show commands, run as the built program against the test
// database as the demo manager (BOXOFFICE_DB): create a show in venue time,
// list it, price it, copy prices, schedule (dry run, then for real), cancel
// with an order to refund; bad arguments exit 2, refusals exit 1 with the
// translated message, and a refusal changes nothing; a clerk is refused.
#include "db/connectionconfig.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QProcess>
#include <QtCore/QUuid>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

} // namespace

class TestShowCommands final : public QObject
{
    Q_OBJECT

private:
    Run admin(const QStringList &args, const QString &login = u"manager"_s)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BOXOFFICE_DB"_s, test::loginAs(m_cluster->config(), login, login + u"-demo"_s).toConnInfo());
        env.insert(u"LANG"_s, u"C"_s);
        env.insert(u"LC_ALL"_s, u"C"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOXOFFICE_APP_PATH), QStringList {u"admin"_s} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {
            p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString everything()
    {
        return m_cluster->fingerprint()
            + m_cluster
                  ->scalar(u"SELECT concat_ws(' ', (SELECT string_agg(concat_ws('/', id, title, starts_at, doors_at,"
                           " sales_state, cancelled_at), ';' ORDER BY id) FROM boxoffice.show),"
                           " (SELECT string_agg(concat_ws('/', show_id, zone_id, price), ';' ORDER BY show_id, zone_id)"
                           "  FROM boxoffice.show_price))"_s)
                  .toString();
    }
    static QString day(int days) { return QDate::currentDate().addDays(days).toString(Qt::ISODate); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        // Not about money: cash is taken without an open shift here (the
        // venue's rule off; the cash office's tests have it on).
        QVERIFY(test::allowCashWithoutShift(*m_cluster));
        m_venue
            = m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = 'Rajadamnern Demo Stadium'"_s).toInt();
        QVERIFY(m_venue > 0);
    }

    void createListPriceCancel()
    {
        const QString starts = day(40) + u" 18:30"_s;
        Run r = admin({u"create-show"_s, u"--venue"_s, QString::number(m_venue), u"--title"_s,
            u"Rajadamnern Monday Fights"_s, u"--starts"_s, starts, u"--doors"_s, day(40) + u" 17:00"_s, u"--subtitle"_s,
            u"Saenchai vs Petchboonchu"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const int show = r.out.section(u'\t', 0, 0).toInt();
        QVERIFY(show > 0);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT to_char(starts_at AT TIME ZONE 'Asia/Bangkok', 'YYYY-MM-DD HH24:MI') || ' '"
                              " || to_char(doors_at AT TIME ZONE 'Asia/Bangkok', 'HH24:MI') || ' ' || subtitle"
                              " FROM boxoffice.show WHERE id = ?"_s,
                         {show})
                     .toString(),
            starts + u" 17:00 Saenchai vs Petchboonchu"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT actor FROM boxoffice.audit_log WHERE action = 'create_show'"
                              " ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
            u"manager"_s);

        r = admin({u"list-shows"_s, u"--venue"_s, QString::number(m_venue)});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QString::number(show) + u'\t' + starts + u"\tRajadamnern Monday Fights\t"_s));

        r = admin({u"price"_s, u"--show"_s, QString::number(show), u"--ticket-type"_s, u"RINGSIDE"_s, u"--price"_s,
            u"2000.00"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"RINGSIDE\t2000.00"_s));
        r = admin(
            {u"copy-prices"_s, u"--from"_s, QString::number(show), u"--to"_s, QString::number(m_cluster->demoShow(4))});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"RINGSIDE\t2000.00"_s));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT sp.price::text FROM boxoffice.show_price sp JOIN boxoffice.zone z ON z.id ="
                              " sp.zone_id WHERE sp.show_id = ? AND z.ticket_type = 'RINGSIDE'"_s,
                         {m_cluster->demoShow(4)})
                     .toString(),
            u"2000.00"_s);

        // An order to refund, then the cancel lists it with the phone number.
        const int terminal = m_cluster->registerTerminal(u"cli-test"_s);
        const int seat = m_cluster->seatsOf(show, u"RINGSIDE"_s, 1).at(0);
        const QJsonObject sale {{u"idempotency_key"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"request_hash"_s, u"h"_s}, {u"show_id"_s, show}, {u"seat_ids"_s, QJsonArray {seat}},
            {u"ticket_type"_s, u"RINGSIDE"_s}, {u"terminal_id"_s, terminal}, {u"customer_name"_s, u"Somchai"_s},
            {u"customer_phone"_s, u"0811234567"_s}, {u"payment_method"_s, u"cash"_s}};
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT boxoffice.sell(?::jsonb) ->> 'total'"_s,
                         {QString::fromUtf8(QJsonDocument(sale).toJson())})
                     .toString(),
            u"2000.00"_s);
        r = admin({u"cancel-show"_s, u"--show"_s, QString::number(show), u"--reason"_s, u"Typhoon"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Somchai\t0811234567\t"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"\t2000.00"_s));
        QVERIFY(
            m_cluster->scalar(u"SELECT cancelled_at IS NOT NULL FROM boxoffice.show WHERE id = ?"_s, {show}).toBool());
        r = admin({u"refunds"_s, u"--show"_s, QString::number(show)}, u"supervisor"_s);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"0811234567"_s));
    }

    void scheduleDryRunThenForReal()
    {
        QDate first = QDate::currentDate().addDays(60);
        while (first.dayOfWeek() != 1)
            first = first.addDays(1);
        const QStringList args {u"schedule"_s, u"--venue"_s, QString::number(m_venue), u"--weekdays"_s,
            u"mon,wed,thu,sun"_s, u"--time"_s, u"18:30"_s, u"--weeks"_s, u"8"_s, u"--title"_s, u"Fight night"_s,
            u"--from"_s, first.toString(Qt::ISODate)};
        const QString before = everything();
        Run r = admin(QStringList(args) << u"--dry-run"_s);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(u"\tnew"_s), 32);
        QVERIFY(r.out.startsWith(first.toString(Qt::ISODate) + u" 18:30\tnew"_s));
        QCOMPARE(everything(), before);
        r = admin(args);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"32 show"_s), qPrintable(r.out));
        r = admin(args);
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(u"\n0 show"_s));
        QCOMPARE(r.out.count(u"skipped"_s), 32);
    }

    // Price types from the command line (issue 12): list them, add one, a
    // show's price at a price type (a comp only at 0), remove it, the rule.
    void priceTypesAndPricesPerPriceType()
    {
        Run r = admin({u"price-types"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"STANDARD\tStandard\t"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"COMP\tComp\t"_s));
        QVERIFY(r.out.contains(u"minute"_s));

        const QString code = u"CLI"_s + QUuid::createUuid().toString(QUuid::Id128).left(6).toUpper();
        r = admin({u"save-price-type"_s, u"--code"_s, code, u"--name-en"_s, u"Monk"_s, u"--name-th"_s, u"พระ"_s,
            u"--order"_s, u"35"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(code + u"\tMonk\tพระ\t-\t35\tactive"_s), qPrintable(r.out));
        QCOMPARE(m_cluster->scalar(u"SELECT name_th FROM boxoffice.price_type WHERE code = ?"_s, {code}).toString(),
            u"พระ"_s);

        const QString show = QString::number(m_cluster->demoShow(6));
        r = admin({u"price"_s, u"--show"_s, show, u"--ticket-type"_s, u"CLASS2"_s, u"--price-type"_s, code.toLower(),
            u"--price"_s, u"700.50"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"CLASS2\t"_s + code + u"\t700.50"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"RINGSIDE\tSTANDARD\t"_s));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT sp.price::text FROM boxoffice.show_price sp JOIN boxoffice.zone z ON z.id ="
                              " sp.zone_id JOIN boxoffice.price_type pt ON pt.id = sp.price_type_id"
                              " WHERE sp.show_id = ? AND z.ticket_type = 'CLASS2' AND pt.code = ?"_s,
                         {show.toInt(), code})
                     .toString(),
            u"700.50"_s);
        r = admin({u"show-prices"_s, u"--show"_s, show});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(u"CLASS2\t"_s + code + u"\t700.50"_s));

        // Refused with nothing changed: a comp at a price, an unknown price
        // type, --remove of STANDARD, --price with --remove.
        const QString before = everything()
            + m_cluster
                  ->scalar(u"SELECT string_agg(concat_ws('/', show_id, zone_id,"
                           " price_type_id, price), ';' ORDER BY 1)"
                           " FROM boxoffice.show_price"_s)
                  .toString();
        r = admin({u"price"_s, u"--show"_s, show, u"--ticket-type"_s, u"CLASS2"_s, u"--price-type"_s, u"COMP"_s,
            u"--price"_s, u"10"_s});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"comp"_s), qPrintable(r.err));
        r = admin({u"price"_s, u"--show"_s, show, u"--ticket-type"_s, u"CLASS2"_s, u"--price-type"_s, u"NOSUCH"_s,
            u"--price"_s, u"10"_s});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"NOSUCH"_s), qPrintable(r.err));
        r = admin({u"price"_s, u"--show"_s, show, u"--ticket-type"_s, u"CLASS2"_s, u"--price-type"_s, u"STANDARD"_s,
            u"--remove"_s});
        QCOMPARE(r.status, 1);
        r = admin({u"price"_s, u"--show"_s, show, u"--ticket-type"_s, u"CLASS2"_s, u"--price-type"_s, code,
            u"--price"_s, u"1"_s, u"--remove"_s});
        QCOMPARE(r.status, 2);
        r = admin(
            {u"price"_s, u"--show"_s, show, u"--ticket-type"_s, u"CLASS2"_s, u"--price-type"_s, code, u"--remove"_s},
            u"clerk"_s);
        QCOMPARE(r.status, 1);
        QCOMPARE(everything()
                + m_cluster
                      ->scalar(u"SELECT string_agg(concat_ws('/', show_id, zone_id, price_type_id,"
                               " price), ';' ORDER BY 1) FROM boxoffice.show_price"_s)
                      .toString(),
            before);

        r = admin(
            {u"price"_s, u"--show"_s, show, u"--ticket-type"_s, u"CLASS2"_s, u"--price-type"_s, code, u"--remove"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(code));
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.show_price sp JOIN boxoffice.price_type pt"
                              " ON pt.id = sp.price_type_id WHERE pt.code = ?"_s,
                         {code})
                     .toInt(),
            0);
        // Make it inactive again so other tests see the usual list.
        r = admin({u"save-price-type"_s, u"--code"_s, code, u"--active"_s, u"no"_s});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(code + u"\tMonk\tพระ\t-\t35\tinactive"_s));
        r = admin({u"save-price-type"_s, u"--code"_s, code, u"--active"_s, u"maybe"_s});
        QCOMPARE(r.status, 2);
    }

    void badArgumentsAndRefusals()
    {
        const QString before = everything();
        struct Case
        {
            QStringList args;
            int status;
            QString says;
        };
        const QList<Case> cases {
            {{u"create-show"_s, u"--venue"_s, QString::number(m_venue), u"--title"_s, u"X"_s}, 2, u"--starts"_s},
            {{u"create-show"_s, u"--venue"_s, u"abc"_s, u"--title"_s, u"X"_s, u"--starts"_s, u"x"_s}, 2, u"--venue"_s},
            {{u"create-show"_s, u"--venue"_s, QString::number(m_venue), u"--title"_s, u"X"_s, u"--starts"_s,
                 u"2020-01-01 18:30"_s},
                1, u"past"_s},
            {{u"create-show"_s, u"--venue"_s, QString::number(m_venue), u"--title"_s, QString(10000, u'x'),
                 u"--starts"_s, day(30) + u" 18:30"_s},
                1, u"too long"_s},
            {{u"create-show"_s, u"--venue"_s, u"99999"_s, u"--title"_s, u"X"_s, u"--starts"_s, day(30) + u" 18:30"_s},
                1, QString()},
            {{u"price"_s, u"--show"_s, QString::number(m_cluster->demoShow(2)), u"--ticket-type"_s, u"RINGSIDE"_s,
                 u"--price"_s, u"-5"_s},
                1, u"negative"_s},
            {{u"price"_s, u"--show"_s, QString::number(m_cluster->demoShow(2)), u"--ticket-type"_s, u"VIP"_s,
                 u"--price"_s, u"5"_s},
                1, u"VIP"_s},
            {{u"schedule"_s, u"--venue"_s, QString::number(m_venue), u"--weekdays"_s, u"funday"_s, u"--time"_s,
                 u"18:30"_s, u"--weeks"_s, u"8"_s},
                2, u"--weekdays"_s},
            {{u"schedule"_s, u"--venue"_s, QString::number(m_venue), u"--weekdays"_s, u"mon"_s, u"--time"_s, u"18:30"_s,
                 u"--weeks"_s, u"99"_s},
                1, u"range"_s},
            {{u"cancel-show"_s, u"--show"_s, QString::number(m_cluster->demoShow(2))}, 2, u"--reason"_s},
            {{u"cancel-show"_s, u"--show"_s, QString::number(m_cluster->demoShow(2)), u"--bogus"_s, u"1"_s}, 2,
                u"--bogus"_s},
        };
        for (const Case &c : cases) {
            const Run r = admin(c.args);
            QVERIFY2(r.status == c.status, qPrintable(c.args.join(u' ').left(100) + u": "_s + r.err));
            QVERIFY2(!r.err.trimmed().isEmpty(), qPrintable(c.args.join(u' ').left(100)));
            QVERIFY2(r.err.contains(c.says), qPrintable(r.err));
        }
        // The database refuses a clerk.
        const Run clerk = admin({u"price"_s, u"--show"_s, QString::number(m_cluster->demoShow(2)), u"--ticket-type"_s,
                                    u"RINGSIDE"_s, u"--price"_s, u"5"_s},
            u"clerk"_s);
        QCOMPARE(clerk.status, 1);
        QCOMPARE(everything(), before);
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_venue = 0;
};

QTEST_GUILESS_MAIN(TestShowCommands)
#include "tst_showcommands.moc"
