#include "counter/cartmodel.h"

#include "counter/seatmapmodel.h"
#include "money/money.h"

#include <QtCore/QDateTime>

#include <algorithm>

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
    QHash<int, QString> kept;
    for (int row : m_rows) {
        const int id = m_seats->seatId(row);
        if (m_priceTypes.contains(id) && offeredCodes(row).contains(m_priceTypes.value(id)))
            kept.insert(id, m_priceTypes.value(id));
    }
    m_priceTypes = kept;
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
            m_priceTypes.remove(m_seats->seatId(row));
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
            m_priceTypes.remove(m_seats->seatId(row));
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
        total += priceOfRow(row);
    return total;
}

QString CartModel::ticketTypeOfRow(int seatRow) const
{
    return m_seats->layout().zones.at(m_seats->zone(seatRow)).ticketType;
}

QString CartModel::priceTypeOfRow(int seatRow) const
{
    return m_priceTypes.value(m_seats->seatId(seatRow), QStringLiteral("STANDARD"));
}

Money CartModel::priceOfRow(int seatRow) const
{
    // Until the list is read (or for a show without one) every seat is at
    // STANDARD, its zone's price.
    if (const std::optional<PriceListEntry> p = m_priceList.find(ticketTypeOfRow(seatRow), priceTypeOfRow(seatRow)))
        return p->price;
    return m_seats->layout().zones.at(m_seats->zone(seatRow)).price;
}

QStringList CartModel::offeredCodes(int seatRow) const
{
    QStringList codes;
    for (const PriceListEntry &p : m_priceList.forTicketType(ticketTypeOfRow(seatRow)))
        codes << p.priceType;
    if (codes.isEmpty())
        codes << QStringLiteral("STANDARD");
    return codes;
}

void CartModel::setPriceList(const PriceList &list)
{
    m_priceList = list;
    for (auto it = m_priceTypes.begin(); it != m_priceTypes.end();) {
        const int row = m_seats->rowForSeat(it.key());
        if (row < 0 || !offeredCodes(row).contains(it.value()))
            it = m_priceTypes.erase(it);
        else
            ++it;
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT totalChanged();
}

bool CartModel::setPriceType(int row, const QString &code)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const int seatRow = m_rows.at(row);
    const QString wanted = code.trimmed().toUpper();
    if (!offeredCodes(seatRow).contains(wanted))
        return false;
    const int id = m_seats->seatId(seatRow);
    if (priceTypeOfRow(seatRow) == wanted)
        return true;
    if (wanted == QLatin1String("STANDARD"))
        m_priceTypes.remove(id);
    else
        m_priceTypes.insert(id, wanted);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT totalChanged();
    return true;
}

int CartModel::cyclePriceType(const QList<int> &rows)
{
    int changed = 0;
    for (int row : rows) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const QStringList codes = offeredCodes(m_rows.at(row));
        if (codes.size() < 2)
            continue;
        const qsizetype at = codes.indexOf(priceTypeOfRow(m_rows.at(row)));
        if (setPriceType(row, codes.at((at + 1) % codes.size())))
            ++changed;
    }
    return changed;
}

QMap<int, QString> CartModel::priceTypes() const
{
    QMap<int, QString> map;
    for (int row : m_rows) {
        const int id = m_seats->seatId(row);
        if (m_priceTypes.contains(id))
            map.insert(id, m_priceTypes.value(id));
    }
    return map;
}

QList<CartSubtotal> CartModel::subtotals() const
{
    QList<CartSubtotal> list;
    for (int row : m_rows) {
        const QString type = ticketTypeOfRow(row);
        const QString price = priceTypeOfRow(row);
        auto it = std::find_if(list.begin(), list.end(),
            [&](const CartSubtotal &s) { return s.ticketType == type && s.priceType == price; });
        if (it == list.end()) {
            CartSubtotal s;
            s.ticketType = type;
            s.zoneName = m_seats->layout().zones.at(m_seats->zone(row)).name;
            s.priceType = price;
            s.priceTypeName = m_priceList.typeName(price);
            if (const std::optional<PriceListEntry> p = m_priceList.find(type, price))
                s.approval = p->approval;
            list << s;
            it = std::prev(list.end());
        }
        ++it->count;
        it->amount += priceOfRow(row);
    }
    // The price list's order: dearest ticket type first, then price types.
    auto rank = [this](const CartSubtotal &s) {
        for (qsizetype i = 0; i < m_priceList.prices.size(); ++i) {
            const PriceListEntry &p = m_priceList.prices.at(i);
            if (p.ticketType == s.ticketType && p.priceType == s.priceType)
                return i;
        }
        return m_priceList.prices.size();
    };
    std::stable_sort(
        list.begin(), list.end(), [&](const CartSubtotal &a, const CartSubtotal &b) { return rank(a) < rank(b); });
    return list;
}

PriceApproval CartModel::approvalNeeded() const
{
    PriceApproval needed = PriceApproval::None;
    for (int row : m_rows) {
        const std::optional<PriceListEntry> p = m_priceList.find(ticketTypeOfRow(row), priceTypeOfRow(row));
        if (!p)
            continue;
        if (p->approval == PriceApproval::Comp)
            return PriceApproval::Comp;
        if (p->approval == PriceApproval::Discount)
            needed = PriceApproval::Discount;
    }
    return needed;
}

QString CartModel::ticketType() const
{
    QString type;
    for (int row : m_rows) {
        const QString t = ticketTypeOfRow(row);
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
        return QVariant::fromValue(priceOfRow(row));
    case PriceTypeRole:
    case Qt::EditRole:
        return priceTypeOfRow(row);
    case TicketTypeRole:
        return zone.ticketType;
    case OfferedCodesRole:
        return offeredCodes(row);
    case OfferedNamesRole: {
        QStringList names;
        for (const QString &code : offeredCodes(row))
            names << m_priceList.typeName(code);
        return names;
    }
    case OfferedPricesRole: {
        QStringList prices;
        const QString type = ticketTypeOfRow(row);
        for (const QString &code : offeredCodes(row)) {
            const std::optional<PriceListEntry> p = m_priceList.find(type, code);
            prices << (p ? formatBaht(p->price) : QString());
        }
        return prices;
    }
    case Qt::TextAlignmentRole:
        return index.column() >= PriceColumn ? int(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeatColumn:
            return seat.label;
        case ZoneColumn:
            return zone.name;
        case PriceColumn:
            return formatBaht(priceOfRow(row));
        case PriceTypeColumn:
            return m_priceList.typeName(priceTypeOfRow(row));
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
    case PriceTypeColumn:
        return tr("Price type");
    }
    return {};
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == PriceTypeColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.column() != PriceTypeColumn || role != Qt::EditRole)
        return false;
    return setPriceType(index.row(), value.toString());
}

} // namespace boxoffice
