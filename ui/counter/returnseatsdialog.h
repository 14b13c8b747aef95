#pragma once

#include "sale/domain.h"

#include <QtWidgets/QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace boxoffice {

// Asks what a return needs before it is made: the seats (ticked in the
// orders dialog) and the refund they make (the prices paid for them), a
// reason, and where the money goes back (cash first, or one method the
// order was paid with). Return is enabled only with a reason.
class ReturnSeatsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnSeatsDialog)

public:
    ReturnSeatsDialog(const Order &order, const QList<int> &seatIds, QWidget *parent = nullptr);

    QString reason() const;
    // nullopt: cash first, then the other tenders (the database's rule).
    std::optional<PaymentMethod> refundMethod() const;
    Money refund() const { return m_refund; }

    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *methodBox() const { return m_method; }
    QPushButton *returnButton() const { return m_ok; }

private:
    Money m_refund;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_method = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace boxoffice
