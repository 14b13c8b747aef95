#include "money/money.h"

namespace boxoffice {

qint64 satangFromDecimal(const QString &decimal)
{
    const QString s = decimal.trimmed();
    if (s.isEmpty())
        return 0;
    const bool negative = s.startsWith(QLatin1Char('-'));
    const QString digits = negative ? s.mid(1) : s;
    const qsizetype dot = digits.indexOf(QLatin1Char('.'));
    const qint64 whole = (dot < 0 ? digits : digits.left(dot)).toLongLong();
    QString frac = dot < 0 ? QString() : digits.mid(dot + 1);
    frac = QString(frac + QStringLiteral("00")).left(2);
    const qint64 value = whole * 100 + frac.toLongLong();
    return negative ? -value : value;
}

QString decimalFromSatang(qint64 satang)
{
    const bool negative = satang < 0;
    const qint64 v = negative ? -satang : satang;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(v / 100)
        .arg(v % 100, 2, 10, QLatin1Char('0'));
}

QString formatBaht(qint64 satang, const QLocale &locale)
{
    return QStringLiteral("฿") + locale.toString(double(satang) / 100.0, 'f', 2);
}

} // namespace boxoffice
