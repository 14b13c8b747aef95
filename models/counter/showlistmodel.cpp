#include "counter/showlistmodel.h"

#include "display.h"

#include <QtCore/QLocale>

namespace boxoffice {

ShowListModel::ShowListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ShowListModel::setShows(QList<ShowSummary> shows)
{
    beginResetModel();
    m_shows = std::move(shows);
    endResetModel();
}

const ShowSummary *ShowListModel::show(int row) const
{
    return row >= 0 && row < m_shows.size() ? &m_shows.at(row) : nullptr;
}

int ShowListModel::rowOfShow(int showId) const
{
    for (int row = 0; row < m_shows.size(); ++row) {
        if (m_shows.at(row).id == showId)
            return row;
    }
    return -1;
}

int ShowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shows.size());
}

int ShowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShowListModel::data(const QModelIndex &index, int role) const
{
    const ShowSummary *s = show(index.row());
    if (!s)
        return {};
    if (role == ShowIdRole)
        return s->id;
    if (role == SalesStateRole)
        return QVariant::fromValue(s->salesState);
    if (role == Qt::TextAlignmentRole && index.column() >= RingsideColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn) // the title may be shortened with "…"
        return tr("%1, %2", "show title, date and time")
            .arg(s->title, Display::venueTimeText(s->startsAt, s->timeZone));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case DateColumn:
        return Display::venueTimeText(s->startsAt, s->timeZone, Display::TimeStyle::Short, locale);
    case TitleColumn:
        return s->title;
    case VenueColumn:
        return s->venue;
    case StateColumn:
        // Paused and closed say so; a show on sale says where it is in its
        // sales window (holds and sales are refused outside it).
        if (s->cancelled)
            return tr("Cancelled");
        if (s->salesState == SalesState::OnSale && s->salesWindow == SalesWindow::Ended)
            return tr("Sales ended");
        if (s->salesState == SalesState::OnSale && s->salesWindow == SalesWindow::NotYetOpen)
            return tr("On sale from %1")
                .arg(Display::venueTimeText(s->salesOpenAt, s->timeZone, Display::TimeStyle::Short, locale));
        return Display::salesStateText(s->salesState);
    case RingsideColumn:
        return locale.toString(s->freeByType.value(QStringLiteral("RINGSIDE")));
    case Class2Column:
        return locale.toString(s->freeByType.value(QStringLiteral("CLASS2")));
    case Class3Column:
        return locale.toString(s->freeByType.value(QStringLiteral("CLASS3")));
    default:
        return {};
    }
}

QVariant ShowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section >= RingsideColumn)
        return tr("Seats still free in this class (lapsed holds count as free)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Show");
    case VenueColumn:
        return tr("Venue");
    case StateColumn:
        return tr("Sales");
    case RingsideColumn:
        return tr("Ringside\nfree");
    case Class2Column:
        return tr("Class 2\nfree");
    case Class3Column:
        return tr("Class 3\nfree");
    default:
        return {};
    }
}

} // namespace boxoffice
