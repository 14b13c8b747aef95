#pragma once

#include <QtWidgets/QMainWindow>

class QLabel;
class QTableView;

namespace boxoffice {

class Database;
class ShowListModel;

// The counter's window. For now: the coming shows with their free seats and
// where the data lives; the seat map and checkout come next.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void setStatusText(const QString &text);
    void showStartupError(const QString &message);
    // Starts using the database (not owned; must outlive the window).
    void setDatabase(Database *db, const QString &description);
    void refresh();

    ShowListModel *showModel() const { return m_model; }
    QTableView *showView() const { return m_view; }

Q_SIGNALS:
    void showsLoaded(int count);

private:
    Database *m_db = nullptr;
    ShowListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_where = nullptr;
    bool m_loading = false;
};

} // namespace boxoffice
