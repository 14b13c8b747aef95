#include "supervisor/reporttablemodel.h"

#include "display.h"

#include "money/money.h"

#include <QtCore/QLocale>
#include <QtCore/QSet>

namespace boxoffice {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReportTableModel::setReport(SalesReport report)
{
    beginResetModel();
    m_report = std::move(report);
    m_hasReport = true;
    QSet<QString> venues;
    for (const ReportRow &row : std::as_const(m_report.rows))
        venues.insert(row.venue);
    // Zones of different venues may share a name: say which venue then.
    m_manyVenues = venues.size() > 1;
    endResetModel();
}

void ReportTableModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    // The totals row is there as soon as there is a report, even an empty one.
    return parent.isValid() || !m_hasReport ? 0 : int(m_report.rows.size()) + 1;
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ReportFigures &ReportTableModel::figures(int row) const
{
    return row < m_report.rows.size() ? m_report.rows.at(row).figures : m_report.totals;
}

qint64 ReportTableModel::value(const ReportFigures &f, int column)
{
    switch (column) {
    case OrdersColumn:
        return f.paidOrders;
    case TicketsColumn:
        return f.tickets;
    case GrossColumn:
        return f.gross;
    case RefundOrdersColumn:
        return f.refundOrders;
    case RefundsColumn:
        return f.refunds;
    case NetTicketsColumn:
        return f.ticketsNet();
    case NetColumn:
        return f.net();
    case CashColumn:
        return f.cash.net();
    case CardColumn:
        return f.card.net();
    case PromptPayColumn:
        return f.promptPay.net();
    default:
        return 0;
    }
}

QString ReportTableModel::rowLabel(const ReportRow &row) const
{
    switch (m_report.grouping) {
    case ReportGrouping::Show:
        return tr("%1, %2").arg(row.label, Display::venueTimeText(row.startsAt, row.timeZone));
    case ReportGrouping::Zone:
        return m_manyVenues ? tr("%1 (%2)").arg(row.label, row.venue) : row.label;
    case ReportGrouping::Counter:
        return row.label;
    case ReportGrouping::Clerk:
        return row.key == 0 ? tr("No clerk recorded") : row.label;
    case ReportGrouping::PriceType:
        return Reports::rowLabel(row);
    }
    return row.label;
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const bool total = index.row() == m_report.rows.size();
    const int column = index.column();
    const ReportFigures &f = figures(index.row());
    const bool isCount = column == OrdersColumn || column == TicketsColumn || column == RefundOrdersColumn
        || column == NetTicketsColumn;
    switch (role) {
    case TotalRowRole:
        return total;
    case KeyRole:
        return total ? QVariant() : QVariant(m_report.rows.at(index.row()).key);
    case AmountRole:
        return column == LabelColumn ? QVariant() : QVariant(value(f, column));
    case Qt::TextAlignmentRole:
        return column == LabelColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        const MethodFigures *m = column == CashColumn ? &f.cash
            : column == CardColumn                    ? &f.card
            : column == PromptPayColumn               ? &f.promptPay
                                                      : nullptr;
        if (m)
            return tr("Taken %1 in %n payment(s), refunded %2", nullptr, m->orders)
                .arg(formatBaht(m->gross), formatBaht(m->refunds));
        if (column == RefundOrdersColumn || column == RefundsColumn || column == NetTicketsColumn)
            return tr("%n ticket(s) refunded", nullptr, f.refundTickets);
        if (column == LabelColumn && !total) {
            const ReportRow &row = m_report.rows.at(index.row());
            QStringList parts;
            for (const QString &part : {row.label, row.detail, row.venue}) {
                if (!part.isEmpty())
                    parts << part;
            }
            return parts.join(QStringLiteral(" · "));
        }
        return {};
    }
    case Qt::DisplayRole:
        if (column == LabelColumn)
            return total ? tr("Total") : rowLabel(m_report.rows.at(index.row()));
        // By zone or price type a row's money is its seats': payments have no zone.
        if (!total && (column == CashColumn || column == CardColumn || column == PromptPayColumn)
            && (m_report.grouping == ReportGrouping::Zone || m_report.grouping == ReportGrouping::PriceType))
            return QStringLiteral("—");
        if (isCount)
            return QLocale().toString(value(f, column));
        return formatBaht(value(f, column));
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == LabelColumn ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LabelColumn:
        return Reports::groupingTitle(m_report.grouping);
    case OrdersColumn:
        return tr("Orders");
    case TicketsColumn:
        return tr("Tickets");
    case GrossColumn:
        return tr("Gross");
    case RefundOrdersColumn:
        return tr("Orders returned");
    case RefundsColumn:
        return tr("Refunded");
    case NetTicketsColumn:
        return tr("Net tickets");
    case NetColumn:
        return tr("Net");
    case CashColumn:
        return tr("Cash (net)");
    case CardColumn:
        return tr("Card (net)");
    case PromptPayColumn:
        return tr("PromptPay (net)");
    default:
        return {};
    }
}

} // namespace boxoffice
