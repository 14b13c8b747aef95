#pragma once

#include "admin/staffdirectory.h"
#include "db/connectionconfig.h"

#include <optional>

#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace boxoffice {

class Database;

// Staff sign-in at a counter: user name and password, checked off the GUI
// thread (PBKDF2 is slow on purpose); a wrong password or a lock-out is
// said plainly and the dialog stays. With setDatabaseLogin() the same
// password must also open the staff member's own database login (their
// PostgreSQL role), which the counter then works with. An account whose
// password is new or was reset must choose another before it is accepted:
// the dialog then asks for it twice (newPasswordEdit, repeatPasswordEdit)
// and sets it on the staff member's own login.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(Database &db, const QString &lastUser, QWidget *parent = nullptr);

    // After a sign-in: connect as the staff member on this server too.
    void setDatabaseLogin(const ConnectionConfig &server) { m_server = server; }
    // A gate station's offline sign-in (OfflineSignIn, kept in `file`):
    // every online sign-in of door staff renews their verifier there (and
    // anyone else's is forgotten); when the database cannot be reached, door
    // staff who signed in here online lately sign in against it, and the
    // login is the same (the gate station connects once the database is back).
    void setOfflineSignIn(const QString &file) { m_offlineFile = file; }
    // A line above the form (e.g. why only door staff can sign in now).
    void setNotice(const QString &text);
    // The accepted sign-in was checked offline (OfflineSignIn), not by the database.
    bool isOffline() const { return m_offline; }
    const StaffMember &member() const { return m_member; }
    // The staff member's own connection settings (with the password), once
    // accepted with a database login set.
    const ConnectionConfig &loginConfig() const { return m_login; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *noticeLabel() const { return m_notice; }
    // Shown (and enabled) only while a new password is asked for.
    QLineEdit *newPasswordEdit() const { return m_newPassword; }
    QLineEdit *repeatPasswordEdit() const { return m_repeatPassword; }
    bool isAskingForNewPassword() const { return m_changing; }

Q_SIGNALS:
    void failed(const QString &message);
    // Signed in with a password that must be changed first: the dialog now
    // asks for the new one.
    void newPasswordRequired();

private:
    void trySignIn();
    void askForNewPassword();
    void tryChangePassword();

    Database &m_db;
    std::optional<ConnectionConfig> m_server;
    QString m_offlineFile;
    bool m_offline = false;
    QLabel *m_notice = nullptr;
    ConnectionConfig m_login;
    StaffMember m_member;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_signIn = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_changeNote = nullptr;
    QWidget *m_changeForm = nullptr;
    QLineEdit *m_newPassword = nullptr;
    QLineEdit *m_repeatPassword = nullptr;
    bool m_changing = false;
};

} // namespace boxoffice
