#pragma once

#include "sale/domain.h"

#include <QtWidgets/QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace boxoffice {

// The checkout: customer (optional), payment — cash with amount tendered and
// change, card with its reference, PromptPay with a QR code — and confirm.
// The idempotency key is made when the dialog opens, so pressing Confirm
// twice, or retrying after a lost reply, can only ever make one order.
class CheckoutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CheckoutDialog)

public:
    CheckoutDialog(Money total, const QStringList &seatLabels, QWidget *parent = nullptr);

    // What to send to the engine (seats and show are the session's).
    SellRequest request() const;
    // What the clerk typed as tendered (Money::parse: "3,000", "2500.50",
    // Thai digits); nullopt while the text is not an amount.
    std::optional<Money> tendered() const;
    // Tendered minus the total; zero while short or not an amount.
    Money change() const;
    // Why the cash cannot be taken yet (translated), or empty when it can.
    QString cashProblem() const;
    const QUuid &idempotencyKey() const { return m_key; }

    // While the sale is under way Confirm is disabled (a double press sells once).
    void setBusy(bool busy);
    void showError(const QString &message);
    // Similar-order check: the engine found a similar order; the clerk confirms to sell anyway.
    void setConfirmSimilar(bool confirm) { m_confirmSimilar = confirm; }

    // Which show the seats are of ("title, date and time"), over the seats.
    void setShowText(const QString &text);
    QLabel *showLabel() const { return m_show; }

    QLineEdit *tenderedEdit() const { return m_tendered; }
    QPushButton *confirmButton() const { return m_confirm; }
    void setPaymentMethod(PaymentMethod method);
    // The venue's PromptPay id (digits, as set_venue_promptpay_id stores
    // it). Without one PromptPay is not offered, and the dialog says why.
    void setPromptPayId(const QString &id);
    bool offersPromptPay() const;
    // Why PromptPay is not offered (translated), or empty when it is.
    QString promptPayUnavailableReason() const;
    // What the PromptPay QR code says: the id and the total (empty when
    // PromptPay is not offered).
    QString promptPayPayload() const;

Q_SIGNALS:
    void confirmed();

private:
    void updateChange();

    const QUuid m_key;
    const Money m_total;
    bool m_confirmSimilar = false;
    QLabel *m_show = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QButtonGroup *m_methods = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLabel *m_change = nullptr;
    QLineEdit *m_cardRef = nullptr;
    QLabel *m_qr = nullptr;
    QString m_promptPayId;
    QLabel *m_promptPayReason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace boxoffice
