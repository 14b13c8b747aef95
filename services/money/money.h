#pragma once

#include <QtCore/QLocale>
#include <QtCore/QMetaType>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace boxoffice {

// An amount of Thai baht, exact: whole satang (1/100 THB) in an integer, so
// that 333.33 × 3 is 999.99 and sums never drift. The only place where money
// text becomes money: the database's decimal text (fromDecimal, where JSON and
// rows are read) and what a clerk types (parse). No doubles, except at the
// very edge where a consumer wants one (toBahtDouble, e.g. a metrics sample).
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromSatang(qint64 satang) { return Money(satang); }

    // The database's numeric as text: "1800.50", "-3.07", "0", "2500.5".
    // Digits beyond satang are refused unless they are zeros (exact either
    // way); anything else (empty, letters, "1.005", "1e3") is nullopt.
    static std::optional<Money> fromDecimal(QStringView text);
    // What a clerk types: "1500", "1,500.5", "฿ 12,500.00", "๓,๐๐๐" (Thai
    // digits), at most two decimals, not negative. Group separators and the
    // point are those of both the Thai and the English locale (",", "."), as
    // on the counters' keyboards and receipts; a group separator must sit
    // between groups of three digits ("1,5" and "3,00" are refused).
    static std::optional<Money> parse(QStringView typed);

    constexpr qint64 satang() const { return m_satang; }
    constexpr bool isZero() const { return m_satang == 0; }
    constexpr bool isNegative() const { return m_satang < 0; }
    // Plain decimal with two places ("2500.50", "-0.05"): for CSV, JSON and
    // payment payloads, never for people (see formatBaht).
    QString toDecimal() const;
    // Only for consumers that want a floating number (metrics); never compute with it.
    double toBahtDouble() const { return double(m_satang) / 100.0; }

    constexpr Money operator-() const { return Money(-m_satang); }
    constexpr Money &operator+=(Money other)
    {
        m_satang += other.m_satang;
        return *this;
    }
    constexpr Money &operator-=(Money other)
    {
        m_satang -= other.m_satang;
        return *this;
    }
    friend constexpr Money operator+(Money a, Money b) { return a += b; }
    friend constexpr Money operator-(Money a, Money b) { return a -= b; }
    friend constexpr Money operator*(Money a, qint64 n) { return Money(a.m_satang * n); }
    friend constexpr Money operator*(qint64 n, Money a) { return a * n; }
    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr bool operator<(Money a, Money b) { return a.m_satang < b.m_satang; }
    friend constexpr bool operator>(Money a, Money b) { return b < a; }
    friend constexpr bool operator<=(Money a, Money b) { return !(b < a); }
    friend constexpr bool operator>=(Money a, Money b) { return !(a < b); }

private:
    explicit constexpr Money(qint64 satang) : m_satang(satang) { }
    qint64 m_satang = 0;
};

// "฿5,000.00" in the given locale's digits and separators; "-0.00" never
// appears (zero has no sign).
QString formatBaht(Money amount, const QLocale &locale = QLocale());
QString formatBaht(qint64 satang, const QLocale &locale = QLocale());

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::Money)
