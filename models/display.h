#pragma once

#include "admin/staffdirectory.h"
#include "ops/healthmonitor.h"
#include "sale/domain.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QString>
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

    static QColor goodColor();
    static QColor warningColor();
    static QColor criticalColor();
    static QColor neutralColor();
};

} // namespace boxoffice
