#include "money/promptpay.h"

#include "money/money.h"

#include <algorithm>

namespace boxoffice {

namespace {

// EMVCo caps the transaction amount (data object 54) at 13 characters.
constexpr qsizetype MaxAmountLength = 13;

QString tlv(QLatin1StringView id, const QString &value)
{
    return id + QStringLiteral("%1").arg(value.size(), 2, 10, QLatin1Char('0')) + value;
}

ServiceError invalid(const QString &why)
{
    return ServiceError::make(ErrorCode::InvalidRequest, QStringLiteral("PromptPay: ") + why);
}

struct Account
{
    QLatin1StringView subTag;
    QString value;
};

// The id as data object 29 carries it: a mobile number as 0066 and its nine
// digits after the leading 0 (13 characters), other ids as their digits.
Result<Account> accountOf(PromptPayRequest::Kind kind, const QString &id)
{
    QString digits;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        const bool leadingPlus
            = c == QLatin1Char('+') && digits.isEmpty() && kind == PromptPayRequest::Kind::MobileNumber;
        if (leadingPlus)
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return invalid(QStringLiteral("the id may hold only digits, spaces and dashes: ") + id);
        digits += c;
    }
    switch (kind) {
    case PromptPayRequest::Kind::MobileNumber:
        if (digits.size() == 10 && digits.startsWith(QLatin1Char('0')))
            return Account {QLatin1StringView("01"), QString(QStringLiteral("0066") + digits.mid(1))};
        if (digits.size() == 11 && digits.startsWith(QLatin1String("66")))
            return Account {QLatin1StringView("01"), QString(QStringLiteral("00") + digits)};
        return invalid(QStringLiteral("a Thai mobile number is 0 and 9 digits, or +66 and 9 digits: ") + id);
    case PromptPayRequest::Kind::TaxId:
        if (digits.size() == 13)
            return Account {QLatin1StringView("02"), digits};
        return invalid(QStringLiteral("a national or tax ID is 13 digits: ") + id);
    case PromptPayRequest::Kind::EWallet:
        if (digits.size() == 15)
            return Account {QLatin1StringView("03"), digits};
        return invalid(QStringLiteral("an e-wallet id is 15 digits: ") + id);
    }
    return invalid(QStringLiteral("unknown kind of id"));
}

} // namespace

std::optional<PromptPayRequest::Kind> promptPayKindOf(const QString &id)
{
    QString digits = id;
    digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    const bool plus = digits.startsWith(QLatin1Char('+'));
    if (plus)
        digits.remove(0, 1);
    if (digits.isEmpty() || !std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return std::nullopt;
    if (plus)
        return digits.size() == 11 && digits.startsWith(QLatin1String("66"))
            ? std::optional(PromptPayRequest::Kind::MobileNumber)
            : std::nullopt;
    if (digits.size() == 10 && digits.startsWith(QLatin1Char('0')))
        return PromptPayRequest::Kind::MobileNumber;
    if (digits.size() == 13)
        return PromptPayRequest::Kind::TaxId;
    if (digits.size() == 15)
        return PromptPayRequest::Kind::EWallet;
    return std::nullopt;
}

quint16 crc16CcittFalse(QByteArrayView data)
{
    quint16 crc = 0xFFFF;
    for (const char c : data) {
        crc ^= quint16(quint8(c)) << 8;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

Result<QString> promptPayPayload(const PromptPayRequest &request)
{
    Result<Account> account = accountOf(request.kind, request.id);
    if (!account)
        return account.error();
    QString amount;
    if (request.amount) {
        if (request.amount->isNegative())
            return invalid(QStringLiteral("the amount is below zero: %1 satang").arg(request.amount->satang()));
        amount = request.amount->toDecimal();
        if (amount.size() > MaxAmountLength)
            return invalid(QStringLiteral("the amount is longer than 13 characters: ") + amount);
    }
    const QString merchant
        = tlv(QLatin1StringView("00"), QStringLiteral("A000000677010111")) + tlv(account->subTag, account->value);
    QString payload = tlv(QLatin1StringView("00"), QStringLiteral("01"))
        + tlv(QLatin1StringView("01"),
            request.use == PromptPayRequest::Use::OnePayment ? QStringLiteral("12") : QStringLiteral("11"))
        + tlv(QLatin1StringView("29"), merchant) + tlv(QLatin1StringView("53"), QStringLiteral("764"));
    if (request.amount)
        payload += tlv(QLatin1StringView("54"), amount);
    payload += tlv(QLatin1StringView("58"), QStringLiteral("TH")) + QStringLiteral("6304");
    return QString(
        payload + QStringLiteral("%1").arg(crc16CcittFalse(payload.toLatin1()), 4, 16, QLatin1Char('0')).toUpper());
}

} // namespace boxoffice
