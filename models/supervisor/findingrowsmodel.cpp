#include "supervisor/findingrowsmodel.h"

#include "display.h"
#include "gate/gate.h"
#include "supervisor/jobfiguresmodel.h"

#include <QtCore/QLocale>

namespace boxoffice {

FindingRowsModel::FindingRowsModel(QObject *parent) : QAbstractTableModel(parent) { }

void FindingRowsModel::setFinding(const Finding &finding)
{
    beginResetModel();
    m_columns = finding.columns;
    m_headers = finding.headers;
    m_rows = finding.rows;
    endResetModel();
}

void FindingRowsModel::clear()
{
    beginResetModel();
    m_columns.clear();
    m_headers.clear();
    m_rows.clear();
    endResetModel();
}

QString FindingRowsModel::valueText(const QString &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return column == QLatin1String("last_run") ? tr("never") : QString();
    if (value.typeId() == QMetaType::QDateTime)
        return Display::momentText(value.toDateTime());
    if (value.metaType() == QMetaType::fromType<OrderStatus>())
        return Display::orderStatusText(value.value<OrderStatus>());
    const QLocale locale;
    if (value.typeId() == QMetaType::Double)
        return locale.toString(value.toDouble(), 'f', value.toDouble() < 10 ? 2 : 1);
    if (value.typeId() == QMetaType::Int)
        return column == QLatin1String("order_id") ? QStringLiteral("#%1").arg(value.toInt())
                                                   : locale.toString(value.toInt());
    QString s = value.toString();
    if (column == QLatin1String("job"))
        return JobFiguresModel::jobText(s);
    if (column == QLatin1String("top_reason"))
        return Gate::verdictText(gateVerdictFromName(s));
    if (column == QLatin1String("state")) {
        if (s == QLatin1String("failed"))
            return tr("Failed");
        if (s == QLatin1String("late"))
            return tr("Late");
        if (s == QLatin1String("never_run"))
            return tr("Never run");
    }
    if (column == QLatin1String("seat_state")) {
        if (s == QLatin1String("sold"))
            return tr("Still sold");
        if (s == QLatin1String("held"))
            return tr("Still held");
        if (s == QLatin1String("order seat active"))
            return tr("Order seat still active");
    }
    return s;
}

int FindingRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FindingRowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant FindingRowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const QVariantList &row = m_rows.at(index.row());
    QVariant value = row.value(index.column());
    const bool number = value.typeId() == QMetaType::Int || value.typeId() == QMetaType::Double;
    switch (role) {
    case ValueRole:
        return value;
    case Qt::TextAlignmentRole:
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        return number ? QVariant() : QVariant(valueText(m_columns.at(index.column()), value));
    case Qt::DisplayRole:
        return valueText(m_columns.at(index.column()), value);
    default:
        return {};
    }
}

QVariant FindingRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return {};
    return m_headers.at(section);
}

} // namespace boxoffice
