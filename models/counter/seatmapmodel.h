#pragma once

#include "admin/seatblocks.h"
#include "admin/venuelayout.h"
#include "sale/domain.h"

#include <QtCore/QAbstractListModel>
#include <QtCore/QHash>
#include <QtCore/QPointF>
#include <QtCore/QRectF>
#include <QtCore/QVector>

#include <functional>

namespace boxoffice {

// One show's seats: geometry from the venue layout and live state from the
// seat feed. A row per seat, in seat id order. Incremental changes emit
// dataChanged for the rows that changed only; a notification older than the
// state already known (by version) is dropped.
//
// Painting 100,000 seats cannot go through QVariant: the view reads the
// typed accessors below and the spatial index (rowsIn / rowAt), and repaints
// the rows named by dataChanged.
class SeatMapModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatMapModel)

public:
    enum Role {
        SeatIdRole = Qt::UserRole + 1,
        LabelRole,
        PositionRole,
        TicketTypeRole,
        PriceRole,
        StateRole,     // SeatState (int), lapsed holds already counted free
        HeldByRole,    // terminal id
        HeldUntilRole, // QDateTime
        MineRole,      // held by this counter (plain hold, not an order)
        HolderNameRole,
        BlockNoteRole, // a blocked seat's kind and reason, e.g. "Press: TV crew" (empty if not known)
    };

    // Why a seat is blocked (the counter loads these for the open show:
    // CounterDesk, SeatBlocks::showBlocks).
    struct BlockNote
    {
        BlockKind kind = BlockKind::House;
        QString reason;
    };

    explicit SeatMapModel(QObject *parent = nullptr);

    void setLayout(VenueLayout layout);
    const VenueLayout &layout() const { return m_layout; }
    // New prices of the layout's zones (matched by zone id; the zones keep
    // their order, so the seats keep their zone): every seat's PriceRole
    // changes and zonesChanged is emitted. Returns how many zones changed.
    int setZonePrices(const QList<ZoneInfo> &zones);
    void setTerminalId(int terminalId) { m_terminalId = terminalId; }
    int terminalId() const { return m_terminalId; }
    void setTerminalNames(QHash<int, QString> names) { m_terminalNames = std::move(names); }
    QString terminalName(int terminalId) const;
    bool knowsTerminal(int terminalId) const { return m_terminalNames.contains(terminalId); }

    // The blocked seats' kinds and reasons, by seat id (for tooltips).
    void setBlockNotes(QHash<int, BlockNote> notes) { m_blockNotes = std::move(notes); }
    // "Press: TV crew" for a blocked seat whose reason is known, else empty.
    QString blockNote(int row) const;
    // The translated name of a kind: "House seats", "Press", …
    static QString blockKindText(BlockKind kind);

    // The whole show as committed (after opening it or a reconnect).
    void applySnapshot(const SeatStatusList &seats);
    // Some seats, from a notification or an engine answer. Returns how many
    // rows changed (older versions are ignored).
    int applyChanges(const SeatStatusList &changes);
    // Lapsed holds turn free on screen without any message: call now and then.
    int expireLapsed(qint64 nowMs);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Typed, allocation-free access for painting and hit-testing.
    int seatCount() const { return int(m_x.size()); }
    float x(int row) const { return m_x[row]; }
    float y(int row) const { return m_y[row]; }
    int zone(int row) const { return m_zone[row]; }
    SeatState state(int row) const { return SeatState(m_state[row]); }
    int heldBy(int row) const { return m_heldBy[row]; }
    qint64 heldUntilMs(int row) const { return m_heldUntil[row]; }
    bool isMine(int row) const
    {
        return m_state[row] == quint8(SeatState::Held) && m_heldBy[row] == m_terminalId && m_orderId[row] == 0;
    }
    int seatId(int row) const { return m_layout.seats.at(row).id; }
    int rowForSeat(int seatId) const;
    QRectF bounds() const { return m_bounds; }
    static constexpr float SeatSize = 0.8f; // in venue units; seats are 1 apart

    // Rows whose seat square intersects the rectangle (venue units).
    void rowsIn(const QRectF &area, const std::function<void(int row)> &visit) const;
    // The seat under a point, or -1.
    int rowAt(const QPointF &point) const;
    // Seat rectangle in venue units.
    QRectF seatRect(int row) const
    {
        return QRectF(m_x[row] - SeatSize / 2, m_y[row] - SeatSize / 2, SeatSize, SeatSize);
    }

    // "Best available": count adjacent free seats in one row of the ticket
    // type, nearest the ring, centred, never leaving a single free seat
    // stranded between taken ones (or a row end). Seat ids, or empty.
    QList<int> bestAvailable(int count, const QString &ticketType) const;

    // Seats of this counter's plain holds (for the cart).
    QList<int> myHeldRows() const;

Q_SIGNALS:
    // A zone's price changed (setZonePrices): legends redraw.
    void zonesChanged();

private:
    void buildIndex();
    bool isFree(int row) const;
    void emitRowsChanged(QList<int> &rows);

    VenueLayout m_layout;
    int m_terminalId = 0;
    QHash<int, QString> m_terminalNames;
    QHash<int, BlockNote> m_blockNotes;
    // Struct of arrays: 100,000 seats stay a few MB and cache-friendly.
    QVector<float> m_x, m_y;
    QVector<quint8> m_state;
    QVector<quint8> m_zone;
    QVector<qint32> m_heldBy;
    QVector<qint64> m_heldUntil;
    QVector<qint64> m_orderId;
    QVector<qint64> m_version;
    int m_firstId = 0;
    QVector<int> m_idToRow;
    // Uniform grid (CSR): m_cellStart[c] .. m_cellStart[c + 1] index m_cellRows.
    QRectF m_bounds;
    float m_cellSize = 8.0f;
    int m_cols = 0, m_rowsOfCells = 0;
    QVector<int> m_cellStart;
    QVector<int> m_cellRows;
    // Seat rows grouped by (section, row), ordered by seat number.
    struct SeatRow
    {
        int zone;
        int distanceRank; // 0 = nearest the ring
        QVector<int> rows;
    };
    QVector<SeatRow> m_seatRows;
};

} // namespace boxoffice
