#include "supervisor/counterfiguresmodel.h"

#include "display.h"

#include <QtCore/QLocale>

namespace boxoffice {

CounterFiguresModel::CounterFiguresModel(QObject *parent)
    : FiguresTableModel(parent)
    , m_online(Display::healthLevelIcon(HealthLevel::Ok))
    , m_silent(Display::healthLevelIcon(HealthLevel::Warning))
    , m_offline(Display::healthLevelIcon(HealthLevel::Critical))
    , m_idle(Display::healthLevelIcon(HealthLevel::Ok, Display::neutralColor()))
{ }

void CounterFiguresModel::setThresholds(int offlineWarningSeconds, int offlineCriticalSeconds)
{
    m_warningSeconds = offlineWarningSeconds;
    m_criticalSeconds = offlineCriticalSeconds;
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(rows().size()) - 1, StatusColumn));
}

CounterFiguresModel::Status CounterFiguresModel::status(const CounterFigures &c) const
{
    if (!c.heartbeats)
        return Status::NoHeartbeat;
    if (c.signedOff)
        return Status::Closed;
    if (c.secondsSilent >= m_criticalSeconds)
        return Status::Offline;
    if (c.secondsSilent >= m_warningSeconds)
        return Status::Silent;
    return Status::Online;
}

QString CounterFiguresModel::statusText(Status status)
{
    switch (status) {
    case Status::NoHeartbeat:
        return tr("No heartbeat");
    case Status::Closed:
        return tr("Closed");
    case Status::Online:
        return tr("Online");
    case Status::Silent:
        return tr("Silent");
    case Status::Offline:
        return tr("Offline");
    }
    return {};
}

QIcon CounterFiguresModel::statusIcon(Status status) const
{
    switch (status) {
    case Status::NoHeartbeat:
    case Status::Closed:
        return m_idle;
    case Status::Online:
        return m_online;
    case Status::Silent:
        return m_silent;
    case Status::Offline:
        return m_offline;
    }
    return {};
}

QString CounterFiguresModel::silenceText(int seconds)
{
    if (seconds < 5)
        return tr("just now");
    if (seconds < 90)
        return tr("%n second(s) ago", "", seconds);
    if (seconds < 90 * 60)
        return tr("%n minute(s) ago", "", seconds / 60);
    return tr("%n hour(s) ago", "", seconds / 3600);
}

int CounterFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterFiguresModel::data(const QModelIndex &index, int role) const
{
    const CounterFigures *c = row(index.row());
    if (!c)
        return {};
    const bool number = index.column() >= SalesColumn && index.column() <= TakingsColumn;
    switch (role) {
    case TerminalIdRole:
        return c->terminalId;
    case StatusRole:
        return QVariant::fromValue(status(*c));
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(status(*c))) : QVariant();
    case Qt::TextAlignmentRole:
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ClerkColumn && c->clerk.isEmpty())
            return Display::neutralColor();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == LastSeenColumn)
            return Display::momentText(c->lastSeen);
        if (number)
            return {};
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case CounterColumn:
        return c->terminal;
    case StatusColumn:
        return statusText(status(*c));
    case ClerkColumn:
        return c->clerk.isEmpty() ? tr("nobody signed in") : c->clerk;
    case SalesColumn:
        return QLocale().toString(c->sales);
    case CashTakenColumn:
        return formatBaht(c->cashTaken);
    case TakingsColumn:
        return formatBaht(c->takings);
    case LastSeenColumn:
        return silenceText(std::max(0, c->secondsSilent));
    default:
        return {};
    }
}

QVariant CounterFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CounterColumn:
        return tr("Counter");
    case StatusColumn:
        return tr("Status");
    case ClerkColumn:
        return tr("Clerk");
    case SalesColumn:
        return tr("Sales today");
    case CashTakenColumn:
        return tr("Cash taken");
    case TakingsColumn:
        return tr("Takings");
    case LastSeenColumn:
        return tr("Last seen");
    default:
        return {};
    }
}

} // namespace boxoffice
