#pragma once

#include "admin/staffdirectory.h"
#include "ops/reports.h"

#include <QtWidgets/QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class Database;

// End-of-shift cash reconciliation of one counter: the shift proposed (from
// the end of its last reconciliation, or the start of the day, to now), the
// cash the database expects in the drawer, the cash counted, over or short
// at once in colour, a note; Record writes it (audited), and the counter's
// recent reconciliations are listed below. Database work on worker threads.
class ReconciliationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationDialog)

public:
    // actor: the signed-in supervisor's user name; terminalId: the counter
    // chosen first (0: the first one).
    ReconciliationDialog(Database &db, const QString &actor, int terminalId = 0, QWidget *parent = nullptr);
    ~ReconciliationDialog() override;

    void selectCounter(int terminalId);
    int counterId() const;
    // Proposes the shift again (its end moves to now) and reloads the history.
    void refresh();
    void record();

    // "1,234.50", "1234.5", "฿ 1,234.50" → satang; nothing if not an amount.
    static std::optional<qint64> parseAmount(const QString &text);

    const std::optional<ShiftProposal> &proposal() const { return m_proposal; }
    const QList<Reconciliation> &history() const { return m_history; }
    QComboBox *counterBox() const { return m_counter; }
    QComboBox *clerkBox() const { return m_clerk; }
    QLineEdit *countedEdit() const { return m_counted; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *recordButton() const { return m_record; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *shiftLabel() const { return m_shift; }
    QLabel *expectedLabel() const { return m_expected; }
    QLabel *differenceLabel() const { return m_difference; }
    QLabel *messageLabel() const { return m_message; }
    QTableWidget *historyTable() const { return m_historyTable; }

Q_SIGNALS:
    void countersLoaded(int count);
    void proposalLoaded();
    void historyLoaded(int rows);
    void recorded(const boxoffice::Reconciliation &reconciliation);
    void failed(const QString &message);

private:
    void loadCounters(int selectTerminal);
    void loadProposal();
    void loadHistory();
    void showProposal();
    void showHistory();
    void updateDifference();
    void updateRecordButton();
    void showMessage(const QString &text, bool error);

    Database &m_db;
    const QString m_actor;
    QComboBox *m_counter = nullptr;
    QComboBox *m_clerk = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_shift = nullptr;
    QLabel *m_expected = nullptr;
    QLabel *m_breakdown = nullptr;
    QLineEdit *m_counted = nullptr;
    QLabel *m_difference = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_record = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_historyTable = nullptr;
    std::optional<ShiftProposal> m_proposal;
    QList<Reconciliation> m_history;
    quint64 m_proposalRequest = 0; // answers to older requests are dropped
    quint64 m_historyRequest = 0;
    bool m_recording = false;
};

} // namespace boxoffice
