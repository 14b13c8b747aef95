#pragma once

#include "ops/healthmonitor.h"
#include "supervisor/figurestablemodel.h"

#include <QtGui/QIcon>

namespace boxoffice {

// The dashboard's counters: whether each is online (by its heartbeats), who
// is signed in, its sales and money since the start of the day.
class CounterFiguresModel final : public FiguresTableModel<CounterFigures>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterFiguresModel)

public:
    enum Column {
        CounterColumn,
        StatusColumn,
        ClerkColumn,
        SalesColumn,
        CashTakenColumn,
        TakingsColumn,
        LastSeenColumn,
        ColumnCount
    };
    enum Role {
        TerminalIdRole = Qt::UserRole,
        StatusRole, // Status
    };
    // From the heartbeats, worst last: a counter silent past the health
    // check's thresholds is silent (warning), then offline (critical).
    enum class Status { NoHeartbeat, Closed, Online, Silent, Offline };

    explicit CounterFiguresModel(QObject *parent = nullptr);

    // When a counter counts as silent and as offline (HealthThresholds).
    void setThresholds(int offlineWarningSeconds, int offlineCriticalSeconds);
    Status status(const CounterFigures &counter) const;
    static QString statusText(Status status);
    // "just now", "3 minutes ago", …
    static QString silenceText(int seconds);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant key(const CounterFigures &row) const override { return row.terminalId; }

private:
    QIcon statusIcon(Status status) const;

    int m_warningSeconds = HealthThresholds().offlineWarningSeconds;
    int m_criticalSeconds = HealthThresholds().offlineCriticalSeconds;
    // Drawn once: data() is asked for them on every paint.
    QIcon m_online;
    QIcon m_silent;
    QIcon m_offline;
    QIcon m_idle;
};

} // namespace boxoffice
