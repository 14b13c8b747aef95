#include "manager/staffpage.h"

#include "db/database.h"
#include "display.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

StaffPage::StaffPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("staffPage"));
    auto *layout = new QHBoxLayout(this);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setAccessibleName(tr("Staff accounts"));
    m_table->setHorizontalHeaderLabels({tr("User name"), tr("Name"), tr("Role"), tr("Active"), tr("Locked until")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 3);

    auto *side = new QVBoxLayout;
    auto *box = new QGroupBox(tr("Account"), this);
    auto *form = new QFormLayout(box);
    m_username = new QLineEdit(box);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("User name"));
    m_username->setMaxLength(64);
    m_username->setPlaceholderText(tr("e.g. somchai (lower case, no spaces)"));
    form->addRow(tr("&User name:"), m_username);
    m_displayName = new QLineEdit(box);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setAccessibleName(tr("Display name"));
    form->addRow(tr("&Name:"), m_displayName);
    m_role = new QComboBox(box);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setAccessibleName(tr("Role"));
    for (const StaffRole r : {StaffRole::Clerk, StaffRole::Supervisor, StaffRole::Manager, StaffRole::Gate})
        m_role->addItem(Display::staffRoleText(r), staffRoleName(r));
    form->addRow(tr("&Role:"), m_role);
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("for a new account or a reset"));
    form->addRow(tr("&Password:"), m_password);
    m_stateText = new QLabel(box);
    m_stateText->setObjectName(QStringLiteral("state"));
    m_stateText->setWordWrap(true);
    form->addRow(QString(), m_stateText);
    side->addWidget(box);

    const auto button = [this, side](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        side->addWidget(b);
        return b;
    };
    m_new = button(tr("N&ew account"), "newAccount");
    m_add = button(tr("&Add account"), "add");
    m_save = button(tr("&Save name and role"), "save");
    m_active = button(tr("&Deactivate"), "active");
    m_reset = button(tr("Reset pass&word"), "reset");
    m_unlock = button(tr("Un&lock"), "unlock");
    auto *help = new QLabel(tr("A new account and a reset password must be changed at the next sign-in. "
                               "Passwords: at least %1 characters, not the user name.")
                                .arg(StaffAdmin::MinPasswordLength),
        this);
    help->setWordWrap(true);
    side->addWidget(help);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    side->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    side->addWidget(m_status);
    side->addStretch();
    layout->addLayout(side, 2);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, &StaffPage::newAccount);
    connect(m_add, &QPushButton::clicked, this, &StaffPage::add);
    connect(m_save, &QPushButton::clicked, this, &StaffPage::save);
    connect(m_active, &QPushButton::clicked, this, &StaffPage::toggleActive);
    connect(m_reset, &QPushButton::clicked, this, &StaffPage::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &StaffPage::unlock);
    newAccount();
    reload();
}

void StaffPage::reload()
{
    setBusy(true);
    m_db.run([](Database &db) { return StaffAdmin::accounts(db); })
        .then(this, [this](const Result<QList<StaffAccount>> &accounts) {
            setBusy(false);
            if (!accounts) {
                showError(accounts.error().message);
                Q_EMIT loaded(0);
                return;
            }
            showAccounts(accounts.value());
            Q_EMIT loaded(int(m_accounts.size()));
        });
}

void StaffPage::showAccounts(const QList<StaffAccount> &accounts)
{
    const QString keep = m_selected;
    m_accounts = accounts;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const StaffAccount &a = accounts.at(row);
        const QStringList cells {a.username, a.displayName, Display::staffRoleText(a.role),
            a.active ? tr("yes") : tr("no"), a.lockedUntil.isValid() ? Display::momentText(a.lockedUntil) : QString()};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->clearSelection();
    // A new account being typed stays in the form (also when adding it was
    // refused); a selected one is shown as it is now.
    if (!keep.isEmpty() && !select(keep))
        newAccount();
    setBusy(m_busy);
}

bool StaffPage::select(const QString &username)
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).username == username) {
            m_table->selectRow(row);
            m_selected = username;
            showSelected();
            return true;
        }
    }
    return false;
}

const StaffAccount *StaffPage::selectedAccount() const
{
    for (const StaffAccount &a : m_accounts) {
        if (a.username == m_selected)
            return &a;
    }
    return nullptr;
}

void StaffPage::showSelected()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return; // the form keeps what it shows
    m_selected = m_accounts.value(items.first()->row()).username;
    const StaffAccount *account = selectedAccount();
    if (!account)
        return;
    m_username->setText(account->username);
    m_username->setReadOnly(true);
    m_displayName->setText(account->displayName);
    m_role->setCurrentIndex(m_role->findData(staffRoleName(account->role)));
    m_password->clear();
    QStringList state;
    state << (account->active ? tr("Active.") : tr("Deactivated: cannot sign in."));
    if (account->lockedUntil.isValid())
        state << tr("Locked out until %1.").arg(Display::momentText(account->lockedUntil));
    if (account->mustChangePassword)
        state << tr("Must choose a new password at the next sign-in.");
    if (!account->hasLogin)
        state << tr("No database login yet: reset the password to give it one.");
    m_stateText->setText(state.join(QLatin1Char(' ')));
    m_active->setText(account->active ? tr("&Deactivate") : tr("Re&activate"));
    setBusy(m_busy);
}

void StaffPage::newAccount()
{
    m_selected.clear();
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
    }
    m_username->clear();
    m_username->setReadOnly(false);
    m_displayName->clear();
    m_role->setCurrentIndex(0);
    m_password->clear();
    m_stateText->setText(tr("New account."));
    m_active->setText(tr("&Deactivate"));
    setBusy(m_busy);
    m_username->setFocus();
}

void StaffPage::add()
{
    const QString username = m_username->text().trimmed();
    const QString name = m_displayName->text();
    const StaffRole role = staffRoleFromName(m_role->currentData().toString()).value_or(StaffRole::Clerk);
    const QString password = m_password->text();
    act(
        tr("Account %1 added; the password must be changed at the first sign-in.").arg(username),
        [username, name, role, password](
            Database &db) { return StaffAdmin::addStaff(db, username, name, role, password); },
        username);
}

void StaffPage::save()
{
    const StaffAccount *account = selectedAccount();
    if (!account)
        return;
    const QString username = account->username;
    const QString name = m_displayName->text();
    const bool rename = name.trimmed() != account->displayName;
    const StaffRole role = staffRoleFromName(m_role->currentData().toString()).value_or(account->role);
    const bool moveRole = role != account->role;
    act(tr("Account %1 saved.").arg(username), [username, name, rename, role, moveRole](Database &db) {
        bool changed = false;
        if (rename) {
            Result<bool> r = StaffAdmin::setDisplayName(db, username, name);
            if (!r)
                return r;
            changed = r.value();
        }
        if (moveRole) {
            Result<bool> r = StaffAdmin::setRole(db, username, role);
            if (!r)
                return r;
            changed = changed || r.value();
        }
        return Result<bool>(changed);
    });
}

void StaffPage::toggleActive()
{
    const StaffAccount *account = selectedAccount();
    if (!account)
        return;
    const QString username = account->username;
    const bool active = !account->active;
    act(active ? tr("Account %1 reactivated.").arg(username) : tr("Account %1 deactivated.").arg(username),
        [username, active](Database &db) { return StaffAdmin::setActive(db, username, active); });
}

void StaffPage::resetPassword()
{
    const StaffAccount *account = selectedAccount();
    if (!account)
        return;
    const QString username = account->username;
    const QString password = m_password->text();
    act(tr("Password of %1 reset; it must be changed at the next sign-in.").arg(username),
        [username, password](Database &db) { return StaffAdmin::resetPassword(db, username, password); });
}

void StaffPage::unlock()
{
    const StaffAccount *account = selectedAccount();
    if (!account)
        return;
    const QString username = account->username;
    act(tr("Account %1 unlocked.").arg(username),
        [username](Database &db) { return StaffAdmin::unlock(db, username); });
}

void StaffPage::act(const QString &doneText, std::function<Result<bool>(Database &)> work, const QString &added)
{
    if (m_busy)
        return;
    setBusy(true);
    m_error->hide();
    m_status->clear();
    m_db.run([work = std::move(work)](Database &db) { return work(db); })
        .then(this, [this, doneText, added](const Result<bool> &outcome) {
            setBusy(false);
            if (!outcome) {
                showError(outcome.error().message);
                Q_EMIT done(false);
                reload();
                return;
            }
            m_password->clear();
            if (!added.isEmpty())
                m_selected = added; // shown once the list has it
            m_status->setText(doneText);
            Q_EMIT done(true);
            reload();
        });
}

void StaffPage::setBusy(bool busy)
{
    m_busy = busy;
    const bool existing = selectedAccount() != nullptr;
    m_add->setEnabled(!busy && !existing);
    m_save->setEnabled(!busy && existing);
    m_active->setEnabled(!busy && existing);
    m_reset->setEnabled(!busy && existing);
    m_unlock->setEnabled(!busy && existing);
    m_new->setEnabled(!busy);
}

void StaffPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace boxoffice
