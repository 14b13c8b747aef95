// The PromptPay QR payload and its CRC against published examples. Each
// expected string below is quoted from the source named beside it; none is
// made by this code.
#include "money/promptpay.h"

#include <QtCore/QMap>
#include <QtTest/QtTest>

using namespace boxoffice;

namespace {

using Kind = PromptPayRequest::Kind;
using Use = PromptPayRequest::Use;

// The root data objects of a payload, by id; empty if the tag-length-value
// structure does not add up (so a malformed payload cannot compare equal).
QMap<QString, QString> dataObjects(const QString &payload)
{
    QMap<QString, QString> objects;
    qsizetype at = 0;
    while (at < payload.size()) {
        bool ok = false;
        const int length = payload.mid(at + 2, 2).toInt(&ok);
        if (!ok || at + 4 + length > payload.size() || objects.contains(payload.mid(at, 2)))
            return {};
        objects.insert(payload.mid(at, 2), payload.mid(at + 4, length));
        at += 4 + length;
    }
    return objects;
}

// The four hex digits data object 63 must hold for a payload's bytes before them.
QString crcOf(const QString &payload)
{
    const QByteArray covered = payload.left(payload.size() - 4).toUtf8();
    return QString::number(crc16CcittFalse(covered), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

PromptPayRequest request(Kind kind, const QString &id, std::optional<qint64> satang, Use use)
{
    PromptPayRequest r;
    r.kind = kind;
    r.id = id;
    if (satang)
        r.amount = Money::fromSatang(*satang);
    r.use = use;
    return r;
}

} // namespace

Q_DECLARE_METATYPE(boxoffice::PromptPayRequest)

class TestPromptPay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crcOfPublishedData_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("crc");
        // The check value of CRC-16/CCITT-FALSE (alias of CRC-16/IBM-3740) in
        // Greg Cook's catalogue of parametrised CRC algorithms,
        // https://reveng.sourceforge.io/crc-catalogue/16.htm: check=0x29b1.
        QTest::newRow("catalogue check value") << QByteArray("123456789") << 0x29B1;
        // The example payload of the EMV QR Code Specification for Payment
        // Systems, Merchant-Presented Mode (EMVCo), which ends "6304A13A";
        // it has UTF-8 text (Chinese merchant name), so the CRC runs over bytes.
        QTest::newRow("EMVCo merchant-presented example") << QStringLiteral(
            "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678520441115802"
            "CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京540523.72530315655020162330"
            "30412340603***0708A60086670902ME91320016A0112233449988770708123456786304")
                                                                 .toUtf8()
                                                          << 0xA13A;
    }

    void crcOfPublishedData()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, crc);
        QCOMPARE(int(crc16CcittFalse(data)), crc);
    }

    // Expected strings from the JUnit tests of pheerathach/promptpay
    // (src/test/java/com/github/pheerathach/ThaiQRPromptPayTest.java), which
    // orders the data objects as we do: each must come out identical.
    void samePayloadAsPublished_data()
    {
        QTest::addColumn<PromptPayRequest>("request");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pheerathach: mobile, static, 100 baht")
            << request(Kind::MobileNumber, QStringLiteral("0000000000"), 10000, Use::Reusable)
            << QStringLiteral("00020101021129370016A0000006770101110113006600000000053037645406100.005802TH6304D19E");
        QTest::newRow("pheerathach: mobile, static, no amount")
            << request(Kind::MobileNumber, QStringLiteral("0000000000"), std::nullopt, Use::Reusable)
            << QStringLiteral("00020101021129370016A0000006770101110113006600000000053037645802TH630456EA");
        QTest::newRow("pheerathach: mobile, static, zero amount")
            << request(Kind::MobileNumber, QStringLiteral("0000000000"), 0, Use::Reusable)
            << QStringLiteral("00020101021129370016A00000067701011101130066000000000530376454040.005802TH6304FB56");
    }

    void samePayloadAsPublished()
    {
        QFETCH(PromptPayRequest, request);
        QFETCH(QString, expected);
        const Result<QString> payload = promptPayPayload(request);
        QVERIFY2(payload.ok(), payload.ok() ? "" : qPrintable(payload.error().detail));
        QCOMPARE(payload.value(), expected);
    }

    // Expected strings from the Jest tests of dtinth/promptpay-qr
    // (index.test.js), the library most Thai PromptPay QR generators follow.
    // It puts country (58) before currency (53); EMVCo fixes only 00 first
    // and 63 last, so these compare as the same data objects, each with
    // the CRC of its own bytes.
    void sameDataObjectsAsPublished_data()
    {
        QTest::addColumn<PromptPayRequest>("request");
        QTest::addColumn<QString>("published");
        const QString local
            = QStringLiteral("00020101021129370016A000000677010111011300668012345675802TH530376463046197");
        QTest::newRow("dtinth: local phone number")
            << request(Kind::MobileNumber, QStringLiteral("0801234567"), std::nullopt, Use::Reusable) << local;
        QTest::newRow("dtinth: dashed local phone number")
            << request(Kind::MobileNumber, QStringLiteral("080-123-4567"), std::nullopt, Use::Reusable) << local;
        QTest::newRow("dtinth: dashed phone number")
            << request(Kind::MobileNumber, QStringLiteral("+66-89-123-4567"), std::nullopt, Use::Reusable)
            << QStringLiteral("00020101021129370016A000000677010111011300668912345675802TH5303764630429C1");
        const QString nationalId
            = QStringLiteral("00020101021129370016A000000677010111021311111111111115802TH530376463047B5A");
        QTest::newRow("dtinth: national ID number")
            << request(Kind::TaxId, QStringLiteral("1111111111111"), std::nullopt, Use::Reusable) << nationalId;
        QTest::newRow("dtinth: dashed national ID number")
            << request(Kind::TaxId, QStringLiteral("1-1111-11111-11-1"), std::nullopt, Use::Reusable) << nationalId;
        QTest::newRow("dtinth: tax ID number")
            << request(Kind::TaxId, QStringLiteral("0123456789012"), std::nullopt, Use::Reusable)
            << QStringLiteral("00020101021129370016A000000677010111021301234567890125802TH530376463040CBD");
        QTest::newRow("dtinth: amount")
            << request(Kind::MobileNumber, QStringLiteral("000-000-0000"), 422, Use::OnePayment)
            << QStringLiteral("00020101021229370016A000000677010111011300660000000005802TH530376454044.226304E469");
    }

    void sameDataObjectsAsPublished()
    {
        QFETCH(PromptPayRequest, request);
        QFETCH(QString, published);
        QCOMPARE(crcOf(published), published.right(4));
        const Result<QString> payload = promptPayPayload(request);
        QVERIFY2(payload.ok(), payload.ok() ? "" : qPrintable(payload.error().detail));
        QVERIFY(payload->startsWith(QLatin1String("000201")));
        QVERIFY(payload->contains(QRegularExpression(QStringLiteral("6304[0-9A-F]{4}$"))));
        QMap<QString, QString> ours = dataObjects(payload.value());
        QMap<QString, QString> theirs = dataObjects(published);
        QVERIFY(!theirs.isEmpty());
        // Each CRC covers its own order of the same objects.
        QCOMPARE(ours.take(QStringLiteral("63")).size(), 4);
        theirs.remove(QStringLiteral("63"));
        QCOMPARE(ours, theirs);
        QCOMPARE(crcOf(payload.value()), payload->right(4));
    }

    // The counter's checkout showed this payload (the demo PromptPay id,
    // 2,500 baht) before the builder moved out of the dialog; it must not change.
    void checkoutPayloadUnchanged()
    {
        const Result<QString> payload
            = promptPayPayload(request(Kind::MobileNumber, QStringLiteral("0800000000"), 250000, Use::OnePayment));
        QVERIFY(payload.ok());
        QCOMPARE(payload.value(),
            QStringLiteral("00020101021229370016A00000067701011101130066800000000530376454072500.005802TH63047D8A"));
    }

    void eWalletIdIsSubTag03()
    {
        const Result<QString> payload
            = promptPayPayload(request(Kind::EWallet, QStringLiteral("004999000281286"), 49, Use::OnePayment));
        QVERIFY(payload.ok());
        QCOMPARE(dataObjects(payload.value()).value(QStringLiteral("29")),
            QStringLiteral("0016A0000006770101110315004999000281286"));
        QCOMPARE(dataObjects(payload.value()).value(QStringLiteral("54")), QStringLiteral("0.49"));
    }

    void badInputIsRefused_data()
    {
        QTest::addColumn<PromptPayRequest>("request");
        QTest::addColumn<QString>("why");
        QTest::newRow("phone of 9 digits") << request(Kind::MobileNumber, QStringLiteral("081234567"), 100,
            Use::OnePayment) << QStringLiteral("mobile number");
        QTest::newRow("phone of 11 digits") << request(Kind::MobileNumber, QStringLiteral("08123456789"), 100,
            Use::OnePayment) << QStringLiteral("mobile number");
        QTest::newRow("phone of another country") << request(Kind::MobileNumber, QStringLiteral("+1 555 123 4567"), 100,
            Use::OnePayment) << QStringLiteral("mobile number");
        QTest::newRow("phone with letters") << request(Kind::MobileNumber, QStringLiteral("08l-234-5678"), 100,
            Use::OnePayment) << QStringLiteral("only digits");
        QTest::newRow("plus inside a tax ID") << request(Kind::TaxId, QStringLiteral("+111111111111"), 100,
            Use::OnePayment) << QStringLiteral("only digits");
        QTest::newRow("tax ID of 12 digits") << request(Kind::TaxId, QStringLiteral("111111111111"), 100,
            Use::OnePayment) << QStringLiteral("13 digits");
        QTest::newRow("tax ID of 14 digits") << request(Kind::TaxId, QStringLiteral("11111111111111"), 100,
            Use::OnePayment) << QStringLiteral("13 digits");
        QTest::newRow("e-wallet of 14 digits") << request(Kind::EWallet, QStringLiteral("00499900028128"), 100,
            Use::OnePayment) << QStringLiteral("15 digits");
        QTest::newRow("empty id") << request(Kind::MobileNumber, QString(), 100, Use::OnePayment)
                                  << QStringLiteral("mobile number");
        QTest::newRow("negative amount") << request(Kind::MobileNumber, QStringLiteral("0801234567"), -1,
            Use::OnePayment) << QStringLiteral("below zero");
        // 100,000,000,000.00 baht is 15 characters.
        QTest::newRow("amount too long") << request(
            Kind::MobileNumber, QStringLiteral("0801234567"), Q_INT64_C(10000000000000), Use::OnePayment)
                                         << QStringLiteral("13 characters");
    }

    void badInputIsRefused()
    {
        QFETCH(PromptPayRequest, request);
        QFETCH(QString, why);
        const Result<QString> payload = promptPayPayload(request);
        QVERIFY(!payload.ok());
        QCOMPARE(payload.code(), ErrorCode::InvalidRequest);
        QVERIFY2(payload.error().detail.contains(why), qPrintable(payload.error().detail));
    }

    // A venue's stored id says its own kind, by its digits.
    void kindOfAnId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("kind"); // -1: not an id
        QTest::newRow("mobile") << QStringLiteral("0812345678") << int(Kind::MobileNumber);
        QTest::newRow("mobile, dashes") << QStringLiteral("081-234-5678") << int(Kind::MobileNumber);
        QTest::newRow("mobile, +66") << QStringLiteral("+66 81 234 5678") << int(Kind::MobileNumber);
        QTest::newRow("tax id") << QStringLiteral("1-2345-67890-12-1") << int(Kind::TaxId);
        QTest::newRow("e-wallet") << QStringLiteral("004999000281286") << int(Kind::EWallet);
        QTest::newRow("10 digits not 0") << QStringLiteral("8123456789") << -1;
        QTest::newRow("+66, 8 digits") << QStringLiteral("+6681234567") << -1;
        QTest::newRow("+ on a tax id") << QStringLiteral("+1234567890121") << -1;
        QTest::newRow("12 digits") << QStringLiteral("123456789012") << -1;
        QTest::newRow("letters") << QStringLiteral("08l2345678") << -1;
        QTest::newRow("empty") << QString() << -1;
    }
    void kindOfAnId()
    {
        QFETCH(QString, id);
        QFETCH(int, kind);
        const std::optional<Kind> found = promptPayKindOf(id);
        QCOMPARE(found ? int(*found) : -1, kind);
    }

    void longestAmountFits()
    {
        // 9,999,999,999.99 baht: exactly 13 characters.
        const Result<QString> payload = promptPayPayload(
            request(Kind::MobileNumber, QStringLiteral("0801234567"), Q_INT64_C(999999999999), Use::OnePayment));
        QVERIFY(payload.ok());
        QCOMPARE(dataObjects(payload.value()).value(QStringLiteral("54")), QStringLiteral("9999999999.99"));
    }
};

QTEST_APPLESS_MAIN(TestPromptPay)
#include "tst_promptpay.moc"
