#include "mainwindow.h"

#include "database.h"
#include "showcatalog.h"
#include "showlistmodel.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QKeySequence>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Box Office"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setWordWrap(true);
    m_banner->setVisible(false);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #b71c1c; color: white; padding: 6px; }"));
    layout->addWidget(m_banner);
    m_model = new ShowListModel(this);
    m_view = new QTableView(central);
    m_view->setObjectName(QStringLiteral("shows"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view);
    setCentralWidget(central);

    m_where = new QLabel(this);
    statusBar()->addPermanentWidget(m_where);

    auto *showsMenu = menuBar()->addMenu(tr("&Shows"));
    auto *refreshAction = showsMenu->addAction(tr("&Refresh"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    auto *quitAction = showsMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    auto *timer = new QTimer(this);
    timer->setInterval(10000);
    connect(timer, &QTimer::timeout, this, &MainWindow::refresh);
    timer->start();
    resize(960, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::setStatusText(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::showStartupError(const QString &message)
{
    m_banner->setText(message);
    m_banner->setVisible(true);
    setStatusText(tr("Not connected"));
}

void MainWindow::setDatabase(Database *db, const QString &description)
{
    m_db = db;
    m_where->setText(description);
    refresh();
}

void MainWindow::refresh()
{
    if (!m_db || m_loading)
        return;
    m_loading = true;
    auto *watcher = new QFutureWatcher<Result<QList<ShowSummary>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_loading = false;
        const Result<QList<ShowSummary>> r = watcher->result();
        if (!r) {
            m_banner->setText(r.error().message);
            m_banner->setVisible(true);
            return;
        }
        m_banner->setVisible(false);
        m_model->setShows(r.value());
        setStatusText(tr("%n show(s) on sale", nullptr, int(r->size())));
        Q_EMIT showsLoaded(int(r->size()));
    });
    Database *db = m_db;
    watcher->setFuture(QtConcurrent::run([db] { return ShowCatalog::comingShows(*db); }));
}

} // namespace boxoffice
