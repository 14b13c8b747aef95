#pragma once

#include "ops/healthmonitor.h"
#include "supervisor/figurestablemodel.h"

namespace boxoffice {

// The dashboard's shows: seats sold, held and in flight, and the takings
// since the start of the day.
class ShowFiguresModel final : public FiguresTableModel<ShowFigures>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowFiguresModel)

public:
    enum Column {
        TitleColumn,
        StartsColumn,
        SalesStateColumn,
        SoldColumn,
        CapacityColumn,
        SoldPercentColumn,
        LockedColumn,
        InFlightColumn,
        PaidOrdersColumn,
        TakingsColumn,
        ColumnCount
    };
    enum Role {
        ShowIdRole = Qt::UserRole,
        SalesStateRole, // SalesState
    };

    explicit ShowFiguresModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant key(const ShowFigures &row) const override { return row.showId; }
};

} // namespace boxoffice
