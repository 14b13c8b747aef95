#pragma once

#include "money/money.h"
#include "money/pricelist.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QHash>
#include <QtCore/QMap>
#include <QtCore/QTimer>

namespace boxoffice {

class SeatMapModel;

// The cart's seats of one ticket type at one price type: count and amount.
struct CartSubtotal
{
    QString ticketType;
    QString zoneName;
    QString priceType;
    QString priceTypeName;
    int count = 0;
    Money amount;
    // What selling at this price type needs (a comp, a discount below the
    // venue's level: a supervisor's approval); None for the rest.
    PriceApproval approval = PriceApproval::None;
};

// The seats this counter holds for the open show, with price and the time
// left on each hold. Follows the seat map's changes row by row (insert and
// remove rows, no resets); warns when a hold is about to lapse, and drops a
// lapsed hold with a notice.
class CartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartModel)

public:
    // The price type column is last: views and tests that know the older
    // columns keep their places.
    enum Column { SeatColumn, ZoneColumn, PriceColumn, TimeLeftColumn, PriceTypeColumn, ColumnCount };
    enum Role {
        SeatIdRole = Qt::UserRole + 1,
        SecondsLeftRole,
        PriceRole,
        PriceTypeRole,     // the seat's price type code
        OfferedCodesRole,  // QStringList: the codes the show sells the seat's ticket type at
        OfferedNamesRole,  // QStringList: their names, in the same order
        OfferedPricesRole, // QStringList: their prices as written ("1,500.00"), same order
        TicketTypeRole,
    };

    explicit CartModel(SeatMapModel *seats, QObject *parent = nullptr);

    QList<int> seatIds() const;
    Money total() const;
    // The ticket type of every seat, if they share one; empty for a mixed cart
    // (one order of several ticket types, issue 12).
    QString ticketType() const;

    // What the show sells (show_price_list): the cart offers only these
    // price types per seat and shows their prices. Seats at a price type no
    // longer sold go back to STANDARD.
    void setPriceList(const PriceList &list);
    const PriceList &priceList() const { return m_priceList; }
    // A seat's price type; false (nothing changed) when the show does not
    // sell the seat's ticket type at it.
    bool setPriceType(int row, const QString &code);
    // Each given cart row to its next offered price type (keyboard: one key
    // walks the selected seats through what they may be sold at). Returns
    // how many seats changed: 0 when the show sells none of them at more
    // than one price type.
    int cyclePriceType(const QList<int> &rows);
    // For SellRequest::priceTypes: every seat not at STANDARD.
    QMap<int, QString> priceTypes() const;
    // Per ticket type and price type, in the price list's order.
    QList<CartSubtotal> subtotals() const;
    // The strongest reason a supervisor must approve this cart (a comp
    // before a discount); None: no approval needed.
    PriceApproval approvalNeeded() const;
    int secondsLeft() const; // of the hold that lapses first; -1 if empty
    static constexpr int WarnSeconds = 60;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Re-reads every seat (after a snapshot or a new show).
    void rebuild();
    // Runs the countdown once (the timer calls it every second).
    void tick();

Q_SIGNALS:
    void totalChanged();
    void holdExpiring(int secondsLeft);
    void holdsLapsed(const QStringList &labels);

private:
    void onSeatsChanged(int first, int last);
    int indexOfRow(int seatRow) const;
    QString ticketTypeOfRow(int seatRow) const;
    QString priceTypeOfRow(int seatRow) const;
    Money priceOfRow(int seatRow) const;
    QStringList offeredCodes(int seatRow) const;

    SeatMapModel *m_seats;
    QList<int> m_rows; // seat-map rows, in the order they were held
    PriceList m_priceList;
    QHash<int, QString> m_priceTypes; // seat id -> code, STANDARD left out
    QTimer m_timer;
    bool m_warned = false;
};

} // namespace boxoffice
