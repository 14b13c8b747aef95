#pragma once

#include "ops/healthmonitor.h"

#include <QtCore/QAbstractListModel>

namespace boxoffice {

// The health findings of the last check, one line each (the dashboard's
// Health list): the title, the level as an icon (bold when critical), the
// description in the tooltip. A refresh updates the lines in place when the
// same checks come back in the same order (the usual case), so a view keeps
// its current line; otherwise it resets.
class FindingsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsModel)

public:
    enum Role {
        KindRole = Qt::UserRole, // QString: the finding's kind name, e.g. "orphaned_bookings"
        LevelRole,               // HealthLevel
    };
    // One line's height in pixels.
    static constexpr int LineHeight = 26;

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    // The row of the finding of this kind name, or -1.
    int rowOfKind(const QString &kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<Finding> m_findings;
};

} // namespace boxoffice
