#pragma once

#include "staffdirectory.h"

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace boxoffice {

class Database;

// Staff sign-in at a counter: user name and password, checked off the GUI
// thread (PBKDF2 is slow on purpose); a wrong password or a lock-out is
// said plainly and the dialog stays.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(Database &db, const QString &lastUser, QWidget *parent = nullptr);

    const StaffMember &member() const { return m_member; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    void trySignIn();

    Database &m_db;
    StaffMember m_member;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace boxoffice
