#include "counter/seatmapmodel.h"

#include <QtCore/QDateTime>
#include <QtCore/QMap>

#include <algorithm>
#include <cmath>

namespace boxoffice {

SeatMapModel::SeatMapModel(QObject *parent) : QAbstractListModel(parent) { }

QString SeatMapModel::terminalName(int terminalId) const
{
    const QString name = m_terminalNames.value(terminalId);
    return name.isEmpty() ? tr("Counter #%1").arg(terminalId) : name;
}

QString SeatMapModel::blockKindText(BlockKind kind)
{
    switch (kind) {
    case BlockKind::House:
        return tr("House seats");
    case BlockKind::Press:
        return tr("Press");
    case BlockKind::Broken:
        return tr("Broken");
    case BlockKind::Camera:
        return tr("Camera position");
    case BlockKind::Kill:
        return tr("Kill (sight line)");
    }
    return {};
}

QString SeatMapModel::blockNote(int row) const
{
    if (row < 0 || row >= seatCount() || m_state[row] != quint8(SeatState::Blocked))
        return {};
    const auto it = m_blockNotes.constFind(seatId(row));
    if (it == m_blockNotes.cend())
        return {};
    return tr("%1: %2", "block kind, reason").arg(blockKindText(it->kind), it->reason);
}

int SeatMapModel::setZonePrices(const QList<ZoneInfo> &zones)
{
    int changed = 0;
    for (ZoneInfo &mine : m_layout.zones) {
        for (const ZoneInfo &z : zones) {
            if (z.id == mine.id && z.price != mine.price) {
                mine.price = z.price;
                ++changed;
            }
        }
    }
    if (changed == 0)
        return 0;
    if (seatCount() > 0)
        Q_EMIT dataChanged(index(0), index(seatCount() - 1), {PriceRole});
    Q_EMIT zonesChanged();
    return changed;
}

void SeatMapModel::setLayout(VenueLayout layout)
{
    beginResetModel();
    m_layout = std::move(layout);
    m_blockNotes.clear();
    const int n = int(m_layout.seats.size());
    m_x.resize(n);
    m_y.resize(n);
    m_zone.resize(n);
    m_state.fill(quint8(SeatState::Available), n);
    m_heldBy.fill(0, n);
    m_heldUntil.fill(0, n);
    m_orderId.fill(0, n);
    m_version.fill(0, n);
    int minId = INT_MAX, maxId = 0;
    for (int i = 0; i < n; ++i) {
        const VenueLayout::Seat &s = m_layout.seats.at(i);
        m_x[i] = s.x;
        m_y[i] = s.y;
        m_zone[i] = quint8(s.zoneIndex);
        minId = std::min(minId, s.id);
        maxId = std::max(maxId, s.id);
    }
    m_firstId = n ? minId : 0;
    m_idToRow.fill(-1, n ? maxId - minId + 1 : 0);
    for (int i = 0; i < n; ++i)
        m_idToRow[m_layout.seats.at(i).id - m_firstId] = i;
    buildIndex();
    endResetModel();
}

void SeatMapModel::buildIndex()
{
    const int n = seatCount();
    if (n == 0) {
        m_bounds = {};
        m_cellStart.clear();
        m_cellRows.clear();
        m_seatRows.clear();
        return;
    }
    float minX = m_x[0], maxX = m_x[0], minY = m_y[0], maxY = m_y[0];
    for (int i = 1; i < n; ++i) {
        minX = std::min(minX, m_x[i]);
        maxX = std::max(maxX, m_x[i]);
        minY = std::min(minY, m_y[i]);
        maxY = std::max(maxY, m_y[i]);
    }
    const float half = SeatSize / 2;
    const float ring = float(m_layout.ringHalfSize);
    minX = std::min(minX - half, -ring);
    minY = std::min(minY - half, -ring);
    maxX = std::max(maxX + half, ring);
    maxY = std::max(maxY + half, ring);
    m_bounds = QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
    m_cols = std::max(1, int(std::ceil(float(m_bounds.width()) / m_cellSize)));
    m_rowsOfCells = std::max(1, int(std::ceil(float(m_bounds.height()) / m_cellSize)));
    const int cells = m_cols * m_rowsOfCells;
    auto cellOf = [&](int row) {
        const int cx = std::clamp(int((m_x[row] - float(m_bounds.left())) / m_cellSize), 0, m_cols - 1);
        const int cy = std::clamp(int((m_y[row] - float(m_bounds.top())) / m_cellSize), 0, m_rowsOfCells - 1);
        return cy * m_cols + cx;
    };
    m_cellStart.fill(0, cells + 1);
    for (int i = 0; i < n; ++i)
        ++m_cellStart[cellOf(i) + 1];
    for (int c = 0; c < cells; ++c)
        m_cellStart[c + 1] += m_cellStart[c];
    m_cellRows.resize(n);
    QVector<int> fill = m_cellStart;
    for (int i = 0; i < n; ++i)
        m_cellRows[fill[cellOf(i)]++] = i;

    // Rows of seats for best-available, nearest the ring first.
    QMap<QPair<QString, QString>, QVector<int>> grouped;
    for (int i = 0; i < n; ++i) {
        const VenueLayout::Seat &s = m_layout.seats.at(i);
        grouped[{s.section, s.row}].append(i);
    }
    m_seatRows.clear();
    for (auto it = grouped.begin(); it != grouped.end(); ++it) {
        QVector<int> rows = it.value();
        std::sort(rows.begin(), rows.end(),
            [this](int a, int b) { return m_layout.seats.at(a).number < m_layout.seats.at(b).number; });
        const int first = rows.first();
        // Distance of the row from the ring: its seats all lie on one side.
        const float distance = std::max(std::abs(m_x[first]), std::abs(m_y[first]));
        m_seatRows.append(SeatRow {m_zone[first], int(distance * 10), rows});
    }
    std::stable_sort(m_seatRows.begin(), m_seatRows.end(),
        [](const SeatRow &a, const SeatRow &b) { return a.distanceRank < b.distanceRank; });
}

int SeatMapModel::rowForSeat(int seatId) const
{
    const int i = seatId - m_firstId;
    return i >= 0 && i < m_idToRow.size() ? m_idToRow[i] : -1;
}

void SeatMapModel::rowsIn(const QRectF &area, const std::function<void(int)> &visit) const
{
    if (m_cellStart.isEmpty())
        return;
    // Seats are centred in their cell's coordinates: widen by half a seat.
    const QRectF a = area.adjusted(-SeatSize, -SeatSize, SeatSize, SeatSize);
    const int x0 = std::clamp(int((a.left() - m_bounds.left()) / m_cellSize), 0, m_cols - 1);
    const int x1 = std::clamp(int((a.right() - m_bounds.left()) / m_cellSize), 0, m_cols - 1);
    const int y0 = std::clamp(int((a.top() - m_bounds.top()) / m_cellSize), 0, m_rowsOfCells - 1);
    const int y1 = std::clamp(int((a.bottom() - m_bounds.top()) / m_cellSize), 0, m_rowsOfCells - 1);
    const float half = SeatSize / 2;
    const float l = float(area.left()), r = float(area.right()), t = float(area.top()), b = float(area.bottom());
    for (int cy = y0; cy <= y1; ++cy) {
        for (int cx = x0; cx <= x1; ++cx) {
            const int c = cy * m_cols + cx;
            for (int k = m_cellStart[c]; k < m_cellStart[c + 1]; ++k) {
                const int row = m_cellRows[k];
                if (m_x[row] + half >= l && m_x[row] - half <= r && m_y[row] + half >= t && m_y[row] - half <= b)
                    visit(row);
            }
        }
    }
}

int SeatMapModel::rowAt(const QPointF &point) const
{
    int found = -1;
    rowsIn(QRectF(point, QSizeF(0, 0)), [&found](int row) { found = row; });
    return found;
}

bool SeatMapModel::isFree(int row) const
{
    if (m_state[row] == quint8(SeatState::Available))
        return true;
    return m_state[row] == quint8(SeatState::Held) && m_heldUntil[row] > 0
        && m_heldUntil[row] <= QDateTime::currentMSecsSinceEpoch();
}

void SeatMapModel::emitRowsChanged(QList<int> &rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    int start = rows.first(), prev = start;
    for (int i = 1; i <= rows.size(); ++i) {
        if (i < rows.size() && rows.at(i) == prev + 1) {
            prev = rows.at(i);
            continue;
        }
        Q_EMIT dataChanged(index(start), index(prev));
        if (i < rows.size())
            start = prev = rows.at(i);
    }
}

void SeatMapModel::applySnapshot(const SeatStatusList &seats)
{
    m_state.fill(quint8(SeatState::Available));
    m_heldBy.fill(0);
    m_heldUntil.fill(0);
    m_orderId.fill(0);
    m_version.fill(0);
    for (const SeatStatus &s : seats) {
        const int row = rowForSeat(s.seatId);
        if (row < 0)
            continue;
        m_state[row] = quint8(s.state);
        m_heldBy[row] = s.heldBy;
        m_heldUntil[row] = s.heldUntil.isValid() ? s.heldUntil.toMSecsSinceEpoch() : 0;
        m_orderId[row] = s.orderId;
        m_version[row] = s.version;
    }
    if (seatCount() > 0)
        Q_EMIT dataChanged(index(0), index(seatCount() - 1));
}

int SeatMapModel::applyChanges(const SeatStatusList &changes)
{
    QList<int> changed;
    changed.reserve(changes.size());
    for (const SeatStatus &s : changes) {
        const int row = rowForSeat(s.seatId);
        if (row < 0 || s.version <= m_version[row])
            continue; // not this venue, or older than what we know
        m_state[row] = quint8(s.state);
        m_heldBy[row] = s.heldBy;
        m_heldUntil[row] = s.heldUntil.isValid() ? s.heldUntil.toMSecsSinceEpoch() : 0;
        // Notifications carry no order id; a held seat with one is pending.
        m_orderId[row] = s.orderId;
        m_version[row] = s.version;
        changed << row;
    }
    const int n = int(changed.size());
    emitRowsChanged(changed);
    return n;
}

int SeatMapModel::expireLapsed(qint64 nowMs)
{
    QList<int> changed;
    for (int row = 0; row < seatCount(); ++row) {
        if (m_state[row] == quint8(SeatState::Held) && m_heldUntil[row] > 0 && m_heldUntil[row] <= nowMs) {
            m_state[row] = quint8(SeatState::Available);
            m_heldBy[row] = 0;
            m_heldUntil[row] = 0;
            m_orderId[row] = 0;
            changed << row;
        }
    }
    const int n = int(changed.size());
    emitRowsChanged(changed);
    return n;
}

int SeatMapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : seatCount();
}

QVariant SeatMapModel::data(const QModelIndex &index, int role) const
{
    const int row = index.row();
    if (!index.isValid() || row < 0 || row >= seatCount())
        return {};
    const VenueLayout::Seat &s = m_layout.seats.at(row);
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return s.label;
    case SeatIdRole:
        return s.id;
    case PositionRole:
        return QPointF(m_x[row], m_y[row]);
    case TicketTypeRole:
        return m_layout.zones.value(m_zone[row]).ticketType;
    case PriceRole:
        return QVariant::fromValue(m_layout.zones.value(m_zone[row]).price);
    case StateRole:
        return int(isFree(row) ? SeatState::Available : state(row));
    case HeldByRole:
        return isFree(row) ? 0 : m_heldBy[row];
    case HeldUntilRole:
        return m_heldUntil[row] ? QDateTime::fromMSecsSinceEpoch(m_heldUntil[row]) : QDateTime();
    case MineRole:
        return isMine(row) && !isFree(row);
    case HolderNameRole:
        return m_heldBy[row] && !isFree(row) ? terminalName(m_heldBy[row]) : QString();
    case BlockNoteRole:
        return blockNote(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> SeatMapModel::roleNames() const
{
    return {{SeatIdRole, "seatId"}, {LabelRole, "label"}, {PositionRole, "position"}, {TicketTypeRole, "type"},
        {PriceRole, "price"}, {StateRole, "state"}, {HeldByRole, "heldBy"}, {HeldUntilRole, "heldUntil"},
        {MineRole, "mine"}, {HolderNameRole, "holder"}, {BlockNoteRole, "blockNote"}};
}

QList<int> SeatMapModel::bestAvailable(int count, const QString &ticketType) const
{
    if (count <= 0)
        return {};
    int zoneIndex = -1;
    for (int z = 0; z < m_layout.zones.size(); ++z) {
        if (m_layout.zones.at(z).ticketType == ticketType)
            zoneIndex = z;
    }
    if (zoneIndex < 0)
        return {};
    for (const SeatRow &seatRow : m_seatRows) {
        if (seatRow.zone != zoneIndex || seatRow.rows.size() < count)
            continue;
        const QVector<int> &rows = seatRow.rows;
        const int n = int(rows.size());
        QVector<char> free(n);
        for (int i = 0; i < n; ++i)
            free[i] = isFree(rows[i]) ? 1 : 0;
        // A window [start, start + count) is fine if all free and it leaves
        // no lone free seat against it on either side.
        auto lonely = [&](int i, int step) {
            // Seat i is free; is it alone between the window and a taken seat or the row's end?
            const int next = i + step;
            return free[i] && (next < 0 || next >= n || !free[next]);
        };
        int best = -1;
        double bestDistance = 0;
        const double centre = (n - count) / 2.0;
        for (int start = 0; start + count <= n; ++start) {
            bool ok = true;
            for (int k = 0; k < count && ok; ++k)
                ok = free[start + k];
            if (!ok)
                continue;
            if (start - 1 >= 0 && lonely(start - 1, -1))
                continue;
            if (start + count < n && lonely(start + count, +1))
                continue;
            const double distance = std::abs(start - centre);
            if (best < 0 || distance < bestDistance) {
                best = start;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            QList<int> ids;
            for (int k = 0; k < count; ++k)
                ids << seatId(rows[best + k]);
            return ids;
        }
    }
    return {};
}

QList<int> SeatMapModel::myHeldRows() const
{
    QList<int> rows;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < seatCount(); ++row) {
        if (isMine(row) && (m_heldUntil[row] == 0 || m_heldUntil[row] > now))
            rows << row;
    }
    return rows;
}

} // namespace boxoffice
