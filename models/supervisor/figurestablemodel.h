#pragma once

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>

namespace boxoffice {

// The common part of the dashboard's tables: one row per item of the last
// figures. A refresh with the same items in the same order changes the cells
// in place (the view keeps its selection and scroll position); any other
// change is wholesale, a reset.
template<typename Row>
class FiguresTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QList<Row> rows)
    {
        bool sameItems = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameItems && i < rows.size(); ++i)
            sameItems = key(rows.at(i)) == key(m_rows.at(i));
        if (!sameItems) {
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            return;
        }
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
    }
    const QList<Row> &rows() const { return m_rows; }
    const Row *row(int r) const { return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    // What identifies an item across refreshes (show id, counter id, job name).
    virtual QVariant key(const Row &row) const = 0;

private:
    QList<Row> m_rows;
};

} // namespace boxoffice
