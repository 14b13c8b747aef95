// The sale request document: SellRequest::toJson names every field the way
// boxoffice.sell reads it, and a document the database cannot take is
// refused as invalid_request naming the field, with nothing changed.
#include "db/serviceerror.h"
#include "sale/domain.h"
#include "testcluster.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

class TestSellRequest final : public QObject
{
    Q_OBJECT

private:
    QJsonObject sell(const QJsonObject &request)
    {
        const QString answer = m_cluster
                                   ->scalar(u"SELECT boxoffice.sell(?::jsonb)::text"_s,
                                       {QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Compact))})
                                   .toString();
        return QJsonDocument::fromJson(answer.toUtf8()).object();
    }

    SellRequest request(const QList<int> &seats) const
    {
        SellRequest r;
        r.idempotencyKey = QUuid::createUuid();
        r.showId = m_show;
        r.seatIds = seats;
        r.ticketType = u"CLASS3"_s;
        r.customer = {u"Malee"_s, u"0812345678"_s};
        r.paymentRef = u"receipt 7"_s;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cluster = &TestCluster::instance();
        m_show = m_cluster->demoShow(1);
        m_terminal = m_cluster->registerTerminal(u"Request counter"_s);
        QVERIFY(m_show > 0 && m_terminal > 0);
    }

    void init() { m_cluster->resetSales(); }

    // What toJson makes is what sell takes: every field arrives.
    void documentFromToJsonSells()
    {
        const QList<int> seats = m_cluster->seatsOf(m_show, u"CLASS3"_s, 2);
        SellRequest r = request(seats);
        r.pendingMinutes = 10;
        r.clerkId = m_cluster->scalar(u"SELECT id FROM boxoffice.staff WHERE username = 'clerk'"_s).toInt();
        const QJsonObject answer = sell(r.toJson(m_terminal));
        QVERIFY2(answer.value("ok"_L1).toBool(), QJsonDocument(answer).toJson().constData());
        const qint64 id = answer.value("order_id"_L1).toInteger();
        const QStringList expected {r.idempotencyKey.toString(QUuid::WithoutBraces),
            QString::fromLatin1(r.payloadHash()), QString::number(m_show), QString::number(m_terminal),
            QString::number(r.clerkId), u"CLASS3"_s, u"Malee"_s, u"0812345678"_s, u"cash"_s, u"receipt 7"_s,
            u"pending"_s, u"true"_s};
        const QString stored
            = m_cluster
                  ->scalar(u"SELECT concat_ws('/', idempotency_key, request_hash, show_id, terminal_id, clerk_id,"
                           " ticket_type, customer_name, customer_phone, payment_method, payment_ref, status,"
                           " (expires_at > now() + interval '9 minutes')::text)"
                           " FROM boxoffice.orders WHERE id = ?"_s,
                      {id})
                  .toString();
        QCOMPARE(stored, expected.join(u'/'));
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.order_seat WHERE order_id = ?"_s, {id}).toInt(), 2);
        // No clerk is null, not 0.
        QCOMPARE(request(seats).toJson(m_terminal).value("clerk_id"_L1).isNull(), true);
    }

    void refusedDocument_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: the whole document is this value
        QTest::addColumn<QString>("reason");
        QTest::newRow("not an object") << u"request"_s << QJsonValue(QJsonArray {1}) << u"not an object"_s;
        QTest::newRow("unknown key") << u"seats"_s << QJsonValue(QJsonArray {1}) << u"unknown"_s;
        QTest::newRow("show as text") << u"show_id"_s << QJsonValue(u"12"_s) << u"not integer"_s;
        QTest::newRow("fractional terminal") << u"terminal_id"_s << QJsonValue(1.5) << u"not integer"_s;
        QTest::newRow("seat list of text") << u"seat_ids"_s << QJsonValue(QJsonArray {u"1"_s}) << u"not integers"_s;
        QTest::newRow("seats not a list") << u"seat_ids"_s << QJsonValue(7) << u"not integers"_s;
        QTest::newRow("key not a uuid") << u"idempotency_key"_s << QJsonValue(u"abc"_s) << u"not uuid"_s;
        QTest::newRow("minutes as text") << u"pending_minutes"_s << QJsonValue(u"5"_s) << u"not integer"_s;
        QTest::newRow("confirm as number") << u"confirm_similar"_s << QJsonValue(1) << u"not boolean"_s;
        QTest::newRow("name as number") << u"customer_name"_s << QJsonValue(42) << u"not text"_s;
    }
    void refusedDocument()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const QString before = m_cluster->fingerprint();
        QJsonObject document = request(m_cluster->seatsOf(m_show, u"CLASS3"_s, 1)).toJson(m_terminal);
        QJsonObject answer;
        if (field == "request"_L1) {
            answer = QJsonDocument::fromJson(
                m_cluster
                    ->scalar(u"SELECT boxoffice.sell(?::jsonb)::text"_s,
                        {QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact))})
                    .toString()
                    .toUtf8())
                         .object();
        } else {
            document.insert(field, value);
            answer = sell(document);
        }
        QCOMPARE(answer.value("ok"_L1).toBool(true), false);
        QCOMPARE(answer.value("code"_L1).toString(), u"invalid_request"_s);
        QCOMPARE(answer.value("field"_L1).toString(), field);
        QCOMPARE(answer.value("reason"_L1).toString(), reason);
        QCOMPARE(ServiceError::fromJson(answer).code, ErrorCode::InvalidRequest);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

private:
    TestCluster *m_cluster = nullptr;
    int m_show = 0;
    int m_terminal = 0;
};

QTEST_GUILESS_MAIN(TestSellRequest)
#include "tst_sellrequest.moc"
