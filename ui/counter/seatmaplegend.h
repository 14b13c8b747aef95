#pragma once

#include "display.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QLabel;

namespace boxoffice {

class SeatMapModel;

// What the seat map's colours mean, under the map: each zone's colour (a
// free seat of that zone, with its price), then every state a seat can be
// in — held by this counter, held by another (hatched when zoomed in),
// sold, blocked (crossed) — and the keyboard cursor. The colours are the map's own
// (Display::seatLookColor, the zones' colours from the layout). Entries flow
// into as many lines as the width needs.
class SeatMapLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeatMapLegend)

public:
    explicit SeatMapLegend(QWidget *parent = nullptr);
    ~SeatMapLegend() override;

    // The map whose zones are listed (not owned; nullptr: the states only).
    void setModel(SeatMapModel *model);

    // One entry: its swatch colour and its text (tests and tooltips).
    struct Entry
    {
        QString key; // "zone:RINGSIDE", "heldMine", "heldOther", "sold", "blocked", "cursor"
        QColor color;
        QString text;
    };
    const QList<Entry> &entries() const { return m_entries; }
    QWidget *entryWidget(const QString &key) const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    // Places the entries in lines of the given width; returns the height.
    int flow(int width, bool apply) const;

    QPointer<SeatMapModel> m_model;
    QList<Entry> m_entries;
    QList<QWidget *> m_widgets;
};

} // namespace boxoffice
