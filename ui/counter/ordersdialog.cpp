#include "counter/ordersdialog.h"

#include "counter/approvaldialog.h"
#include "counter/counterdesk.h"
#include "counter/exchangedialog.h"
#include "counter/returnseatsdialog.h"
#include "db/database.h"
#include "dialogbuttons.h"
#include "display.h"
#include "money/money.h"
#include "money/returns.h"
#include "sale/orderservice.h"
#include "sale/saleengine.h"

#include <QtCore/QEvent>
#include <QtCore/QLocale>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QInputDialog>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

// Pending or paid: the order still has its seats.
bool isActive(const Order &order)
{
    return order.status == OrderStatus::Pending || order.status == OrderStatus::Paid;
}

} // namespace

OrdersDialog::OrdersDialog(CounterDesk *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Orders"));
    auto *layout = new QVBoxLayout(this);
    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Order number or phone, then Enter"));
    searchRow->addWidget(new QLabel(tr("&Find:"), this));
    searchRow->addWidget(m_search, 1);
    layout->addLayout(searchRow);
    qobject_cast<QLabel *>(searchRow->itemAt(0)->widget())->setBuddy(m_search);

    m_results = new QTableWidget(0, 6, this);
    m_results->setObjectName(QStringLiteral("orderResults"));
    m_results->setHorizontalHeaderLabels(
        {tr("Order"), tr("Show"), tr("Status"), tr("Customer"), tr("Seats"), tr("Total")});
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    // Tab goes on to the seats, not from cell to cell.
    m_results->setTabKeyNavigation(false);
    m_results->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_results, 1);

    auto *seatsLabel = new QLabel(
        tr("Tick &seats (Space) to return them, or to move them (then hold the new seats on the map):"), this);
    layout->addWidget(seatsLabel);
    m_seats = new QListWidget(this);
    m_seats->setObjectName(QStringLiteral("orderSeats"));
    seatsLabel->setBuddy(m_seats);
    m_seats->installEventFilter(this);
    m_seats->setMaximumHeight(120);
    layout->addWidget(m_seats);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    auto *cancel = buttons->addButton(tr("Cancel &order…"), QDialogButtonBox::ActionRole);
    m_cancel = cancel;
    auto *change = buttons->addButton(tr("&Move seats to the cart's seats"), QDialogButtonBox::ActionRole);
    m_change = change;
    auto *reprint = buttons->addButton(tr("&Reprint tickets"), QDialogButtonBox::ActionRole);
    m_reprint = reprint;
    m_replaceLost = buttons->addButton(tr("Replace &lost tickets"), QDialogButtonBox::ActionRole);
    m_replaceLost->setObjectName(QStringLiteral("replaceLost"));
    m_replaceLost->setToolTip(tr("New tickets with new codes; the lost ones no longer admit at the gate."));
    m_return = buttons->addButton(tr("Re&turn seats…"), QDialogButtonBox::ActionRole);
    m_return->setObjectName(QStringLiteral("returnSeats"));
    m_exchange = buttons->addButton(tr("E&xchange seats…"), QDialogButtonBox::ActionRole);
    m_exchange->setObjectName(QStringLiteral("exchangeSeats"));
    buttons->addButton(QDialogButtonBox::Close);
    // Enter belongs to the search field: no button may take it (cancelling
    // an order by accident).
    noDefaultButtons(buttons);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &OrdersDialog::showSeats);
    connect(m_results, &QTableWidget::itemSelectionChanged, this, &OrdersDialog::updateActions);
    connect(cancel, &QPushButton::clicked, this, [this] {
        if (!selected())
            return;
        bool ok = false;
        const QString reason
            = QInputDialog::getText(this, tr("Cancel order"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
        if (ok)
            cancelSelected(reason);
    });
    connect(change, &QPushButton::clicked, this, &OrdersDialog::changeSelectedSeats);
    connect(m_return, &QPushButton::clicked, this, &OrdersDialog::returnTickedSeats);
    connect(m_exchange, &QPushButton::clicked, this, &OrdersDialog::exchangeTickedSeats);
    connect(reprint, &QPushButton::clicked, this, [this] {
        if (const Order *o = selected())
            Q_EMIT reprintRequested(*o);
    });
    // Replacing voids the codes the customer holds: asked first (a tester
    // clicked it by mistake and the printed tickets stopped admitting).
    connect(m_replaceLost, &QPushButton::clicked, this, [this] {
        const Order *o = selected();
        if (!o)
            return;
        const Order order = *o;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Replace lost tickets"),
            tr("Print new tickets for order %1? The tickets printed before will no longer admit at the gate.")
                .arg(order.id),
            QMessageBox::NoButton, this);
        box->setObjectName(QStringLiteral("replaceLostConfirm"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::AcceptRole);
        replace->setObjectName(QStringLiteral("replace"));
        box->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("cancel"));
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::buttonClicked, this, [this, order, replace](QAbstractButton *clicked) {
            if (clicked == replace)
                Q_EMIT replaceLostRequested(order);
        });
        box->open();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &OrdersDialog::failed, m_message, &QLabel::setText);
    resize(640, 480);
}

void OrdersDialog::setCancelOnlyOrdersOf(int clerkId)
{
    m_cancelOnlyOf = clerkId;
    updateActions();
}

void OrdersDialog::updateActions()
{
    const Order *o = selected();
    const bool allowed = !o || m_cancelOnlyOf == 0 || o->clerkId == m_cancelOnlyOf;
    m_cancel->setEnabled(allowed && (!o || isActive(*o)));
    m_change->setEnabled(!o || isActive(*o));
    m_reprint->setEnabled(!o || o->status == OrderStatus::Paid);
    m_replaceLost->setEnabled(m_reprint->isEnabled());
    m_return->setEnabled(allowed && (!o || o->status == OrderStatus::Paid));
    m_exchange->setEnabled(m_return->isEnabled());
    m_exchange->setToolTip(
        allowed ? QString() : tr("Only the clerk who sold this order, or a supervisor, may exchange its seats."));
    m_return->setToolTip(
        allowed ? QString() : tr("Only the clerk who sold this order, or a supervisor, may return its seats."));
    m_cancel->setToolTip(
        allowed ? QString() : tr("Only the clerk who sold this order, or a supervisor, may cancel it."));
}

void OrdersDialog::search(const QString &text)
{
    const QString query = text.trimmed();
    if (query.isEmpty())
        return;
    m_message->clear();
    bool isNumber = false;
    const qint64 id
        = query.startsWith(QLatin1Char('#')) ? query.mid(1).toLongLong(&isNumber) : query.toLongLong(&isNumber);
    // A phone number is digits too: try it as an order number first, and as
    // a phone when no such order exists (or it starts with 0 or +).
    const bool phoneLike = query.startsWith(QLatin1Char('0')) || query.startsWith(QLatin1Char('+'));
    m_session->database()
        .run([query, id, isNumber, phoneLike](Database &db) -> Result<QList<Order>> {
            OrderService orders(db);
            if (isNumber && !phoneLike) {
                Result<Order> one = orders.find(id);
                if (one)
                    return QList<Order> {one.value()};
                if (one.code() != ErrorCode::UnknownOrder)
                    return one.error();
            }
            return orders.findByPhone(query);
        })
        .then(this, [this](const Result<QList<Order>> &r) {
            if (!r) {
                Q_EMIT failed(r.error().message);
                return;
            }
            showOrders(r.value());
        });
}

void OrdersDialog::showOrders(const QList<Order> &orders)
{
    m_orders = orders;
    fill(0);
    if (orders.isEmpty())
        m_message->setText(tr("No order found."));
    Q_EMIT searched(int(orders.size()));
}

void OrdersDialog::fill(int row)
{
    // Nothing of the last search stays selected: a new answer whose first
    // row is selected "again" would not say so, and the seats of the last
    // order would stay listed under the new one.
    m_results->clearSelection();
    m_results->setRowCount(int(m_orders.size()));
    for (int r = 0; r < m_orders.size(); ++r) {
        const Order &o = m_orders.at(r);
        QStringList labels;
        for (const SeatRef &s : o.seats)
            labels << (s.returned ? tr("%1 (returned)", "seat").arg(s.label) : s.label);
        QString seats = labels.join(QStringLiteral(", "));
        // Cancelled or expired: the seats it had, let go.
        if (!isActive(o) && !labels.isEmpty())
            seats = tr("%1 (released)", "seats of a cancelled order").arg(seats);
        // Every show may have the same title: the night says which.
        const QString show
            = tr("%1, %2", "show title, date and time")
                  .arg(o.showTitle, Display::venueTimeText(o.startsAt, o.timeZone, Display::TimeStyle::Short));
        const QStringList cells {QStringLiteral("#%1").arg(o.id), show, Display::orderStatusText(o.status),
            QString(o.customer.name + QLatin1Char(' ') + o.customer.phone).trimmed(), seats, formatBaht(o.total)};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_results->resizeColumnsToContents();
    if (!m_orders.isEmpty())
        m_results->selectRow(std::clamp(row, 0, int(m_orders.size()) - 1));
    showSeats();
    updateActions();
}

const Order *OrdersDialog::selected() const
{
    const int row = m_results->currentRow();
    return row >= 0 && row < m_orders.size() ? &m_orders.at(row) : nullptr;
}

bool OrdersDialog::eventFilter(QObject *watched, QEvent *event)
{
    // The seats reached from the keyboard (Tab, Alt+S): the first one that
    // can be ticked is current, so that Space ticks it at once.
    if (watched == m_seats && event->type() == QEvent::FocusIn && !m_seats->currentItem()) {
        for (int i = 0; i < m_seats->count(); ++i) {
            if (m_seats->item(i)->flags() & Qt::ItemIsUserCheckable) {
                m_seats->setCurrentRow(i);
                break;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void OrdersDialog::showSeats()
{
    m_seats->clear();
    const Order *o = selected();
    if (!o)
        return;
    for (const SeatRef &s : o->seats) {
        if (!isActive(*o)) {
            // Cancelled or expired: which seats it had, let go, nothing to move.
            auto *item = new QListWidgetItem(
                tr("%1 — %2, released", "seat, order status").arg(s.label, Display::orderStatusText(o->status)),
                m_seats);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        if (s.returned) {
            auto *item = new QListWidgetItem(tr("%1 — returned", "seat").arg(s.label), m_seats);
            item->setData(Qt::UserRole, s.id);
            item->setFlags(Qt::ItemIsEnabled);
            continue;
        }
        // What the seat was sold as: its zone, its price type when not
        // Standard (named from the open show's price list; another show's
        // order keeps to the zone) and the price paid.
        QString where = s.zone;
        if (!s.priceType.isEmpty() && s.priceType != QLatin1String("STANDARD") && m_session
            && m_session->cart()->priceList().showId == o->showId) {
            where = tr("%1 · %2", "zone · price type").arg(where, m_session->cart()->priceList().typeName(s.priceType));
        }
        auto *item = new QListWidgetItem(where.isEmpty()
                ? tr("%1 — %2", "seat — price").arg(s.label, formatBaht(s.price))
                : tr("%1 — %2, %3", "seat — zone, price").arg(s.label, where, formatBaht(s.price)),
            m_seats);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void OrdersDialog::replace(const Order &order)
{
    for (int i = 0; i < m_orders.size(); ++i) {
        if (m_orders.at(i).id != order.id)
            continue;
        m_orders[i] = order;
    }
    fill(m_results->currentRow());
    Q_EMIT orderChanged(order);
}

void OrdersDialog::orderCall(const QFuture<Result<Order>> &future, std::function<QString(const Order &)> done)
{
    QFuture<Result<Order>>(future).then(this, [this, done = std::move(done)](const Result<Order> &r) {
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        m_message->setText(done(r.value()));
        replace(r.value());
    });
}

void OrdersDialog::cancelSelected(const QString &reason)
{
    const Order *o = selected();
    if (!o)
        return;
    orderCall(m_session->engine().cancelAsync(o->id, reason), [](const Order &done) {
        return tr("Order #%1 cancelled; refund %2.").arg(done.id).arg(formatBaht(done.refund));
    });
}

void OrdersDialog::changeSelectedSeats()
{
    const Order *o = selected();
    if (!o)
        return;
    const QList<int> oldSeats = tickedSeats();
    const QList<int> newSeats = m_session->cart()->seatIds();
    if (oldSeats.isEmpty() || newSeats.isEmpty()) {
        Q_EMIT failed(tr("Tick the seats to move and hold as many new seats on the map."));
        return;
    }
    orderCall(m_session->engine().changeSeatsAsync(o->id, oldSeats, newSeats),
        [](const Order &done) { return tr("Order #%1 now has its new seats.").arg(done.id); });
}

} // namespace boxoffice

namespace boxoffice {

QList<int> OrdersDialog::tickedSeats() const
{
    QList<int> ids;
    for (int i = 0; i < m_seats->count(); ++i) {
        const QListWidgetItem *item = m_seats->item(i);
        if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toInt();
    }
    return ids;
}

void OrdersDialog::returnTickedSeats()
{
    const Order *o = selected();
    if (!o)
        return;
    const QList<int> seats = tickedSeats();
    if (seats.isEmpty()) {
        Q_EMIT failed(tr("Tick the seats to return first."));
        return;
    }
    auto *dialog = new ReturnSeatsDialog(*o, seats, this);
    dialog->setObjectName(QStringLiteral("returnSeatsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog, seats] { returnSeats(seats, dialog->reason(), dialog->refundMethod()); });
    dialog->open();
}

void OrdersDialog::returnSeats(
    const QList<int> &seatIds, const QString &reason, std::optional<PaymentMethod> refundMethod, const QUuid &approval)
{
    const Order *o = selected();
    if (!o)
        return;
    const qint64 orderId = o->id;
    const int terminal = m_session->engine().terminalId();
    m_session->database()
        .run([orderId, seatIds, reason, refundMethod, terminal, approval](Database &db) {
            return Returns::returnSeats(db, orderId, seatIds, reason, refundMethod, terminal, approval);
        })
        .then(this, [this, seatIds, reason, refundMethod, approval](const Result<ReturnResult> &r) {
            if (!r && approval.isNull() && needsLateReturnApproval(r.error())) {
                // After the show's start: a supervisor approves on the spot,
                // then the same return is sent again with the approval.
                auto *dialog = makeLateReturnApproval(m_session, this);
                dialog->setObjectName(QStringLiteral("approvalDialog"));
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                // The return dialog took the reason: not asked twice.
                dialog->setReason(reason);
                connect(
                    dialog, &ApprovalDialog::approved, this, [this, seatIds, reason, refundMethod](const Approval &a) {
                        returnSeats(seatIds, reason, refundMethod, a.token);
                    });
                connect(
                    dialog, &QDialog::rejected, this, [this, message = r.error().message] { Q_EMIT failed(message); });
                dialog->open();
                return;
            }
            if (!r) {
                Q_EMIT failed(r.error().message);
                return;
            }
            QStringList lines;
            for (const RefundLine &line : r->refunds)
                lines << tr("%1 %2", "payment method, amount")
                             .arg(Display::paymentMethodText(line.method), formatBaht(line.amount));
            m_message->setText(tr("Order #%1: seats returned; refund %2 (%3).")
                                   .arg(r->order.id)
                                   .arg(formatBaht(r->refund), lines.join(QStringLiteral(", "))));
            replace(r->order);
            Q_EMIT receiptRequested(r->order);
        });
}

} // namespace boxoffice

namespace boxoffice {

void OrdersDialog::exchangeTickedSeats()
{
    const Order *o = selected();
    if (!o)
        return;
    const QList<int> seats = tickedSeats();
    if (seats.isEmpty()) {
        Q_EMIT failed(tr("Tick the seats to exchange first."));
        return;
    }
    auto *dialog = new ExchangeDialog(m_session, *o, seats, this);
    dialog->setObjectName(QStringLiteral("exchangeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExchangeDialog::exchanged, this, [this](const ExchangeResult &r) {
        const Money diff = r.difference;
        QString money;
        if (diff.isZero())
            money = tr("no difference");
        else if (diff.isNegative())
            money = tr("refunded %1").arg(formatBaht(-diff));
        else
            money = tr("collected %1").arg(formatBaht(diff));
        m_message->setText(r.newOrder.id == r.order.id
                ? tr("Order #%1: seats exchanged; %2.").arg(r.order.id).arg(money)
                : tr("Order #%1: seats exchanged to order #%2; %3.").arg(r.order.id).arg(r.newOrder.id).arg(money));
        if (r.newOrder.id != r.order.id) {
            bool listed = false;
            for (const Order &known : std::as_const(m_orders))
                listed = listed || known.id == r.newOrder.id;
            if (!listed)
                m_orders << r.newOrder;
        }
        replace(r.order);
        if (r.newOrder.id != r.order.id)
            replace(r.newOrder);
        // New seats, new tickets: the new order's tickets and its receipt.
        Q_EMIT reprintRequested(r.newOrder);
    });
    dialog->open();
}

} // namespace boxoffice
