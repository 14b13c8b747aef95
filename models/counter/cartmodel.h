#pragma once

#include "money/money.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QTimer>

namespace boxoffice {

class SeatMapModel;

// The seats this counter holds for the open show, with price and the time
// left on each hold. Follows the seat map's changes row by row (insert and
// remove rows, no resets); warns when a hold is about to lapse, and drops a
// lapsed hold with a notice.
class CartModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CartModel)

public:
    enum Column { SeatColumn, ZoneColumn, PriceColumn, TimeLeftColumn, ColumnCount };
    enum Role { SeatIdRole = Qt::UserRole + 1, SecondsLeftRole, PriceRole };

    explicit CartModel(SeatMapModel *seats, QObject *parent = nullptr);

    QList<int> seatIds() const;
    Money total() const;
    // The ticket type of every seat, if they share one (a sale is one type).
    QString ticketType() const;
    int secondsLeft() const; // of the hold that lapses first; -1 if empty
    static constexpr int WarnSeconds = 60;

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

    SeatMapModel *m_seats;
    QList<int> m_rows; // seat-map rows, in the order they were held
    QTimer m_timer;
    bool m_warned = false;
};

} // namespace boxoffice
