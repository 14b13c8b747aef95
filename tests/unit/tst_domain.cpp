// The domain's readers: seat states as the database sends them (a letter in
// the live feed, a word from a show's load). A state this build does not
// know is never offered for sale.
#include "db/serviceerror.h"
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

    // The back office's field errors (issue 11): the answer's field and
    // problem become one sentence naming the field; an unknown field is
    // named as it came; the limit goes into the sentence.
    void invalidValueNamesTheFieldAndTheLimit()
    {
        const ServiceError tooLong = ServiceError::fromJson(
            QJsonObject {{QStringLiteral("ok"), false}, {QStringLiteral("code"), QStringLiteral("invalid_value")},
                {QStringLiteral("field"), QStringLiteral("title")},
                {QStringLiteral("problem"), QStringLiteral("too_long")}, {QStringLiteral("max"), 200}});
        QCOMPARE(tooLong.code, ErrorCode::InvalidValue);
        QCOMPARE(tooLong.field, QStringLiteral("title"));
        QCOMPARE(tooLong.message, QStringLiteral("The title is too long (at most 200 characters)."));
        const ServiceError order
            = ServiceError::fromJson(QJsonObject {{QStringLiteral("code"), QStringLiteral("invalid_value")},
                {QStringLiteral("field"), QStringLiteral("sales_close_at")},
                {QStringLiteral("problem"), QStringLiteral("before")},
                {QStringLiteral("other"), QStringLiteral("sales_open_at")}});
        QCOMPARE(order.message, QStringLiteral("The end of sales must be after the start of sales."));
        QCOMPARE(ServiceError::invalidValue(QStringLiteral("colour"), QStringLiteral("missing")).message,
            QStringLiteral("colour is missing."));
        const ServiceError taken
            = ServiceError::fromJson(QJsonObject {{QStringLiteral("code"), QStringLiteral("name_taken")},
                {QStringLiteral("field"), QStringLiteral("username")},
                {QStringLiteral("value"), QStringLiteral("somchai")}});
        QCOMPARE(taken.code, ErrorCode::NameTaken);
        QCOMPARE(taken.message, QStringLiteral("The user name \"somchai\" is already in use."));
    }

    // approval_required says why a supervisor must approve (and keeps the
    // reason for the screens); an unknown reason still gets the general sentence.
    void approvalRequiredSaysWhy()
    {
        auto error = [](const QString &reason) {
            return ServiceError::fromJson(QJsonObject {
                {QStringLiteral("code"), QStringLiteral("approval_required")}, {QStringLiteral("reason"), reason}});
        };
        const ServiceError started = error(QStringLiteral("show_started"));
        QCOMPARE(started.code, ErrorCode::ApprovalRequired);
        QCOMPARE(started.value, QStringLiteral("show_started"));
        QCOMPARE(started.message,
            QStringLiteral("The show has started: a return or exchange now needs a supervisor's approval."));
        QCOMPARE(error(QStringLiteral("comp")).message, QStringLiteral("A comp ticket needs a supervisor's approval."));
        QCOMPARE(error(QStringLiteral("discount")).message,
            QStringLiteral("A price this far below the standard price needs a supervisor's approval."));
        QCOMPARE(error(QStringLiteral("other")).message, QStringLiteral("This needs a supervisor's approval."));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
