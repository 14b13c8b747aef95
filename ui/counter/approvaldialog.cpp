#include "counter/approvaldialog.h"

#include "db/database.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

ApprovalDialog::ApprovalDialog(Database &db, const QString &purpose, Approve approve, QWidget *parent)
    : QDialog(parent), m_db(db), m_call(std::move(approve))
{
    setWindowTitle(tr("Supervisor's approval"));
    setObjectName(QStringLiteral("approvalDialog"));
    auto *layout = new QVBoxLayout(this);
    m_purpose = new QLabel(purpose, this);
    m_purpose->setObjectName(QStringLiteral("approvalPurpose"));
    m_purpose->setWordWrap(true);
    layout->addWidget(m_purpose);
    auto *form = new QFormLayout;
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("approvalReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("&Reason:"), m_reason);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("approvalUser"));
    form->addRow(tr("Supervisor's &user name:"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("approvalPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("approvalError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_approve = buttons->addButton(tr("&Approve"), QDialogButtonBox::AcceptRole);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_approve->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::tryApprove);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

ApprovalDialog *ApprovalDialog::forPrice(Database &db, int terminalId, const QString &purpose, QWidget *parent)
{
    return new ApprovalDialog(
        db, purpose,
        [terminalId](Database &d, const SupervisorLogin &login, const QString &reason) {
            return Approvals::approvePrice(d.config(), login, terminalId, reason);
        },
        parent);
}

void ApprovalDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
    // Already given: the supervisor's name is what is typed next (the
    // reason stays editable).
    if (!reason.trimmed().isEmpty())
        m_user->setFocus();
}

QString ApprovalDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ApprovalDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ApprovalDialog::tryApprove()
{
    if (m_busy)
        return;
    const QString why = reason();
    if (why.isEmpty()) {
        showError(tr("Type the reason first."));
        m_reason->setFocus();
        return;
    }
    const SupervisorLogin login {m_user->text().trimmed(), m_password->text()};
    if (login.username.isEmpty() || login.password.isEmpty()) {
        showError(tr("The supervisor types their user name and password."));
        (login.username.isEmpty() ? m_user : m_password)->setFocus();
        return;
    }
    m_busy = true;
    m_approve->setEnabled(false);
    showError({});
    const Approve call = m_call;
    m_db.run([call, login, why](Database &db) { return call(db, login, why); })
        .then(this, [this](const Result<Approval> &r) {
            m_busy = false;
            m_approve->setEnabled(true);
            m_password->clear();
            if (!r) {
                showError(tr("Not approved: %1").arg(r.error().message));
                m_password->setFocus();
                return;
            }
            m_approval = r.value();
            Q_EMIT approved(m_approval);
            accept();
        });
}

} // namespace boxoffice
