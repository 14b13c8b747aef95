// The domain's readers: seat states as the database sends them (a letter in
// the live feed, a word from a show's load). A state this build does not
// know is never offered for sale.
#include "sale/domain.h"

#include <QtCore/QJsonArray>
#include <QtTest/QtTest>

using namespace boxoffice;
using namespace Qt::Literals::StringLiterals;

class TestDomain final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seatStates_data()
    {
        QTest::addColumn<QString>("letter");
        QTest::addColumn<int>("expected"); // a SeatState
        QTest::newRow("available") << u"a"_s << int(SeatState::Available);
        QTest::newRow("held") << u"h"_s << int(SeatState::Held);
        QTest::newRow("sold") << u"s"_s << int(SeatState::Sold);
        QTest::newRow("blocked") << u"b"_s << int(SeatState::Blocked);
        QTest::newRow("unknown: not for sale") << u"x"_s << int(SeatState::Blocked);
        QTest::newRow("unknown capital") << u"A"_s << int(SeatState::Blocked);
    }
    void seatStates()
    {
        QFETCH(QString, letter);
        QFETCH(int, expected);
        const auto state = SeatState(expected);
        if (state == SeatState::Blocked && letter != "b"_L1)
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"Unknown seat state"_s));
        QCOMPARE(seatStateFromLetter(letter.at(0)), state);
        // The feed's change entries read the same way:
        // [seat, state letter, holder, held until (epoch s), version].
        const SeatStatusList list = seatStatusesFromJson(QJsonArray {QJsonArray {7, letter, 3, 1.5e9, 42}}, 0);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).seatId, 7);
        QCOMPARE(list.at(0).state, state);
        QCOMPARE(list.at(0).heldBy, 3);
        QCOMPARE(list.at(0).version, 42);
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
