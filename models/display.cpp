#include "display.h"

#include "db/houseclock.h"

#include <QtCore/QLocale>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QPixmap>

namespace boxoffice {

QSize Display::windowSize(const QSize &wanted, const QSize &minimum, const QRect &available)
{
    if (available.isEmpty())
        return wanted;
    return wanted.boundedTo((available.size() - QSize(16, 40)).expandedTo(minimum));
}

QColor Display::goodColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor Display::warningColor()
{
    return QColor(0xef, 0x8f, 0x00);
}

QColor Display::criticalColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor Display::neutralColor()
{
    return QColor(0x78, 0x90, 0x9c);
}

QString Display::orderStatusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return tr("Awaiting payment");
    case OrderStatus::Paid:
        return tr("Paid");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString Display::paymentMethodText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Card:
        return tr("Card");
    case PaymentMethod::PromptPay:
        return tr("PromptPay");
    }
    return {};
}

QString Display::salesStateText(SalesState state)
{
    switch (state) {
    case SalesState::OnSale:
        return tr("On sale");
    case SalesState::Paused:
        return tr("Paused");
    case SalesState::Closed:
        return tr("Closed");
    }
    return {};
}

QColor Display::salesStateColor(SalesState state)
{
    switch (state) {
    case SalesState::OnSale:
        return goodColor();
    case SalesState::Paused:
        return warningColor();
    case SalesState::Closed:
        return criticalColor();
    }
    return neutralColor();
}

QString Display::staffRoleText(StaffRole role)
{
    switch (role) {
    case StaffRole::Clerk:
        return tr("Clerk");
    case StaffRole::Supervisor:
        return tr("Supervisor");
    case StaffRole::Manager:
        return tr("Manager");
    case StaffRole::Gate:
        return tr("Door staff");
    }
    return {};
}

QString Display::healthLevelText(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return tr("OK");
    case HealthLevel::Warning:
        return tr("Warning");
    case HealthLevel::Critical:
        return tr("Critical");
    }
    return {};
}

QColor Display::healthLevelColor(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return goodColor();
    case HealthLevel::Warning:
        return warningColor();
    case HealthLevel::Critical:
        return criticalColor();
    }
    return neutralColor();
}

QIcon Display::healthLevelIcon(HealthLevel level, const QColor &color)
{
    QIcon icon;
    for (const int size : {16, 32, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(size / 32.0, size / 32.0);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(2, 2, 28, 28));
        QPen pen(Qt::white, 3.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        switch (level) {
        case HealthLevel::Ok: {
            QPainterPath tick;
            tick.moveTo(9.5, 16.5);
            tick.lineTo(14, 21);
            tick.lineTo(22.5, 11.5);
            p.drawPath(tick);
            break;
        }
        case HealthLevel::Warning:
            p.drawLine(QPointF(16, 8.5), QPointF(16, 18));
            p.drawPoint(QPointF(16, 23.5));
            break;
        case HealthLevel::Critical:
            p.drawLine(QPointF(11, 11), QPointF(21, 21));
            p.drawLine(QPointF(21, 11), QPointF(11, 21));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QString Display::momentText(const QDateTime &moment)
{
    if (!moment.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    // The venue's clock, whatever this PC's zone is.
    const QDateTime local = HouseClock::at(moment);
    if (local.date() == HouseClock::today())
        return locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(local, QStringLiteral("d MMM HH:mm"));
}

QColor Display::seatLookColor(SeatLook look)
{
    switch (look) {
    case SeatLook::Available:
        return goodColor(); // the legend's stand-in: on the map, the zone's colour
    case SeatLook::HeldMine:
        return QColor(0xff, 0xb3, 0x00);
    case SeatLook::HeldOther:
        return QColor(0x7e, 0x57, 0xc2);
    case SeatLook::Sold:
        return QColor(0x61, 0x61, 0x61);
    case SeatLook::Blocked:
        return QColor(0x21, 0x21, 0x21);
    }
    return neutralColor();
}

QString Display::seatLookText(SeatLook look)
{
    switch (look) {
    case SeatLook::Available:
        return tr("Available");
    case SeatLook::HeldMine:
        return tr("Held by this counter");
    case SeatLook::HeldOther:
        return tr("Held by another counter");
    case SeatLook::Sold:
        return tr("Sold");
    case SeatLook::Blocked:
        return tr("Blocked");
    }
    return {};
}

namespace {
bool gBuddhistEra = true; // set once at start-up, read on the GUI thread
} // namespace

void Display::setBuddhistEra(bool on)
{
    gBuddhistEra = on;
}

bool Display::buddhistEra()
{
    return gBuddhistEra;
}

QString Display::dateText(const QDate &date, const QString &format, const QLocale &locale)
{
    if (!gBuddhistEra || locale.language() != QLocale::Thai || !date.isValid())
        return locale.toString(date, format);
    // Qt 6.4 has no Buddhist calendar (QCalendar offers Gregorian, Julian,
    // Milankovic, Jalali, Islamic Civil): the Thai solar calendar is the
    // Gregorian one with the year counted from 543 BC, so months and days
    // stay and only the year is written + 543, here and nowhere else.
    QString f = format;
    const QString year = QStringLiteral("'%1'").arg(date.year() + 543);
    f.replace(QStringLiteral("yyyy"), year);
    f.replace(QStringLiteral("yy"), QStringLiteral("'%1'").arg((date.year() + 543) % 100, 2, 10, QLatin1Char('0')));
    return locale.toString(date, f);
}

QString Display::venueTimeText(
    const QDateTime &moment, const QTimeZone &venueZone, TimeStyle style, const QLocale &locale)
{
    if (!moment.isValid())
        return QStringLiteral("—");
    const QTimeZone zone = venueZone.isValid() ? venueZone : QTimeZone::systemTimeZone();
    const QDateTime at = moment.toTimeZone(zone);
    QString date;
    QString time;
    switch (style) {
    case TimeStyle::Short:
        date = dateText(at.date(), QStringLiteral("ddd d MMM"), locale);
        time = locale.toString(at.time(), QStringLiteral("HH:mm"));
        break;
    case TimeStyle::Medium:
        date = dateText(at.date(), QStringLiteral("ddd d MMM yyyy"), locale);
        time = locale.toString(at.time(), QStringLiteral("HH:mm"));
        break;
    case TimeStyle::Long:
        // Day and month written out: "7/12" reads two ways, "July 12" one.
        date = dateText(at.date(), locale.dateFormat(QLocale::LongFormat), locale);
        time = locale.toString(at.time(), locale.timeFormat(QLocale::ShortFormat));
        break;
    }
    const bool otherZoneHere = QTimeZone::systemTimeZone().offsetFromUtc(moment) != zone.offsetFromUtc(moment);
    if (style == TimeStyle::Long) {
        return tr("%1, %2 (%3, %4)", "date, time (UTC offset, zone name)")
            .arg(date, time, zone.displayName(at, QTimeZone::OffsetName, locale),
                zone.displayName(at, QTimeZone::LongName, locale));
    }
    if (otherZoneHere)
        return tr("%1 %2 %3", "date, time, UTC offset")
            .arg(date, time, zone.displayName(at, QTimeZone::OffsetName, locale));
    return tr("%1 %2", "date, time").arg(date, time);
}

QString Display::venueDateText(const QDate &date, const QLocale &locale)
{
    return dateText(date, QStringLiteral("ddd d MMM yyyy"), locale);
}

QDate Display::venueToday(const QTimeZone &venueZone)
{
    const QTimeZone zone = venueZone.isValid() ? venueZone : QTimeZone::systemTimeZone();
    return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
}

} // namespace boxoffice
