#include "counter/returnseatsdialog.h"

#include "display.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

ReturnSeatsDialog::ReturnSeatsDialog(const Order &order, const QList<int> &seatIds, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Return seats of order #%1").arg(order.id));
    QStringList labels;
    for (const SeatRef &s : order.seats) {
        if (seatIds.contains(s.id) && !s.returned) {
            labels << s.label;
            m_refund += s.price;
        }
    }
    auto *layout = new QVBoxLayout(this);
    auto *seats = new QLabel(
        tr("%n seat(s) to return: %1", nullptr, int(labels.size())).arg(labels.join(QStringLiteral(", "))), this);
    seats->setObjectName(QStringLiteral("seats"));
    seats->setWordWrap(true);
    layout->addWidget(seats);
    auto *refund = new QLabel(tr("Refund: %1").arg(formatBaht(m_refund)), this);
    refund->setObjectName(QStringLiteral("refund"));
    QFont big = refund->font();
    big.setBold(true);
    refund->setFont(big);
    layout->addWidget(refund);

    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    form->addRow(tr("&Reason:"), m_reason);
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("refundMethod"));
    m_method->addItem(tr("Back to the payments, cash first"));
    QList<PaymentMethod> paidWith;
    for (const PaymentRecord &p : order.payments) {
        if (!p.refund && !paidWith.contains(p.method))
            paidWith << p.method;
    }
    for (PaymentMethod m : paidWith)
        m_method->addItem(tr("Only to %1").arg(Display::paymentMethodText(m)), int(m));
    form->addRow(tr("Refund &to:"), m_method);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Return and refund"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("confirmReturn"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto update = [this, n = labels.size()] { m_ok->setEnabled(n > 0 && !reason().isEmpty()); };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    update();
    m_reason->setFocus();
}

QString ReturnSeatsDialog::reason() const
{
    return m_reason->text().trimmed();
}

std::optional<PaymentMethod> ReturnSeatsDialog::refundMethod() const
{
    const QVariant chosen = m_method->currentData();
    if (!chosen.isValid())
        return std::nullopt;
    return PaymentMethod(chosen.toInt());
}

} // namespace boxoffice
