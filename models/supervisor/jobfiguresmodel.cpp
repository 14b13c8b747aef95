#include "supervisor/jobfiguresmodel.h"

#include "display.h"

#include <QtCore/QLocale>

namespace boxoffice {

JobFiguresModel::JobFiguresModel(QObject *parent)
    : FiguresTableModel(parent)
    , m_ok(Display::healthLevelIcon(HealthLevel::Ok))
    , m_neverRun(Display::healthLevelIcon(HealthLevel::Warning))
    , m_failed(Display::healthLevelIcon(HealthLevel::Critical))
{ }

QString JobFiguresModel::jobText(const QString &job)
{
    if (job == QLatin1String("expire_holds"))
        return tr("Release expired holds");
    if (job == QLatin1String("expire_orders"))
        return tr("Expire unpaid orders");
    if (job == QLatin1String("health_check"))
        return tr("Health check");
    if (job == QLatin1String("deep_cleanup"))
        return tr("Deep cleanup");
    return job;
}

int JobFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobFiguresModel::data(const QModelIndex &index, int role) const
{
    const JobFigures *j = row(index.row());
    if (!j)
        return {};
    const bool ran = j->lastRun.isValid();
    const bool number = index.column() >= RowsColumn && index.column() <= FailuresColumn;
    switch (role) {
    case JobRole:
        return j->job;
    case Qt::DecorationRole:
        if (index.column() != ResultColumn)
            return {};
        return !ran ? m_neverRun : !j->error.isEmpty() ? m_failed : m_ok;
    case Qt::TextAlignmentRole:
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (number)
            return {};
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case JobColumn:
        return jobText(j->job);
    case LastRunColumn:
        return ran ? Display::momentText(j->lastRun) : tr("never");
    case RunByColumn:
        return j->client;
    case RowsColumn:
        return ran ? locale.toString(j->rows) : QString();
    case DurationColumn:
        return ran ? tr("%1 ms").arg(locale.toString(j->durationMs, 'f', 1)) : QString();
    case RunsColumn:
        return locale.toString(j->runs);
    case FailuresColumn:
        return locale.toString(j->failures);
    case ResultColumn:
        return !ran ? tr("Never run") : !j->error.isEmpty() ? tr("Failed: %1").arg(j->error) : tr("OK");
    default:
        return {};
    }
}

QVariant JobFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn:
        return tr("Job");
    case LastRunColumn:
        return tr("Last run");
    case RunByColumn:
        return tr("Run by");
    case RowsColumn:
        return tr("Rows");
    case DurationColumn:
        return tr("Duration");
    case RunsColumn:
        return tr("Runs today");
    case FailuresColumn:
        return tr("Failures today");
    case ResultColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace boxoffice
