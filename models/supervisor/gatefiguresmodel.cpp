#include "supervisor/gatefiguresmodel.h"

#include "display.h"

#include <QtCore/QLocale>

#include <algorithm>

namespace boxoffice {

namespace {

QList<std::pair<GateVerdict, int>> refusalsByCount(const GateFigures &f)
{
    QList<std::pair<GateVerdict, int>> list;
    for (auto it = f.refusals.cbegin(); it != f.refusals.cend(); ++it)
        list << std::make_pair(it.key(), it.value());
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return list;
}

} // namespace

GateFiguresModel::GateFiguresModel(Table table, QObject *parent) : QAbstractTableModel(parent), m_table(table) { }

QStringList GateFiguresModel::keys(const GateFigures &figures) const
{
    QStringList list;
    switch (m_table) {
    case Table::Zones:
        for (const GateFigures::Zone &z : figures.zones)
            list << z.zone;
        break;
    case Table::Gates:
        for (const GateFigures::PerGate &g : figures.gates)
            list << g.gate;
        break;
    case Table::Refusals:
        for (const auto &r : refusalsByCount(figures))
            list << gateVerdictName(r.first);
        break;
    case Table::Duplicates:
        for (const GateFigures::DuplicateEntry &d : figures.duplicates)
            list << d.label + QLatin1Char('/') + d.gate + QLatin1Char('/') + d.at.toString(Qt::ISODateWithMs);
        break;
    }
    return list;
}

void GateFiguresModel::setFigures(const GateFigures &figures)
{
    const bool same = m_figures.show.id == figures.show.id && keys(figures) == keys(m_figures);
    if (!same)
        beginResetModel();
    m_figures = figures;
    m_refusals = refusalsByCount(figures);
    if (!same) {
        endResetModel();
        return;
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void GateFiguresModel::clear()
{
    beginResetModel();
    m_figures = GateFigures {};
    m_refusals.clear();
    endResetModel();
}

int GateFiguresModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Zones:
        return int(m_figures.zones.size());
    case Table::Gates:
        return int(m_figures.gates.size());
    case Table::Refusals:
        return int(m_refusals.size());
    case Table::Duplicates:
        return int(m_figures.duplicates.size());
    }
    return 0;
}

int GateFiguresModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_table == Table::Refusals ? 2 : 5;
}

QVariant GateFiguresModel::display(int row, int column) const
{
    const QLocale locale;
    switch (m_table) {
    case Table::Zones: {
        const GateFigures::Zone &z = m_figures.zones.at(row);
        switch (column) {
        case ZoneColumn:
            return z.zone;
        case ZoneSoldColumn:
            return locale.toString(z.sold);
        case ZoneAdmittedColumn:
            return locale.toString(z.admitted);
        case ZoneToComeColumn:
            return locale.toString(z.toCome);
        case ZonePercentColumn:
            return z.sold > 0 ? locale.toString(100.0 * z.admitted / z.sold, 'f', 1) + QLatin1Char('%')
                              : QStringLiteral("—");
        default:
            return {};
        }
    }
    case Table::Gates: {
        const GateFigures::PerGate &g = m_figures.gates.at(row);
        switch (column) {
        case GateColumn:
            return g.gate;
        case GateAdmittedColumn:
            return locale.toString(g.admitted);
        case GateRefusedColumn:
            return locale.toString(g.refused);
        case GateDuplicatesColumn:
            return locale.toString(g.duplicates);
        case GateLastScanColumn:
            return Display::momentText(g.lastScan);
        default:
            return {};
        }
    }
    case Table::Refusals: {
        const auto &r = m_refusals.at(row);
        return column == ReasonColumn ? QVariant(Gate::verdictText(r.first)) : QVariant(locale.toString(r.second));
    }
    case Table::Duplicates: {
        const GateFigures::DuplicateEntry &d = m_figures.duplicates.at(row);
        switch (column) {
        case DuplicateSeatColumn:
            return d.label;
        case DuplicateGateColumn:
            return d.gate;
        case DuplicateAtColumn:
            return Display::momentText(d.at);
        case DuplicateFirstGateColumn:
            return d.firstGate;
        case DuplicateFirstAtColumn:
            return Display::momentText(d.firstAt);
        default:
            return {};
        }
    }
    }
    return {};
}

QVariant GateFiguresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case KeyRole:
        return keys(m_figures).value(row);
    case CountRole:
        switch (m_table) {
        case Table::Zones:
            return m_figures.zones.at(row).admitted;
        case Table::Gates:
            return m_figures.gates.at(row).admitted;
        case Table::Refusals:
            return m_refusals.at(row).second;
        case Table::Duplicates:
            return 0;
        }
        return {};
    case Qt::TextAlignmentRole: {
        // Counts right-aligned; names and moments as text.
        const bool number = (m_table == Table::Zones && index.column() != ZoneColumn)
            || (m_table == Table::Gates && index.column() >= GateAdmittedColumn
                && index.column() <= GateDuplicatesColumn)
            || (m_table == Table::Refusals && index.column() == ReasonScansColumn);
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    case Qt::ForegroundRole:
        // A gate with duplicate entries, and every duplicate, stand out.
        if ((m_table == Table::Gates && index.column() == GateDuplicatesColumn
                && m_figures.gates.at(row).duplicates > 0)
            || m_table == Table::Duplicates)
            return Display::criticalColor();
        return {};
    default:
        return {};
    }
}

QVariant GateFiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (m_table) {
    case Table::Zones:
        switch (section) {
        case ZoneColumn:
            return tr("Zone");
        case ZoneSoldColumn:
            return tr("Tickets");
        case ZoneAdmittedColumn:
            return tr("Admitted");
        case ZoneToComeColumn:
            return tr("To come");
        case ZonePercentColumn:
            return tr("In %");
        default:
            return {};
        }
    case Table::Gates:
        switch (section) {
        case GateColumn:
            return tr("Gate");
        case GateAdmittedColumn:
            return tr("Admitted");
        case GateRefusedColumn:
            return tr("Refused");
        case GateDuplicatesColumn:
            return tr("Duplicates");
        case GateLastScanColumn:
            return tr("Last scan");
        default:
            return {};
        }
    case Table::Refusals:
        return section == ReasonColumn ? tr("Refused as") : tr("Scans");
    case Table::Duplicates:
        switch (section) {
        case DuplicateSeatColumn:
            return tr("Seat");
        case DuplicateGateColumn:
            return tr("Offline gate");
        case DuplicateAtColumn:
            return tr("Scanned");
        case DuplicateFirstGateColumn:
            return tr("First admitted at");
        case DuplicateFirstAtColumn:
            return tr("First admitted");
        default:
            return {};
        }
    }
    return {};
}

} // namespace boxoffice
