#include "counter/seatmaplegend.h"

#include "counter/seatmapmodel.h"
#include "money/money.h"

#include <QtGui/QPainter>
#include <QtGui/QPixmap>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>

#include <array>
#include <tuple>

namespace boxoffice {

namespace {

constexpr int Spacing = 14; // between entries on a line
constexpr int LineSpacing = 2;
constexpr int Margin = 4;

enum class Swatch { Filled, Hatched, Crossed, Outline };

QPixmap swatch(const QColor &color, Swatch kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    const QRect square(1, 1, size - 2, size - 2);
    switch (kind) {
    case Swatch::Filled:
        p.fillRect(square, color);
        break;
    case Swatch::Hatched: // as the map draws another counter's hold zoomed in
        p.fillRect(square, color);
        p.fillRect(square, QBrush(Qt::white, Qt::BDiagPattern));
        break;
    case Swatch::Crossed: // as the map draws a blocked seat
        p.fillRect(square, color);
        p.fillRect(square, QBrush(Qt::white, Qt::DiagCrossPattern));
        break;
    case Swatch::Outline: // the keyboard cursor's frame
        p.setPen(QPen(color, 2));
        p.drawRect(square.adjusted(1, 1, -1, -1));
        break;
    }
    return pixmap;
}

} // namespace

SeatMapLegend::SeatMapLegend(QWidget *parent) : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setAccessibleName(tr("Seat map legend"));
    rebuild();
}

SeatMapLegend::~SeatMapLegend() = default;

void SeatMapLegend::setModel(SeatMapModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &SeatMapLegend::rebuild);
        connect(m_model, &SeatMapModel::zonesChanged, this, &SeatMapLegend::rebuild);
    }
    rebuild();
}

QWidget *SeatMapLegend::entryWidget(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return m_widgets.at(i);
    }
    return nullptr;
}

void SeatMapLegend::rebuild()
{
    qDeleteAll(m_widgets);
    m_widgets.clear();
    m_entries.clear();
    QList<Swatch> kinds;
    int zones = 0;
    if (m_model) {
        for (const ZoneInfo &zone : m_model->layout().zones) {
            m_entries << Entry {QStringLiteral("zone:") + zone.ticketType, QColor(zone.color),
                tr("%1 %2", "zone name, price of a free seat").arg(zone.name, formatBaht(zone.price))};
            kinds << Swatch::Filled;
            ++zones;
        }
    }
    const std::array<std::tuple<const char *, Display::SeatLook, Swatch>, 4> states {{
        {"heldMine", Display::SeatLook::HeldMine, Swatch::Filled},
        {"heldOther", Display::SeatLook::HeldOther, Swatch::Hatched},
        {"sold", Display::SeatLook::Sold, Swatch::Filled},
        {"blocked", Display::SeatLook::Blocked, Swatch::Crossed},
    }};
    for (const auto &[key, look, kind] : states) {
        m_entries << Entry {QString::fromLatin1(key), Display::seatLookColor(look), Display::seatLookText(look)};
        kinds << kind;
    }
    m_entries << Entry {QStringLiteral("cursor"), Display::seatLookColor(Display::SeatLook::Blocked),
        tr("Keyboard cursor (Space holds or releases)")};
    kinds << Swatch::Outline;

    const int size = fontMetrics().height();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry &e = m_entries.at(i);
        auto *item = new QWidget(this);
        item->setObjectName(QStringLiteral("legend_") + e.key);
        auto *row = new QHBoxLayout(item);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        auto *mark = new QLabel(item);
        mark->setPixmap(swatch(e.color, kinds.at(i), size));
        auto *text = new QLabel(e.text, item);
        text->setObjectName(QStringLiteral("text"));
        row->addWidget(mark);
        row->addWidget(text);
        item->setToolTip(i < zones ? tr("Free seat: %1").arg(e.text) : e.text);
        item->resize(item->sizeHint());
        item->show();
        m_widgets << item;
    }
    updateGeometry();
    flow(width(), true);
}

int SeatMapLegend::flow(int width, bool apply) const
{
    int x = Margin, y = Margin, lineHeight = 0;
    for (QWidget *item : m_widgets) {
        const QSize size = item->sizeHint();
        if (x > Margin && x + size.width() > width - Margin) {
            x = Margin;
            y += lineHeight + LineSpacing;
            lineHeight = 0;
        }
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), size));
        x += size.width() + Spacing;
        lineHeight = std::max(lineHeight, size.height());
    }
    return y + lineHeight + Margin;
}

int SeatMapLegend::heightForWidth(int width) const
{
    return flow(width, false);
}

QSize SeatMapLegend::sizeHint() const
{
    int width = 0;
    for (QWidget *item : m_widgets)
        width += item->sizeHint().width() + Spacing;
    return {width, heightForWidth(std::max(width, 1))};
}

QSize SeatMapLegend::minimumSizeHint() const
{
    int widest = 0;
    for (QWidget *item : m_widgets)
        widest = std::max(widest, item->sizeHint().width());
    return {widest + 2 * Margin, heightForWidth(widest + 2 * Margin)};
}

void SeatMapLegend::resizeEvent(QResizeEvent *)
{
    flow(width(), true);
}

void SeatMapLegend::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        rebuild();
}

} // namespace boxoffice
