#pragma once

#include "checkoutdialog.h"
#include "domain.h"
#include "ticketprinter.h"

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <optional>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QTimer;

namespace boxoffice {

class OrdersDialog;
class CounterSession;
class Database;
class SaleEngine;
class SeatFeed;
class SeatMapView;
class ShowListModel;
struct ServiceError;

// The counter: coming shows on the left, the live seat map in the middle,
// the cart on the right. Keyboard first — 2, Enter holds the two best
// RINGSIDE seats, F9 checks out, Enter confirms (exact cash).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setStatusText(const QString &text);
    void showStartupError(const QString &message);
    // Starts using the database for the show list (not owned).
    void setDatabase(Database *db, const QString &description);
    // Starts selling: the engine and the feed of this counter (not owned).
    void setCounter(SaleEngine *engine, SeatFeed *feed);
    // The signed-in clerk, recorded on every sale.
    void setClerk(int clerkId, const QString &name);
    int clerkId() const { return m_clerkId; }
    void refresh();
    void openShow(int showId);
    void checkout();
    // Orders: find, cancel, change seats, reprint (Ctrl+F).
    void showOrders();

    // Where tickets are written (a folder); PDFs are named order-N.pdf.
    void setTicketFolder(const QString &folder) { m_ticketFolder = folder; }
    QString lastTicketFile() const { return m_lastTicketFile; }
    void setPrintPreviewEnabled(bool enabled) { m_printPreview = enabled; }

    ShowListModel *showModel() const { return m_model; }
    QTableView *showView() const { return m_view; }
    SeatMapView *seatMapView() const { return m_map; }
    CounterSession *session() const { return m_session; }
    CheckoutDialog *checkoutDialog() const { return m_checkout; }
    OrdersDialog *ordersDialog() const { return m_orders; }
    QLabel *banner() const { return m_banner; }

Q_SIGNALS:
    void showsLoaded(int count);
    void orderSold(qint64 orderId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void buildCartPanel();
    void updateCartSummary();
    void showError(const ServiceError &error);
    void onSold(const Order &order);
    void holdBest();
    void printPreview(const TicketJob &job);
    TicketJob ticketJob(const Order &order) const;

    Database *m_db = nullptr;
    SaleEngine *m_engine = nullptr;
    CounterSession *m_session = nullptr;
    ShowListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    SeatMapView *m_map = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_where = nullptr;
    QLabel *m_showTitle = nullptr;
    QTableView *m_cartView = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_countdown = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_type = nullptr;
    // The open checkout; cleared as soon as it is done with (its deferred
    // deletion may come after the next checkout has opened).
    QPointer<CheckoutDialog> m_checkout;
    OrdersDialog *m_orders = nullptr;
    QTimer *m_bannerTimer = nullptr;
    QString m_ticketFolder;
    QString m_lastTicketFile;
    std::optional<TicketJob> m_lastJob;
    bool m_printPreview = true;
    int m_clerkId = 0;
    QLabel *m_clerk = nullptr;
    bool m_loading = false;
    bool m_offline = false;
};

} // namespace boxoffice
