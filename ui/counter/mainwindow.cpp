#include "counter/mainwindow.h"

#include "admin/showcatalog.h"
#include "counter/approvaldialog.h"
#include "counter/cartmodel.h"
#include "counter/cashdialogs.h"
#include "counter/checkoutdialog.h"
#include "counter/counterdesk.h"
#include "counter/ordersdialog.h"
#include "counter/printerdialog.h"
#include "counter/seatmaplegend.h"
#include "counter/seatmapview.h"
#include "counter/showlistmodel.h"
#include "db/database.h"
#include "display.h"
#include "gate/gate.h"
#include "manager/emergencypanel.h"
#include "manager/setupwindow.h"
#include "manager/venuesettingsdialog.h"
#include "money/money.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"
#include "supervisor/auditlogdialog.h"
#include "supervisor/cashsignoffdialog.h"
#include "supervisor/reconciliationdialog.h"
#include "supervisor/reportsdialog.h"
#include "supervisor/supervisordashboard.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QDir>
#include <QtCore/QSettings>
#include <QtCore/QStandardPaths>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtGui/QGuiApplication>
#include <QtGui/QKeyEvent>
#include <QtGui/QKeySequence>
#include <QtGui/QScreen>
#include <QtPrintSupport/QPrintPreviewDialog>
#include <QtPrintSupport/QPrinter>
#include <QtPrintSupport/QPrinterInfo>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDockWidget>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTableView>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

// The cart's price type column: a combo of what the show sells the seat's
// ticket type at (F2 or a double click opens it; arrows choose).
class PriceTypeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("priceTypeCombo"));
        const QStringList codes = index.data(CartModel::OfferedCodesRole).toStringList();
        const QStringList names = index.data(CartModel::OfferedNamesRole).toStringList();
        const QStringList prices = index.data(CartModel::OfferedPricesRole).toStringList();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QString name = names.value(i, codes.at(i));
            const QString price = prices.value(i);
            combo->addItem(price.isEmpty() ? name : MainWindow::tr("%1 — %2").arg(name, price), codes.at(i));
        }
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(CartModel::PriceTypeRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

namespace {

// What writing and printing one job gave.
struct TicketOutcome
{
    bool saved = false;
    QString error; // why not saved
    bool printed = false;
};

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_printPool(std::make_unique<QThreadPool>())
{
    m_printPool->setMaxThreadCount(1);
    // The application's name comes after this (applicationDisplayName); the
    // Application names the counter here.
    setWindowTitle(QStringLiteral("[*]"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_showTitle = new QLabel(tr("Pick a show (Enter)"), central);
    m_showTitle->setObjectName(QStringLiteral("showTitle"));
    m_showTitle->setMargin(4);
    m_showTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_showTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_showTitle->setFont(titleFont);
    layout->addWidget(m_showTitle);
    m_map = new SeatMapView(central);
    m_map->setObjectName(QStringLiteral("seatMap"));
    layout->addWidget(m_map, 1);
    m_legend = new SeatMapLegend(central);
    m_legend->setObjectName(QStringLiteral("legend"));
    layout->addWidget(m_legend);
    setCentralWidget(central);
    // The state and the passing messages lie over the top of the map: one
    // appearing never moves a seat under the clerk's mouse, and a click
    // meant for a seat still reaches it.
    m_banner = new QLabel(m_map);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(183, 28, 28, 235); color: white; padding: 6px; }"));
    m_message = new QLabel(m_map);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_message->setStyleSheet(
        QStringLiteral("QLabel { background: rgba(120, 20, 20, 225); color: white; padding: 6px; }"));
    m_map->installEventFilter(this);
    m_messageTimer = new QTimer(this);
    m_messageTimer->setObjectName(QStringLiteral("messageTimer"));
    m_messageTimer->setSingleShot(true);
    m_messageTimer->setInterval(6000);
    connect(m_messageTimer, &QTimer::timeout, m_message, &QWidget::hide);

    // The show picker.
    m_model = new ShowListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("shows"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The highlighted row is the open show, always: a click opens the show
    // it lands on, the arrow keys move the cursor and Enter opens (never a
    // highlight on one show while the map sells another).
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Tab goes on to the map and the cart, not from cell to cell.
    m_view->setTabKeyNavigation(false);
    m_view->hideColumn(ShowListModel::VenueColumn);
    // Every column shows: the title takes what is left and is shortened
    // with "…" (its full text in the tooltip), the others fit their text.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ShowListModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    m_view->verticalHeader()->hide();
    connect(m_view, &QTableView::clicked, this,
        [this](const QModelIndex &index) { openShow(index.data(ShowListModel::ShowIdRole).toInt()); });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { openShow(index.data(ShowListModel::ShowIdRole).toInt()); });
    m_view->installEventFilter(this);
    auto *showsDock = new QDockWidget(tr("Shows (Ctrl+L)"), this);
    m_showsDock = showsDock;
    showsDock->setObjectName(QStringLiteral("showsDock"));
    showsDock->setWidget(m_view);
    showsDock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    addDockWidget(Qt::LeftDockWidgetArea, showsDock);
    // Wide enough for every column at 1280×800 (the title takes what is left).
    resizeDocks({showsDock}, {500}, Qt::Horizontal);

    buildCartPanel();
    // Tab: shows, map, then the cart panel's fields in their order.
    setTabOrder(m_view, m_map);
    setTabOrder(m_map, m_count);

    m_clerk = new QLabel(this);
    m_clerk->setObjectName(QStringLiteral("clerk"));
    statusBar()->addPermanentWidget(m_clerk);
    m_where = new QLabel(this);
    m_where->setObjectName(QStringLiteral("databaseWhere"));
    statusBar()->addPermanentWidget(m_where);
    m_printer = new QLabel(this);
    m_printer->setObjectName(QStringLiteral("printer"));
    statusBar()->addPermanentWidget(m_printer);

    auto *showsMenu = menuBar()->addMenu(tr("&Shows"));
    auto *refreshAction = showsMenu->addAction(tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *pickAction = showsMenu->addAction(tr("&Pick a show"));
    pickAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(pickAction, &QAction::triggered, this, [this] { m_view->setFocus(); });
    showsMenu->addSeparator();
    auto *signOutAction = showsMenu->addAction(tr("Sign &out…"));
    signOutAction->setObjectName(QStringLiteral("signOutAction"));
    signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    auto *quitAction = showsMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *saleMenu = menuBar()->addMenu(tr("S&ale"));
    auto *bestAction = saleMenu->addAction(tr("Hold &best available"));
    connect(bestAction, &QAction::triggered, this, &MainWindow::holdBest);
    auto *checkoutAction = saleMenu->addAction(tr("&Checkout"));
    checkoutAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(checkoutAction, &QAction::triggered, this, &MainWindow::checkout);
    auto *priceTypeAction = saleMenu->addAction(tr("Next price &type of the selected seats"));
    priceTypeAction->setObjectName(QStringLiteral("nextPriceTypeAction"));
    priceTypeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    connect(priceTypeAction, &QAction::triggered, this, &MainWindow::cyclePriceTypes);
    // From the keyboard alone: the map (arrows, Enter holds), the cart (the
    // arrows and Shift choose seats for Ctrl+T, F2 edits one seat's price
    // type, Del releases), and back to the shows with Ctrl+L.
    auto *mapAction = saleMenu->addAction(tr("Go to the seat &map"));
    mapAction->setObjectName(QStringLiteral("goToMapAction"));
    mapAction->setShortcut(QKeySequence(Qt::Key_F3));
    connect(mapAction, &QAction::triggered, this, [this] { m_map->setFocus(Qt::ShortcutFocusReason); });
    auto *cartAction = saleMenu->addAction(tr("Go to the c&art"));
    cartAction->setObjectName(QStringLiteral("goToCartAction"));
    cartAction->setShortcut(QKeySequence(Qt::Key_F4));
    connect(cartAction, &QAction::triggered, this, [this] { m_cartView->setFocus(Qt::ShortcutFocusReason); });
    auto *extendAction = saleMenu->addAction(tr("&Extend holds"));
    extendAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(extendAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->extendAll();
    });
    auto *releaseAllAction = saleMenu->addAction(tr("Release &all holds"));
    releaseAllAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    connect(releaseAllAction, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->releaseAll();
    });
    auto *ordersAction = saleMenu->addAction(tr("&Orders…"));
    ordersAction->setShortcut(QKeySequence::Find);
    connect(ordersAction, &QAction::triggered, this, &MainWindow::showOrders);
    auto *printAction = saleMenu->addAction(tr("&Print last tickets…"));
    printAction->setShortcut(QKeySequence::Print);
    connect(printAction, &QAction::triggered, this, &MainWindow::previewLastTickets);
    auto *printerAction = saleMenu->addAction(tr("Choose p&rinter…"));
    printerAction->setObjectName(QStringLiteral("choosePrinterAction"));
    connect(printerAction, &QAction::triggered, this, &MainWindow::choosePrinter);

    m_cash = new CashMenu(this);
    connect(m_cash, &CashMenu::failed, this, [this](const QString &message) {
        showMessage(message);
        setStatusText(message);
    });
    // At sign-in: whether a shift is open here, and whose (over the map for
    // a few seconds; the status bar's shift label says it for good).
    connect(m_cash, &CashMenu::notice, this, &MainWindow::showMessage);

    // Shown by role (setStaff).
    m_supervisorMenu = menuBar()->addMenu(tr("Su&pervisor"));
    auto *dashboardAction = m_supervisorMenu->addAction(tr("&Dashboard…"));
    dashboardAction->setShortcut(QKeySequence(Qt::Key_F10));
    connect(dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
    connect(m_supervisorMenu->addAction(tr("&Reports…")), &QAction::triggered, this, &MainWindow::showReports);
    connect(m_supervisorMenu->addAction(tr("&Cash reconciliation…")), &QAction::triggered, this,
        &MainWindow::showReconciliation);
    connect(m_supervisorMenu->addAction(tr("&Audit log…")), &QAction::triggered, this, &MainWindow::showAuditLog);
    auto *signOffAction = m_supervisorMenu->addAction(tr("Cash &sign-off…"));
    signOffAction->setObjectName(QStringLiteral("cashSignOffAction"));
    connect(signOffAction, &QAction::triggered, this, &MainWindow::showCashSignOff);
    m_supervisorMenu->menuAction()->setVisible(false);
    m_managerMenu = menuBar()->addMenu(tr("&Manager"));
    auto *emergencyAction = m_managerMenu->addAction(tr("&Emergency controls…"));
    emergencyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(emergencyAction, &QAction::triggered, this, &MainWindow::showEmergencyPanel);
    auto *venueAction = m_managerMenu->addAction(tr("&Venue settings…"));
    venueAction->setObjectName(QStringLiteral("venueSettingsAction"));
    connect(venueAction, &QAction::triggered, this, &MainWindow::showVenueSettings);
    auto *setupAction = m_managerMenu->addAction(tr("&Set-up…"));
    setupAction->setObjectName(QStringLiteral("setupAction"));
    setupAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(setupAction, &QAction::triggered, this, &MainWindow::showSetup);
    m_managerMenu->menuAction()->setVisible(false);

    auto *timer = new QTimer(this);
    timer->setInterval(10000);
    connect(timer, &QTimer::timeout, this, &MainWindow::refresh);
    timer->start();
    // The Application sets the folder of its database (setTicketFolder).
    m_ticketFolder
        = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/tickets");
    updatePrinterLabel();
    // 1280x800, or the screen's room if it has less (a 1366x768 laptop: the
    // status bar and the checkout button were below its bottom edge).
    const QScreen *s = QGuiApplication::primaryScreen();
    resize(Display::windowSize(QSize(1280, 800), minimumSizeHint(), s ? s->availableGeometry() : QRect()));
}

MainWindow::~MainWindow() = default;

void MainWindow::buildCartPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    // Which night the cart is for: every show may have the same title.
    m_cartShow = new QLabel(panel);
    m_cartShow->setObjectName(QStringLiteral("cartShow"));
    m_cartShow->setWordWrap(true);
    m_cartShow->setTextFormat(Qt::PlainText);
    layout->addWidget(m_cartShow);

    auto *quick = new QHBoxLayout;
    m_count = new QSpinBox(panel);
    m_count->setObjectName(QStringLiteral("bestCount"));
    m_count->setRange(1, 20);
    m_count->setValue(2);
    m_type = new QComboBox(panel);
    m_type->setObjectName(QStringLiteral("bestType"));
    auto *best = new QPushButton(tr("Best available (Enter)"), panel);
    best->setObjectName(QStringLiteral("bestButton"));
    connect(best, &QPushButton::clicked, this, &MainWindow::holdBest);
    quick->addWidget(m_count);
    quick->addWidget(m_type, 1);
    layout->addLayout(quick);
    layout->addWidget(best);

    m_cartView = new QTableView(panel);
    m_cartView->installEventFilter(this);
    m_cartView->setObjectName(QStringLiteral("cart"));
    m_cartView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cartView->verticalHeader()->hide();
    m_cartView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_cartView->setTabKeyNavigation(false);
    m_cartView->setItemDelegateForColumn(CartModel::PriceTypeColumn, new PriceTypeDelegate(m_cartView));
    m_cartView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addWidget(m_cartView, 1);
    m_subtotals = new QLabel(panel);
    m_subtotals->setObjectName(QStringLiteral("cartSubtotals"));
    m_subtotals->setWordWrap(true);
    layout->addWidget(m_subtotals);
    m_total = new QLabel(panel);
    m_total->setObjectName(QStringLiteral("cartTotal"));
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_total->setFont(big);
    layout->addWidget(m_total);
    m_countdown = new QLabel(panel);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    layout->addWidget(m_countdown);
    auto *buttons = new QHBoxLayout;
    auto *release = new QPushButton(tr("Release (Del)"), panel);
    connect(release, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        QList<int> ids;
        for (const QModelIndex &i : m_cartView->selectionModel()->selectedRows())
            ids << i.data(CartModel::SeatIdRole).toInt();
        m_session->releaseSeats(ids);
    });
    auto *extend = new QPushButton(tr("Extend (Ctrl+E)"), panel);
    connect(extend, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->extendAll();
    });
    buttons->addWidget(release);
    buttons->addWidget(extend);
    layout->addLayout(buttons);
    auto *checkoutButton = new QPushButton(tr("Checkout (F9)"), panel);
    checkoutButton->setObjectName(QStringLiteral("checkoutButton"));
    connect(checkoutButton, &QPushButton::clicked, this, &MainWindow::checkout);
    layout->addWidget(checkoutButton);

    auto *dock = new QDockWidget(tr("Cart (F4)"), this);
    dock->setObjectName(QStringLiteral("cartDock"));
    dock->setWidget(panel);
    dock->setFeatures(QDockWidget::NoDockWidgetFeatures);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {320}, Qt::Horizontal);
    updateCartSummary();
}

void MainWindow::setStatusText(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::showStartupError(const QString &message)
{
    m_startupError = message;
    updateStateBanner();
    setStatusText(tr("Not connected"));
}

void MainWindow::updateStateBanner()
{
    // The most pressing state that lasts; passing messages go to m_message.
    QString text;
    if (!m_startupError.isEmpty())
        text = m_startupError;
    else if (m_offline)
        text = tr("Offline: the database cannot be reached. Reconnecting…");
    else if (!m_listError.isEmpty())
        text = m_listError;
    else if (m_session && m_session->showId() > 0 && m_salesState == SalesState::Paused)
        text = tr("Sales of this show are paused by a manager.");
    else if (m_session && m_session->showId() > 0 && m_salesState == SalesState::Closed)
        text = tr("Sales of this show are closed.");
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
    placeBanners();
}

void MainWindow::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
    placeBanners();
    m_messageTimer->start();
}

void MainWindow::placeBanners()
{
    // Over the map, the lasting state first and the passing message under
    // it; the map itself never moves.
    const int width = m_map->width();
    int top = 0;
    // isHidden, not isVisible: placed also while the window is not shown yet.
    if (!m_banner->isHidden()) {
        m_banner->setGeometry(0, 0, width, m_banner->heightForWidth(width));
        m_banner->raise();
        top = m_banner->height();
    }
    if (!m_message->isHidden()) {
        m_message->setGeometry(0, top, width, m_message->heightForWidth(width));
        m_message->raise();
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the show list opens the show, and ends there: a view passes
    // its Enter on to the window after use, where Enter holds seats.
    if ((watched == m_view || watched == m_cartView) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        // F2 in the cart edits the current seat's price type, whichever of
        // its cells is current.
        if (watched == m_cartView && key == Qt::Key_F2 && m_cartView->currentIndex().isValid()) {
            m_cartView->edit(m_cartView->model()->index(m_cartView->currentIndex().row(), CartModel::PriceTypeColumn));
            return true;
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_view && m_view->currentIndex().isValid())
                openShow(m_view->currentIndex().data(ShowListModel::ShowIdRole).toInt());
            return true;
        }
    }
    // The cart reached from the keyboard shows where it is: its first seat
    // current and chosen, unless one is already.
    if (watched == m_cartView && event->type() == QEvent::FocusIn && m_cartView->model()
        && m_cartView->model()->rowCount() > 0 && !m_cartView->currentIndex().isValid()) {
        m_cartView->setCurrentIndex(m_cartView->model()->index(0, 0));
    }
    if (watched == m_map && event->type() == QEvent::Resize)
        placeBanners();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showError(const ServiceError &error)
{
    if (error.code == ErrorCode::SeatConflict && m_session && !error.seats.isEmpty()) {
        m_conflictShow = m_session->showId();
        m_conflictSeats.clear();
        m_conflictLabels.clear();
        for (const SeatIssue &seat : error.seats) {
            m_conflictSeats << seat.seatId;
            m_conflictLabels << seat.label;
        }
        if (m_emergency)
            m_emergency->setSelectedSeats(m_conflictShow, m_conflictSeats, m_conflictLabels);
    }
    showMessage(error.message);
    setStatusText(error.message);
}

void MainWindow::setDatabase(Database *db, const QString &description)
{
    m_db = db;
    // A shared server's description is its whole connection string (a
    // failover formation lists every host): shortened in the middle so the
    // status bar keeps room for its messages; the whole in the tooltip.
    m_where->setText(m_where->fontMetrics().elidedText(description, Qt::ElideMiddle, 280));
    m_where->setToolTip(description);
    refresh();
}

void MainWindow::setCounter(SaleEngine *engine, SeatFeed *feed)
{
    m_engine = engine;
    m_feed = feed;
    delete m_session;
    m_session = new CounterDesk(*m_db, *engine, feed, this);
    m_session->setHoldMinutes(m_holdMinutes);
    m_cash->setOutput(m_ticketFolder, m_printerName);
    m_cash->setCounter(m_db, engine->terminalId(), m_counterName);
    if (feed) {
        // The picker's free seats follow every counter's sales, at most
        // once a second however busy the evening.
        auto *throttle = new QTimer(m_session);
        throttle->setSingleShot(true);
        throttle->setInterval(1000);
        connect(throttle, &QTimer::timeout, this, &MainWindow::refresh);
        connect(feed, &SeatFeed::showTouched, throttle, [throttle] {
            if (!throttle->isActive())
                throttle->start();
        });
    }
    m_map->setModel(m_session->seatMap());
    m_legend->setModel(m_session->seatMap());
    m_cartView->setModel(m_session->cart());
    // Every column shows in the dock, the seat's label whole (what the clerk
    // reads back to the customer); the zone takes what is left, shortened
    // with "…" when it must be (it is in the sub-totals below, whole).
    m_cartView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cartView->horizontalHeader()->setSectionResizeMode(CartModel::ZoneColumn, QHeaderView::Stretch);
    m_cartView->horizontalHeader()->setStretchLastSection(false);
    connect(m_map, &SeatMapView::seatsActivated, m_session,
        [this](const QList<int> &ids, Qt::KeyboardModifiers) { m_session->pickSeats(ids); });
    connect(m_session, &CounterDesk::failed, this, &MainWindow::showError);
    connect(m_session, &CounterDesk::notice, this, &MainWindow::setStatusText);
    connect(m_session, &CounterDesk::sold, this, &MainWindow::onSold);
    connect(m_session->cart(), &CartModel::totalChanged, this, &MainWindow::updateCartSummary);
    connect(m_session->cart(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateCartSummary);
    connect(m_session->cart(), &CartModel::holdExpiring, this, [this](int seconds) {
        setStatusText(tr("A hold ends in %n second(s): extend (Ctrl+E) or check out (F9).", nullptr, seconds));
    });
    connect(m_session->cart(), &CartModel::holdsLapsed, this, [this](const QStringList &labels) {
        showMessage(tr("Hold ended, seat released: %1").arg(labels.join(QStringLiteral(", "))));
    });
    connect(m_session, &CounterDesk::onlineChanged, this, [this](bool online) {
        // "Back" only after having been away: the first connect at start-up
        // is no news.
        const bool wasOffline = m_offline;
        m_offline = !online;
        updateStateBanner();
        if (online && wasOffline) {
            setStatusText(tr("Back online; the seat map was reloaded."));
            reloadAfterOutage();
        }
    });
    connect(m_session, &CounterDesk::salesStateChanged, this, [this](SalesState state) {
        m_salesState = state;
        updateStateBanner();
        if (state == SalesState::OnSale)
            setStatusText(tr("Sales of this show are open again."));
        refresh();
    });
    connect(m_session, &CounterDesk::showOpened, this, [this](int showId, const QString &) {
        updateShowHeader();
        selectOpenShow();
        // The opened show's own sales state, as the show list last read it
        // (the feed tells every change from now on).
        m_salesState = SalesState::OnSale;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, 0);
            if (index.data(ShowListModel::ShowIdRole).toInt() == showId)
                m_salesState = index.data(ShowListModel::SalesStateRole).value<SalesState>();
        }
        updateStateBanner();
        m_type->clear();
        for (const ZoneInfo &z : m_session->seatMap()->layout().zones)
            m_type->addItem(QStringLiteral("%1 · %2").arg(z.name, formatBaht(z.price)), z.ticketType);
        m_map->setFocus();
    });
    connect(m_session, &CounterDesk::sellRefused, this, [this](const ServiceError &error, const SellRequest &request) {
        if (!m_checkout || m_checkout->idempotencyKey() != request.idempotencyKey)
            return; // an answer for a checkout that is gone
        m_checkout->setBusy(false);
        if (error.code == ErrorCode::PossibleDuplicate) {
            // Asked without a nested event loop: this runs in an answer's callback.
            auto *question = new QMessageBox(QMessageBox::Question, tr("Possible duplicate"),
                error.message + QLatin1Char('\n') + tr("Order #%1").arg(error.orderId),
                QMessageBox::Yes | QMessageBox::No, m_checkout);
            question->setDefaultButton(QMessageBox::No);
            question->setAttribute(Qt::WA_DeleteOnClose);
            connect(question, &QMessageBox::finished, this, [this, request](int answer) {
                if (answer != QMessageBox::Yes || !m_checkout || m_checkout->idempotencyKey() != request.idempotencyKey)
                    return;
                SellRequest again = request;
                again.confirmSimilar = true;
                m_checkout->setConfirmSimilar(true);
                m_checkout->setBusy(true);
                m_session->sell(again);
            });
            question->open();
            return;
        }
        m_checkout->showError(error.message);
        if (error.code == ErrorCode::ShiftNotOpen || error.code == ErrorCode::ShiftNotYours)
            m_cash->refresh(); // the status bar's shift follows what the database said
        if (error.code == ErrorCode::ShiftNotOpen)
            offerShiftFor(request);
    });
    // Signed in: the clerk starts on the show list (Enter opens the show
    // under the cursor), not on an empty map.
    if (m_session->showId() <= 0)
        m_view->setFocus();
}

void MainWindow::clearCounter()
{
    delete m_question;
    delete m_checkout;
    delete m_orders;
    m_orders = nullptr;
    for (QWidget *tool : std::initializer_list<QWidget *> {m_dashboard, m_reports, m_reconciliation, m_auditLog,
             m_cashSignOff, m_emergency, m_venueSettings, m_setup})
        delete tool;
    m_cash->clearCounter();
    m_map->setModel(nullptr);
    m_legend->setModel(nullptr);
    m_cartView->setModel(nullptr);
    delete m_session;
    m_session = nullptr;
    m_engine = nullptr;
    m_feed = nullptr;
    m_db = nullptr;
    m_conflictShow = 0;
    m_conflictSeats.clear();
    m_conflictLabels.clear();
    m_lastJob.reset();
    m_model->setShows({});
    m_type->clear();
    updateShowHeader();
    // Nobody signed in: no show's state, no feed to be offline from.
    m_salesState = SalesState::OnSale;
    m_offline = false;
    m_listError.clear();
    updateStateBanner();
    m_message->hide();
    setStaff(StaffMember {});
    updateCartSummary();
    m_map->update();
}

void MainWindow::setCounterName(const QString &name)
{
    m_counterName = name;
    setWindowTitle(tr("%1[*]", "counter name; the application name follows").arg(name));
    if (m_dashboard)
        m_dashboard->setWindowTitle(tr("Supervisor dashboard at %1").arg(m_counterName));
}

void MainWindow::setHoldMinutes(int minutes)
{
    m_holdMinutes = minutes;
    if (m_session)
        m_session->setHoldMinutes(minutes);
}

QList<int> MainWindow::cartSeatIds() const
{
    return m_session ? m_session->cart()->seatIds() : QList<int> {};
}

int MainWindow::currentShowId() const
{
    return m_session ? m_session->showId() : 0;
}

QMessageBox *MainWindow::question() const
{
    return m_question;
}

void MainWindow::offerShiftFor(const SellRequest &request)
{
    // Cash was refused for want of a shift: the clerk counts the float right
    // here, over the checkout, and the same sale (its key unused: nothing
    // was written) goes through once the shift is open.
    OpenShiftDialog *open = m_cash->openShift(m_checkout,
        tr("Cash needs an open shift at this counter. Count the float in the drawer to open one; the sale is then "
           "completed."));
    if (!open)
        return;
    connect(open, &OpenShiftDialog::opened, this, [this, request] {
        if (!m_session || !m_checkout || m_checkout->idempotencyKey() != request.idempotencyKey)
            return;
        m_checkout->showError({});
        m_checkout->setBusy(true);
        setStatusText(tr("Shift open: completing the sale…"));
        m_session->sell(request);
    });
}

void MainWindow::signOut()
{
    if (!m_session || m_question)
        return;
    // The clerk's own shift open: close it now (the blind count), or leave
    // it open for a break; then the cart.
    if (m_cash->ownShiftOpen()) {
        askAboutOpenShift();
        return;
    }
    signOutWithCart();
}

void MainWindow::askAboutOpenShift()
{
    const CashShift &shift = *m_cash->shift();
    m_question = new QMessageBox(QMessageBox::Question, tr("Sign out"),
        tr("Your shift is open (since %1, float %2). Close it now with the blind count, or leave it open for a "
           "break? While it is open, no other clerk can take cash at this counter.")
            .arg(Display::venueTimeText(shift.openedAt, m_cash->timeZone(), Display::TimeStyle::Short),
                formatBaht(shift.floatAmount)),
        QMessageBox::Cancel, this);
    m_question->setObjectName(QStringLiteral("signOutShiftQuestion"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *close = m_question->addButton(tr("&Close the shift (count the drawer)…"), QMessageBox::AcceptRole);
    close->setObjectName(QStringLiteral("closeShiftButton"));
    QPushButton *leave = m_question->addButton(tr("&Leave it open (break)"), QMessageBox::DestructiveRole);
    leave->setObjectName(QStringLiteral("leaveShiftOpenButton"));
    m_question->setDefaultButton(close);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, close, leave](QAbstractButton *button) {
        // After the question has gone (queued): the next step opens a dialog
        // of its own.
        if (button == leave) {
            QMetaObject::invokeMethod(
                this, [this] { signOutWithCart(); }, Qt::QueuedConnection);
        } else if (button == close) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    CloseShiftDialog *count = m_cash->closeShift();
                    if (!count)
                        return;
                    // Closed: the Z report is shown and printed; the sign-out
                    // goes on once the clerk is done with it. Cancelled:
                    // still signed in, the shift open.
                    connect(count, &CloseShiftDialog::closed, this, [this] {
                        if (CashReportDialog *z = m_cash->reportDialog())
                            connect(z, &QDialog::finished, this, &MainWindow::signOutWithCart);
                        else
                            signOutWithCart();
                    });
                },
                Qt::QueuedConnection);
        }
    });
    m_question->open();
}

void MainWindow::signOutWithCart()
{
    if (!m_session)
        return;
    const int seats = int(m_session->cart()->seatIds().size());
    if (seats == 0) {
        Q_EMIT signOutRequested(CartChoice::Release);
        return;
    }
    // open(), not exec(): answers of the database keep coming meanwhile.
    m_question = new QMessageBox(QMessageBox::Question, tr("Sign out"),
        tr("%n seat(s) are held in the cart. Release them, or keep them held for the next clerk at this counter?",
            nullptr, seats),
        QMessageBox::Cancel, this);
    m_question->setObjectName(QStringLiteral("signOutQuestion"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *release = m_question->addButton(tr("&Release the seats"), QMessageBox::DestructiveRole);
    release->setObjectName(QStringLiteral("releaseButton"));
    QPushButton *handOver = m_question->addButton(tr("&Hand over to the next clerk"), QMessageBox::AcceptRole);
    handOver->setObjectName(QStringLiteral("handOverButton"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, release, handOver](QAbstractButton *button) {
        if (button == release)
            Q_EMIT signOutRequested(CartChoice::Release);
        else if (button == handOver)
            Q_EMIT signOutRequested(CartChoice::HandOver);
    });
    m_question->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int seats = m_session ? int(m_session->cart()->seatIds().size()) : 0;
    if (m_closeAgreed || seats == 0) {
        QMainWindow::closeEvent(event);
        Q_EMIT closing();
        return;
    }
    event->ignore();
    if (m_question)
        return;
    m_question = new QMessageBox(QMessageBox::Question, tr("Quit"),
        tr("%n seat(s) are held in the cart. Quit and release them?", nullptr, seats), QMessageBox::Cancel, this);
    m_question->setObjectName(QStringLiteral("quitQuestion"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *quit = m_question->addButton(tr("&Release and quit"), QMessageBox::DestructiveRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *button) {
        if (button != quit)
            return;
        m_closeAgreed = true;
        // After the question has gone: closing from its own click would
        // close the window under the message box's handler.
        QMetaObject::invokeMethod(
            this, [this] { close(); }, Qt::QueuedConnection);
    });
    m_question->open();
}

void MainWindow::setClerk(int clerkId, const QString &name)
{
    m_clerkId = clerkId;
    m_clerk->setText(name.isEmpty() ? QString() : tr("Clerk: %1").arg(name));
}

void MainWindow::setStaff(const StaffMember &member)
{
    m_staff = member;
    setClerk(member.id, member.displayName);
    const bool manager = member.role == StaffRole::Manager;
    const bool supervisor = manager || member.role == StaffRole::Supervisor;
    m_supervisorMenu->menuAction()->setVisible(supervisor);
    m_managerMenu->menuAction()->setVisible(manager);
    // Whose shift is open at this counter, and may they close another's.
    m_cash->setStaff(member.id, supervisor);
    // A role taken away closes its tools.
    if (!supervisor) {
        for (QWidget *tool : std::initializer_list<QWidget *> {m_dashboard, m_reports, m_reconciliation, m_auditLog})
            delete tool;
    }
    if (!manager) {
        delete m_emergency;
        delete m_venueSettings;
        delete m_setup;
    }
    if (m_orders)
        m_orders->setCancelOnlyOrdersOf(supervisor ? 0 : member.id);
}

SupervisorDashboard *MainWindow::showDashboard()
{
    if (!m_db || !m_supervisorMenu->menuAction()->isVisible())
        return nullptr;
    if (!m_dashboard) {
        // A window of its own: supervisors keep it on a second screen.
        m_dashboard = new SupervisorDashboard(*m_db, this);
        m_dashboard->setWindowFlag(Qt::Window);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        // The application's name follows on its own (applicationDisplayName).
        m_dashboard->setWindowTitle(tr("Supervisor dashboard at %1").arg(m_counterName));
        m_dashboard->resizeToFit(QSize(1280, 860)); // a laptop's 768 or 800 px too
        if (m_feed)
            connect(m_feed, &SeatFeed::jobBroadcast, m_dashboard, &SupervisorDashboard::refresh);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

ReportsDialog *MainWindow::showReports()
{
    if (!m_db || !m_supervisorMenu->menuAction()->isVisible())
        return nullptr;
    if (!m_reports) {
        m_reports = new ReportsDialog(*m_db, this);
        m_reports->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reports->show();
    m_reports->raise();
    return m_reports;
}

ReconciliationDialog *MainWindow::showReconciliation()
{
    if (!m_db || !m_supervisorMenu->menuAction()->isVisible())
        return nullptr;
    if (!m_reconciliation) {
        m_reconciliation
            = new ReconciliationDialog(*m_db, m_staff.username, m_engine ? m_engine->terminalId() : 0, this);
        m_reconciliation->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reconciliation->show();
    m_reconciliation->raise();
    return m_reconciliation;
}

CashSignOffDialog *MainWindow::showCashSignOff()
{
    if (!m_db || !m_supervisorMenu->menuAction()->isVisible())
        return nullptr;
    if (!m_cashSignOff) {
        m_cashSignOff = new CashSignOffDialog(m_db, this);
        m_cashSignOff->setAttribute(Qt::WA_DeleteOnClose);
        m_cashSignOff->setFolder(m_ticketFolder);
    }
    m_cashSignOff->show();
    m_cashSignOff->raise();
    return m_cashSignOff;
}

AuditLogDialog *MainWindow::showAuditLog()
{
    if (!m_db || !m_supervisorMenu->menuAction()->isVisible())
        return nullptr;
    if (!m_auditLog) {
        m_auditLog = new AuditLogDialog(*m_db, this);
        m_auditLog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_auditLog->show();
    m_auditLog->raise();
    return m_auditLog;
}

EmergencyPanel *MainWindow::showEmergencyPanel()
{
    if (!m_db || !m_managerMenu->menuAction()->isVisible())
        return nullptr;
    if (!m_emergency) {
        m_emergency = new EmergencyPanel(*m_db, m_staff.username, this);
        m_emergency->setActorName(m_staff.displayName);
        m_emergency->setAttribute(Qt::WA_DeleteOnClose);
        if (m_session && m_session->showId() > 0)
            m_emergency->setCurrentShow(m_session->showId());
        if (!m_conflictSeats.isEmpty())
            m_emergency->setSelectedSeats(m_conflictShow, m_conflictSeats, m_conflictLabels);
        if (m_feed) {
            // What the panel would touch follows every counter's holds.
            connect(m_feed, &SeatFeed::seatsChanged, m_emergency, [panel = m_emergency](int showId) {
                if (showId == panel->currentShowId())
                    panel->refreshPreview();
            });
            connect(m_feed, &SeatFeed::salesStateChanged, m_emergency, &EmergencyPanel::reloadShows);
        }
    }
    m_emergency->show();
    m_emergency->raise();
    return m_emergency;
}

VenueSettingsDialog *MainWindow::showVenueSettings()
{
    if (!m_db || !m_managerMenu->menuAction()->isVisible())
        return nullptr;
    if (!m_venueSettings) {
        m_venueSettings = new VenueSettingsDialog(*m_db, this);
        m_venueSettings->setAttribute(Qt::WA_DeleteOnClose);
        // This counter offers PromptPay as soon as its id is set.
        connect(m_venueSettings, &VenueSettingsDialog::saved, this, &MainWindow::refresh);
    }
    m_venueSettings->show();
    m_venueSettings->raise();
    m_venueSettings->activateWindow();
    return m_venueSettings;
}

SetupWindow *MainWindow::showSetup()
{
    if (!m_db || !m_managerMenu->menuAction()->isVisible())
        return nullptr;
    if (!m_setup) {
        // A window of its own (not a dialog over the map): a manager sets up
        // next week's shows while the counter goes on selling.
        m_setup = new SetupWindow(*m_db, this);
        m_setup->setWindowFlag(Qt::Window);
        m_setup->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_setup, &SetupWindow::changed, this, &MainWindow::refresh);
    }
    m_setup->show();
    m_setup->raise();
    m_setup->activateWindow();
    return m_setup;
}

void MainWindow::refresh()
{
    if (!m_db || m_loading)
        return;
    m_loading = true;
    m_db->run([](Database &db) { return ShowCatalog::comingShows(db); })
        .then(this, [this](const Result<QList<ShowSummary>> &r) {
            m_loading = false;
            // A database that cannot be reached is a state (it lasts until a
            // refresh gets through), anything else a passing message.
            const QString unreachable
                = !r && r.code() == ErrorCode::DatabaseUnavailable ? r.error().message : QString();
            if (unreachable != m_listError) {
                m_listError = unreachable;
                updateStateBanner();
            }
            if (!r) {
                if (unreachable.isEmpty())
                    showError(r.error());
                return;
            }
            // The cursor stays on its show and the highlight on the open
            // show, by id: a show that has passed moves the rows up.
            const int cursorShow = m_view->currentIndex().data(ShowListModel::ShowIdRole).toInt();
            m_model->setShows(r.value());
            if (!r->isEmpty())
                m_cash->setTimeZone(r->first().timeZone); // the counter's venue
            const int cursorRow = m_model->rowOfShow(cursorShow);
            if (cursorRow >= 0 || m_model->rowCount() > 0)
                m_view->selectionModel()->setCurrentIndex(
                    m_model->index(std::max(cursorRow, 0), 0), QItemSelectionModel::NoUpdate);
            selectOpenShow();
            if (m_session && m_session->showId() > 0)
                updateShowHeader();
            int onSale = 0;
            for (const ShowSummary &show : r.value())
                onSale += ShowCatalog::selling(show) ? 1 : 0;
            // Not in the status bar: a periodic refresh would wipe the last
            // sale's result there, which stays until the clerk's next action.
            m_showsDock->setWindowTitle(tr("Shows (%n on sale)", nullptr, onSale));
            Q_EMIT showsLoaded(int(r->size()));
        });
}

void MainWindow::openShow(int showId)
{
    if (!m_session || showId <= 0 || m_question)
        return;
    // A cancelled show is never sold again: it is not opened at the counter.
    if (const ShowSummary *show = m_model->show(m_model->rowOfShow(showId)); show && show->cancelled) {
        setStatusText(tr("%1 is cancelled: its seats cannot be held or sold.").arg(show->title));
        selectOpenShow();
        return;
    }
    if (showId == m_session->showId() && m_session->seatMap()->layout().showId == showId) {
        selectOpenShow(); // already open: back to its seats
        m_map->setFocus();
        return;
    }
    const int seats = int(m_session->cart()->seatIds().size());
    if (seats == 0) {
        switchToShow(showId);
        return;
    }
    // A click lands on a show easily: the cart's holds are not let go
    // without asking. Asked with open(): the feed's answers keep coming.
    const int row = m_model->rowOfShow(showId);
    const ShowSummary *other = m_model->show(row);
    const QString otherText = other ? tr("%1, %2", "show title, date and time")
                                          .arg(other->title, Display::venueTimeText(other->startsAt, other->timeZone))
                                    : tr("the other show");
    m_question = new QMessageBox(QMessageBox::Question, tr("Open another show"),
        tr("%n seat(s) of this show are held in the cart. Release them and open %1?", nullptr, seats).arg(otherText),
        QMessageBox::Cancel, this);
    m_question->setObjectName(QStringLiteral("switchShowQuestion"));
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *release = m_question->addButton(tr("&Release and open"), QMessageBox::DestructiveRole);
    release->setObjectName(QStringLiteral("releaseAndOpenButton"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    connect(m_question, &QMessageBox::buttonClicked, this, [this, release, showId](QAbstractButton *button) {
        if (button == release && m_session) {
            m_session->releaseAll();
            switchToShow(showId);
        }
    });
    // Whatever the answer, the highlight is the open show's again.
    connect(m_question, &QMessageBox::finished, this, &MainWindow::selectOpenShow);
    m_question->open();
}

void MainWindow::switchToShow(int showId)
{
    m_session->openShow(showId);
    updateShowHeader();
    selectOpenShow();
}

void MainWindow::selectOpenShow()
{
    const int row = m_session ? m_model->rowOfShow(m_session->showId()) : -1;
    if (row < 0) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    m_view->selectionModel()->select(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

QString MainWindow::openShowText() const
{
    if (!m_session || m_session->showId() <= 0)
        return {};
    const VenueLayout &layout = m_session->seatMap()->layout();
    if (layout.showId == m_session->showId()) {
        return tr("%1, %2", "show title, date and time")
            .arg(layout.showTitle, Display::venueTimeText(layout.startsAt, layout.timeZone));
    }
    // Still loading (or it failed): what the list knows of it.
    if (const ShowSummary *s = m_model->show(m_model->rowOfShow(m_session->showId()))) {
        return tr("%1, %2", "show title, date and time")
            .arg(s->title, Display::venueTimeText(s->startsAt, s->timeZone));
    }
    return {};
}

void MainWindow::updateShowHeader()
{
    const QString text = openShowText();
    const bool loaded
        = m_session && m_session->showId() > 0 && m_session->seatMap()->layout().showId == m_session->showId();
    if (text.isEmpty())
        m_showTitle->setText(tr("Pick a show (Enter)"));
    else
        m_showTitle->setText(loaded ? text : tr("Opening %1…").arg(text));
    m_cartShow->setText(text.isEmpty() ? QString() : tr("For %1").arg(text));
}

void MainWindow::reloadAfterOutage()
{
    // Whatever said "cannot be reached" while the database was away asks
    // again now that it is back.
    refresh();
    if (m_dashboard)
        m_dashboard->refresh();
    if (m_reports)
        m_reports->refresh();
    if (m_reconciliation)
        m_reconciliation->refresh();
    if (m_auditLog)
        m_auditLog->search();
    if (m_emergency)
        m_emergency->reloadShows();
}

void MainWindow::holdBest()
{
    if (!m_session || m_type->currentIndex() < 0)
        return;
    m_session->holdBestAvailable(m_count->value(), m_type->currentData().toString());
}

void MainWindow::updateCartSummary()
{
    if (!m_session) {
        m_total->setText(formatBaht(0));
        m_subtotals->clear();
        return;
    }
    CartModel *cart = m_session->cart();
    m_total->setText(tr("Total %1").arg(formatBaht(cart->total())));
    QStringList lines;
    for (const CartSubtotal &s : cart->subtotals()) {
        lines << tr("%1 · %2 × %n: %3", nullptr, s.count)
                     .arg(s.zoneName.isEmpty() ? s.ticketType : s.zoneName, s.priceTypeName, formatBaht(s.amount));
    }
    m_subtotals->setText(lines.join(QLatin1Char('\n')));
    const int left = cart->secondsLeft();
    m_countdown->setText(
        left < 0 ? QString() : tr("Held for %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
    m_countdown->setStyleSheet(
        left >= 0 && left <= CartModel::WarnSeconds ? QStringLiteral("color: #b71c1c;") : QString());
}

void MainWindow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (key >= Qt::Key_1 && key <= Qt::Key_9 && !(event->modifiers() & ~Qt::KeypadModifier)) {
        m_count->setValue(key - Qt::Key_0);
        setStatusText(tr("%n seat(s): Enter holds the best available, PgUp/PgDn change the ticket type.", nullptr,
            m_count->value()));
        return;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        holdBest();
        return;
    }
    if ((key == Qt::Key_PageUp || key == Qt::Key_PageDown) && m_type->count() > 0) {
        const int step = key == Qt::Key_PageDown ? 1 : -1;
        m_type->setCurrentIndex((m_type->currentIndex() + step + m_type->count()) % m_type->count());
        return;
    }
    if (key == Qt::Key_Delete && m_session) {
        const int row = m_map->focusRow();
        if (row >= 0 && m_session->seatMap()->isMine(row))
            m_session->releaseSeats({m_session->seatMap()->seatId(row)});
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::checkout()
{
    if (!m_session || m_checkout)
        return;
    CartModel *cart = m_session->cart();
    if (cart->rowCount() == 0) {
        setStatusText(tr("The cart is empty: pick seats first."));
        return;
    }
    m_approvalToken = QUuid();
    const PriceApproval needed = cart->approvalNeeded();
    if (needed == PriceApproval::None) {
        openCheckout();
        return;
    }
    if (m_approvalDialog)
        return;
    // A comp or a deep discount: a supervisor approves before anything is sold.
    // Only the seats that need it: a Standard seat beside a comp is not the
    // supervisor's business.
    QStringList priced;
    for (const CartSubtotal &s : cart->subtotals()) {
        if (s.approval != PriceApproval::None)
            priced << tr("%1 %2 × %3").arg(s.zoneName, s.priceTypeName).arg(s.count);
    }
    const QString purpose = needed == PriceApproval::Comp
        ? tr("This sale has free tickets (%1): a supervisor must approve them.").arg(priced.join(QStringLiteral(", ")))
        : tr("This sale has discounted tickets (%1): a supervisor must approve them.")
              .arg(priced.join(QStringLiteral(", ")));
    m_approvalDialog = ApprovalDialog::forPrice(*m_db, m_engine ? m_engine->terminalId() : 0, purpose, this);
    m_approvalDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_approvalDialog, &ApprovalDialog::approved, this, [this](const Approval &approval) {
        m_approvalToken = approval.token;
        setStatusText(tr("Approved by %1.").arg(approval.approvedBy));
        openCheckout();
    });
    m_approvalDialog->open();
}

void MainWindow::openCheckout()
{
    if (!m_session || m_checkout)
        return;
    CartModel *cart = m_session->cart();
    QStringList labels;
    for (int r = 0; r < cart->rowCount(); ++r)
        labels << cart->index(r, CartModel::SeatColumn).data().toString();
    m_checkout = new CheckoutDialog(cart->total(), labels, this);
    m_checkout->setShowText(openShowText());
    m_checkout->setAttribute(Qt::WA_DeleteOnClose);
    m_checkout->setPromptPayId(promptPayIdOfOpenShow());
    connect(m_checkout, &QDialog::finished, this, [this, dialog = m_checkout.data()] {
        if (m_checkout == dialog)
            m_checkout.clear();
    });
    connect(m_checkout, &CheckoutDialog::confirmed, this, [this] {
        m_checkout->setBusy(true);
        m_checkout->showError({});
        SellRequest request = m_checkout->request();
        request.clerkId = m_clerkId;
        request.approval = m_approvalToken;
        m_session->sell(request);
    });
    m_checkout->open();
}

void MainWindow::cyclePriceTypes()
{
    if (!m_session)
        return;
    CartModel *cart = m_session->cart();
    QList<int> rows;
    for (const QModelIndex &i : m_cartView->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty()) {
        for (int r = 0; r < cart->rowCount(); ++r)
            rows << r;
    }
    if (rows.isEmpty()) {
        setStatusText(tr("The cart is empty: pick seats first."));
        return;
    }
    if (cart->cyclePriceType(rows) == 0) {
        // Said, not silent: the show sells these seats at Standard only. Over
        // the map too: the status bar's left part is too narrow for it.
        const QString why = tr("This show sells these seats at one price type only. A manager adds others "
                               "(Thai resident, Child, Comp…) under Set-up → Shows and prices.");
        showMessage(why);
        setStatusText(why);
    }
}

TicketJob MainWindow::ticketJob(const Order &order) const
{
    // The order's answer carries all a ticket prints (order_json).
    TicketJob job;
    job.order = order;
    if (m_session) {
        for (const PriceTypeInfo &t : m_session->cart()->priceList().types)
            job.priceTypeNames.insert(t.code, t.name());
    }
    return job;
}

void MainWindow::onSold(const Order &order)
{
    TicketJob job = ticketJob(order);
    if (m_checkout) {
        job.tendered = m_checkout->tendered().value_or(Money());
        m_checkout->accept(); // finished() lets it go
    }
    deliverTickets(job, [id = order.id, total = formatBaht(order.total)](const QString &tickets) {
        return tr("Order #%1 sold: %2. %3").arg(id).arg(total, tickets);
    });
    Q_EMIT orderSold(order.id);
    refresh();
}

void MainWindow::showOrders()
{
    if (!m_session)
        return;
    if (!m_orders) {
        m_orders = new OrdersDialog(m_session, this);
        const bool plainClerk = m_staff.role == StaffRole::Clerk;
        m_orders->setCancelOnlyOrdersOf(plainClerk ? m_staff.id : 0);
        connect(m_orders, &OrdersDialog::orderChanged, this, [this] { refresh(); });
        connect(m_orders, &OrdersDialog::reprintRequested, this, [this](const Order &order) {
            deliverTickets(ticketJob(order),
                [id = order.id](const QString &tickets) { return tr("Order #%1 reprinted. %2").arg(id).arg(tickets); });
        });
        connect(m_orders, &OrdersDialog::replaceLostRequested, this, [this](const Order &order) {
            TicketJob job = ticketJob(order);
            job.replaceLost = true;
            deliverTickets(job, [id = order.id](const QString &tickets) {
                return tr("Order #%1: new tickets; the lost ones no longer admit. %2").arg(id).arg(tickets);
            });
        });
        connect(m_orders, &OrdersDialog::receiptRequested, this, [this](const Order &order) {
            TicketJob job = ticketJob(order);
            job.receiptOnly = true;
            deliverTickets(job, [id = order.id](const QString &tickets) {
                return tr("Order #%1 changed; its receipt printed again. %2").arg(id).arg(tickets);
            });
        });
    }
    m_orders->show();
    m_orders->raise();
    m_orders->searchEdit()->setFocus();
    m_orders->searchEdit()->selectAll();
}

QString MainWindow::promptPayIdOfOpenShow() const
{
    if (!m_session || m_session->showId() <= 0)
        return {};
    // The show list is read again every few seconds: a manager's new id
    // is offered from the next refresh on.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (const ShowSummary *show = m_model->show(row); show && show->id == m_session->showId())
            return show->promptPayId;
    }
    return m_session->seatMap()->layout().promptPayId;
}

void MainWindow::setPrinterSettings(QSettings *settings, const QString &key)
{
    m_printerSettings = settings;
    m_printerKey = key;
    m_printerChosen = settings && settings->contains(key);
    m_printerName = m_printerChosen ? settings->value(key).toString() : QString();
    updatePrinterLabel();
}

bool MainWindow::printerAvailable() const
{
    return !m_printerName.isEmpty() && QPrinterInfo::availablePrinterNames().contains(m_printerName);
}

void MainWindow::updatePrinterLabel()
{
    if (!m_printerChosen)
        m_printer->setText(tr("No printer chosen: PDF only"));
    else if (m_printerName.isEmpty())
        m_printer->setText(tr("PDF only"));
    else if (!printerAvailable())
        m_printer->setText(tr("Printer %1 not found: PDF only").arg(m_printerName));
    else
        m_printer->setText(tr("Printer: %1").arg(m_printerName));
    m_printer->setToolTip(tr("Sale → Choose printer… sets where this counter prints its tickets."));
}

PrinterDialog *MainWindow::choosePrinter()
{
    if (m_printerDialog) {
        m_printerDialog->raise();
        return m_printerDialog;
    }
    m_printerDialog = new PrinterDialog(
        m_printerName, QPrinterInfo::availablePrinterNames(), QPrinterInfo::defaultPrinterName(), this);
    m_printerDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_printerDialog, &QDialog::accepted, this, [this, dialog = m_printerDialog.data()] {
        m_printerName = dialog->chosenPrinter();
        m_printerChosen = true;
        m_cash->setOutput(m_ticketFolder, m_printerName);
        if (m_printerSettings) {
            m_printerSettings->setValue(m_printerKey, m_printerName);
            m_printerSettings->sync();
        }
        updatePrinterLabel();
        setStatusText(m_printerName.isEmpty() ? tr("Tickets will be saved as PDF only.")
                                              : tr("Tickets will be printed on %1.").arg(m_printerName));
    });
    m_printerDialog->open();
    return m_printerDialog;
}

void MainWindow::deliverTickets(const TicketJob &job, std::function<QString(const QString &)> say)
{
    // A ticket's QR code and short code are its seat's ticket code (issue
    // 13, docs/GATE.md), which only this printing gets from the database
    // (a reprint is audited there): fetched on a worker, then printed.
    if (job.receiptOnly || !m_db || job.order.status != OrderStatus::Paid) {
        printTickets(job, std::move(say));
        return;
    }
    const qint64 orderId = job.order.id;
    const bool lost = job.replaceLost;
    m_db->run([orderId, lost](Database &db) { return Gate::ticketCodes(db, orderId, lost); })
        .then(this, [this, job, say](const Result<TicketCodes> &codes) {
            TicketJob coded = job;
            if (!codes) {
                // Printed all the same (the receipt is needed), each ticket
                // saying it is not valid for entry; the clerk is told why.
                const QString problem
                    = tr("The tickets have no entry codes (%1): reprint them.").arg(codes.error().message);
                printTickets(coded, [say, problem](const QString &tickets) { return say(problem + u' ' + tickets); });
                return;
            }
            for (SeatRef &seat : coded.order.seats) {
                for (const TicketCode &t : codes->tickets) {
                    if (t.seatId == seat.id && !seat.returned)
                        seat.ticketCode = t.code;
                }
            }
            printTickets(coded, say);
        });
}

void MainWindow::printTickets(const TicketJob &job, std::function<QString(const QString &)> say)
{
    m_lastJob = job;
    m_lastTicketFile.clear();
    const qint64 orderId = job.order.id;
    QString fontError;
    if (!TicketPrinter::loadFonts(&fontError)) {
        // Neither the PDF nor the printer would get readable tickets.
        setStatusText(say(fontError));
        Q_EMIT ticketsDelivered(orderId, {});
        return;
    }
    QDir().mkpath(m_ticketFolder);
    // A receipt printed again after a return is a file of its own: the
    // order's tickets stay in order-N.pdf.
    const QString file = QDir(m_ticketFolder)
                             .filePath(job.receiptOnly ? QStringLiteral("order-%1-receipt.pdf").arg(orderId)
                                                       : QStringLiteral("order-%1.pdf").arg(orderId));
    // No printer, or one the system does not know: the PDF is the ticket,
    // said in the status bar (and the printer's label), not in a box at
    // every sale. A printer: straight to it, no dialog.
    std::shared_ptr<QPrinter> printer;
    if (printerAvailable()) {
        printer = std::make_shared<QPrinter>(QPrinterInfo::printerInfo(m_printerName), QPrinter::HighResolution);
        printer->setPageSize(QPageSize(QPageSize::A5));
        printer->setDocName(tr("Order %1").arg(orderId));
    } else {
        updatePrinterLabel();
    }
    const QString printerName = printer ? m_printerName : QString();
    const bool chosen = m_printerChosen;
    const QString missing = m_printerName;
    setStatusText(say(printer ? tr("Printing the tickets on %1…").arg(printerName) : tr("Saving the tickets…")));

    // Painting a few pages takes a tenth of a second or more: on a worker
    // (QPainter may paint a QPdfWriter or QPrinter there, text included
    // since Qt 6; the fonts were added above, on this thread), so the map
    // and the next hold are not kept waiting.
    auto work = [job, file, printer] {
        TicketOutcome o;
        o.saved = TicketPrinter::writePdf(job, file, &o.error);
        if (printer) {
            TicketPrinter::paint(*printer, job);
            o.printed = printer->printerState() != QPrinter::Error;
        }
        return o;
    };
    auto done = [this, orderId, file, printerName, chosen, missing, say = std::move(say)](const TicketOutcome &o) {
        m_lastTicketFile = o.saved ? file : QString();
        const QString pdf = QDir::toNativeSeparators(file);
        QString how;
        if (printerName.isEmpty()) {
            if (!o.saved)
                how = o.error;
            else if (!chosen)
                how = tr("No printer chosen: tickets saved as PDF only: %1").arg(pdf);
            else if (missing.isEmpty())
                how = tr("Tickets saved as PDF: %1").arg(pdf);
            else
                how = tr("Printer %1 not found: tickets saved as PDF only: %2").arg(missing, pdf);
        } else if (!o.saved) {
            how = o.printed ? tr("Tickets sent to %1. %2").arg(printerName, o.error)
                            : tr("Printer %1 did not take the tickets. %2").arg(printerName, o.error);
        } else {
            how = o.printed ? tr("Tickets sent to %1; PDF: %2").arg(printerName, pdf)
                            : tr("Printer %1 did not take the tickets: saved as PDF only: %2").arg(printerName, pdf);
        }
        setStatusText(say(how));
        Q_EMIT ticketsDelivered(orderId, m_lastTicketFile);
    };
    QtConcurrent::run(m_printPool.get(), std::move(work)).then(this, std::move(done));
}

QDialog *MainWindow::previewLastTickets()
{
    if (!m_lastJob) {
        setStatusText(tr("No tickets printed yet at this counter."));
        return nullptr;
    }
    // Not exec(): a sale's answer may come meanwhile, and a nested event
    // loop would run it inside. The printer lives as long as the
    // connection that paints on it, which goes with the dialog.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    if (printerAvailable())
        printer->setPrinterName(m_printerName);
    printer->setPageSize(QPageSize(QPageSize::A5));
    auto *preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setObjectName(QStringLiteral("ticketPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, this,
        [job = *m_lastJob, printer](QPrinter *p) { TicketPrinter::paint(*p, job); });
    preview->open();
    return preview;
}

} // namespace boxoffice
