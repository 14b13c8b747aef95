#include "counter/signindialog.h"

#include "db/database.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

SignInDialog::SignInDialog(Database &db, const QString &lastUser, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(lastUser, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setMinimumWidth(320); // wraps into lines, never a tall narrow strip
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_signIn, &QPushButton::clicked, this, &SignInDialog::trySignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &SignInDialog::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        // Grow to the message (a long, wrapped one was cut off before).
        adjustSize();
        m_password->clear();
        m_password->setFocus();
    });
    (lastUser.isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::trySignIn()
{
    if (!m_signIn->isEnabled())
        return;
    m_signIn->setEnabled(false);
    m_error->hide();
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    const std::optional<ConnectionConfig> server = m_server;
    struct Outcome
    {
        Result<StaffMember> member = ServiceError::make(ErrorCode::SignInFailed);
        ConnectionConfig login;
    };
    m_db.run([user, password, server](Database &db) {
            Outcome outcome;
            outcome.member = StaffDirectory::signIn(db, user, password);
            if (!outcome.member || !server)
                return outcome;
            // The database checks the same password for the staff member's own
            // role: the counter works with what that role may do, nothing more.
            ConnectionConfig login = *server;
            login.set(QStringLiteral("user"), outcome.member->username);
            login.set(QStringLiteral("password"), password);
            Database check(login, QStringLiteral("sign-in-check"));
            check.setReconnectBudget(std::chrono::milliseconds(0));
            if (Result<Done> ping = check.ping(); !ping) {
                ServiceError e = ServiceError::make(ErrorCode::PermissionDenied, ping.error().detail);
                e.message
                    = tr("The database did not accept the account %1 (%2). Ask a manager to set its password again.")
                          .arg(outcome.member->username, ping.error().detail.section(QLatin1Char('\n'), 0, 0));
                outcome.member = e;
                return outcome;
            }
            check.closeThreadConnection();
            outcome.login = login;
            return outcome;
        })
        .then(this, [this](const Outcome &outcome) {
            m_signIn->setEnabled(true);
            if (!outcome.member) {
                Q_EMIT failed(outcome.member.error().message);
                return;
            }
            m_member = outcome.member.value();
            m_login = outcome.login;
            accept();
        });
}

} // namespace boxoffice
