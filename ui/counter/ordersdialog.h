#pragma once

#include "db/result.h"
#include "sale/domain.h"

#include <QtCore/QFuture>
#include <QtCore/QHash>
#include <QtCore/QUuid>

#include <functional>
#include <optional>

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class CounterDesk;
struct ServiceError;

// Find an order by its number or the customer's phone; cancel it with a
// reason, move some of its seats to the seats held in the cart (an atomic
// swap in the engine), or print its tickets again.
class OrdersDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersDialog)

public:
    OrdersDialog(CounterDesk *session, QWidget *parent = nullptr);

    // A plain clerk may cancel only the orders they sold (the database
    // refuses the others): with a clerk id, the Cancel button follows that.
    // 0: any order.
    void setCancelOnlyOrdersOf(int clerkId);
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *exchangeButton() const { return m_exchange; }

    void search(const QString &text);
    void cancelSelected(const QString &reason);
    void changeSelectedSeats();
    // Returns the ticked seats of the selected paid order (ReturnSeatsDialog
    // asks the reason and the refund's method first, then returnSeats runs).
    void returnTickedSeats();
    // After the show's start a plain clerk's return asks a supervisor's
    // approval (ApprovalDialog) and is sent again with it.
    void returnSeats(const QList<int> &seatIds, const QString &reason, std::optional<PaymentMethod> refundMethod,
        const QUuid &approval = {});
    // Exchanges the ticked seats of the selected paid order (ExchangeDialog:
    // the show, new seats, price type, the difference collected or refunded).
    void exchangeTickedSeats();
    // The seats ticked in the seat list.
    QList<int> tickedSeats() const;

    QLineEdit *searchEdit() const { return m_search; }
    QTableWidget *results() const { return m_results; }
    QListWidget *seatList() const { return m_seats; }
    const QList<Order> &orders() const { return m_orders; }

Q_SIGNALS:
    void searched(int found);
    void orderChanged(const boxoffice::Order &order);
    void reprintRequested(const boxoffice::Order &order);
    // The customer lost the tickets: print new ones with new codes; the old
    // codes answer REPLACED at the gate (issue 13).
    void replaceLostRequested(const boxoffice::Order &order);
    // A return or exchange was made: print the order's receipt (its refunds).
    void receiptRequested(const boxoffice::Order &order);
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showOrders(const QList<Order> &orders);
    // Fills the table from m_orders and selects a row (its seats listed).
    void fill(int row);
    void showSeats();
    const Order *selected() const;
    void replace(const Order &order);
    // Runs a cancel or seat change; done() says what happened, for the clerk.
    void orderCall(const QFuture<Result<Order>> &future, std::function<QString(const Order &)> done);

    // What the selected order allows: cancel (its clerk or a supervisor,
    // while pending or paid), move seats (pending or paid), reprint (paid).
    void updateActions();

    CounterDesk *m_session;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_reprint = nullptr;
    QPushButton *m_replaceLost = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_exchange = nullptr;
    int m_cancelOnlyOf = 0;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_results = nullptr;
    QListWidget *m_seats = nullptr;
    QLabel *m_message = nullptr;
    QList<Order> m_orders;
};

} // namespace boxoffice
