#pragma once

#include <QtWidgets/QMainWindow>

class QTabWidget;

namespace boxoffice {

class Database;

// Manager → Set-up: the back office (issue 11) in one window of tabs —
// venues, shows and prices, seat blocks, staff. Each tab is a widget of its
// own (ui/manager/*page.*) that reads and writes through services/admin on
// worker threads; the database checks roles and audits every change. The
// window only holds the tabs and tells the counter when something it shows
// (shows, prices, blocks) has changed.
class SetupWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWindow)

public:
    explicit SetupWindow(Database &db, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    // The tab whose object name is `name` (e.g. "venuesPage"), or null.
    QWidget *page(const QString &name) const;
    // Brings the tab named `name` to the front; false if there is none.
    bool showPage(const QString &name);

Q_SIGNALS:
    // Something a counter shows changed (a show, a price, a seat block): the
    // counter reloads its show list and open seat map.
    void changed();

private:
    void addPage(QWidget *page, const QString &title);

    Database &m_db;
    QTabWidget *m_tabs = nullptr;
};

} // namespace boxoffice
