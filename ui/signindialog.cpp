#include "signindialog.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFutureWatcher>
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
    Database *db = &m_db;
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    auto *watcher = new QFutureWatcher<Result<StaffMember>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_signIn->setEnabled(true);
        const Result<StaffMember> r = watcher->result();
        if (!r) {
            Q_EMIT failed(r.error().message);
            return;
        }
        m_member = r.value();
        accept();
    });
    watcher->setFuture(QtConcurrent::run([db, user, password] { return StaffDirectory::signIn(*db, user, password); }));
}

} // namespace boxoffice
