#pragma once

#include "db/result.h"
#include "money/returns.h"
#include "sale/domain.h"

#include <QtCore/QHash>
#include <QtCore/QUuid>
#include <QtWidgets/QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace boxoffice {

class ApprovalDialog;
class CheckoutDialog;
class CounterDesk;
struct ServiceError;

// A supervisor's approval of a return or exchange after the show's start
// (approve_price with purpose "return", on the supervisor's own login, off
// the GUI thread), asked with the counter's ApprovalDialog.
ApprovalDialog *makeLateReturnApproval(CounterDesk *session, QWidget *parent);
// The database refused for want of that approval (approval_required,
// reason show_started).
bool needsLateReturnApproval(const ServiceError &error);

// Exchanges the ticked seats of a paid order (exchange_seats, one
// transaction): to another night or the same show, to new seats (the best
// available of each seat's ticket type, the seats held on the map, or the
// same seats for another price type) and/or another price type. The new
// seats and the difference are read from the database whenever a choice
// changes (Returns::quoteExchange); Exchange (Enter) collects a difference
// through the split-tender checkout, or refunds it (cash first unless the
// clerk picks one method). Every call runs off the GUI thread; a refusal is
// shown here, translated, with nothing changed.
class ExchangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExchangeDialog)

public:
    ExchangeDialog(CounterDesk *session, const Order &order, const QList<int> &seatIds, QWidget *parent = nullptr);

    enum class SeatChoice { BestAvailable, SameSeats, HeldOnMap };

    QComboBox *showBox() const { return m_show; }
    QComboBox *priceTypeBox() const { return m_priceType; }
    QComboBox *seatChoiceBox() const { return m_seatChoice; }
    QComboBox *refundMethodBox() const { return m_method; }
    QPushButton *exchangeButton() const { return m_ok; }
    QLabel *errorLabel() const { return m_error; }
    // Open while a difference is being collected (nullptr otherwise).
    CheckoutDialog *checkout() const { return m_checkout; }
    // Open while a supervisor's approval is asked (after the show's start).
    ApprovalDialog *approvalDialog() const { return m_approvalDialog; }

    // The last quote (valid once quoted() was emitted).
    const ExchangeQuote &quote() const { return m_quote; }
    // What exchange() would send now.
    ExchangeRequest request() const;
    // Sends the exchange with these tenders (the difference to collect; empty
    // when nothing is collected).
    void exchange(const QList<Tender> &tenders);

Q_SIGNALS:
    // The shows and price types are listed (the first quote follows).
    void loaded();
    // The price types the chosen show sells these seats at are listed.
    void priceTypesListed();
    // A quote answered (or failed: the error label says why).
    void quoted();
    void exchanged(const boxoffice::ExchangeResult &result);
    void failed(const QString &message);

private:
    void load();
    // The price types of the chosen show, then a quote.
    void loadPriceTypes();
    void requote();
    void showQuote();
    void confirm();
    void fillSeatChoices();

    CounterDesk *m_session;
    const Order m_order;
    QList<int> m_seatIds; // of the order's active seats only
    const QUuid m_key;
    int m_generation = 0;
    int m_typesGeneration = 0;
    bool m_quoteValid = false;
    bool m_busy = false;
    ExchangeQuote m_quote;
    QList<int> m_newSeatIds;
    QHash<int, QString> m_promptPayIds; // show -> its venue's PromptPay id
    QComboBox *m_show = nullptr;
    QComboBox *m_priceType = nullptr;
    QComboBox *m_seatChoice = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_newSeats = nullptr;
    QLabel *m_difference = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    CheckoutDialog *m_checkout = nullptr;
    ApprovalDialog *m_approvalDialog = nullptr;
    QUuid m_approval; // a supervisor's approval for this exchange (after the start)
};

} // namespace boxoffice
