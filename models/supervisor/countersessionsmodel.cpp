#include "supervisor/countersessionsmodel.h"

#include "display.h"

#include <QtGui/QFont>

namespace boxoffice {

CounterSessionsModel::CounterSessionsModel(QObject *parent)
    : FiguresTableModel(parent)
    , m_fresh(Display::healthLevelIcon(HealthLevel::Ok))
    , m_stale(Display::healthLevelIcon(HealthLevel::Warning))
{ }

int CounterSessionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounterSessionsModel::data(const QModelIndex &index, int role) const
{
    const OpenCounterSession *s = row(index.row());
    if (!s)
        return {};
    switch (role) {
    case CounterIdRole:
        return s->counter.id;
    case SessionIdRole:
        return s->session;
    case StaleRole:
        return s->stale;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CounterColumn:
            return s->counter.name;
        case ClerkColumn:
            // The person's name; the login is in the tooltip.
            return s->displayName.isEmpty() ? s->login : s->displayName;
        case SinceColumn:
            return Display::momentText(s->openedAt);
        case LastSeenColumn:
            return Display::momentText(s->lastSeen);
        case StatusColumn:
            return s->stale ? tr("Stale: not heard of") : tr("In use");
        case ColumnCount:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return s->stale ? m_stale : m_fresh;
        break;
    case Qt::ForegroundRole:
        if (s->stale && index.column() == StatusColumn)
            return Display::warningColor();
        break;
    case Qt::FontRole:
        if (s->stale) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ClerkColumn)
            return tr("Login: %1").arg(s->login);
        if (s->stale)
            return tr("This counter has not been heard of since %1: its app probably stopped without signing out.")
                .arg(Display::momentText(s->lastSeen));
        break;
    default:
        break;
    }
    return {};
}

QVariant CounterSessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CounterColumn:
        return tr("Counter");
    case ClerkColumn:
        return tr("Signed in");
    case SinceColumn:
        return tr("Since");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace boxoffice
