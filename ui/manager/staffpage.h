#pragma once

#include "admin/staffadmin.h"
#include "db/result.h"

#include <QtWidgets/QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class Database;

// Set-up → Staff (issue 11): the staff accounts (user name, name, role,
// active, locked until) and a form for the selected one or a new one, with
// the manager's actions as buttons — add, save the name and role,
// deactivate/reactivate, reset the password (to be changed at the next
// sign-in), unlock. Everything goes through StaffAdmin on the page's
// Database's worker threads; the database refuses what the login may not do
// and says why, which the page shows (error) and then reloads the list.
class StaffPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaffPage)

public:
    explicit StaffPage(Database &db, QWidget *parent = nullptr);

    // Reads the accounts again (on a worker thread); loaded() when done.
    void reload();

    // The parts, for tests.
    QTableWidget *table() const { return m_table; }
    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *displayNameEdit() const { return m_displayName; }
    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *activeButton() const { return m_active; }
    QPushButton *resetButton() const { return m_reset; }
    QPushButton *unlockButton() const { return m_unlock; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *statusLabel() const { return m_status; }
    // The account shown in the form (empty: a new one).
    QString selectedUsername() const { return m_selected; }
    // Selects the row of this user name; false if there is none.
    bool select(const QString &username);

    enum Column { UsernameColumn, NameColumn, RoleColumn, ActiveColumn, LockedColumn, ColumnCount };

Q_SIGNALS:
    void loaded(int count);
    // An action finished: ok, or refused with the message shown.
    void done(bool ok);

private:
    void showAccounts(const QList<StaffAccount> &accounts);
    void showSelected();
    void newAccount();
    void add();
    void save();
    void toggleActive();
    void resetPassword();
    void unlock();
    // Runs an action on a worker; then shows its outcome and reloads (an
    // account just added is then selected).
    void act(const QString &doneText, std::function<Result<bool>(Database &)> work, const QString &added = {});
    void setBusy(bool busy);
    void showError(const QString &message);
    const StaffAccount *selectedAccount() const;

    Database &m_db;
    QList<StaffAccount> m_accounts;
    QString m_selected;
    bool m_busy = false;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_displayName = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_stateText = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace boxoffice
