#pragma once

#include "admin/staffdirectory.h"
#include "counter/approvaldialog.h"
#include "counter/checkoutdialog.h"
#include "counter/ticketprinter.h"
#include "sale/domain.h"

#include <QtCore/QPointer>
#include <QtWidgets/QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QMessageBox;
class QSettings;
class QSpinBox;
class QTableView;
class QThreadPool;
class QTimer;

namespace boxoffice {

class AuditLogDialog;
class CashMenu;
class CashSignOffDialog;
class CounterDesk;
class EmergencyPanel;
class OrdersDialog;
class PrinterDialog;
class ReconciliationDialog;
class ReportsDialog;
class SupervisorDashboard;
class SetupWindow;
class VenueSettingsDialog;
class Database;
class SaleEngine;
class SeatFeed;
class SeatMapLegend;
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

    // What happens to the seats in the cart when the clerk signs out.
    enum class CartChoice { Release, HandOver };
    Q_ENUM(CartChoice)

    void setStatusText(const QString &text);
    // The counter's name: the window's title (the application's name
    // follows it, from applicationDisplayName).
    void setCounterName(const QString &name);
    void showStartupError(const QString &message);
    // Starts using the database for the show list (not owned).
    void setDatabase(Database *db, const QString &description);
    // Starts selling: the engine and the feed of this counter (not owned).
    void setCounter(SaleEngine *engine, SeatFeed *feed);
    // Signed out: the counter's session, its tools and the show list go (the
    // engine, feed and database are the caller's and go after this).
    void clearCounter();
    // Holds last this long (minutes), now and for the next sign-ins.
    void setHoldMinutes(int minutes);
    // The seats in this counter's cart, and the show they are of (0: none).
    QList<int> cartSeatIds() const;
    int currentShowId() const;
    // Sign out (Ctrl+Shift+L): with the clerk's own shift open they are
    // asked to close it (the blind count, then the Z report) or leave it
    // open for a break (or to stay); with seats in the cart, to release them
    // or hand them over to the next clerk at this counter (or to stay); then
    // signOutRequested says which.
    void signOut();
    // The signed-in clerk, recorded on every sale.
    void setClerk(int clerkId, const QString &name);
    // The signed-in staff member: the clerk of every sale, and the tools of
    // their role — supervisors and managers get the Supervisor menu
    // (dashboard, reports, cash reconciliation, audit log), managers the
    // emergency controls. The database refuses the rest whatever is shown.
    void setStaff(const StaffMember &member);
    const StaffMember &staff() const { return m_staff; }
    QMenu *supervisorMenu() const { return m_supervisorMenu; }
    QMenu *managerMenu() const { return m_managerMenu; }
    // The tools, opened (made on first use) from the menus.
    SupervisorDashboard *showDashboard();
    ReportsDialog *showReports();
    ReconciliationDialog *showReconciliation();
    AuditLogDialog *showAuditLog();
    // Supervisor → Cash sign-off…: closed shifts with a difference.
    CashSignOffDialog *showCashSignOff();
    // The Cash menu: shifts, paid in/out, X and Z reports (issue 12).
    CashMenu *cashMenu() const { return m_cash; }
    EmergencyPanel *showEmergencyPanel();
    // Manager → Venue settings…: the venues' PromptPay ids (and time zones).
    VenueSettingsDialog *showVenueSettings();
    // Manager → Set-up… (Ctrl+Shift+U): the back office's window.
    SetupWindow *showSetup();
    int clerkId() const { return m_clerkId; }
    void refresh();
    void openShow(int showId);
    void checkout();
    // The selected cart seats (or all, none selected) to their next price
    // type the show sells them at (Ctrl+T).
    void cyclePriceTypes();
    ApprovalDialog *approvalDialog() const { return m_approvalDialog; }
    QLabel *cartSubtotals() const { return m_subtotals; }
    // Orders: find, cancel, change seats, reprint (Ctrl+F).
    void showOrders();

    // Where tickets are written (a folder of this database's own, under the
    // app's data folder); PDFs are named order-N.pdf.
    void setTicketFolder(const QString &folder) { m_ticketFolder = folder; }
    const QString &ticketFolder() const { return m_ticketFolder; }
    // The PDF of the last tickets delivered (empty while they are being
    // written, or when they could not be).
    QString lastTicketFile() const { return m_lastTicketFile; }
    // The printer the tickets of each sale and reprint go to, without a
    // dialog (empty: PDF only). Kept in settings under key (this counter's
    // slot): read now, written when the clerk chooses another.
    void setPrinterSettings(QSettings *settings, const QString &key);
    const QString &printerName() const { return m_printerName; }
    // Is the chosen printer there? False for PDF only and for a printer the
    // system does not know (the tickets are then saved as PDF only).
    bool printerAvailable() const;
    // "Choose printer…": the list of printers, "PDF only" first (open(), not exec()).
    PrinterDialog *choosePrinter();
    // Ctrl+P: the last tickets in a print preview (the only dialog printing opens).
    QDialog *previewLastTickets();
    // The printer in the status bar: its name, "PDF only", or not found.
    QLabel *printerLabel() const { return m_printer; }

    ShowListModel *showModel() const { return m_model; }
    QTableView *showView() const { return m_view; }
    SeatMapView *seatMapView() const { return m_map; }
    SeatMapLegend *legend() const { return m_legend; }
    // The open show's header over the map ("title, date and time").
    QLabel *showHeader() const { return m_showTitle; }
    QLabel *cartShowLabel() const { return m_cartShow; }
    CounterDesk *session() const { return m_session; }
    CheckoutDialog *checkoutDialog() const { return m_checkout; }
    OrdersDialog *ordersDialog() const { return m_orders; }
    // The state banner: offline, sales paused or closed, a start-up failure.
    // It stays while the state lasts; passing messages never hide it.
    QLabel *banner() const { return m_banner; }
    // Passing messages (a refused hold, lapsed holds): over the top of the
    // map, not pushing it down under the mouse, gone after a few seconds.
    QLabel *messageBanner() const { return m_message; }
    // The sign-out or quit question while it is open.
    QMessageBox *question() const;

Q_SIGNALS:
    void showsLoaded(int count);
    void orderSold(qint64 orderId);
    // The tickets of a sale or reprint are saved (file; empty if they could
    // not be) and, with a printer, sent to it; the status bar says how.
    void ticketsDelivered(qint64 orderId, const QString &file);
    void signOutRequested(boxoffice::MainWindow::CartChoice choice);
    // The window closes (the clerk agreed, or nothing was in the cart).
    void closing();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Closing the window with seats in the cart asks first; once the clerk
    // agreed (or with an empty cart) the window closes, and the Application
    // releases the cart as it quits.
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCartPanel();
    void updateCartSummary();
    void openCheckout();
    void showError(const ServiceError &error);
    // A cash sale refused for want of a shift: the Open-shift dialog over
    // the checkout, and the same sale again once the shift is open.
    void offerShiftFor(const SellRequest &request);
    // Sign-out's steps: the clerk's open shift, then the cart.
    void askAboutOpenShift();
    void signOutWithCart();
    void showMessage(const QString &text);
    void updateStateBanner();
    void placeBanners();
    void switchToShow(int showId);
    // The show list's highlight is the open show's row.
    void selectOpenShow();
    // "Title, Sun 12 Jul 2026 18:30" of the open show; empty if none.
    QString openShowText() const;
    void updateShowHeader();
    void reloadAfterOutage();
    void onSold(const Order &order);
    void holdBest();
    // Saves the job as PDF and prints it on the chosen printer, off the GUI
    // thread; then shows say(how it went, in one sentence) in the status bar.
    void deliverTickets(const TicketJob &job, std::function<QString(const QString &)> say);
    // deliverTickets with the codes in the job: PDF and printer.
    void printTickets(const TicketJob &job, std::function<QString(const QString &)> say);
    void updatePrinterLabel();
    TicketJob ticketJob(const Order &order) const;
    // The open show's venue PromptPay id (empty: none set).
    QString promptPayIdOfOpenShow() const;

    Database *m_db = nullptr;
    SaleEngine *m_engine = nullptr;
    SeatFeed *m_feed = nullptr;
    StaffMember m_staff;
    QMenu *m_supervisorMenu = nullptr;
    QMenu *m_managerMenu = nullptr;
    QPointer<SupervisorDashboard> m_dashboard;
    QPointer<ReportsDialog> m_reports;
    QPointer<ReconciliationDialog> m_reconciliation;
    QPointer<AuditLogDialog> m_auditLog;
    QPointer<CashSignOffDialog> m_cashSignOff;
    CashMenu *m_cash = nullptr;
    QPointer<EmergencyPanel> m_emergency;
    QPointer<VenueSettingsDialog> m_venueSettings;
    QPointer<SetupWindow> m_setup;
    // The seats of the last conflict (held by someone else): what a manager
    // most likely wants to force-unlock.
    int m_conflictShow = 0;
    QList<int> m_conflictSeats;
    QStringList m_conflictLabels;
    CounterDesk *m_session = nullptr;
    ShowListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    SeatMapView *m_map = nullptr;
    SeatMapLegend *m_legend = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_message = nullptr;
    QDockWidget *m_showsDock = nullptr;
    QString m_startupError;
    QString m_listError; // the show list could not be read: the database is unreachable
    SalesState m_salesState = SalesState::OnSale;
    QLabel *m_where = nullptr;
    QLabel *m_showTitle = nullptr;
    QLabel *m_cartShow = nullptr;
    QString m_counterName;
    QTableView *m_cartView = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_subtotals = nullptr; // per ticket type and price type
    QLabel *m_countdown = nullptr;
    QSpinBox *m_count = nullptr;
    QComboBox *m_type = nullptr;
    // The open checkout; cleared as soon as it is done with (its deferred
    // deletion may come after the next checkout has opened).
    QPointer<CheckoutDialog> m_checkout;
    QPointer<ApprovalDialog> m_approvalDialog;
    QUuid m_approvalToken; // the supervisor's, for the checkout under way
    OrdersDialog *m_orders = nullptr;
    QTimer *m_messageTimer = nullptr;
    QString m_ticketFolder;
    QString m_lastTicketFile;
    std::optional<TicketJob> m_lastJob;
    QSettings *m_printerSettings = nullptr;
    QString m_printerKey;
    QString m_printerName;
    bool m_printerChosen = false; // false: never chosen at this counter (PDF only until it is)
    QLabel *m_printer = nullptr;
    QPointer<PrinterDialog> m_printerDialog;
    // Writes and prints tickets, one job at a time, in order (waited for
    // when the window goes).
    std::unique_ptr<QThreadPool> m_printPool;
    int m_clerkId = 0;
    QLabel *m_clerk = nullptr;
    bool m_loading = false;
    bool m_offline = false;
    int m_holdMinutes = 5;
    bool m_closeAgreed = false;       // the clerk agreed to quit with a cart
    QPointer<QMessageBox> m_question; // the sign-out or quit question, while open
};

} // namespace boxoffice
