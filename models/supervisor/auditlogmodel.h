#pragma once

#include "ops/auditlog.h"

#include <QtCore/QAbstractTableModel>

namespace boxoffice {

// The audit log's entries, newest first, in words: the action as a phrase,
// the detail summed up in a line (the full JSON in FullDetailRole and the
// tooltip).
class AuditLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogModel)

public:
    enum Column {
        TimeColumn,
        ActorColumn,
        CounterColumn,
        ActionColumn,
        ReasonColumn,
        RowsColumn,
        DetailColumn,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        ActionRole,     // the action's code, e.g. force_unlock
        FullDetailRole, // the detail as indented JSON
        TimestampRole,  // QDateTime (UTC)
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(QList<AuditEntry> entries);
    const AuditEntry *entry(int row) const;
    const QList<AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "force_unlock" → "Force unlock" (translated); unknown codes are made
    // readable ("set_staff_password" → "Set staff password").
    static QString actionText(const QString &action);
    // One line: what the entry touched.
    static QString detailSummary(const AuditEntry &entry);
    static QString prettyDetail(const QJsonObject &detail);
    // "Muay Thai Night, Thu 3 Dec 18:30" or "show #12".
    static QString showText(const AuditEntry &entry);
    static QString timeText(const QDateTime &at);

private:
    QList<AuditEntry> m_entries;
};

} // namespace boxoffice
