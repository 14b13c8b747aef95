#include "supervisor/showfiguresmodel.h"

#include "display.h"

#include <QtCore/QLocale>

namespace boxoffice {

ShowFiguresModel::ShowFiguresModel(QObject *parent) : FiguresTableModel(parent) { }

int ShowFiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShowFiguresModel::data(const QModelIndex &index, int role) const
{
    const ShowFigures *f = row(index.row());
    if (!f)
        return {};
    switch (role) {
    case ShowIdRole:
        return f->showId;
    case SalesStateRole:
        return QVariant::fromValue(f->salesState);
    case Qt::TextAlignmentRole:
        return index.column() >= SoldColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        // Only a show that is not on sale stands out.
        if (index.column() == SalesStateColumn && f->salesState != SalesState::OnSale)
            return Display::salesStateColor(f->salesState);
        return {};
    case Qt::ToolTipRole:
        if (index.column() >= SoldColumn)
            return {};
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case TitleColumn:
        return f->title;
    case StartsColumn:
        return Display::venueTimeText(f->startsAt, f->timeZone, Display::TimeStyle::Short, locale);
    case SalesStateColumn:
        return Display::salesStateText(f->salesState);
    case SoldColumn:
        return locale.toString(f->soldSeats);
    case CapacityColumn:
        return locale.toString(f->capacity);
    case SoldPercentColumn:
        return f->capacity > 0 ? locale.toString(100.0 * f->soldSeats / f->capacity, 'f', 1) + QLatin1Char('%')
                               : QStringLiteral("—");
    case LockedColumn:
        return locale.toString(f->lockedSeats);
    case InFlightColumn:
        return locale.toString(f->ordersInFlight);
    case PaidOrdersColumn:
        return locale.toString(f->paidOrders);
    case TakingsColumn:
        return formatBaht(f->takings);
    default:
        return {};
    }
}

QVariant ShowFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Show");
    case StartsColumn:
        return tr("Starts");
    case SalesStateColumn:
        return tr("Sales");
    case SoldColumn:
        return tr("Sold");
    case CapacityColumn:
        return tr("Capacity");
    case SoldPercentColumn:
        return tr("Sold %");
    case LockedColumn:
        return tr("Locked");
    case InFlightColumn:
        return tr("In flight");
    case PaidOrdersColumn:
        return tr("Paid orders");
    case TakingsColumn:
        return tr("Takings");
    default:
        return {};
    }
}

} // namespace boxoffice
