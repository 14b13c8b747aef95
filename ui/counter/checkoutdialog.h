#pragma once

#include "sale/domain.h"

#include <QtWidgets/QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace boxoffice {

// The checkout: customer (optional), payment — one or more tenders (split
// tender): each an amount (the remainder unless the clerk types less), cash
// with amount tendered and change, card with its reference, PromptPay with a
// QR code for that amount and the bank's reference — and confirm, possible only when the tenders sum
// to the total exactly (the database refuses anything else too).
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
    // Tendered minus the current tender's amount; zero while short or not an amount.
    Money change() const;
    // The current tender's amount as typed (nullopt: not an amount).
    std::optional<Money> amount() const;
    // What the tenders added so far leave to pay.
    Money remainder() const;
    // The tenders added with Add tender (F8), oldest first.
    const QList<Tender> &addedTenders() const { return m_tenders; }
    // Every tender of the sale: those added and the current one (if
    // anything remains). The sale's request carries them.
    QList<Tender> tenders() const;
    // Adds the current tender to the list (F8); false, with the reason
    // shown, when it cannot be taken.
    bool addTender();
    void removeTender(int index);
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
    QLineEdit *amountEdit() const { return m_amount; }
    QListWidget *tenderList() const { return m_tenderList; }
    QPushButton *addTenderButton() const { return m_add; }
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

protected:
    // Kept whole on its screen as it grows (the PromptPay QR code, the
    // tenders' list): its buttons fell off a 1366×800 screen's bottom.
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void keepOnScreen();

    void updateChange();
    // Pay enabled only when the tenders sum to the total; the remainder shown.
    void updateTotals();
    // Why the current tender cannot be taken (translated), or empty.
    QString tenderProblem() const;
    Tender currentTender() const;
    void fillTenderList();

    const QUuid m_key;
    const Money m_total;
    bool m_confirmSimilar = false;
    QLabel *m_show = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QButtonGroup *m_methods = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_tendered = nullptr;
    QLineEdit *m_amount = nullptr;
    QListWidget *m_tenderList = nullptr;
    QLabel *m_remaining = nullptr;
    QPushButton *m_add = nullptr;
    QList<Tender> m_tenders;
    bool m_busy = false;
    QLabel *m_change = nullptr;
    QLineEdit *m_cardRef = nullptr;
    QLineEdit *m_promptPayRef = nullptr;
    QLabel *m_qr = nullptr;
    QString m_promptPayId;
    QLabel *m_promptPayReason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace boxoffice
