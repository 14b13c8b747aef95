#pragma once

#include "db/result.h"
#include "money/approvals.h"

#include <QtCore/QPointer>
#include <QtWidgets/QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace boxoffice {

class Database;

// A supervisor approves something at the counter: the clerk types why, the
// supervisor types their own user name and password. The approving call
// runs on a worker thread (a short-lived login of the supervisor's, see
// services/money/approvals.h); its answer comes back here. Refused: the
// reason in words, the dialog stays open, nothing done. Approved: approved()
// and the dialog closes; the caller then does what was approved.
//
// General on purpose: what it is for (a comp, a discount, a return after the
// show's start) is the caller's text and the caller's approving call.
class ApprovalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApprovalDialog)

public:
    // Runs on a worker thread with the counter's Database (for its server,
    // not its login), the supervisor's login and the reason typed.
    using Approve = std::function<Result<Approval>(Database &, const SupervisorLogin &, const QString &reason)>;

    ApprovalDialog(Database &db, const QString &purpose, Approve approve, QWidget *parent = nullptr);
    // A price approval (approve_price) at this counter: comps and discounts.
    static ApprovalDialog *forPrice(Database &db, int terminalId, const QString &purpose, QWidget *parent = nullptr);

    // Fills in the reason the clerk already gave elsewhere (still editable).
    void setReason(const QString &reason);
    QString reason() const;
    const Approval &approval() const { return m_approval; }
    bool isBusy() const { return m_busy; }

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QPushButton *approveButton() const { return m_approve; }
    QLabel *errorLabel() const { return m_error; }

Q_SIGNALS:
    void approved(const boxoffice::Approval &approval);

private:
    void tryApprove();
    void showError(const QString &message);

    Database &m_db;
    Approve m_call;
    Approval m_approval;
    bool m_busy = false;
    QLabel *m_purpose = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_approve = nullptr;
};

} // namespace boxoffice
