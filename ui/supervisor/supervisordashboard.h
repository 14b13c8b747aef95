#pragma once

#include "gate/gate.h"
#include "ops/healthmonitor.h"

#include <QtCore/QHash>
#include <QtWidgets/QWidget>

#include <chrono>

class QComboBox;
class QLabel;
class QListView;
class QPushButton;
class QTableView;
class QTimer;

namespace boxoffice {

class Database;
class DashboardChart;
class CounterFiguresModel;
class CounterSessionsModel;
class FindingRowsModel;
class FindingsModel;
class GateFiguresModel;
class JobFiguresModel;
class ShowFiguresModel;

// The supervisor's dashboard: live figures of every counter (tiles), the
// shows, the last hour in charts, each counter's activity, the background
// jobs, the admission at the gates of today's shows (per zone, per gate,
// refusals by reason, duplicate entries), and the health findings with their
// rows (select a finding to see them). Everything is read on a worker thread (HealthMonitor); refresh() may
// be called at any time — a refresh asked for while one is running is done
// right after it. It also refreshes itself on a timer while it is visible.
class SupervisorDashboard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SupervisorDashboard)

public:
    // db: not owned; must outlive the dashboard.
    explicit SupervisorDashboard(Database &db, QWidget *parent = nullptr);
    // Resizes to `wanted`, but no bigger than `available` (by default the
    // screen's available area) less a title bar: a 1366x768 or 1280x800
    // laptop shows all of it.
    void resizeToFit(const QSize &wanted, const QRect &available = {});
    ~SupervisorDashboard() override;

    // Thresholds of the health check (and when a counter counts as offline).
    void setThresholds(const HealthThresholds &thresholds);
    HealthThresholds thresholds() const { return m_thresholds; }
    // 0 turns the dashboard's own timer off (refresh() still works).
    void setRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds refreshInterval() const { return m_interval; }
    // Minutes shown in the charts (default 60).
    void setChartMinutes(int minutes);

    bool isLoading() const { return m_loading; }
    bool hasData() const { return m_hasData; }
    const HealthReport &report() const { return m_report; }
    const DashboardSnapshot &snapshot() const { return m_snapshot; }

    // For tests and the window: the parts, by what they show.
    QString tileText(const QString &key) const;
    // The sales chart's time axis, first and last label ("19:58–20:57", the
    // venue's time).
    QString chartRangeText() const;
    QListView *findingsView() const { return m_findings; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    QTableView *findingRowsView() const { return m_findingRows; }
    QTableView *showsView() const { return m_shows; }
    QTableView *countersView() const { return m_counters; }
    QTableView *jobsView() const { return m_jobs; }
    QTableView *sessionsView() const { return m_sessions; }
    QPushButton *closeSessionButton() const { return m_closeSession; }
    QLabel *sessionsMessage() const { return m_sessionsMessage; }
    CounterSessionsModel *sessionsModel() const { return m_sessionsModel; }
    // The Gates tab: today's shows (the show chosen in gateShowBox), its
    // summary and its four tables.
    const QList<GateFigures> &gateFigures() const { return m_gateFigures; }
    QComboBox *gateShowBox() const { return m_gateShow; }
    QLabel *gateSummary() const { return m_gateSummary; }
    GateFiguresModel *gateModel(int table) const;
    QTableView *gateView(int table) const;

    // Closes the selected counter session (a counter whose app died) after
    // asking for the reason, which the audit log keeps; an empty reason is
    // refused and nothing changes.
    void closeSelectedSession();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &message);
    // A counter session was closed by this supervisor (or the close refused).
    void sessionClosed(int counterId);
    void sessionCloseFailed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    // Esc closes it, as it would a dialog.
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Loaded;
    struct Tile
    {
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
        QWidget *frame = nullptr;
    };

    QWidget *buildHeader();
    QWidget *buildTiles();
    QWidget *buildCharts();
    QWidget *buildTables();
    QWidget *buildHealth();
    QWidget *buildSessions(QWidget *parent);
    QWidget *buildGates(QWidget *parent);
    void showGates();
    void closeSession(int counterId, const QString &counterName, const QString &reason);
    QWidget *makeTile(const QString &key, const QString &caption, const QString &accent);
    void setTile(const QString &key, const QString &value, const QString &detail, const QString &accent = {});

    void apply(const Loaded &loaded);
    void showFigures(const DashboardSnapshot &s);
    void showHealth(const HealthReport &r);
    void showFindingRows();

    Database &m_db;
    HealthThresholds m_thresholds;
    std::chrono::milliseconds m_interval {std::chrono::seconds(10)};
    int m_chartMinutes = 60;
    QTimer *m_timer = nullptr;
    bool m_sessionsFailed = false; // the sessions message says a load failed
    bool m_loading = false;
    bool m_again = false;
    bool m_hasData = false;
    HealthReport m_report;
    DashboardSnapshot m_snapshot;
    QString m_selectedKind;

    QLabel *m_status = nullptr;
    QLabel *m_updated = nullptr;
    QPushButton *m_refresh = nullptr;
    QHash<QString, Tile> m_tiles;
    QWidget *m_charts = nullptr;   // the row of charts (hidden while the Gates tab is chosen)
    QList<int> m_splitBeforeGates; // the counters' and tabs' heights before the Gates tab took them (empty: not on it)
    DashboardChart *m_salesChart = nullptr;
    DashboardChart *m_holdsChart = nullptr;
    DashboardChart *m_conflictsChart = nullptr;
    ShowFiguresModel *m_showFigures = nullptr;
    CounterFiguresModel *m_counterFigures = nullptr;
    JobFiguresModel *m_jobFigures = nullptr;
    FindingRowsModel *m_findingRowsModel = nullptr;
    QTableView *m_shows = nullptr;
    QTableView *m_counters = nullptr;
    QTableView *m_jobs = nullptr;
    CounterSessionsModel *m_sessionsModel = nullptr;
    QTableView *m_sessions = nullptr;
    QPushButton *m_closeSession = nullptr;
    QLabel *m_sessionsMessage = nullptr;
    QList<GateFigures> m_gateFigures;
    QComboBox *m_gateShow = nullptr;
    QLabel *m_gateSummary = nullptr;
    QList<GateFiguresModel *> m_gateModels; // by GateFiguresModel::Table
    QList<QTableView *> m_gateViews;
    QListView *m_findings = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    QLabel *m_findingTitle = nullptr;
    QTableView *m_findingRows = nullptr;
};

} // namespace boxoffice
