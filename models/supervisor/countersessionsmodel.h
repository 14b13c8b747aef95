#pragma once

#include "admin/countersessions.h"
#include "supervisor/figurestablemodel.h"

#include <QtGui/QIcon>

namespace boxoffice {

// The open counter sessions for the supervisor: which counter, who signed
// in, since when, and when the counter was last heard of. A session whose
// counter fell silent (the app died, the PC lost power) is marked stale: the
// supervisor may close it so that the counter can be used again.
class CounterSessionsModel final : public FiguresTableModel<OpenCounterSession>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CounterSessionsModel)

public:
    enum Column { CounterColumn, ClerkColumn, SinceColumn, LastSeenColumn, StatusColumn, ColumnCount };
    enum Role {
        CounterIdRole = Qt::UserRole,
        SessionIdRole,
        StaleRole, // bool
    };

    explicit CounterSessionsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant key(const OpenCounterSession &row) const override { return row.session; }

private:
    QIcon m_fresh;
    QIcon m_stale;
};

} // namespace boxoffice
