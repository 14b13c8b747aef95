// Money, the one value type for amounts: the database's decimal text and what
// a clerk types become exact satang in one place; sums never drift; amounts
// show in the locale's separators. Pure: no database.
#include "money/money.h"

#include <QtTest/QtTest>

using namespace boxoffice;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("satang");
        QTest::newRow("whole") << QStringLiteral("2500.00") << true << qint64(250000);
        QTest::newRow("one decimal") << QStringLiteral("1800.5") << true << qint64(180050);
        QTest::newRow("negative") << QStringLiteral("-3.07") << true << qint64(-307);
        QTest::newRow("one satang") << QStringLiteral("0.01") << true << qint64(1);
        QTest::newRow("no point") << QStringLiteral("0") << true << qint64(0);
        QTest::newRow("negative zero") << QStringLiteral("-0.00") << true << qint64(0);
        QTest::newRow("spaces") << QStringLiteral(" 42.10 ") << true << qint64(4210);
        QTest::newRow("zeros past satang") << QStringLiteral("7.500") << true << qint64(750);
        QTest::newRow("too many decimals") << QStringLiteral("1.005") << false << qint64(0);
        QTest::newRow("garbage") << QStringLiteral("abc") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("exponent") << QStringLiteral("1e3") << false << qint64(0);
        QTest::newRow("two points") << QStringLiteral("1.2.3") << false << qint64(0);
        QTest::newRow("bare point") << QStringLiteral("5.") << false << qint64(0);
        QTest::newRow("no whole part") << QStringLiteral(".5") << false << qint64(0);
        QTest::newRow("group separator") << QStringLiteral("1,500.00") << false << qint64(0);
        QTest::newRow("Thai digits") << QStringLiteral("๕๐๐.๐๐") << false << qint64(0);
        QTest::newRow("overflow") << QStringLiteral("999999999999999999999") << false << qint64(0);
    }

    void fromDecimal()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, satang);
        const std::optional<Money> m = Money::fromDecimal(text);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->satang(), satang);
    }

    void parseWhatAClerkTypes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("satang");
        QTest::newRow("plain") << QStringLiteral("1500") << true << qint64(150000);
        QTest::newRow("grouped") << QStringLiteral("12,500.00") << true << qint64(1250000);
        QTest::newRow("baht sign") << QStringLiteral("฿ 1,500.5") << true << qint64(150050);
        QTest::newRow("point, no satang") << QStringLiteral("20.") << true << qint64(2000);
        QTest::newRow("one satang") << QStringLiteral("0.01") << true << qint64(1);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
        QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("5oo") << false << qint64(0);
        QTest::newRow("empty") << QStringLiteral("  ") << false << qint64(0);
        QTest::newRow("inner space") << QStringLiteral("1 500") << false << qint64(0);
        QTest::newRow("thousands") << QStringLiteral("3,000") << true << qint64(300000);
        QTest::newRow("millions") << QStringLiteral("1,234,567.89") << true << qint64(123456789);
        QTest::newRow("thai digits") << QStringLiteral("๓,๐๐๐.๕๐") << true << qint64(300050);
        QTest::newRow("decimal comma") << QStringLiteral("1,5") << false << qint64(0);
        QTest::newRow("short group") << QStringLiteral("3,00") << false << qint64(0);
        QTest::newRow("long first group") << QStringLiteral("1234,567") << false << qint64(0);
        QTest::newRow("leading separator") << QStringLiteral(",500") << false << qint64(0);
        QTest::newRow("separator after point") << QStringLiteral("3.000,50") << false << qint64(0);
    }

    void parseWhatAClerkTypes()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(qint64, satang);
        const std::optional<Money> m = Money::parse(typed);
        QCOMPARE(m.has_value(), valid);
        if (valid)
            QCOMPARE(m->satang(), satang);
    }

    void arithmeticIsExact()
    {
        const Money third = Money::fromDecimal(u"333.33").value();
        QCOMPARE((third * 3).toDecimal(), QStringLiteral("999.99"));
        QCOMPARE((third + third + third).satang(), 99999);
        // A tenth of a baht ten times: what doubles get wrong.
        Money sum;
        for (int i = 0; i < 10; ++i)
            sum += Money::fromDecimal(u"0.10").value();
        QCOMPARE(sum, Money::fromSatang(100));
        QCOMPARE(Money::fromSatang(500) - Money::fromSatang(700), -Money::fromSatang(200));
        QVERIFY(Money::fromSatang(1) > Money());
        QVERIFY(Money::fromSatang(-1).isNegative());
        QVERIFY(Money().isZero());
    }

    void toDecimal()
    {
        QCOMPARE(Money::fromSatang(250050).toDecimal(), QStringLiteral("2500.50"));
        QCOMPARE(Money::fromSatang(-5).toDecimal(), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromDecimal(u"-0.00")->toDecimal(), QStringLiteral("0.00"));
        // Round trip: what goes to the database reads back the same.
        for (const qint64 s : {qint64(0), qint64(1), qint64(99), qint64(100), qint64(-12345), qint64(9999999999)})
            QCOMPARE(Money::fromDecimal(Money::fromSatang(s).toDecimal())->satang(), s);
    }

    void formatting_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<qint64>("satang");
        QTest::addColumn<QString>("text");
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale th(QLocale::Thai, QLocale::Thailand);
        const QLocale de(QLocale::German, QLocale::Germany);
        QTest::newRow("en") << en << qint64(500000) << QStringLiteral("฿5,000.00");
        QTest::newRow("en satang") << en << qint64(123456789) << QStringLiteral("฿1,234,567.89");
        QTest::newRow("en zero") << en << qint64(0) << QStringLiteral("฿0.00");
        QTest::newRow("en small") << en << qint64(5) << QStringLiteral("฿0.05");
        // The sign before the currency, as CLDR's patterns put it (a refund
        // of 2,500 baht reads "-฿2,500.00", not "฿-2,500.00").
        QTest::newRow("en negative") << en << qint64(-5) << QStringLiteral("-฿0.05");
        QTest::newRow("th negative") << th << qint64(-250000) << QStringLiteral("-฿2,500.00");
        QTest::newRow("th") << th << qint64(500000) << QStringLiteral("฿5,000.00");
        QTest::newRow("th satang") << th << qint64(123456789) << QStringLiteral("฿1,234,567.89");
        QTest::newRow("de") << de << qint64(123456789) << QStringLiteral("฿1.234.567,89");
        // Past what a double holds exactly.
        QTest::newRow("huge") << en << qint64(9007199254740993) << QStringLiteral("฿90,071,992,547,409.93");
    }

    void formatting()
    {
        QFETCH(QLocale, locale);
        QFETCH(qint64, satang);
        QFETCH(QString, text);
        QCOMPARE(formatBaht(Money::fromSatang(satang), locale), text);
        QCOMPARE(formatBaht(satang, locale), text);
    }

    void negativeZeroShowsAsZero()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(formatBaht(Money::fromDecimal(u"-0.00").value(), en), QStringLiteral("฿0.00"));
    }
};

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
