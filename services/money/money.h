#pragma once

#include <QtCore/QLocale>
#include <QtCore/QString>

namespace boxoffice {

// Amounts in satang (1/100 THB), exact; the database sends decimals as text.
qint64 satangFromDecimal(const QString &decimal);
QString decimalFromSatang(qint64 satang);
// "฿5,000.00" in the given locale.
QString formatBaht(qint64 satang, const QLocale &locale = QLocale());

} // namespace boxoffice
