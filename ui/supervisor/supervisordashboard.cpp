#include "supervisor/supervisordashboard.h"

#include "db/database.h"
#include "money/money.h"

#include <QtCharts/QAreaSeries>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>
#include <QtCore/QLocale>
#include <QtCore/QTimer>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtWidgets/QFrame>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace boxoffice {

namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int FindingHeight = 28;

const char *const OkColor = "#2e7d32";
const char *const WarningColor = "#ef8f00";
const char *const CriticalColor = "#c62828";
const char *const NeutralColor = "#78909c";
const char *const LiveColor = "#1565c0";
const char *const SalesColor = "#2e7d32";
const char *const ActivityColor = "#6a1b9a";

QColor levelColor(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return QColor(QLatin1String(OkColor));
    case HealthLevel::Warning:
        return QColor(QLatin1String(WarningColor));
    case HealthLevel::Critical:
        return QColor(QLatin1String(CriticalColor));
    }
    return QColor(QLatin1String(NeutralColor));
}

// A round badge in the level's colour: a tick, an exclamation mark, a cross.
// Drawn, so that it looks the same on every platform and style.
QIcon levelIcon(HealthLevel level, const QColor &color)
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

QString moneyText(const QString &decimal)
{
    return formatBaht(satangFromDecimal(decimal));
}

QString timeText(const QDateTime &t)
{
    if (!t.isValid())
        return QStringLiteral("—");
    const QLocale locale;
    const QDateTime local = t.toLocalTime();
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(local, QStringLiteral("d MMM HH:mm"));
}

QString silenceText(int seconds)
{
    if (seconds < 5)
        return SupervisorDashboard::tr("just now");
    if (seconds < 90)
        return SupervisorDashboard::tr("%n second(s) ago", "", seconds);
    if (seconds < 90 * 60)
        return SupervisorDashboard::tr("%n minute(s) ago", "", seconds / 60);
    return SupervisorDashboard::tr("%n hour(s) ago", "", seconds / 3600);
}

QString jobText(const QString &job)
{
    if (job == QLatin1String("expire_holds"))
        return SupervisorDashboard::tr("Release expired holds");
    if (job == QLatin1String("expire_orders"))
        return SupervisorDashboard::tr("Expire unpaid orders");
    if (job == QLatin1String("health_check"))
        return SupervisorDashboard::tr("Health check");
    if (job == QLatin1String("deep_cleanup"))
        return SupervisorDashboard::tr("Deep cleanup");
    return job;
}

QString salesStateText(const QString &state)
{
    if (state == QLatin1String("on_sale"))
        return SupervisorDashboard::tr("On sale");
    if (state == QLatin1String("paused"))
        return SupervisorDashboard::tr("Paused");
    if (state == QLatin1String("closed"))
        return SupervisorDashboard::tr("Closed");
    return state;
}

// A finding's value as people read it.
QString valueText(const QString &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return column == QLatin1String("last_run") ? SupervisorDashboard::tr("never") : QString();
    if (value.typeId() == QMetaType::QDateTime)
        return timeText(value.toDateTime());
    const QLocale locale;
    if (value.typeId() == QMetaType::Double)
        return locale.toString(value.toDouble(), 'f', value.toDouble() < 10 ? 2 : 1);
    if (value.typeId() == QMetaType::Int)
        return column == QLatin1String("order_id") ? QStringLiteral("#%1").arg(value.toInt())
                                                   : locale.toString(value.toInt());
    QString s = value.toString();
    if (column == QLatin1String("job"))
        return jobText(s);
    if (column == QLatin1String("state")) {
        if (s == QLatin1String("failed"))
            return SupervisorDashboard::tr("Failed");
        if (s == QLatin1String("late"))
            return SupervisorDashboard::tr("Late");
        if (s == QLatin1String("never_run"))
            return SupervisorDashboard::tr("Never run");
    }
    if (column == QLatin1String("status")) {
        if (s == QLatin1String("cancelled"))
            return SupervisorDashboard::tr("Cancelled");
        if (s == QLatin1String("expired"))
            return SupervisorDashboard::tr("Expired");
    }
    if (column == QLatin1String("seat_state")) {
        if (s == QLatin1String("sold"))
            return SupervisorDashboard::tr("Still sold");
        if (s == QLatin1String("held"))
            return SupervisorDashboard::tr("Still held");
        if (s == QLatin1String("order seat active"))
            return SupervisorDashboard::tr("Order seat still active");
    }
    return s;
}

QTableWidget *makeTable(const QString &objectName, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
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

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *numberItem(qint64 n)
{
    return numberItem(QLocale().toString(n));
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
        setMinimumHeight(190);
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

    qint64 total() const { return m_total; }

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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(10);
    layout->addWidget(buildHeader());
    layout->addWidget(buildTiles());
    layout->addWidget(buildCharts());
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    split->addWidget(buildTables());
    split->addWidget(buildHealth());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_timer->setInterval(m_interval);
    connect(m_timer, &QTimer::timeout, this, &SupervisorDashboard::refresh);
    resize(1400, 900);
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
                                .arg(QLatin1String(NeutralColor)));
    row->addWidget(m_status);
    row->addStretch(1);
    m_updated = new QLabel(header);
    m_updated->setObjectName(QStringLiteral("updated"));
    m_updated->setStyleSheet(QStringLiteral("color: #607d8b;"));
    row->addWidget(m_updated);
    row->addSpacing(8);
    m_refresh = new QPushButton(tr("&Refresh"), header);
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QPushButton::clicked, this, &SupervisorDashboard::refresh);
    row->addWidget(m_refresh);
    return header;
}

QWidget *SupervisorDashboard::makeTile(const QString &key, const QString &caption, const QString &accent)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("tile_") + key);
    auto *box = new QVBoxLayout(frame);
    box->setContentsMargins(12, 8, 10, 8);
    box->setSpacing(1);
    auto *captionLabel = new QLabel(caption, frame);
    QFont cf = captionLabel->font();
    cf.setPointSizeF(cf.pointSizeF() * 0.92);
    cf.setBold(true);
    captionLabel->setFont(cf);
    captionLabel->setStyleSheet(QStringLiteral("color: #546e7a;"));
    auto *value = new QLabel(QStringLiteral("—"), frame);
    value->setObjectName(QStringLiteral("value_") + key);
    QFont vf = value->font();
    vf.setPointSizeF(vf.pointSizeF() * 1.9);
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
    grid->setVerticalSpacing(10);
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
        {"sells", tr("Sells today"), sales},
        {"takings", tr("Takings today"), sales},
        {"holds", tr("Holds today"), activity},
        {"conflicts", tr("Lock conflicts today"), activity},
        {"dup_level1", tr("Duplicates · level 1"), activity},
        {"dup_level2", tr("Duplicates · level 2"), activity},
        {"dup_level3", tr("Duplicates · level 3"), activity},
        {"dup_level4", tr("Duplicates · level 4"), activity},
        {"rate_limited", tr("Rate-limited requests"), activity},
        {"cleanup", tr("Last cleanup"), QLatin1String(NeutralColor)},
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
    m_conflictsChart = new DashboardChart(tr("Lock conflicts per minute"), QColor(QLatin1String(WarningColor)), charts);
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
    m_counters = makeTable(QStringLiteral("countersTable"),
        {tr("Counter"), tr("Status"), tr("Clerk"), tr("Sales today"), tr("Cash taken"), tr("Takings"), tr("Last seen")},
        countersPanel);
    m_counters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    countersBox->addWidget(m_counters, 1);

    auto *tabs = new QTabWidget(split);
    tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_shows = makeTable(QStringLiteral("showsTable"),
        {tr("Show"), tr("Starts"), tr("Sales"), tr("Sold"), tr("Capacity"), tr("Sold %"), tr("Locked"), tr("In flight"),
            tr("Paid orders"), tr("Takings")},
        tabs);
    m_shows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_jobs = makeTable(QStringLiteral("jobsTable"),
        {tr("Job"), tr("Last run"), tr("Run by"), tr("Rows"), tr("Duration"), tr("Runs today"), tr("Failures today"),
            tr("Result")},
        tabs);
    m_jobs->horizontalHeader()->setSectionResizeMode(7, QHeaderView::Stretch);
    tabs->addTab(m_shows, tr("Shows"));
    tabs->addTab(m_jobs, tr("Background jobs"));

    split->addWidget(countersPanel);
    split->addWidget(tabs);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    return split;
}

QWidget *SupervisorDashboard::buildHealth()
{
    auto *panel = new QWidget(this);
    auto *box = new QVBoxLayout(panel);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(6);
    box->addWidget(sectionTitle(tr("Health"), panel));
    m_findings = new QListWidget(panel);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_findings->setIconSize(QSize(18, 18));
    m_findings->setUniformItemSizes(true);
    m_findings->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Six checks, each one line: all in view at once.
    m_findings->setFixedHeight(6 * FindingHeight + 2 * m_findings->frameWidth() + 2);
    box->addWidget(m_findings);
    m_findingTitle = new QLabel(tr("Select a finding to see what it is about."), panel);
    m_findingTitle->setObjectName(QStringLiteral("findingTitle"));
    m_findingTitle->setWordWrap(true);
    m_findingTitle->setStyleSheet(QStringLiteral("color: #455a64;"));
    box->addWidget(m_findingTitle);
    m_findingRows = makeTable(QStringLiteral("findingRows"), {}, panel);
    m_findingRows->horizontalHeader()->setStretchLastSection(true);
    box->addWidget(m_findingRows, 1);
    connect(m_findings, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_selectedKind = item ? item->data(KindRole).toString() : QString();
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
            return Loaded {std::move(report), std::move(snapshot)};
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
        m_updated->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(CriticalColor)));
        Q_EMIT refreshFailed(e.message);
        return;
    }
    m_report = loaded.report.value();
    m_snapshot = loaded.snapshot.value();
    m_hasData = true;
    m_updated->setStyleSheet(QStringLiteral("color: #607d8b;"));
    m_updated->setText(tr("Updated %1").arg(timeText(m_snapshot.at)));
    showFigures(m_snapshot);
    showHealth(m_report);
    Q_EMIT refreshed();
}

void SupervisorDashboard::showFigures(const DashboardSnapshot &s)
{
    const QLocale locale;
    const QString warning = QLatin1String(WarningColor);
    const QString activity = QLatin1String(ActivityColor);
    setTile(QStringLiteral("locked_seats"), locale.toString(s.live.lockedSeats), tr("seats held right now"));
    setTile(QStringLiteral("orders_in_flight"), locale.toString(s.live.ordersInFlight), tr("awaiting payment"));
    setTile(
        QStringLiteral("sells"), locale.toString(s.totals.sells), tr("%n order(s) paid today", "", s.live.paidOrders));
    setTile(QStringLiteral("takings"), moneyText(s.live.takings), tr("cash %1").arg(moneyText(s.live.cashTaken)));
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
        setTile(QStringLiteral("cleanup"), timeText(last->lastRun),
            tr("%1 failed: %2").arg(jobText(last->job), last->error), QLatin1String(CriticalColor));
    } else {
        setTile(QStringLiteral("cleanup"), timeText(last->lastRun),
            tr("%1: %n row(s) in %2 ms", "", last->rows)
                .arg(jobText(last->job), locale.toString(last->durationMs, 'f', last->durationMs < 10 ? 1 : 0)),
            QLatin1String(OkColor));
    }

    // The last hour.
    QList<QPointF> sales, holds, conflicts;
    for (const MinuteFigures &m : s.minutes) {
        const auto x = double(m.minute.toMSecsSinceEpoch());
        sales << QPointF(x, m.sales);
        holds << QPointF(x, m.holds);
        conflicts << QPointF(x, m.conflicts);
    }
    m_salesChart->setPoints(sales);
    m_holdsChart->setPoints(holds);
    m_conflictsChart->setPoints(conflicts);

    // Shows.
    m_shows->setRowCount(int(s.shows.size()));
    for (int r = 0; r < s.shows.size(); ++r) {
        const ShowFigures &f = s.shows.at(r);
        auto *title = textItem(f.title);
        title->setData(Qt::UserRole, f.showId);
        m_shows->setItem(r, 0, title);
        m_shows->setItem(r, 1, textItem(locale.toString(f.startsAt.toLocalTime(), QStringLiteral("ddd d MMM HH:mm"))));
        auto *state = textItem(salesStateText(f.salesState));
        if (f.salesState != QLatin1String("on_sale"))
            state->setForeground(QColor(QLatin1String(WarningColor)));
        m_shows->setItem(r, 2, state);
        m_shows->setItem(r, 3, numberItem(f.soldSeats));
        m_shows->setItem(r, 4, numberItem(f.capacity));
        m_shows->setItem(r, 5,
            numberItem(f.capacity > 0 ? locale.toString(100.0 * f.soldSeats / f.capacity, 'f', 1) + QLatin1Char('%')
                                      : QStringLiteral("—")));
        m_shows->setItem(r, 6, numberItem(f.lockedSeats));
        m_shows->setItem(r, 7, numberItem(f.ordersInFlight));
        m_shows->setItem(r, 8, numberItem(f.paidOrders));
        m_shows->setItem(r, 9, numberItem(moneyText(f.takings)));
    }

    // Counters.
    const QIcon ok = levelIcon(HealthLevel::Ok, levelColor(HealthLevel::Ok));
    const QIcon silent = levelIcon(HealthLevel::Warning, levelColor(HealthLevel::Warning));
    const QIcon gone = levelIcon(HealthLevel::Critical, levelColor(HealthLevel::Critical));
    const QIcon idle = levelIcon(HealthLevel::Ok, QColor(QLatin1String(NeutralColor)));
    m_counters->setRowCount(int(s.counters.size()));
    for (int r = 0; r < s.counters.size(); ++r) {
        const CounterFigures &c = s.counters.at(r);
        auto *name = textItem(c.terminal);
        name->setData(Qt::UserRole, c.terminalId);
        m_counters->setItem(r, 0, name);
        QTableWidgetItem *status = nullptr;
        if (!c.heartbeats) {
            status = textItem(tr("No heartbeat"));
            status->setIcon(idle);
        } else if (c.signedOff) {
            status = textItem(tr("Closed"));
            status->setIcon(idle);
        } else if (c.secondsSilent >= m_thresholds.offlineCriticalSeconds) {
            status = textItem(tr("Offline"));
            status->setIcon(gone);
        } else if (c.secondsSilent >= m_thresholds.offlineWarningSeconds) {
            status = textItem(tr("Silent"));
            status->setIcon(silent);
        } else {
            status = textItem(tr("Online"));
            status->setIcon(ok);
        }
        m_counters->setItem(r, 1, status);
        m_counters->setItem(r, 2, textItem(c.clerk.isEmpty() ? tr("nobody signed in") : c.clerk));
        if (c.clerk.isEmpty())
            m_counters->item(r, 2)->setForeground(QColor(QLatin1String(NeutralColor)));
        m_counters->setItem(r, 3, numberItem(c.sales));
        m_counters->setItem(r, 4, numberItem(moneyText(c.cashTaken)));
        m_counters->setItem(r, 5, numberItem(moneyText(c.takings)));
        auto *seen = textItem(silenceText(std::max(0, c.secondsSilent)));
        seen->setToolTip(timeText(c.lastSeen));
        m_counters->setItem(r, 6, seen);
    }

    // Jobs.
    m_jobs->setRowCount(int(s.jobs.size()));
    for (int r = 0; r < s.jobs.size(); ++r) {
        const JobFigures &j = s.jobs.at(r);
        auto *name = textItem(jobText(j.job));
        name->setData(Qt::UserRole, j.job);
        m_jobs->setItem(r, 0, name);
        m_jobs->setItem(r, 1, textItem(j.lastRun.isValid() ? timeText(j.lastRun) : tr("never")));
        m_jobs->setItem(r, 2, textItem(j.client));
        m_jobs->setItem(r, 3, numberItem(j.lastRun.isValid() ? locale.toString(j.rows) : QString()));
        m_jobs->setItem(
            r, 4, numberItem(j.lastRun.isValid() ? tr("%1 ms").arg(locale.toString(j.durationMs, 'f', 1)) : QString()));
        m_jobs->setItem(r, 5, numberItem(j.runs));
        m_jobs->setItem(r, 6, numberItem(j.failures));
        QTableWidgetItem *result = nullptr;
        if (!j.lastRun.isValid()) {
            result = textItem(tr("Never run"));
            result->setIcon(silent);
        } else if (!j.error.isEmpty()) {
            result = textItem(tr("Failed: %1").arg(j.error));
            result->setIcon(gone);
        } else {
            result = textItem(tr("OK"));
            result->setIcon(ok);
        }
        m_jobs->setItem(r, 7, result);
    }
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
                                .arg(levelColor(r.level).name()));

    // Keep the supervisor's selection across refreshes.
    const QString keep = m_selectedKind;
    const QSignalBlocker block(m_findings);
    m_findings->clear();
    QListWidgetItem *selected = nullptr;
    for (const Finding &f : r.findings) {
        auto *item = new QListWidgetItem(levelIcon(f.level, levelColor(f.level)), f.title, m_findings);
        item->setData(KindRole, f.kind);
        item->setToolTip(QStringLiteral("<b>%1</b>: %2<br>%3")
                             .arg(healthLevelText(f.level), f.title.toHtmlEscaped(), f.description.toHtmlEscaped()));
        item->setSizeHint(QSize(0, FindingHeight));
        if (f.level == HealthLevel::Critical) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        if (f.kind == keep)
            selected = item;
    }
    if (selected)
        m_findings->setCurrentItem(selected);
    m_selectedKind = selected ? keep : QString();
    showFindingRows();
}

void SupervisorDashboard::showFindingRows()
{
    const Finding *f = m_selectedKind.isEmpty() ? nullptr : m_report.find(m_selectedKind);
    if (!f) {
        m_findingTitle->setText(tr("Select a finding to see what it is about."));
        m_findingRows->setRowCount(0);
        m_findingRows->setColumnCount(0);
        return;
    }
    QString title = QStringLiteral("<b><span style='color:%1'>%2</span> — %3</b><br>%4")
                        .arg(levelColor(f->level).name(), healthLevelText(f->level), f->title.toHtmlEscaped(),
                            f->description.toHtmlEscaped());
    if (f->count > f->rows.size() && f->kind != QLatin1String("slow_database"))
        title += QStringLiteral("<br>")
            + tr("Showing the first %1 of %2.")
                  .arg(QLocale().toString(qint64(f->rows.size())), QLocale().toString(f->count));
    else if (f->rows.isEmpty())
        title += QStringLiteral("<br>") + tr("Nothing to show: this check found no problem.");
    m_findingTitle->setText(title);
    m_findingRows->clear();
    m_findingRows->setColumnCount(int(f->columns.size()));
    m_findingRows->setHorizontalHeaderLabels(f->headers);
    m_findingRows->setRowCount(int(f->rows.size()));
    for (int r = 0; r < f->rows.size(); ++r) {
        const QVariantList &row = f->rows.at(r);
        for (int c = 0; c < f->columns.size() && c < row.size(); ++c) {
            const QVariant &v = row.at(c);
            const QString text = valueText(f->columns.at(c), v);
            const bool number = v.typeId() == QMetaType::Int || v.typeId() == QMetaType::Double;
            m_findingRows->setItem(r, c, number ? numberItem(text) : textItem(text));
        }
    }
}

} // namespace boxoffice
