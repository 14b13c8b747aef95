#include "counter/firstmanagerdialog.h"

#include "admin/staffadmin.h"
#include "db/database.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

FirstManagerDialog::FirstManagerDialog(Database &owner, const ConnectionConfig &server, QWidget *parent)
    : QDialog(parent), m_owner(owner), m_server(server)
{
    setWindowTitle(tr("First manager"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This database has no manager yet. Make the first manager's account: it can then "
                                "add the venues, the shows and the other staff."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    const auto edit = [this](const char *name, const QString &accessible, bool secret) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setAccessibleName(accessible);
        if (secret)
            e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_user = edit("user", tr("User name"), false);
    m_user->setPlaceholderText(tr("e.g. somchai"));
    m_name = edit("displayName", tr("Display name"), false);
    m_password = edit("password", tr("Password"), true);
    m_repeat = edit("repeatPassword", tr("Password again"), true);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Display name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_repeat);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setMinimumWidth(320);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create and sign in"), QDialogButtonBox::AcceptRole);
    m_create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(m_create, &QPushButton::clicked, this, &FirstManagerDialog::tryCreate);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &FirstManagerDialog::failed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
        adjustSize();
        m_password->clear();
        m_repeat->clear();
        m_password->setFocus();
    });
    m_user->setFocus();
}

void FirstManagerDialog::tryCreate()
{
    if (!m_create->isEnabled())
        return;
    const QString user = m_user->text().trimmed();
    const QString name = m_name->text().trimmed();
    const QString password = m_password->text();
    if (password != m_repeat->text()) {
        Q_EMIT failed(tr("The two passwords are not the same. Type them again."));
        return;
    }
    m_create->setEnabled(false);
    m_error->hide();
    struct Outcome
    {
        Result<StaffMember> member = ServiceError::make(ErrorCode::SignInFailed);
        ConnectionConfig login;
    };
    m_owner
        .run([user, name, password, server = m_server](Database &db) {
            Outcome outcome;
            if (Result<Done> made = StaffAdmin::addFirstManager(db, user, name, password); !made) {
                outcome.member = made.error();
                return outcome;
            }
            outcome.member = StaffDirectory::signIn(db, user, password);
            if (!outcome.member)
                return outcome;
            ConnectionConfig login = server;
            login.set(QStringLiteral("user"), user);
            login.set(QStringLiteral("password"), password);
            Database check(login, QStringLiteral("sign-in-check"));
            check.setReconnectBudget(std::chrono::milliseconds(0));
            if (Result<Done> ping = check.ping(); !ping) {
                outcome.member = ping.error();
                return outcome;
            }
            check.closeThreadConnection();
            outcome.login = login;
            return outcome;
        })
        .then(this, [this](const Outcome &outcome) {
            m_create->setEnabled(true);
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
