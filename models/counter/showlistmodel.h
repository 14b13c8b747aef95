#pragma once

#include "admin/showcatalog.h"

#include <QtCore/QAbstractTableModel>

namespace boxoffice {

// The coming shows with their free seats per ticket type.
class ShowListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowListModel)

public:
    enum Column {
        DateColumn,
        TitleColumn,
        VenueColumn,
        StateColumn,
        RingsideColumn,
        Class2Column,
        Class3Column,
        ColumnCount
    };
    enum Role { ShowIdRole = Qt::UserRole + 1, SalesStateRole };

    explicit ShowListModel(QObject *parent = nullptr);

    void setShows(QList<ShowSummary> shows);
    const ShowSummary *show(int row) const;
    int rowOfShow(int showId) const; // -1 if not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ShowSummary> m_shows;
};

} // namespace boxoffice
