#pragma once

#include "gate/gate.h"

#include <QtCore/QAbstractTableModel>

namespace boxoffice {

// One table of a show's admission figures on the supervisor's dashboard
// (Gate::todaysFigures): per zone admitted and still to come, per gate
// admitted, refused and duplicates, refused scans by reason, or the
// duplicate entries an offline gate uploaded. A refresh with the same rows
// in the same order changes the cells in place (the view keeps its
// selection); any other change resets.
class GateFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GateFiguresModel)

public:
    enum class Table { Zones, Gates, Refusals, Duplicates };
    enum ZonesColumn { ZoneColumn, ZoneSoldColumn, ZoneAdmittedColumn, ZoneToComeColumn, ZonePercentColumn };
    enum GatesColumn { GateColumn, GateAdmittedColumn, GateRefusedColumn, GateDuplicatesColumn, GateLastScanColumn };
    enum RefusalsColumn { ReasonColumn, ReasonScansColumn };
    enum DuplicatesColumn {
        DuplicateSeatColumn,
        DuplicateGateColumn,
        DuplicateAtColumn,
        DuplicateFirstGateColumn,
        DuplicateFirstAtColumn
    };
    enum Role {
        KeyRole = Qt::UserRole, // QString: the zone, the gate, the verdict's name or the seat
        CountRole,              // int: the row's main count (admitted, refused scans; 0 for a duplicate)
    };

    GateFiguresModel(Table table, QObject *parent = nullptr);

    Table table() const { return m_table; }
    void setFigures(const GateFigures &figures);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList keys(const GateFigures &figures) const;
    QVariant display(int row, int column) const;

    Table m_table;
    GateFigures m_figures;
    QList<std::pair<GateVerdict, int>> m_refusals; // by count, most first
};

} // namespace boxoffice
