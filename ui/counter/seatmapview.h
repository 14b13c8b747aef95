#pragma once

#include <QtCore/QPointer>
#include <QtCore/QSet>
#include <QtGui/QColor>
#include <QtGui/QRegion>
#include <QtWidgets/QWidget>

#include <array>
#include <vector>

#include "counter/seatmapmodel.h"
#include "display.h"

class QRubberBand;

namespace boxoffice {

// The seat map: the ring in the middle, seats coloured by zone and state.
// Paints only what the exposed rectangle covers, found through the model's
// spatial index, one drawRects call per colour; level of detail when zoomed
// out (no labels, no hatching), labels when zoomed in. Zoom (wheel, +/-,
// 0 to fit), pan (right or middle drag, Ctrl+arrows), select (click,
// Ctrl+click, rubber band, arrows + Space).
class SeatMapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatMapView)

public:
    explicit SeatMapView(QWidget *parent = nullptr);
    ~SeatMapView() override;

    void setModel(SeatMapModel *model);
    SeatMapModel *model() const { return m_model; }

    void fitToView();
    void zoomBy(double factor, const QPointF &anchor);
    void panBy(const QPointF &pixels);
    double scale() const { return m_scale; }
    QPointF worldToWidget(const QPointF &world) const { return (world - m_origin) * m_scale; }
    QPointF widgetToWorld(const QPointF &pos) const { return pos / m_scale + m_origin; }
    // Where a seat is on screen (tests click there).
    QPoint seatPosition(int seatId) const;
    // The tooltip of a seat (its label, zone, price and state; a blocked
    // seat's kind and reason), empty for an unknown seat.
    QString seatToolTip(int seatId) const;

    int focusRow() const { return m_focusRow; }
    void setFocusRow(int row);

    // Selection mode (the manager's seat blocks page; off on the counter):
    // a click selects a seat (Ctrl+click adds or removes it), a rubber band
    // selects every seat in it whatever its state (Ctrl adds), Space toggles
    // the focused seat, Escape clears. Selected seats are outlined.
    // seatsActivated is not emitted then; selectionChanged is.
    void setSelectionMode(bool on);
    bool selectionMode() const { return m_selectionMode; }
    QList<int> selectedSeatIds() const; // in seat id order
    void setSelectedSeatIds(const QList<int> &seatIds);
    void clearSelection() { setSelectedSeatIds({}); }

    // Paints the exposed part of the map (also used by the benchmark).
    void render(QPainter &painter, const QRect &exposed);

    struct Palette
    {
        // The states' colours are the one mapping of models/display.h
        // (the legend under the map shows the same).
        QColor heldMine = Display::seatLookColor(Display::SeatLook::HeldMine);
        QColor heldOther = Display::seatLookColor(Display::SeatLook::HeldOther);
        QColor sold = Display::seatLookColor(Display::SeatLook::Sold);
        QColor blocked = Display::seatLookColor(Display::SeatLook::Blocked);
        QColor selected {0x00, 0xb0, 0xff};
        QColor ring {0xec, 0xe6, 0xd8};
        QColor background {0xfa, 0xfa, 0xfa};
    };
    static const Palette &palette();

Q_SIGNALS:
    // The clerk picked these seats (ids): the counter holds or releases them.
    void seatsActivated(const QList<int> &seatIds, Qt::KeyboardModifiers modifiers);
    // After each paint, with the part painted: what was repainted and when
    // (the repaint bench and tests watch it).
    void painted(const QRegion &exposed);
    // Selection mode: the selected seats changed.
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void onRowsChanged(int first, int last);
    QRect seatScreenRect(int row) const;
    void moveFocus(int dx, int dy);
    int colorKey(int row, qint64 nowMs) const;
    QString toolTipFor(int row) const;
    // Selection mode: the band's or click's seats applied (Ctrl adds/toggles).
    void select(const QList<int> &seatIds, Qt::KeyboardModifiers modifiers, bool toggle);

    QPointer<SeatMapModel> m_model;
    double m_scale = 4.0;
    QPointF m_origin; // world point at the widget's top-left
    bool m_fitted = false;
    // The whole map fits (nobody zoomed or panned since): a resize refits.
    bool m_autoFit = true;
    int m_focusRow = -1;
    // Mouse state.
    QPoint m_pressPos;
    Qt::MouseButton m_pressButton = Qt::NoButton;
    bool m_dragging = false;
    QRubberBand *m_band = nullptr;
    // One batch of rectangles per colour, kept between paints.
    std::vector<std::vector<QRectF>> m_batches;
    std::vector<QColor> m_batchColors;
    bool m_selectionMode = false;
    QSet<int> m_selected; // seat ids
};

} // namespace boxoffice
