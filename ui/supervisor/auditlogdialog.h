#pragma once

#include "ops/auditlog.h"

#include <QtCore/QFuture>
#include <QtWidgets/QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace boxoffice {

class AuditLogModel;
class Database;

// The audit log for supervisors and managers: filter by dates, who, what and
// any text of the reason or detail; newest first; the selected entry's full
// detail beside the table. Reads on worker threads.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogDialog)

public:
    explicit AuditLogDialog(Database &db, QWidget *parent = nullptr);
    ~AuditLogDialog() override;

    // Searches with the filters as they stand (the Search button).
    void search();
    // Entries per search, at most AuditLog::MaxLimit.
    void setLimit(int limit);
    int limit() const { return m_limit; }
    AuditLog::Filter filter() const;
    bool isSearching() const { return m_searching; }

    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *actorCombo() const { return m_actor; }
    QComboBox *actionCombo() const { return m_action; }
    QLineEdit *textEdit() const { return m_text; }
    QPushButton *searchButton() const { return m_searchButton; }
    QTableView *view() const { return m_view; }
    AuditLogModel *model() const { return m_model; }
    QLabel *detailTitle() const { return m_detailTitle; }
    QLabel *detailFacts() const { return m_detailFacts; }
    QPlainTextEdit *detailView() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    // A search answered: count entries shown, more when the limit cut it.
    void searched(int count, bool more);
    void failed(const QString &message);

private:
    struct Answer
    {
        Result<AuditPage> page = AuditPage {};
        Result<QList<AuditLog::Actor>> actors = QList<AuditLog::Actor> {};
        Result<QStringList> actions = QStringList {};
    };
    void showAnswer(const Answer &answer);
    // The choices: each value with its text (the action's name; the
    // person's display name and login), "any" first, the chosen one kept.
    void fillChoices(QComboBox *combo, const QList<QPair<QString, QString>> &choices, bool actions);
    void showSelected();

    Database &m_db;
    int m_limit = AuditLog::MaxLimit;
    int m_serial = 0;
    bool m_searching = false;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_text = nullptr;
    QPushButton *m_searchButton = nullptr;
    QTableView *m_view = nullptr;
    AuditLogModel *m_model = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailFacts = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace boxoffice
