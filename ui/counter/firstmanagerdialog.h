#pragma once

#include "admin/staffdirectory.h"
#include "db/connectionconfig.h"

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace boxoffice {

class Database;

// The first start on a database without demo data (no active manager): the
// first manager's account — user name, display name, password twice —
// instead of the sign-in. Made on the owner's connection (off the GUI
// thread), then signed in like the sign-in dialog does: the new account's
// own database login must open with the password. Errors (a taken or
// malformed user name, a weak password, passwords not the same) are said in
// the dialog, which stays.
class FirstManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstManagerDialog)

public:
    // owner: the owner's connection; server: where the login connects.
    FirstManagerDialog(Database &owner, const ConnectionConfig &server, QWidget *parent = nullptr);

    const StaffMember &member() const { return m_member; }
    const ConnectionConfig &loginConfig() const { return m_login; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatPasswordEdit() const { return m_repeat; }
    QPushButton *createButton() const { return m_create; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    void tryCreate();

    Database &m_owner;
    ConnectionConfig m_server;
    ConnectionConfig m_login;
    StaffMember m_member;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace boxoffice
