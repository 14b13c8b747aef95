#include "supervisor/findingsmodel.h"

#include "display.h"

#include <QtCore/QSize>
#include <QtGui/QFont>

namespace boxoffice {

FindingsModel::FindingsModel(QObject *parent) : QAbstractListModel(parent) { }

void FindingsModel::setFindings(const QList<Finding> &findings)
{
    bool sameKinds = findings.size() == m_findings.size();
    for (int i = 0; sameKinds && i < findings.size(); ++i)
        sameKinds = findings.at(i).kindName() == m_findings.at(i).kindName();
    if (!sameKinds) {
        beginResetModel();
        m_findings = findings;
        endResetModel();
        return;
    }
    m_findings = findings;
    if (!m_findings.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_findings.size()) - 1));
}

int FindingsModel::rowOfKind(const QString &kind) const
{
    for (int i = 0; i < m_findings.size(); ++i) {
        if (m_findings.at(i).kindName() == kind)
            return i;
    }
    return -1;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return f.title;
    case Qt::DecorationRole:
        return Display::healthLevelIcon(f.level);
    case Qt::ToolTipRole:
        return QStringLiteral("<b>%1</b>: %2<br>%3")
            .arg(Display::healthLevelText(f.level), f.title.toHtmlEscaped(), f.description.toHtmlEscaped());
    case Qt::AccessibleDescriptionRole:
        return QString(Display::healthLevelText(f.level) + QStringLiteral(": ") + f.description);
    case Qt::FontRole:
        if (f.level == HealthLevel::Critical) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::SizeHintRole:
        return QSize(0, LineHeight);
    case KindRole:
        return f.kindName();
    case LevelRole:
        return QVariant::fromValue(f.level);
    default:
        return {};
    }
}

} // namespace boxoffice
