#include "counter/cartmodel.h"

#include "counter/seatmapmodel.h"
#include "money/money.h"

#include <QtCore/QDateTime>

namespace boxoffice {

CartModel::CartModel(SeatMapModel *seats, QObject *parent) : QAbstractTableModel(parent), m_seats(seats)
{
    connect(m_seats, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &tl, const QModelIndex &br) { onSeatsChanged(tl.row(), br.row()); });
    connect(m_seats, &QAbstractItemModel::modelReset, this, &CartModel::rebuild);
    m_rows = m_seats->myHeldRows();
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &CartModel::tick);
    m_timer.start();
}

int CartModel::indexOfRow(int seatRow) const
{
    return int(m_rows.indexOf(seatRow));
}

void CartModel::rebuild()
{
    beginResetModel();
    m_rows = m_seats->myHeldRows();
    m_warned = false;
    endResetModel();
    Q_EMIT totalChanged();
}

void CartModel::onSeatsChanged(int first, int last)
{
    if (last - first > 2000) { // a whole snapshot
        rebuild();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool changed = false;
    for (int row = first; row <= last; ++row) {
        const bool mine = m_seats->isMine(row) && (m_seats->heldUntilMs(row) == 0 || m_seats->heldUntilMs(row) > now);
        const int at = indexOfRow(row);
        if (mine && at < 0) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
            m_rows.append(row);
            endInsertRows();
            changed = true;
        } else if (!mine && at >= 0) {
            beginRemoveRows({}, at, at);
            m_rows.removeAt(at);
            endRemoveRows();
            changed = true;
        } else if (mine) {
            Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            m_warned = false; // extended
        }
    }
    if (changed)
        Q_EMIT totalChanged();
}

void CartModel::tick()
{
    if (m_rows.isEmpty())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QStringList lapsed;
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const int row = m_rows.at(i);
        if (m_seats->heldUntilMs(row) > 0 && m_seats->heldUntilMs(row) <= now) {
            lapsed.prepend(m_seats->layout().seats.at(row).label);
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, TimeLeftColumn), index(int(m_rows.size()) - 1, TimeLeftColumn));
    if (!lapsed.isEmpty()) {
        m_seats->expireLapsed(now);
        Q_EMIT totalChanged();
        Q_EMIT holdsLapsed(lapsed);
    }
    const int left = secondsLeft();
    if (left >= 0 && left <= WarnSeconds && !m_warned) {
        m_warned = true;
        Q_EMIT holdExpiring(left);
    }
}

QList<int> CartModel::seatIds() const
{
    QList<int> ids;
    for (int row : m_rows)
        ids << m_seats->seatId(row);
    return ids;
}

Money CartModel::total() const
{
    Money total;
    for (int row : m_rows)
        total += m_seats->layout().zones.at(m_seats->zone(row)).price;
    return total;
}

QString CartModel::ticketType() const
{
    QString type;
    for (int row : m_rows) {
        const QString t = m_seats->layout().zones.at(m_seats->zone(row)).ticketType;
        if (!type.isEmpty() && t != type)
            return {};
        type = t;
    }
    return type;
}

int CartModel::secondsLeft() const
{
    if (m_rows.isEmpty())
        return -1;
    qint64 first = 0;
    for (int row : m_rows) {
        const qint64 until = m_seats->heldUntilMs(row);
        if (until > 0 && (first == 0 || until < first))
            first = until;
    }
    return first ? int(std::max<qint64>(0, (first - QDateTime::currentMSecsSinceEpoch() + 999) / 1000)) : -1;
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const int row = m_rows.at(index.row());
    const VenueLayout::Seat &seat = m_seats->layout().seats.at(row);
    const ZoneInfo &zone = m_seats->layout().zones.at(seat.zoneIndex);
    // Whole seconds, rounded up like the cart's own countdown.
    const qint64 left
        = std::max<qint64>(0, m_seats->heldUntilMs(row) - QDateTime::currentMSecsSinceEpoch() + 999) / 1000 * 1000;
    switch (role) {
    case SeatIdRole:
        return seat.id;
    case SecondsLeftRole:
        return int(left / 1000);
    case PriceRole:
        return QVariant::fromValue(zone.price);
    case Qt::TextAlignmentRole:
        return index.column() >= PriceColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeatColumn:
            return seat.label;
        case ZoneColumn:
            return zone.name;
        case PriceColumn:
            return formatBaht(zone.price);
        case TimeLeftColumn:
            return QStringLiteral("%1:%2").arg(left / 60000).arg((left / 1000) % 60, 2, 10, QLatin1Char('0'));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeatColumn:
        return tr("Seat");
    case ZoneColumn:
        return tr("Zone");
    case PriceColumn:
        return tr("Price");
    case TimeLeftColumn:
        return tr("Held for");
    }
    return {};
}

} // namespace boxoffice
