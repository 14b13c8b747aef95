#include "supervisor/supervisordashboard.h"

#include "admin/countersessions.h"
#include "db/database.h"
#include "db/houseclock.h"
#include "display.h"
#include "money/money.h"
#include "supervisor/cashsignoffdialog.h"
#include "supervisor/counterfiguresmodel.h"
#include "supervisor/countersessionsmodel.h"
#include "supervisor/findingrowsmodel.h"
#include "supervisor/findingsmodel.h"
#include "supervisor/gatefiguresmodel.h"
#include "supervisor/jobfiguresmodel.h"
#include "supervisor/showfiguresmodel.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QGuiApplication>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QScreen>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListView>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <utility>

namespace boxoffice {

namespace {

// The tiles' and charts' own accents; states take their colours from Display.
const char *const LiveColor = "#1565c0";
const char *const SalesColor = "#2e7d32";
const char *const ActivityColor = "#6a1b9a";

QTableView *makeView(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(24);
    table->horizontalHeader()->setStretchLastSection(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setMinimumSectionSize(48);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    label->setStyleSheet(QStringLiteral("color: #37474f;"));
    return label;
}

// The Gates tab: four tables in a grid, but it asks for no more room than
// one table (the tabs share the height with the counters).
class GatesPanel final : public QWidget
{
public:
    using QWidget::QWidget;
    QSize sizeHint() const override { return {256, 192}; }
    QSize minimumSizeHint() const override { return {240, 120}; }
};

} // namespace

// One chart of the last hour: a count per minute, drawn as a filled line.
class DashboardChart final : public QChartView
{
public:
    DashboardChart(const QString &title, const QColor &color, QWidget *parent)
        : QChartView(parent), m_title(title), m_line(new QLineSeries), m_area(new QAreaSeries(m_line))
    {
        auto *chart = new QChart;
        chart->legend()->hide();
        chart->setMargins(QMargins(2, 2, 6, 2));
        chart->setBackgroundRoundness(6);
        chart->setAnimationOptions(QChart::NoAnimation);
        QFont titleFont = chart->titleFont();
        titleFont.setBold(true);
        titleFont.setPointSizeF(std::max(9.0, titleFont.pointSizeF()));
        chart->setTitleFont(titleFont);
        chart->setTitleBrush(QColor(0x37, 0x47, 0x4f));
        QPen pen(color);
        pen.setWidthF(2);
        m_area->setPen(pen);
        QColor fill = color;
        fill.setAlpha(55);
        m_area->setBrush(fill);
        chart->addSeries(m_area);
        m_x = new QDateTimeAxis;
        m_x->setFormat(QStringLiteral("HH:mm"));
        m_x->setTickCount(7);
        m_y = new QValueAxis;
        m_y->setLabelFormat(QStringLiteral("%d"));
        m_y->setRange(0, 4);
        m_y->setTickCount(5);
        for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
            QFont f = axis->labelsFont();
            f.setPointSizeF(std::max(7.0, f.pointSizeF() * 0.85));
            axis->setLabelsFont(f);
            axis->setGridLineColor(QColor(0xe3, 0xe7, 0xeb));
            axis->setLinePenColor(QColor(0xb0, 0xbe, 0xc5));
        }
        chart->addAxis(m_x, Qt::AlignBottom);
        chart->addAxis(m_y, Qt::AlignLeft);
        m_area->attachAxis(m_x);
        m_area->attachAxis(m_y);
        chart->setTitle(title);
        setChart(chart);
        setRenderHint(QPainter::Antialiasing);
        // Readable at 110 px: a 1366x768 laptop has no more to give it.
        setMinimumHeight(110);
    }

    void setPoints(const QList<QPointF> &points)
    {
        m_line->replace(points);
        double top = 0;
        double total = 0;
        for (const QPointF &p : points) {
            top = std::max(top, p.y());
            total += p.y();
        }
        // Whole numbers on the axis: a top that 4 divides.
        m_y->setRange(0, std::max(4.0, std::ceil(top / 4.0) * 4.0));
        if (!points.isEmpty())
            m_x->setRange(QDateTime::fromMSecsSinceEpoch(qint64(points.first().x())),
                QDateTime::fromMSecsSinceEpoch(qint64(points.last().x())));
        chart()->setTitle(SupervisorDashboard::tr("%1 — %2 in the last %n minute(s)", "", int(points.size()))
                              .arg(m_title, QLocale().toString(qint64(total))));
        m_total = qint64(total);
    }

    // 190 px where there is room; down to the minimum on a laptop.
    QSize sizeHint() const override { return {320, 190}; }
    qint64 total() const { return m_total; }
    // The time axis' first and last labels, as drawn.
    QString rangeText() const
    {
        return m_x->min().toString(m_x->format()) + QStringLiteral("–") + m_x->max().toString(m_x->format());
    }

private:
    QString m_title;
    QLineSeries *m_line;
    QAreaSeries *m_area;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    qint64 m_total = 0;
};

struct SupervisorDashboard::Loaded
{
    Result<HealthReport> report;
    Result<DashboardSnapshot> snapshot;
    Result<QList<OpenCounterSession>> sessions;
    Result<QList<GateFigures>> gates;
};

SupervisorDashboard::SupervisorDashboard(Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("supervisorDashboard"));
    setWindowTitle(tr("Supervisor dashboard"));
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xf2, 0xf4, 0xf7));
    setPalette(pal);
    setAutoFillBackground(true);
    m_showFigures = new ShowFiguresModel(this);
    m_counterFigures = new CounterFiguresModel(this);
    m_jobFigures = new JobFiguresModel(this);
    m_findingRowsModel = new FindingRowsModel(this);
    m_findingsModel = new FindingsModel(this);
    m_sessionsModel = new CounterSessionsModel(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(buildHeader());
    layout->addWidget(buildTiles());
    m_charts = buildCharts();
    layout->addWidget(m_charts);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(buildTables());
    split->addWidget(buildHealth());
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &SupervisorDashboard::refresh);
    resizeToFit(QSize(1400, 900));
}

void SupervisorDashboard::resizeToFit(const QSize &wanted, const QRect &available)
{
    QRect area = available;
    if (area.isEmpty()) {
        const QScreen *s = screen() ? screen() : QGuiApplication::primaryScreen();
        if (s)
            area = s->availableGeometry();
    }
    resize(Display::windowSize(wanted, minimumSizeHint(), area));
}

// A load still running is not waited for: it holds no pointer to the
// dashboard, and its answer is dropped with the dashboard.
SupervisorDashboard::~SupervisorDashboard() = default;

QWidget *SupervisorDashboard::buildHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Supervisor dashboard"), header);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.6);
    title->setFont(f);
    title->setStyleSheet(QStringLiteral("color: #263238;"));
    row->addWidget(title);
    row->addSpacing(12);
    m_status = new QLabel(tr("Loading…"), header);
    m_status->setObjectName(QStringLiteral("overallStatus"));
    m_status->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 11px;"
                                           " padding: 3px 12px; font-weight: 600; }")
                                .arg(Display::neutralColor().name()));
    row->addWidget(m_status);
    row->addStretch(1);
    m_updated = new QLabel(header);
    m_updated->setObjectName(QStringLiteral("updated"));
    m_updated->setStyleSheet(QStringLiteral("color: #607d8b;"));
    row->addWidget(m_updated);
    row->addSpacing(8);
    // Closed cash shifts whose count differed: listed, signed off (issue 12).
    auto *cash = new QPushButton(tr("Cash &sign-off…"), header);
    cash->setObjectName(QStringLiteral("cashSignOffButton"));
    connect(cash, &QPushButton::clicked, this, [this] {
        auto *dialog = new CashSignOffDialog(&m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    row->addWidget(cash);
    m_refresh = new QPushButton(tr("&Refresh"), header);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &SupervisorDashboard::refresh);
    row->addWidget(m_refresh);
    // A window of its own (on a second screen): it closes like a dialog,
    // with its button or Esc.
    auto *close = new QPushButton(tr("Close"), header);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setToolTip(tr("Close the dashboard (Esc)"));
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    row->addWidget(close);
    return header;
}

QWidget *SupervisorDashboard::makeTile(const QString &key, const QString &caption, const QString &accent)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("tile_") + key);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(12, 5, 10, 5);
    box->setSpacing(0);
    auto *captionLabel = new QLabel(caption, frame);
    QFont cf = captionLabel->font();
    cf.setPointSizeF(cf.pointSizeF() * 0.92);
    cf.setBold(true);
    captionLabel->setFont(cf);
    captionLabel->setStyleSheet(QStringLiteral("color: #546e7a;"));
    auto *value = new QLabel(QStringLiteral("—"), frame);
    value->setObjectName(QStringLiteral("value_") + key);
    QFont vf = value->font();
    vf.setPointSizeF(vf.pointSizeF() * 1.7);
    vf.setBold(true);
    value->setFont(vf);
    value->setStyleSheet(QStringLiteral("color: #1f2933;"));
    auto *detail = new QLabel(frame);
    detail->setObjectName(QStringLiteral("detail_") + key);
    QFont df = detail->font();
    df.setPointSizeF(df.pointSizeF() * 0.88);
    detail->setFont(df);
    detail->setStyleSheet(QStringLiteral("color: #78909c;"));
    box->addWidget(captionLabel);
    box->addWidget(value);
    box->addWidget(detail);
    m_tiles.insert(key, Tile {value, detail, frame});
    setTile(key, QStringLiteral("—"), QString(), accent);
    return frame;
}

void SupervisorDashboard::setTile(
    const QString &key, const QString &value, const QString &detail, const QString &accent)
{
    const auto it = m_tiles.constFind(key);
    if (it == m_tiles.constEnd())
        return;
    it->value->setText(value);
    it->detail->setText(detail);
    it->detail->setToolTip(detail);
    if (!accent.isEmpty()) {
        it->frame->setStyleSheet(QStringLiteral("QFrame#tile_%1 { background: white; border: 1px solid #dde3e8;"
                                                " border-left: 4px solid %2; border-radius: 6px; }")
                                     .arg(key, accent));
    }
}

QString SupervisorDashboard::chartRangeText() const
{
    return m_salesChart->rangeText();
}

QString SupervisorDashboard::tileText(const QString &key) const
{
    const auto it = m_tiles.constFind(key);
    return it == m_tiles.constEnd() ? QString() : it->value->text();
}

QWidget *SupervisorDashboard::buildTiles()
{
    auto *tiles = new QWidget(this);
    auto *grid = new QGridLayout(tiles);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    const QString live = QLatin1String(LiveColor);
    const QString sales = QLatin1String(SalesColor);
    const QString activity = QLatin1String(ActivityColor);
    const struct
    {
        const char *key;
        QString caption;
        QString accent;
    } specs[] = {
        {"locked_seats", tr("Locked seats"), live},
        {"orders_in_flight", tr("Orders in flight"), live},
        {"sells", tr("Orders today (net)"), sales},
        {"takings", tr("Takings today"), sales},
        {"holds", tr("Holds today"), activity},
        {"conflicts", tr("Lock conflicts today"), activity},
        {"dup_level1", tr("Repeated requests"), activity},
        {"dup_level2", tr("Orders already in progress"), activity},
        {"dup_level3", tr("Retries answered by key"), activity},
        {"dup_level4", tr("Similar orders flagged"), activity},
        {"rate_limited", tr("Rate-limited requests"), activity},
        {"cleanup", tr("Last cleanup"), Display::neutralColor().name()},
    };
    int i = 0;
    for (const auto &spec : specs) {
        grid->addWidget(makeTile(QLatin1String(spec.key), spec.caption, spec.accent), i / 6, i % 6);
        ++i;
    }
    for (int c = 0; c < 6; ++c)
        grid->setColumnStretch(c, 1);
    return tiles;
}

QWidget *SupervisorDashboard::buildCharts()
{
    auto *charts = new QWidget(this);
    auto *row = new QHBoxLayout(charts);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(10);
    m_salesChart = new DashboardChart(tr("Sales per minute"), QColor(QLatin1String(SalesColor)), charts);
    m_salesChart->setObjectName(QStringLiteral("salesChart"));
    m_holdsChart = new DashboardChart(tr("Holds per minute"), QColor(QLatin1String(LiveColor)), charts);
    m_holdsChart->setObjectName(QStringLiteral("holdsChart"));
    m_conflictsChart = new DashboardChart(tr("Lock conflicts per minute"), Display::warningColor(), charts);
    m_conflictsChart->setObjectName(QStringLiteral("conflictsChart"));
    row->addWidget(m_salesChart);
    row->addWidget(m_holdsChart);
    row->addWidget(m_conflictsChart);
    return charts;
}

QWidget *SupervisorDashboard::buildTables()
{
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);

    auto *countersPanel = new QWidget(split);
    auto *countersBox = new QVBoxLayout(countersPanel);
    countersBox->setContentsMargins(0, 0, 0, 0);
    countersBox->setSpacing(6);
    countersBox->addWidget(sectionTitle(tr("Counters"), countersPanel));
    m_counters = makeView(QStringLiteral("countersTable"), m_counterFigures, countersPanel);
    m_counters->horizontalHeader()->setSectionResizeMode(CounterFiguresModel::CounterColumn, QHeaderView::Stretch);
    countersBox->addWidget(m_counters, 1);

    auto *tabs = new QTabWidget(split);
    tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_shows = makeView(QStringLiteral("showsTable"), m_showFigures, tabs);
    m_shows->horizontalHeader()->setSectionResizeMode(ShowFiguresModel::TitleColumn, QHeaderView::Stretch);
    m_jobs = makeView(QStringLiteral("jobsTable"), m_jobFigures, tabs);
    m_jobs->horizontalHeader()->setSectionResizeMode(JobFiguresModel::ResultColumn, QHeaderView::Stretch);
    tabs->addTab(m_shows, tr("Shows"));
    tabs->addTab(m_jobs, tr("Background jobs"));
    tabs->addTab(buildSessions(tabs), tr("Counter sessions"));
    tabs->addTab(buildGates(tabs), tr("Gates"));

    split->addWidget(countersPanel);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    // The Gates tab's four tables need the height (a 1280x800 laptop showed
    // one row of each): while it is chosen the charts of the counters' last
    // hour make room for it and the counters give up theirs down to a row
    // or two; both come back when another tab is chosen. The splitter stays
    // the supervisor's to move either way.
    QWidget *gates = tabs->widget(tabs->count() - 1);
    connect(tabs, &QTabWidget::currentChanged, split, [this, split, tabs, gates, countersPanel] {
        const bool onGates = tabs->currentWidget() == gates;
        if (onGates && m_splitBeforeGates.isEmpty()) {
            m_splitBeforeGates = split->sizes();
            m_charts->hide();
            layout()->activate(); // the splitter has the charts' height now
            const QList<int> sizes = split->sizes();
            const int total = sizes.value(0) + sizes.value(1);
            const int counters = std::max(countersPanel->minimumSizeHint().height(), total / 6);
            split->setSizes({counters, total - counters});
        } else if (!onGates && !m_splitBeforeGates.isEmpty()) {
            m_charts->show();
            layout()->activate();
            split->setSizes(std::exchange(m_splitBeforeGates, {}));
        }
    });
    return split;
}

QWidget *SupervisorDashboard::buildSessions(QWidget *parent)
{
    auto *panel = new QWidget(parent);
    auto *box = new QVBoxLayout(panel);
    box->setContentsMargins(0, 0, 0, 0);
    m_sessions = makeView(QStringLiteral("sessionsTable"), m_sessionsModel, panel);
    m_sessions->horizontalHeader()->setSectionResizeMode(CounterSessionsModel::ClerkColumn, QHeaderView::Stretch);
    box->addWidget(m_sessions, 1);
    auto *row = new QHBoxLayout;
    m_sessionsMessage = new QLabel(panel);
    m_sessionsMessage->setObjectName(QStringLiteral("sessionsMessage"));
    m_sessionsMessage->setWordWrap(true);
    row->addWidget(m_sessionsMessage, 1);
    m_closeSession = new QPushButton(tr("&Close session…"), panel);
    m_closeSession->setObjectName(QStringLiteral("closeSessionButton"));
    m_closeSession->setToolTip(tr("Close the session of a counter whose app stopped without signing out."));
    m_closeSession->setEnabled(false);
    connect(m_closeSession, &QPushButton::clicked, this, &SupervisorDashboard::closeSelectedSession);
    row->addWidget(m_closeSession);
    box->addLayout(row);
    const auto updateButton = [this] { m_closeSession->setEnabled(m_sessions->selectionModel()->hasSelection()); };
    connect(m_sessions->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateButton);
    connect(m_sessionsModel, &QAbstractItemModel::modelReset, this, updateButton);
    return panel;
}

// Today's shows at the gates: one chosen at a time (usually there is one).
QWidget *SupervisorDashboard::buildGates(QWidget *parent)
{
    auto *panel = new GatesPanel(parent);
    panel->setObjectName(QStringLiteral("gatesPanel"));
    auto *box = new QVBoxLayout(panel);
    box->setContentsMargins(0, 4, 0, 0);
    box->setSpacing(6);
    auto *top = new QHBoxLayout;
    m_gateShow = new QComboBox(panel);
    m_gateShow->setObjectName(QStringLiteral("gateShow"));
    m_gateShow->setAccessibleName(tr("Show at the gates"));
    m_gateShow->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_gateShow);
    m_gateSummary = new QLabel(tr("No show today."), panel);
    m_gateSummary->setObjectName(QStringLiteral("gateSummary"));
    m_gateSummary->setWordWrap(true);
    top->addWidget(m_gateSummary, 1);
    box->addLayout(top);
    const struct
    {
        GateFiguresModel::Table table;
        const char *name;
        QString title;
    } parts[] = {
        {GateFiguresModel::Table::Zones, "gateZones", tr("Per zone")},
        {GateFiguresModel::Table::Gates, "gateGates", tr("Per gate")},
        {GateFiguresModel::Table::Refusals, "gateRefusals", tr("Refused scans")},
        {GateFiguresModel::Table::Duplicates, "gateDuplicates", tr("Duplicate entries (offline gates)")},
    };
    // Two rows: zones and gates side by side, then the refusals and the
    // duplicate entries, which get two thirds of the width: their five
    // columns' headers (long in Thai) stay whole on a 1280 px screen.
    const int stretch[] = {1, 1, 1, 2};
    QHBoxLayout *rows[] = {new QHBoxLayout, new QHBoxLayout};
    for (QHBoxLayout *row : rows) {
        row->setSpacing(10);
        box->addLayout(row, 1);
    }
    int i = 0;
    for (const auto &part : parts) {
        auto *model = new GateFiguresModel(part.table, this);
        QTableView *view = makeView(QLatin1String(part.name), model, panel);
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        m_gateModels << model;
        m_gateViews << view;
        auto *title = new QLabel(part.title, panel);
        title->setStyleSheet(QStringLiteral("color: #455a64; font-weight: 600;"));
        auto *cell = new QVBoxLayout;
        cell->setSpacing(4);
        cell->addWidget(title);
        cell->addWidget(view, 1);
        rows[i / 2]->addLayout(cell, stretch[i]);
        ++i;
    }
    connect(m_gateShow, &QComboBox::currentIndexChanged, this, [this] { showGates(); });
    return panel;
}

GateFiguresModel *SupervisorDashboard::gateModel(int table) const
{
    return m_gateModels.value(table);
}

QTableView *SupervisorDashboard::gateView(int table) const
{
    return m_gateViews.value(table);
}

void SupervisorDashboard::showGates()
{
    const int id = m_gateShow->currentData().toInt();
    const auto it = std::find_if(
        m_gateFigures.cbegin(), m_gateFigures.cend(), [id](const GateFigures &f) { return f.show.id == id; });
    if (it == m_gateFigures.cend()) {
        m_gateSummary->setText(tr("No show today."));
        for (GateFiguresModel *m : std::as_const(m_gateModels))
            m->clear();
        return;
    }
    const GateFigures &f = *it;
    const QLocale locale;
    int refused = 0;
    for (const int n : f.refusals)
        refused += n;
    QString summary = tr("%1 of %Ln ticket(s) admitted, %2 to come", "", f.sold)
                          .arg(locale.toString(f.admitted), locale.toString(f.toCome));
    summary += QStringLiteral(" · ") + tr("%Ln scan(s) refused", "", refused);
    if (!f.duplicates.isEmpty())
        summary += QStringLiteral(" · <span style='color:%1'>%2</span>")
                       .arg(Display::criticalColor().name(),
                           tr("%Ln duplicate entry(ies)", "", int(f.duplicates.size())).toHtmlEscaped());
    m_gateSummary->setText(summary);
    for (GateFiguresModel *m : std::as_const(m_gateModels))
        m->setFigures(f);
}

void SupervisorDashboard::closeSelectedSession()
{
    const QModelIndexList rows = m_sessions->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int counterId = rows.first().data(CounterSessionsModel::CounterIdRole).toInt();
    const QString counter = rows.first().siblingAtColumn(CounterSessionsModel::CounterColumn).data().toString();
    // open(), not exec(): the dashboard's answers keep coming meanwhile.
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("closeSessionReason"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    ask->setWindowTitle(tr("Close counter session"));
    ask->setLabelText(
        tr("Why close the session of %1? The clerk there can no longer sell until they sign in again.").arg(counter));
    connect(ask, &QInputDialog::textValueSelected, this,
        [this, counterId, counter](const QString &reason) { closeSession(counterId, counter, reason.trimmed()); });
    ask->open();
}

void SupervisorDashboard::closeSession(int counterId, const QString &counterName, const QString &reason)
{
    if (reason.isEmpty()) {
        const QString message = tr("A reason is required to close a counter session.");
        m_sessionsMessage->setText(message);
        m_sessionsMessage->setStyleSheet(QStringLiteral("color: %1;").arg(Display::criticalColor().name()));
        Q_EMIT sessionCloseFailed(message);
        return;
    }
    m_closeSession->setEnabled(false);
    m_db.run([counterId, reason](Database &db) { return CounterSessions::closeStale(db, counterId, reason); })
        .then(this, [this, counterId, counterName](const Result<bool> &r) {
            m_closeSession->setEnabled(m_sessions->selectionModel()->hasSelection());
            if (!r) {
                m_sessionsMessage->setText(r.error().message);
                m_sessionsMessage->setStyleSheet(QStringLiteral("color: %1;").arg(Display::criticalColor().name()));
                Q_EMIT sessionCloseFailed(r.error().message);
                return;
            }
            m_sessionsMessage->setStyleSheet(QStringLiteral("color: #455a64;"));
            m_sessionsMessage->setText(r.value() ? tr("The session of %1 was closed.").arg(counterName)
                                                 : tr("The session of %1 had already ended.").arg(counterName));
            Q_EMIT sessionClosed(counterId);
            refresh();
        });
}

QWidget *SupervisorDashboard::buildHealth()
{
    auto *panel = new QWidget(this);
    auto *box = new QVBoxLayout(panel);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(6);
    box->addWidget(sectionTitle(tr("Health"), panel));
    m_findings = new QListView(panel);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setModel(m_findingsModel);
    m_findings->setIconSize(QSize(18, 18));
    m_findings->setUniformItemSizes(true);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Nine checks, each one line: all in view at once.
    m_findings->setFixedHeight(9 * FindingsModel::LineHeight + 2 * m_findings->frameWidth() + 2);
    box->addWidget(m_findings);
    m_findingTitle = new QLabel(tr("Select a finding to see what it is about."), panel);
    m_findingTitle->setObjectName(QStringLiteral("findingTitle"));
    m_findingTitle->setWordWrap(true);
    m_findingTitle->setStyleSheet(QStringLiteral("color: #455a64;"));
    box->addWidget(m_findingTitle);
    m_findingRows = makeView(QStringLiteral("findingRows"), m_findingRowsModel, panel);
    m_findingRows->horizontalHeader()->setStretchLastSection(true);
    m_findingRows->setMinimumHeight(56); // a header and a row: the rest scrolls on a small screen
    box->addWidget(m_findingRows, 1);
    connect(
        m_findings->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
            m_selectedKind = current.data(FindingsModel::KindRole).toString();
            showFindingRows();
        });
    return panel;
}

void SupervisorDashboard::setThresholds(const HealthThresholds &thresholds)
{
    m_thresholds = thresholds;
}

void SupervisorDashboard::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (interval.count() <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->setInterval(interval);
    if (isVisible())
        m_timer->start();
}

void SupervisorDashboard::setChartMinutes(int minutes)
{
    m_chartMinutes = std::clamp(minutes, 5, 1440);
}

void SupervisorDashboard::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_interval.count() > 0)
        m_timer->start();
    if (!m_hasData && !m_loading)
        refresh();
}

void SupervisorDashboard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void SupervisorDashboard::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void SupervisorDashboard::refresh()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    m_refresh->setEnabled(false);
    const HealthThresholds thresholds = m_thresholds;
    const int minutes = m_chartMinutes;
    m_db.run([thresholds, minutes](Database &db) {
            HealthMonitor monitor(db, thresholds);
            Result<HealthReport> report = monitor.check();
            Result<DashboardSnapshot> snapshot = monitor.dashboard(minutes);
            Result<QList<OpenCounterSession>> sessions = CounterSessions::openSessions(db);
            Result<QList<GateFigures>> gates = Gate::todaysFigures(db);
            return Loaded {std::move(report), std::move(snapshot), std::move(sessions), std::move(gates)};
        })
        .then(this, [this](const Loaded &loaded) {
            m_loading = false;
            m_refresh->setEnabled(true);
            apply(loaded);
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void SupervisorDashboard::apply(const Loaded &loaded)
{
    if (!loaded.report || !loaded.snapshot) {
        const ServiceError &e = !loaded.report ? loaded.report.error() : loaded.snapshot.error();
        m_updated->setText(tr("Could not refresh: %1").arg(e.message));
        m_updated->setStyleSheet(QStringLiteral("color: %1;").arg(Display::criticalColor().name()));
        Q_EMIT refreshFailed(e.message);
        return;
    }
    m_report = loaded.report.value();
    m_snapshot = loaded.snapshot.value();
    m_hasData = true;
    m_updated->setStyleSheet(QStringLiteral("color: #607d8b;"));
    m_updated->setText(tr("Updated %1").arg(Display::momentText(m_snapshot.at)));
    showFigures(m_snapshot);
    showHealth(m_report);
    // The sessions on their own: a login without the right to see them
    // still gets the rest of the dashboard.
    if (loaded.sessions) {
        m_sessionsModel->setRows(loaded.sessions.value());
        // A failure said before (the database was away) is over.
        if (m_sessionsFailed) {
            m_sessionsMessage->clear();
            m_sessionsFailed = false;
        }
    } else {
        m_sessionsMessage->setText(loaded.sessions.error().message);
        m_sessionsMessage->setStyleSheet(QStringLiteral("color: %1;").arg(Display::criticalColor().name()));
        m_sessionsFailed = true;
    }
    // The gates on their own too.
    if (loaded.gates) {
        m_gateFigures = loaded.gates.value();
        const int keep = m_gateShow->currentData().toInt();
        {
            const QSignalBlocker block(m_gateShow);
            m_gateShow->clear();
            for (const GateFigures &f : std::as_const(m_gateFigures))
                m_gateShow->addItem(
                    tr("%1 — %2").arg(f.show.title,
                        Display::venueTimeText(f.show.startsAt, f.show.timeZone, Display::TimeStyle::Short)),
                    f.show.id);
            // The show chosen stays; else the one starting next (or last started).
            int index = m_gateShow->findData(keep);
            if (index < 0) {
                const QDateTime now = QDateTime::currentDateTime();
                for (int i = 0; i < m_gateFigures.size() && index < 0; ++i) {
                    if (m_gateFigures.at(i).show.startsAt.addSecs(3 * 3600) > now)
                        index = i;
                }
                if (index < 0)
                    index = int(m_gateFigures.size()) - 1;
            }
            m_gateShow->setCurrentIndex(index);
        }
        m_gateShow->setVisible(!m_gateFigures.empty());
        showGates();
    } else {
        m_gateSummary->setText(tr("Gate figures could not be read: %1").arg(loaded.gates.error().message));
    }
    Q_EMIT refreshed();
}

void SupervisorDashboard::showFigures(const DashboardSnapshot &s)
{
    const QLocale locale;
    const QString warning = Display::warningColor().name();
    const QString activity = QLatin1String(ActivityColor);
    setTile(QStringLiteral("locked_seats"), locale.toString(s.live.lockedSeats), tr("seats held right now"));
    setTile(QStringLiteral("orders_in_flight"), locale.toString(s.live.ordersInFlight), tr("awaiting payment"));
    // Orders as the sales report of the same day counts them (a tester
    // saw the counters' sell calls here, which leave exchanges out, beside
    // the report's orders).
    setTile(QStringLiteral("sells"), locale.toString(s.live.paidOrders),
        tr("sold %1, returned %2").arg(locale.toString(s.live.ordersSold), locale.toString(s.live.ordersReturned)));
    // Net, as the sales report of the same day: refunds and returns taken off.
    setTile(QStringLiteral("takings"), formatBaht(s.live.takings),
        tr("cash %1, refunded %2").arg(formatBaht(s.live.cashTaken), formatBaht(s.live.refunded)));
    setTile(QStringLiteral("holds"), locale.toString(s.totals.holds), tr("seat holds by every counter"));
    setTile(QStringLiteral("conflicts"), locale.toString(s.totals.conflicts), tr("seats another counter had first"),
        s.totals.conflicts > 0 ? warning : activity);
    setTile(QStringLiteral("dup_level1"), locale.toString(s.totals.duplicatesLevel1),
        tr("same request repeated within 5 s"));
    setTile(
        QStringLiteral("dup_level2"), locale.toString(s.totals.duplicatesLevel2), tr("order already being processed"));
    setTile(QStringLiteral("dup_level3"), locale.toString(s.totals.duplicatesLevel3),
        tr("retry answered with the same order"));
    setTile(QStringLiteral("dup_level4"), locale.toString(s.totals.duplicatesLevel4),
        tr("similar order flagged for the clerk"));
    setTile(QStringLiteral("rate_limited"), locale.toString(s.totals.rateLimited),
        tr("requests over a counter's limit"), s.totals.rateLimited > 0 ? warning : activity);

    // The cleanup that ran last (seat holds, unpaid orders, deep cleanup).
    const JobFigures *last = nullptr;
    for (const JobFigures &j : s.jobs) {
        if (j.job == QLatin1String("health_check") || !j.lastRun.isValid())
            continue;
        if (!last || j.lastRun > last->lastRun)
            last = &j;
    }
    if (!last) {
        setTile(QStringLiteral("cleanup"), QStringLiteral("—"), tr("no cleanup has run yet"), warning);
    } else if (!last->error.isEmpty()) {
        setTile(QStringLiteral("cleanup"), Display::momentText(last->lastRun),
            tr("%1 failed: %2").arg(JobFiguresModel::jobText(last->job), last->error), Display::criticalColor().name());
    } else {
        setTile(QStringLiteral("cleanup"), Display::momentText(last->lastRun),
            tr("%1: %n row(s) in %2 ms", "", last->rows)
                .arg(JobFiguresModel::jobText(last->job),
                    locale.toString(last->durationMs, 'f', last->durationMs < 10 ? 1 : 0)),
            Display::goodColor().name());
    }

    // The last hour. QDateTimeAxis writes its labels in this PC's zone: each
    // minute is placed where this PC's clock reads what the venue's read
    // then, so that the axis gives the venue's time like every other time
    // on the dashboard.
    QList<QPointF> sales, holds, conflicts;
    for (const MinuteFigures &m : s.minutes) {
        const QDateTime venue = HouseClock::at(m.minute);
        const auto x = double(QDateTime(venue.date(), venue.time()).toMSecsSinceEpoch());
        sales << QPointF(x, m.sales);
        holds << QPointF(x, m.holds);
        conflicts << QPointF(x, m.conflicts);
    }
    m_salesChart->setPoints(sales);
    m_holdsChart->setPoints(holds);
    m_conflictsChart->setPoints(conflicts);

    m_showFigures->setRows(s.shows);
    m_counterFigures->setThresholds(m_thresholds.offlineWarningSeconds, m_thresholds.offlineCriticalSeconds);
    m_counterFigures->setRows(s.counters);
    m_jobFigures->setRows(s.jobs);
}

void SupervisorDashboard::showHealth(const HealthReport &r)
{
    int warnings = 0;
    int criticals = 0;
    for (const Finding &f : r.findings) {
        warnings += f.level == HealthLevel::Warning ? 1 : 0;
        criticals += f.level == HealthLevel::Critical ? 1 : 0;
    }
    QString status;
    if (criticals > 0 && warnings > 0)
        status = tr("%n critical", "", criticals) + QStringLiteral(" · ") + tr("%n warning(s)", "", warnings);
    else if (criticals > 0)
        status = tr("%n critical problem(s)", "", criticals);
    else if (warnings > 0)
        status = tr("%n warning(s)", "", warnings);
    else
        status = tr("All clear");
    m_status->setText(status);
    m_status->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; border-radius: 11px;"
                                           " padding: 3px 12px; font-weight: 600; }")
                                .arg(Display::healthLevelColor(r.level).name()));

    // Keep the supervisor's selection across refreshes.
    const QString keep = m_selectedKind;
    const QSignalBlocker block(m_findings->selectionModel());
    m_findingsModel->setFindings(r.findings);
    const int selected = keep.isEmpty() ? -1 : m_findingsModel->rowOfKind(keep);
    if (selected >= 0)
        m_findings->setCurrentIndex(m_findingsModel->index(selected));
    else
        m_findings->selectionModel()->clear();
    m_selectedKind = selected >= 0 ? keep : QString();
    showFindingRows();
}

void SupervisorDashboard::showFindingRows()
{
    // By name, not kind: kinds this client does not know are listed too.
    const auto selected = std::find_if(m_report.findings.cbegin(), m_report.findings.cend(),
        [this](const Finding &f) { return !m_selectedKind.isEmpty() && f.kindName() == m_selectedKind; });
    if (selected == m_report.findings.cend()) {
        m_findingTitle->setText(tr("Select a finding to see what it is about."));
        m_findingRowsModel->clear();
        return;
    }
    const Finding &f = *selected;
    QString title = QStringLiteral("<b><span style='color:%1'>%2</span> — %3</b><br>%4")
                        .arg(Display::healthLevelColor(f.level).name(), Display::healthLevelText(f.level),
                            f.title.toHtmlEscaped(), f.description.toHtmlEscaped());
    if (f.count > f.rows.size() && f.kind != FindingKind::SlowDatabase)
        title += QStringLiteral("<br>")
            + tr("Showing the first %1 of %2.")
                  .arg(QLocale().toString(qint64(f.rows.size())), QLocale().toString(f.count));
    else if (f.rows.isEmpty())
        title += QStringLiteral("<br>") + tr("Nothing to show: this check found no problem.");
    m_findingTitle->setText(title);
    m_findingRowsModel->setFinding(f);
}

} // namespace boxoffice
