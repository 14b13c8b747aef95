#include "counter/signindialog.h"

#include "admin/staffadmin.h"
#include "db/database.h"
#include "gate/offlinesignin.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

// After a sign-in the database checked (on the worker): the station's
// offline sign-in learns the password (door staff) or forgets the login
// (anyone else). Not kept is logged: the sign-in itself stands.
void keepForOffline(const QString &file, const StaffMember &member, const QString &password)
{
    if (file.isEmpty())
        return;
    if (Result<Done> kept = OfflineSignIn(file).remember(member, password, QDateTime::currentDateTimeUtc()); !kept)
        qWarning().noquote() << "offline sign-in not kept:" << kept.error().message;
}

} // namespace

SignInDialog::SignInDialog(Database &db, const QString &lastUser, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setMinimumWidth(320);
    m_notice->hide();
    layout->addWidget(m_notice);
    auto *form = new QFormLayout;
    m_user = new QLineEdit(lastUser, this);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    // The new password, asked for after a sign-in that must change it.
    m_changeNote = new QLabel(ServiceError::make(ErrorCode::PasswordChangeRequired).message, this);
    m_changeNote->setObjectName(QStringLiteral("changeNote"));
    m_changeNote->setWordWrap(true);
    m_changeNote->hide();
    layout->addWidget(m_changeNote);
    m_changeForm = new QWidget(this);
    auto *changeForm = new QFormLayout(m_changeForm);
    changeForm->setContentsMargins(0, 0, 0, 0);
    m_newPassword = new QLineEdit(m_changeForm);
    m_newPassword->setObjectName(QStringLiteral("newPassword"));
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_newPassword->setAccessibleName(tr("New password"));
    m_repeatPassword = new QLineEdit(m_changeForm);
    m_repeatPassword->setObjectName(QStringLiteral("repeatPassword"));
    m_repeatPassword->setEchoMode(QLineEdit::Password);
    m_repeatPassword->setAccessibleName(tr("New password again"));
    changeForm->addRow(tr("&New password:"), m_newPassword);
    changeForm->addRow(tr("New password &again:"), m_repeatPassword);
    m_changeForm->hide();
    layout->addWidget(m_changeForm);
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
    connect(m_signIn, &QPushButton::clicked, this, [this] { m_changing ? tryChangePassword() : trySignIn(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &SignInDialog::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        // Grow to the message (a long, wrapped one was cut off before).
        adjustSize();
        if (m_changing) {
            m_newPassword->clear();
            m_repeatPassword->clear();
            m_newPassword->setFocus();
            return;
        }
        m_password->clear();
        m_password->setFocus();
    });
    (lastUser.isEmpty() ? m_user : m_password)->setFocus();
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    adjustSize();
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
        bool offline = false;
    };
    m_db.run([user, password, server, offlineFile = m_offlineFile](Database &db) {
            Outcome outcome;
            outcome.member = StaffDirectory::signIn(db, user, password);
            if (!outcome.member && !offlineFile.isEmpty()) {
                const ErrorCode e = outcome.member.error().code;
                if (e != ErrorCode::DatabaseUnavailable && e != ErrorCode::OutcomeUnknown)
                    return outcome;
                // The database cannot be reached: door staff who signed in
                // here lately sign in against the station's verifier; the
                // gate station connects on the same login once it is back.
                const OfflineSignIn kept(offlineFile);
                const Result<StaffMember> offline = kept.check(user, password, QDateTime::currentDateTimeUtc());
                if (!offline) {
                    ServiceError refused = offline.error();
                    if (refused.detail == QLatin1String("offline")) {
                        const int hours = int(kept.validFor().count() / 3600);
                        refused.message = tr("The database cannot be reached, so this station checks the password "
                                             "itself. Only door staff who signed in here with the database in the "
                                             "last %n hour(s) can sign in now, with the same password.",
                            "", hours);
                    }
                    outcome.member = refused;
                    return outcome;
                }
                outcome.member = offline;
                outcome.offline = true;
                if (server) {
                    outcome.login = *server;
                    outcome.login.set(QStringLiteral("user"), offline->username);
                    outcome.login.set(QStringLiteral("password"), password);
                }
                return outcome;
            }
            if (!outcome.member)
                return outcome;
            if (!server)
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
            // The next offline sign-in is checked against this password (a
            // password to be changed first: against the new one, once set).
            if (!outcome.member->mustChangePassword)
                keepForOffline(offlineFile, outcome.member.value(), password);
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
            m_offline = outcome.offline;
            // With a database login the new password can be set on it;
            // without one (a test's owner connection) there is nothing to set.
            if (m_member.mustChangePassword && m_server) {
                askForNewPassword();
                return;
            }
            accept();
        });
}

void SignInDialog::askForNewPassword()
{
    m_changing = true;
    m_user->setEnabled(false);
    m_password->setEnabled(false);
    m_changeNote->show();
    m_changeForm->show();
    m_signIn->setText(tr("&Change password"));
    adjustSize();
    m_newPassword->setFocus();
    Q_EMIT newPasswordRequired();
}

// The new password goes to the database on the staff member's own login
// (change_own_password: whose it is, the database takes from the session),
// then the counter works with it.
void SignInDialog::tryChangePassword()
{
    if (!m_signIn->isEnabled())
        return;
    const QString password = m_newPassword->text();
    if (password != m_repeatPassword->text()) {
        Q_EMIT failed(tr("The two new passwords are not the same. Type them again."));
        return;
    }
    if (password == m_password->text()) {
        Q_EMIT failed(tr("Choose a password other than the one you were given."));
        return;
    }
    m_signIn->setEnabled(false);
    m_error->hide();
    ConnectionConfig login = m_login;
    m_db.run([login, member = m_member, password, offlineFile = m_offlineFile](Database &) {
            Database own(login, QStringLiteral("password-change"));
            own.setReconnectBudget(std::chrono::milliseconds(0));
            Result<Done> changed = StaffAdmin::changeOwnPassword(own, member.username, password);
            own.closeThreadConnection();
            if (changed)
                keepForOffline(offlineFile, member, password);
            return changed;
        })
        .then(this, [this, password](const Result<Done> &changed) {
            m_signIn->setEnabled(true);
            if (!changed) {
                Q_EMIT failed(changed.error().message);
                return;
            }
            m_member.mustChangePassword = false;
            m_login.set(QStringLiteral("password"), password);
            accept();
        });
}

} // namespace boxoffice
