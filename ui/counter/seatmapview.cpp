#include "counter/seatmapview.h"

#include "counter/seatmapmodel.h"
#include "money/money.h"

#include <QtCore/QDateTime>
#include <QtGui/QHelpEvent>
#include <QtGui/QKeyEvent>
#include <QtGui/QMouseEvent>
#include <QtGui/QPainter>
#include <QtGui/QPainterPath>
#include <QtGui/QResizeEvent>
#include <QtGui/QWheelEvent>
#include <QtWidgets/QRubberBand>
#include <QtWidgets/QToolTip>

#include <algorithm>
#include <cmath>

namespace boxoffice {

namespace {

// Colour keys: per zone "available", then the shared state colours.
enum StateKey { HeldMineKey, HeldOtherKey, SoldKey, BlockedKey, StateKeyCount };

QString formatLeft(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

const SeatMapView::Palette &SeatMapView::palette()
{
    static const Palette p;
    return p;
}

SeatMapView::SeatMapView(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 200);
    setAccessibleName(tr("Seat map"));
}

SeatMapView::~SeatMapView() = default;

void SeatMapView::setModel(SeatMapModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_fitted = false;
    m_focusRow = -1;
    m_selected.clear();
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { onRowsChanged(tl.row(), br.row()); });
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            m_fitted = false;
            m_focusRow = -1;
            if (!m_selected.isEmpty()) {
                m_selected.clear();
                Q_EMIT selectionChanged();
            }
            fitToView();
        });
    }
    fitToView();
}

void SeatMapView::fitToView()
{
    if (!m_model || m_model->seatCount() == 0 || width() <= 0 || height() <= 0) {
        update();
        return;
    }
    const QRectF b = m_model->bounds().adjusted(-1, -1, 1, 1);
    m_scale = std::min(width() / b.width(), height() / b.height());
    m_origin = b.center() - QPointF(width() / 2.0, height() / 2.0) / m_scale;
    m_fitted = true;
    m_autoFit = true;
    update();
}

void SeatMapView::zoomBy(double factor, const QPointF &anchor)
{
    const QPointF world = widgetToWorld(anchor);
    m_scale = std::clamp(m_scale * factor, 0.2, 200.0);
    m_origin = world - anchor / m_scale;
    m_autoFit = false;
    update();
}

void SeatMapView::panBy(const QPointF &pixels)
{
    m_origin -= pixels / m_scale;
    m_autoFit = false;
    update();
}

QPoint SeatMapView::seatPosition(int seatId) const
{
    if (!m_model)
        return {};
    const int row = m_model->rowForSeat(seatId);
    if (row < 0)
        return {};
    return worldToWidget(QPointF(m_model->x(row), m_model->y(row))).toPoint();
}

QString SeatMapView::seatToolTip(int seatId) const
{
    const int row = m_model ? m_model->rowForSeat(seatId) : -1;
    return row < 0 ? QString() : toolTipFor(row);
}

void SeatMapView::setSelectionMode(bool on)
{
    m_selectionMode = on;
    if (!on)
        clearSelection();
}

QList<int> SeatMapView::selectedSeatIds() const
{
    QList<int> ids(m_selected.cbegin(), m_selected.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SeatMapView::setSelectedSeatIds(const QList<int> &seatIds)
{
    QSet<int> wanted(seatIds.cbegin(), seatIds.cend());
    if (wanted == m_selected)
        return;
    m_selected = std::move(wanted);
    update();
    Q_EMIT selectionChanged();
}

void SeatMapView::select(const QList<int> &seatIds, Qt::KeyboardModifiers modifiers, bool toggle)
{
    const bool add = modifiers & Qt::ControlModifier;
    QSet<int> next = add ? m_selected : QSet<int>();
    for (int id : seatIds) {
        if (toggle && add && m_selected.contains(id))
            next.remove(id);
        else
            next.insert(id);
    }
    if (!add && toggle && seatIds.size() == 1 && m_selected == QSet<int> {seatIds.first()})
        next.clear(); // a second click on the one selected seat unselects it
    const QList<int> ids(next.cbegin(), next.cend());
    setSelectedSeatIds(ids);
}

void SeatMapView::setFocusRow(int row)
{
    if (row == m_focusRow)
        return;
    const int old = m_focusRow;
    m_focusRow = row;
    if (old >= 0)
        update(seatScreenRect(old).adjusted(-3, -3, 3, 3));
    if (row >= 0)
        update(seatScreenRect(row).adjusted(-3, -3, 3, 3));
}

QRect SeatMapView::seatScreenRect(int row) const
{
    const QRectF r = m_model->seatRect(row);
    return QRectF(worldToWidget(r.topLeft()), worldToWidget(r.bottomRight())).toAlignedRect();
}

void SeatMapView::onRowsChanged(int first, int last)
{
    if (!m_model)
        return;
    // Repaint only what changed; a big change repaints everything.
    if (last - first > 2000) {
        update();
        return;
    }
    for (int row = first; row <= last; ++row)
        update(seatScreenRect(row).adjusted(-2, -2, 2, 2));
}

int SeatMapView::colorKey(int row, qint64 nowMs) const
{
    const int zones = int(m_model->layout().zones.size());
    switch (m_model->state(row)) {
    case SeatState::Available:
        return m_model->zone(row);
    case SeatState::Held:
        if (m_model->heldUntilMs(row) > 0 && m_model->heldUntilMs(row) <= nowMs)
            return m_model->zone(row); // lapsed: free
        return zones + (m_model->isMine(row) ? HeldMineKey : HeldOtherKey);
    case SeatState::Sold:
        return zones + SoldKey;
    case SeatState::Blocked:
        return zones + BlockedKey;
    }
    return m_model->zone(row);
}

void SeatMapView::paintEvent(QPaintEvent *event)
{
    if (!m_fitted && m_model && m_model->seatCount() > 0)
        fitToView();
    QPainter painter(this);
    // A few seats changed far apart: draw each, not the box around them all.
    const QRegion &exposed = event->region();
    if (exposed.rectCount() <= 64) {
        for (const QRect &r : exposed) {
            painter.setClipRect(r);
            render(painter, r);
        }
    } else {
        render(painter, event->rect());
    }
    painter.end();
    Q_EMIT painted(exposed);
}

void SeatMapView::render(QPainter &painter, const QRect &exposed)
{
    const Palette &pal = palette();
    painter.fillRect(exposed, pal.background);
    if (!m_model || m_model->seatCount() == 0)
        return;

    // The ring.
    const double ring = m_model->layout().ringHalfSize;
    const QRectF ringRect(worldToWidget(QPointF(-ring, -ring)), worldToWidget(QPointF(ring, ring)));
    if (ringRect.intersects(exposed)) {
        painter.fillRect(ringRect, pal.ring);
        painter.setPen(QPen(QColor(0xb7, 0x1c, 0x1c), std::max(1.0, m_scale * 0.15)));
        painter.drawRect(ringRect.adjusted(m_scale * 0.4, m_scale * 0.4, -m_scale * 0.4, -m_scale * 0.4));
        if (m_scale > 6) {
            painter.setPen(QColor(0x5d, 0x40, 0x37));
            painter.drawText(ringRect, Qt::AlignCenter, tr("RING"));
        }
    }

    // Seats: one batch of rectangles per colour.
    const int zones = int(m_model->layout().zones.size());
    const int keys = zones + StateKeyCount;
    if (int(m_batches.size()) != keys) {
        m_batches.assign(size_t(keys), {});
        m_batchColors.assign(size_t(keys), QColor());
        for (int z = 0; z < zones; ++z)
            m_batchColors[size_t(z)] = QColor(m_model->layout().zones.at(z).color);
        m_batchColors[size_t(zones) + HeldMineKey] = pal.heldMine;
        m_batchColors[size_t(zones) + HeldOtherKey] = pal.heldOther;
        m_batchColors[size_t(zones) + SoldKey] = pal.sold;
        m_batchColors[size_t(zones) + BlockedKey] = pal.blocked;
    }
    for (auto &b : m_batches)
        b.clear();
    const QRectF world(widgetToWorld(exposed.topLeft()), widgetToWorld(exposed.bottomRight() + QPoint(1, 1)));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Level of detail: below ~1.5 px a seat is a one-pixel dot.
    const double side = std::max(1.0, SeatMapModel::SeatSize * m_scale);
    const double half = side / 2;
    const double s = m_scale;
    const double ox = m_origin.x(), oy = m_origin.y();
    int visible = 0;
    m_model->rowsIn(world, [&](int row) {
        const double cx = (double(m_model->x(row)) - ox) * s;
        const double cy = (double(m_model->y(row)) - oy) * s;
        m_batches[size_t(colorKey(row, now))].emplace_back(cx - half, cy - half, side, side);
        ++visible;
    });
    painter.setPen(Qt::NoPen);
    for (int k = 0; k < keys; ++k) {
        const auto &batch = m_batches[size_t(k)];
        if (batch.empty())
            continue;
        painter.setBrush(m_batchColors[size_t(k)]);
        painter.drawRects(batch.data(), int(batch.size()));
    }

    // Zoomed in: another counter's hold is hatched, and labels show.
    if (side >= 10) {
        painter.setBrush(QBrush(Qt::white, Qt::BDiagPattern));
        const auto &others = m_batches[size_t(zones) + HeldOtherKey];
        painter.drawRects(others.data(), int(others.size()));
    }
    // Blocked seats are crossed as soon as a cross can be seen: they are
    // never for sale, whatever the colours look like on a screen.
    if (side >= 5) {
        painter.setBrush(QBrush(Qt::white, Qt::DiagCrossPattern));
        const auto &blocked = m_batches[size_t(zones) + BlockedKey];
        painter.drawRects(blocked.data(), int(blocked.size()));
    }
    if (!m_selected.isEmpty()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.selected, std::max(2.0, side * 0.12)));
        m_model->rowsIn(world, [&](int row) {
            if (m_selected.contains(m_model->seatId(row)))
                painter.drawRect(QRectF(seatScreenRect(row)).adjusted(-1, -1, 1, 1));
        });
        painter.setPen(Qt::NoPen);
    }
    if (side >= 22 && visible < 4000) {
        QFont f = font();
        f.setPixelSize(std::max(7, int(side * 0.38)));
        painter.setFont(f);
        painter.setPen(Qt::white);
        m_model->rowsIn(world, [&](int row) {
            const QRectF r = seatScreenRect(row);
            painter.drawText(r, Qt::AlignCenter, QString::number(m_model->layout().seats.at(row).number));
        });
    }
    if (m_focusRow >= 0 && m_focusRow < m_model->seatCount()) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette().blocked, 2));
        painter.drawRect(seatScreenRect(m_focusRow).adjusted(-2, -2, 2, 2));
    }
}

void SeatMapView::resizeEvent(QResizeEvent *event)
{
    // A whole map stays whole when the window or a dock changes size; a
    // zoomed one keeps what was in the middle in the middle.
    if (!m_fitted || m_autoFit) {
        fitToView();
        return;
    }
    if (event->oldSize().isValid())
        m_origin -= QPointF(event->size().width() - event->oldSize().width(),
                        event->size().height() - event->oldSize().height())
            / (2.0 * m_scale);
}

void SeatMapView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    m_pressButton = event->button();
    m_dragging = false;
    setFocus(Qt::MouseFocusReason);
}

void SeatMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_pressButton == Qt::RightButton || m_pressButton == Qt::MiddleButton) {
        panBy(pos - m_pressPos);
        m_pressPos = pos;
        m_dragging = true;
        return;
    }
    if (m_pressButton != Qt::LeftButton)
        return;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < 5)
        return;
    m_dragging = true;
    if (!m_band)
        m_band = new QRubberBand(QRubberBand::Rectangle, this);
    m_band->setGeometry(QRect(m_pressPos, pos).normalized());
    m_band->show();
}

void SeatMapView::mouseReleaseEvent(QMouseEvent *event)
{
    const Qt::MouseButton button = m_pressButton;
    m_pressButton = Qt::NoButton;
    if (button != Qt::LeftButton || !m_model)
        return;
    const Qt::KeyboardModifiers mods = event->modifiers();
    if (m_dragging) {
        m_dragging = false;
        const QRect band = m_band ? m_band->geometry() : QRect();
        if (m_band)
            m_band->hide();
        QList<int> ids;
        const QRectF world(widgetToWorld(band.topLeft()), widgetToWorld(band.bottomRight()));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const int zones = int(m_model->layout().zones.size());
        m_model->rowsIn(world, [&](int row) {
            // A band picks free seats only (holding what is free in it);
            // selecting, it picks every seat (blocking or releasing them).
            if (m_selectionMode || colorKey(row, now) < zones)
                ids << m_model->seatId(row);
        });
        if (m_selectionMode)
            select(ids, mods, false);
        else if (!ids.isEmpty())
            Q_EMIT seatsActivated(ids, mods);
        return;
    }
    const int row = m_model->rowAt(widgetToWorld(event->position()));
    if (row >= 0) {
        setFocusRow(row);
        if (m_selectionMode)
            select({m_model->seatId(row)}, mods, true);
        else
            Q_EMIT seatsActivated({m_model->seatId(row)}, mods);
    } else if (m_selectionMode && !(mods & Qt::ControlModifier)) {
        clearSelection();
    }
}

void SeatMapView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoomBy(std::pow(1.25, steps), event->position());
    event->accept();
}

void SeatMapView::moveFocus(int dx, int dy)
{
    if (!m_model || m_model->seatCount() == 0)
        return;
    if (m_focusRow < 0) {
        // Start from the seat nearest the middle of the screen.
        const QPointF c = widgetToWorld(QPointF(width() / 2.0, height() / 2.0));
        int best = -1;
        double bestD = 0;
        m_model->rowsIn(QRectF(c - QPointF(6, 6), QSizeF(12, 12)), [&](int row) {
            const double d = std::hypot(m_model->x(row) - c.x(), m_model->y(row) - c.y());
            if (best < 0 || d < bestD) {
                best = row;
                bestD = d;
            }
        });
        setFocusRow(best >= 0 ? best : 0);
        return;
    }
    // The nearest seat in that direction (within a cone), searched nearby.
    const QPointF from(m_model->x(m_focusRow), m_model->y(m_focusRow));
    int best = -1;
    double bestScore = 0;
    for (double reach : {2.5, 6.0, 20.0}) {
        m_model->rowsIn(QRectF(from - QPointF(reach, reach), QSizeF(2 * reach, 2 * reach)), [&](int row) {
            const double vx = m_model->x(row) - from.x(), vy = m_model->y(row) - from.y();
            const double along = vx * dx + vy * dy;
            const double across = std::abs(vx * dy - vy * dx);
            if (row == m_focusRow || along <= 0.1 || across > along * 1.5 + 0.2)
                return;
            const double score = along + across * 2;
            if (best < 0 || score < bestScore) {
                best = row;
                bestScore = score;
            }
        });
        if (best >= 0)
            break;
    }
    if (best >= 0) {
        setFocusRow(best);
        const QRect r = seatScreenRect(best);
        if (!rect().contains(r))
            panBy(QPointF(rect().center() - r.center()));
    }
}

void SeatMapView::keyPressEvent(QKeyEvent *event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const double step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, QPointF(width() / 2.0, height() / 2.0));
        return;
    case Qt::Key_Minus:
        zoomBy(0.8, QPointF(width() / 2.0, height() / 2.0));
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitToView();
        return;
    case Qt::Key_Left:
        ctrl ? panBy(QPointF(step, 0)) : moveFocus(-1, 0);
        return;
    case Qt::Key_Right:
        ctrl ? panBy(QPointF(-step, 0)) : moveFocus(1, 0);
        return;
    case Qt::Key_Up:
        ctrl ? panBy(QPointF(0, step)) : moveFocus(0, -1);
        return;
    case Qt::Key_Down:
        ctrl ? panBy(QPointF(0, -step)) : moveFocus(0, 1);
        return;
    case Qt::Key_Space:
        if (m_model && m_focusRow >= 0 && m_selectionMode)
            select({m_model->seatId(m_focusRow)}, Qt::ControlModifier, true);
        else if (m_model && m_focusRow >= 0)
            Q_EMIT seatsActivated({m_model->seatId(m_focusRow)}, event->modifiers());
        return;
    case Qt::Key_Escape:
        if (m_selectionMode && !m_selected.isEmpty()) {
            clearSelection();
            return;
        }
        QWidget::keyPressEvent(event);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

QString SeatMapView::toolTipFor(int row) const
{
    const VenueLayout &layout = m_model->layout();
    const VenueLayout::Seat &seat = layout.seats.at(row);
    const ZoneInfo &zone = layout.zones.at(seat.zoneIndex);
    QString text = tr("%1 · %2 · %3", "seat, zone, price").arg(seat.label, zone.name, formatBaht(zone.price));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 left = m_model->heldUntilMs(row) - now;
    switch (m_model->state(row)) {
    case SeatState::Available:
        text += QLatin1Char('\n') + Display::seatLookText(Display::SeatLook::Available);
        break;
    case SeatState::Held:
        if (m_model->heldUntilMs(row) > 0 && left <= 0)
            text += QLatin1Char('\n') + Display::seatLookText(Display::SeatLook::Available);
        else if (m_model->isMine(row))
            text += QLatin1Char('\n') + tr("Held by this counter, %1 left").arg(formatLeft(left));
        else
            text += QLatin1Char('\n')
                + tr("Held by %1, %2 left").arg(m_model->terminalName(m_model->heldBy(row)), formatLeft(left));
        break;
    case SeatState::Sold:
        text += QLatin1Char('\n') + Display::seatLookText(Display::SeatLook::Sold);
        break;
    case SeatState::Blocked: {
        text += QLatin1Char('\n') + Display::seatLookText(Display::SeatLook::Blocked);
        const QString note = m_model->blockNote(row);
        if (!note.isEmpty())
            text += QLatin1Char('\n') + note;
        break;
    }
    }
    return text;
}

bool SeatMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = m_model->rowAt(widgetToWorld(help->pos()));
        if (row >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(row), this, seatScreenRect(row));
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace boxoffice
