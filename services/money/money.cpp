#include "money/money.h"

#include <limits>

namespace boxoffice {

namespace {

constexpr qint64 MaxWholeBaht = std::numeric_limits<qint64>::max() / 100 - 1;

// digits[.digits] into satang; nullopt when malformed, when digits beyond
// satang are not zeros, or on overflow.
std::optional<qint64> satangFromDecimal(QStringView s, bool allowEmptyFraction)
{
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? s : s.left(dot);
    const QStringView fraction = dot < 0 ? QStringView() : s.mid(dot + 1);
    if (whole.isEmpty() || (dot >= 0 && fraction.isEmpty() && !allowEmptyFraction))
        return std::nullopt;
    qint64 baht = 0;
    for (const QChar c : whole) {
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
        if (baht > MaxWholeBaht / 10)
            return std::nullopt;
        baht = baht * 10 + (c.unicode() - '0');
    }
    qint64 satang = 0;
    for (qsizetype i = 0; i < fraction.size(); ++i) {
        const QChar c = fraction.at(i);
        if (!c.isDigit() || c.unicode() > '9')
            return std::nullopt;
        const int digit = c.unicode() - '0';
        if (i < 2)
            satang += qint64(digit) * (i == 0 ? 10 : 1);
        else if (digit != 0)
            return std::nullopt; // a fraction of a satang: not money
    }
    return baht * 100 + satang;
}

} // namespace

std::optional<Money> Money::fromDecimal(QStringView text)
{
    QStringView s = text.trimmed();
    const bool negative = s.startsWith(QLatin1Char('-'));
    if (negative)
        s = s.mid(1);
    const std::optional<qint64> satang = satangFromDecimal(s, false);
    if (!satang)
        return std::nullopt;
    return Money(negative ? -*satang : *satang);
}

std::optional<Money> Money::parse(QStringView typed)
{
    QString s = typed.toString();
    s.remove(QChar(0x0E3F)); // ฿
    s = s.trimmed();
    // Thai digits (๐–๙, U+0E50–U+0E59) are the same numbers.
    for (QChar &c : s) {
        if (c.unicode() >= 0x0E50 && c.unicode() <= 0x0E59)
            c = QChar(u'0' + (c.unicode() - 0x0E50));
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    if (dot >= 0 && s.size() - dot - 1 > 2)
        return std::nullopt; // nobody hands over a fraction of a satang
    // Group separators only where they belong: "3,000" and "12,500.50",
    // never "3,00" or "1,5" (a decimal comma elsewhere: refused, not read as
    // fifteen baht).
    const QStringView whole = QStringView(s).left(dot < 0 ? s.size() : dot);
    if (whole.contains(QLatin1Char(','))) {
        const QList<QStringView> groups = whole.split(QLatin1Char(','));
        if (groups.first().isEmpty() || groups.first().size() > 3)
            return std::nullopt;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups.at(i).size() != 3)
                return std::nullopt;
        }
        s.remove(QLatin1Char(','));
    }
    const std::optional<qint64> satang = satangFromDecimal(s, true);
    if (!satang)
        return std::nullopt;
    return Money(*satang);
}

QString Money::toDecimal() const
{
    const bool negative = m_satang < 0;
    const quint64 v = negative ? 0 - quint64(m_satang) : quint64(m_satang);
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(v / 100)
        .arg(v % 100, 2, 10, QLatin1Char('0'));
}

QString formatBaht(Money amount, const QLocale &locale)
{
    const qint64 satang = amount.satang();
    const quint64 v = satang < 0 ? 0 - quint64(satang) : quint64(satang);
    // Whole baht and satang formatted apart: exact, whatever the size.
    const QString whole = locale.toString(v / 100);
    const QString cents = locale.toString(v % 100).rightJustified(2, locale.zeroDigit().at(0));
    const QString number = whole + locale.decimalPoint() + cents;
    // The sign goes before the currency sign ("-฿2,500.00"), as in CLDR's
    // currency patterns for Thai and English.
    return (satang < 0 ? locale.negativeSign() : QString()) + QStringLiteral("฿") + number;
}

QString formatBaht(qint64 satang, const QLocale &locale)
{
    return formatBaht(Money::fromSatang(satang), locale);
}

} // namespace boxoffice
