#pragma once

#include "ops/reports.h"

#include <QtCore/QAbstractTableModel>

namespace boxoffice {

// A sales report as a table: one row per show, zone, counter or clerk, then
// a totals row. Amounts shown in baht; AmountRole gives them in satang.
class ReportTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportTableModel)

public:
    enum Column {
        LabelColumn,
        OrdersColumn,
        TicketsColumn,
        GrossColumn,
        RefundOrdersColumn,
        RefundsColumn,
        NetTicketsColumn,
        NetColumn,
        CashColumn,
        CardColumn,
        PromptPayColumn,
        ColumnCount
    };
    enum Role {
        TotalRowRole = Qt::UserRole + 1, // true on the totals row
        KeyRole,                         // the group's id (show, zone, terminal, staff)
        AmountRole,                      // amount columns: satang; count columns: the count
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setReport(SalesReport report);
    const SalesReport &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The label of a group as the table shows it.
    QString rowLabel(const ReportRow &row) const;

private:
    const ReportFigures &figures(int row) const;
    static qint64 value(const ReportFigures &f, int column);

    SalesReport m_report;
    bool m_hasReport = false;
    bool m_manyVenues = false;
};

} // namespace boxoffice
