#pragma once

#include "ops/healthmonitor.h"

#include <QtCore/QAbstractTableModel>

namespace boxoffice {

// The rows of one health finding (what it found: seats, counters, jobs), with
// the finding's own columns. Selecting another finding is a wholesale change.
class FindingRowsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingRowsModel)

public:
    enum Role {
        ValueRole = Qt::UserRole, // the value as read (QString, int, double, QDateTime, OrderStatus)
    };

    explicit FindingRowsModel(QObject *parent = nullptr);

    void setFinding(const Finding &finding);
    void clear();

    // A finding's value as people read it, for its column.
    static QString valueText(const QString &column, const QVariant &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_columns;
    QStringList m_headers;
    QList<QVariantList> m_rows;
};

} // namespace boxoffice
