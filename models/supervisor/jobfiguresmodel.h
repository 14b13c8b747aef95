#pragma once

#include "ops/healthmonitor.h"
#include "supervisor/figurestablemodel.h"

#include <QtGui/QIcon>

namespace boxoffice {

// The dashboard's background jobs: each one's last run and its runs and
// failures since the start of the day.
class JobFiguresModel final : public FiguresTableModel<JobFigures>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobFiguresModel)

public:
    enum Column {
        JobColumn,
        LastRunColumn,
        RunByColumn,
        RowsColumn,
        DurationColumn,
        RunsColumn,
        FailuresColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role {
        JobRole = Qt::UserRole, // the job's name (expire_holds, …)
    };

    explicit JobFiguresModel(QObject *parent = nullptr);

    // "Release expired holds", … for a job's name; an unknown job as named.
    static QString jobText(const QString &job);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant key(const JobFigures &row) const override { return row.job; }

private:
    QIcon m_ok;
    QIcon m_neverRun;
    QIcon m_failed;
};

} // namespace boxoffice
