#pragma once

#include "admin/staffdirectory.h"
#include "ops/healthmonitor.h"
#include "sale/domain.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QLocale>
#include <QtCore/QRect>
#include <QtCore/QSize>
#include <QtCore/QString>
#include <QtCore/QTimeZone>
#include <QtGui/QColor>
#include <QtGui/QIcon>

namespace boxoffice {

// How the domain's states look to people: the one translated label of each
// state, and its one colour where a colour is shown. Every model and widget
// asks here, so a state looks the same on every screen.
//
// Colours (Material palette, legible as text on white and as a badge under
// white text):
//   good, on sale, OK ............ green  #2e7d32
//   needs a look, paused, warning  amber  #ef8f00
//   stopped, closed, critical .... red    #c62828
//   nothing to say, no state ..... grey   #78909c
class Display final
{
    Q_DECLARE_TR_FUNCTIONS(Display)

public:
    static QString orderStatusText(OrderStatus status);
    static QString paymentMethodText(PaymentMethod method);
    static QString salesStateText(SalesState state);
    static QColor salesStateColor(SalesState state);
    static QString staffRoleText(StaffRole role);
    static QString healthLevelText(HealthLevel level);
    static QColor healthLevelColor(HealthLevel level);
    // A round badge: a tick, an exclamation mark or a cross, in the given
    // colour (the level's, or neutralColor for "nothing to say"). Drawn, so
    // that it looks the same on every platform and style.
    static QIcon healthLevelIcon(HealthLevel level, const QColor &color);
    static QIcon healthLevelIcon(HealthLevel level) { return healthLevelIcon(level, healthLevelColor(level)); }

    // A moment on a supervisor's screens: the time if today, else day and
    // time; "—" if none.
    static QString momentText(const QDateTime &moment);

    // How a seat looks on the map and in its legend: the colour of a state
    // (held by this counter or another, sold, blocked; an available seat has
    // its zone's colour, so none here) and its label. The map, its legend and
    // its tooltips all ask here.
    enum class SeatLook { Available, HeldMine, HeldOther, Sold, Blocked };
    static QColor seatLookColor(SeatLook look);
    static QString seatLookText(SeatLook look);

    // How long a show time is written.
    enum class TimeStyle {
        Short,  // lists: "Sun 12 Jul 18:30"
        Medium, // headers, dialogs, reports: "Sun 12 Jul 2026 18:30"
        Long,   // tickets and receipts: "Sunday, July 12, 2026, 18:30 (UTC+07:00, Indochina Time)"
    };
    // A show's time (or any moment at the venue), always in the venue's zone:
    // the one way every screen, ticket, receipt and report writes it. The
    // zone is named where this PC's zone differs (another offset at that
    // moment), and always in Long, which is printed and read anywhere.
    static QString venueTimeText(const QDateTime &moment, const QTimeZone &venueZone,
        TimeStyle style = TimeStyle::Medium, const QLocale &locale = QLocale());
    // A day at the venue, "Sun 12 Jul 2026" (report periods).
    static QString venueDateText(const QDate &date, const QLocale &locale = QLocale());
    // Today at the venue: the report day that is "today", whatever this
    // PC's own date is.
    static QDate venueToday(const QTimeZone &venueZone);
    // Thai dates give the Buddhist-era year (Gregorian + 543) when on: the
    // counter's setting dates/buddhistEra, on unless set off. Other
    // languages always give the Gregorian year.
    static void setBuddhistEra(bool on);
    static bool buddhistEra();
    // locale.toString(date, format), with the Buddhist-era year for Thai
    // when that is on: every date written for people goes through here.
    static QString dateText(const QDate &date, const QString &format, const QLocale &locale = QLocale());

    static QColor goodColor();
    static QColor warningColor();
    static QColor criticalColor();
    static QColor neutralColor();

    // The size for a top-level window that would like `wanted` (px): no
    // bigger than `available` (a screen's available geometry) less a window
    // manager's frame and title bar (16 x 40 px), and no smaller than
    // `minimum` (its minimumSizeHint). An empty `available`: `wanted`.
    static QSize windowSize(const QSize &wanted, const QSize &minimum, const QRect &available);
};

} // namespace boxoffice
