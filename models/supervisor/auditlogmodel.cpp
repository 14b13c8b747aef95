#include "supervisor/auditlogmodel.h"

#include "db/houseclock.h"
#include "display.h"
#include "money/money.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QLocale>

namespace boxoffice {

namespace {

QString emDash()
{
    return QStringLiteral("\u2014");
}

QString separator()
{
    return QStringLiteral(" \u00b7 ");
}

QString jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return emDash();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    const QByteArray json = v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                        : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json);
}

// Every key: value, for actions this model has no words for.
QString genericSummary(const QJsonObject &detail)
{
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it)
        parts << QString(it.key() + QStringLiteral(": ") + jsonValueText(it.value()));
    return parts.join(separator());
}

} // namespace

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) { }

void AuditLogModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const AuditEntry *AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::actionText(const QString &action)
{
    if (action == QLatin1String("force_unlock"))
        return tr("Force unlock");
    if (action == QLatin1String("set_sales_state"))
        return tr("Sales state changed");
    if (action == QLatin1String("clear_duplicate_locks"))
        return tr("Duplicate locks cleared");
    if (action == QLatin1String("cancel_order"))
        return tr("Order cancelled");
    if (action == QLatin1String("staff_locked_out"))
        return tr("Staff account locked");
    if (action == QLatin1String("set_staff_password"))
        return tr("Staff password set");
    QString words = action;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString AuditLogModel::timeText(const QDateTime &at)
{
    // The venue's clock, whatever this PC's zone is.
    const QDateTime venue = HouseClock::at(at);
    const QLocale locale;
    return Display::dateText(venue.date(), QStringLiteral("d MMM yyyy"), locale) + QStringLiteral("  ")
        + locale.toString(venue.time(), QStringLiteral("HH:mm:ss"));
}

QString AuditLogModel::showText(const AuditEntry &entry)
{
    const QJsonValue show = entry.detail.value(QLatin1String("show"));
    if (!entry.showTitle.isEmpty()) {
        return tr("%1, %2").arg(entry.showTitle,
            Display::venueTimeText(entry.showStartsAt, HouseClock::timeZone(), Display::TimeStyle::Short));
    }
    if (show.isDouble())
        return tr("show #%1").arg(show.toInteger());
    return {};
}

QString AuditLogModel::detailSummary(const AuditEntry &entry)
{
    const QJsonObject &d = entry.detail;
    QStringList parts;
    if (entry.action == QLatin1String("force_unlock")) {
        parts << showText(entry);
        const QJsonValue seats = d.value(QLatin1String("seats"));
        parts << (seats.isArray() ? tr("%n chosen seat(s)", "", int(seats.toArray().size())) : tr("whole show"));
        const QJsonValue terminal = d.value(QLatin1String("terminal"));
        if (!terminal.isDouble())
            parts << tr("every counter");
        else if (!entry.targetTerminal.isEmpty())
            parts << tr("only %1").arg(entry.targetTerminal);
        else
            parts << tr("only counter #%1").arg(terminal.toInteger());
    } else if (entry.action == QLatin1String("set_sales_state")) {
        parts << showText(entry);
        const auto stateText = [&d](const std::optional<SalesState> &state, const char *key) {
            return state ? Display::salesStateText(*state) : d.value(QLatin1String(key)).toString();
        };
        parts << tr("%1 \u2192 %2").arg(stateText(entry.salesStateFrom, "from"), stateText(entry.salesStateTo, "to"));
    } else if (entry.action == QLatin1String("clear_duplicate_locks")) {
        parts << tr("every counter");
    } else if (entry.action == QLatin1String("cancel_order")) {
        parts << tr("order #%1").arg(d.value(QLatin1String("order_id")).toInteger());
        if (d.contains(QLatin1String("refund")))
            parts << tr("refund %1")
                         .arg(entry.refund ? formatBaht(*entry.refund) : d.value(QLatin1String("refund")).toString());
    } else if (entry.action == QLatin1String("staff_locked_out")) {
        parts << tr("locked for %n minute(s)", "", d.value(QLatin1String("minutes")).toInt());
    } else {
        return genericSummary(d);
    }
    parts.removeAll(QString());
    return parts.join(separator());
}

QString AuditLogModel::prettyDetail(const QJsonObject &detail)
{
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Indented)).trimmed();
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    const AuditEntry *e = entry(index.row());
    if (!e)
        return {};
    switch (role) {
    case EntryIdRole:
        return e->id;
    case ActionRole:
        return e->action;
    case FullDetailRole:
        return prettyDetail(e->detail);
    case TimestampRole:
        return e->at;
    case Qt::TextAlignmentRole:
        return index.column() == RowsColumn ? int(Qt::AlignRight | Qt::AlignVCenter)
                                            : int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(HouseClock::at(e->at), QLocale::LongFormat);
        case ReasonColumn:
            return e->reason;
        case ActionColumn:
            return e->action;
        case ActorColumn:
            return tr("Login: %1").arg(e->actor);
        case DetailColumn:
            return prettyDetail(e->detail);
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return timeText(e->at);
    case ActorColumn: {
        // The person's name where there is one (the login in the tooltip);
        // the login the database saw, when it says more.
        const QString who = e->actorName.isEmpty() ? e->actor : e->actorName;
        if (!e->dbUser.isEmpty() && e->dbUser != e->actor)
            return tr("%1 (login %2)").arg(who, e->dbUser);
        return who;
    }
    case CounterColumn:
        return e->terminal.isEmpty() ? emDash() : e->terminal;
    case ActionColumn:
        return actionText(e->action);
    case ReasonColumn:
        // One line in the table; the full text is in the tooltip and the detail pane.
        return QString(e->reason).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case RowsColumn:
        return QLocale().toString(e->rows);
    case DetailColumn:
        return detailSummary(*e);
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("By");
    case CounterColumn:
        return tr("Counter");
    case ActionColumn:
        return tr("Action");
    case ReasonColumn:
        return tr("Reason");
    case RowsColumn:
        return tr("Rows");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace boxoffice
