#include "counter/checkoutdialog.h"

#include "counter/qrcode.h"
#include "display.h"
#include "money/money.h"
#include "money/promptpay.h"

#include <QtGui/QKeySequence>
#include <QtGui/QPixmap>
#include <QtGui/QScreen>
#include <QtGui/QShortcut>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

CheckoutDialog::CheckoutDialog(Money total, const QStringList &seatLabels, QWidget *parent)
    : QDialog(parent), m_key(QUuid::createUuid()), m_total(total)
{
    setWindowTitle(tr("Checkout"));
    auto *layout = new QVBoxLayout(this);
    m_show = new QLabel(this);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setTextFormat(Qt::PlainText);
    m_show->setWordWrap(true);
    QFont showFont = m_show->font();
    showFont.setBold(true);
    m_show->setFont(showFont);
    m_show->hide();
    layout->addWidget(m_show);
    auto *summary = new QLabel(
        tr("%n seat(s): %1", nullptr, int(seatLabels.size())).arg(seatLabels.join(QStringLiteral(", "))), this);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto *totalLabel = new QLabel(tr("Total: %1").arg(formatBaht(total)), this);
    totalLabel->setObjectName(QStringLiteral("total"));
    QFont big = totalLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    totalLabel->setFont(big);
    layout->addWidget(totalLabel);
    // Split tender: the tenders taken so far, and what they leave to pay.
    m_tenderList = new QListWidget(this);
    m_tenderList->setObjectName(QStringLiteral("tenders"));
    m_tenderList->setMaximumHeight(90);
    m_tenderList->setToolTip(tr("Delete removes the selected payment."));
    m_tenderList->hide();
    layout->addWidget(m_tenderList);
    m_remaining = new QLabel(this);
    m_remaining->setObjectName(QStringLiteral("remaining"));
    layout->addWidget(m_remaining);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("customerName"));
    m_name->setMaxLength(200);
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("customerPhone"));
    m_phone->setMaxLength(32);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    form->addRow(tr("Customer &name (optional):"), m_name);
    form->addRow(tr("&Phone (optional):"), m_phone);
    layout->addLayout(form);

    auto *methods = new QHBoxLayout;
    m_methods = new QButtonGroup(this);
    const std::array<std::pair<PaymentMethod, QString>, 3> names {{
        {PaymentMethod::Cash, tr("Cash (F5)")},
        {PaymentMethod::Card, tr("Card (F6)")},
        {PaymentMethod::PromptPay, tr("PromptPay (F7)")},
    }};
    for (const auto &[method, name] : names) {
        auto *button = new QRadioButton(name, this);
        button->setObjectName(paymentMethodName(method));
        m_methods->addButton(button, int(method));
        methods->addWidget(button);
    }
    layout->addLayout(methods);
    auto *amountForm = new QFormLayout;
    m_amount = new QLineEdit(total.toDecimal(), this);
    m_amount->setObjectName(QStringLiteral("amount"));
    amountForm->addRow(tr("&Amount of this payment:"), m_amount);
    layout->addLayout(amountForm);
    m_promptPayReason = new QLabel(this);
    m_promptPayReason->setObjectName(QStringLiteral("promptPayReason"));
    m_promptPayReason->setWordWrap(true);
    layout->addWidget(m_promptPayReason);

    m_pages = new QStackedWidget(this);
    auto *cashPage = new QWidget(m_pages);
    auto *cashForm = new QFormLayout(cashPage);
    m_tendered = new QLineEdit(total.toDecimal(), cashPage);
    m_tendered->setObjectName(QStringLiteral("tendered"));
    m_change = new QLabel(cashPage);
    m_change->setObjectName(QStringLiteral("change"));
    cashForm->addRow(tr("Amount &tendered:"), m_tendered);
    cashForm->addRow(tr("Change:"), m_change);
    m_pages->addWidget(cashPage);
    auto *cardPage = new QWidget(m_pages);
    auto *cardForm = new QFormLayout(cardPage);
    m_cardRef = new QLineEdit(cardPage);
    m_cardRef->setObjectName(QStringLiteral("cardReference"));
    m_cardRef->setMaxLength(100);
    cardForm->addRow(tr("Card &reference:"), m_cardRef);
    m_pages->addWidget(cardPage);
    auto *qrPage = new QWidget(m_pages);
    auto *qrLayout = new QVBoxLayout(qrPage);
    m_qr = new QLabel(qrPage);
    m_qr->setObjectName(QStringLiteral("promptPayQr"));
    m_qr->setAlignment(Qt::AlignCenter);
    qrLayout->addWidget(m_qr);
    qrLayout->addWidget(new QLabel(tr("Ask the customer to scan and pay, then confirm."), qrPage));
    // The bank's transaction reference from the customer's screen, kept
    // like a card slip's (issue 12: card and PromptPay references recorded).
    auto *qrForm = new QFormLayout;
    m_promptPayRef = new QLineEdit(qrPage);
    m_promptPayRef->setObjectName(QStringLiteral("promptPayReference"));
    m_promptPayRef->setMaxLength(100);
    qrForm->addRow(tr("PromptPay &reference:"), m_promptPayRef);
    qrLayout->addLayout(qrForm);
    m_pages->addWidget(qrPage);
    layout->addWidget(m_pages);
    m_add = new QPushButton(tr("Add this payment, pay the rest another way (F8)"), this);
    m_add->setObjectName(QStringLiteral("addTender"));
    m_add->setAutoDefault(false);
    layout->addWidget(m_add);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("&Confirm sale"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirm"));
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_methods, &QButtonGroup::idClicked, this, [this](int id) { setPaymentMethod(PaymentMethod(id)); });
    connect(m_tendered, &QLineEdit::textChanged, this, &CheckoutDialog::updateChange);
    connect(m_amount, &QLineEdit::textChanged, this, [this] {
        // The QR code says the amount: a new amount, a new code.
        m_qr->clear();
        if (m_methods->checkedId() == int(PaymentMethod::PromptPay)) {
            if (const QString payload = promptPayPayload(); !payload.isEmpty())
                m_qr->setPixmap(QPixmap::fromImage(makeQrCode(payload, 5)));
        }
        updateChange();
    });
    connect(m_add, &QPushButton::clicked, this, &CheckoutDialog::addTender);
    auto *addKey = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(addKey, &QShortcut::activated, this, &CheckoutDialog::addTender);
    auto *removeKey = new QShortcut(QKeySequence(Qt::Key_Delete), m_tenderList, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, [this] {
        if (m_tenderList->currentRow() >= 0)
            removeTender(m_tenderList->currentRow());
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (!m_confirm->isEnabled())
            return;
        if (remainder() > Money()) {
            if (const QString problem = tenderProblem(); !problem.isEmpty()) {
                showError(problem);
                QLineEdit *edit
                    = m_methods->checkedId() == int(PaymentMethod::Cash) && amount() ? m_tendered : m_amount;
                edit->setFocus();
                edit->selectAll();
                return;
            }
        }
        Q_EMIT confirmed();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const auto &[key, method] : {std::pair {Qt::Key_F5, PaymentMethod::Cash},
             std::pair {Qt::Key_F6, PaymentMethod::Card}, std::pair {Qt::Key_F7, PaymentMethod::PromptPay}}) {
        auto *shortcut = new QShortcut(QKeySequence(key), this);
        connect(shortcut, &QShortcut::activated, this, [this, m = method] { setPaymentMethod(m); });
    }
    setPromptPayId({});
    setPaymentMethod(PaymentMethod::Cash);
    updateChange();
    m_tendered->setFocus();
    m_tendered->selectAll();
}

void CheckoutDialog::setShowText(const QString &text)
{
    m_show->setText(text);
    m_show->setVisible(!text.isEmpty());
}

void CheckoutDialog::setPromptPayId(const QString &id)
{
    m_promptPayId = id;
    m_qr->clear();
    const bool offered = offersPromptPay();
    QAbstractButton *button = m_methods->button(int(PaymentMethod::PromptPay));
    button->setEnabled(offered);
    button->setToolTip(promptPayUnavailableReason());
    m_promptPayReason->setText(promptPayUnavailableReason());
    m_promptPayReason->setVisible(!offered);
    if (!offered && m_methods->checkedId() == int(PaymentMethod::PromptPay))
        setPaymentMethod(PaymentMethod::Cash);
}

bool CheckoutDialog::offersPromptPay() const
{
    return promptPayKindOf(m_promptPayId).has_value();
}

QString CheckoutDialog::promptPayUnavailableReason() const
{
    if (offersPromptPay())
        return {};
    return tr("No PromptPay id is set for this venue — a manager sets it under Manager → Venue settings.");
}

void CheckoutDialog::setPaymentMethod(PaymentMethod method)
{
    if (method == PaymentMethod::PromptPay && !offersPromptPay()) {
        // F7 with no id: the clerk learns why instead of nothing happening.
        showError(promptPayUnavailableReason());
        return;
    }
    m_methods->button(int(method))->setChecked(true);
    m_pages->setCurrentIndex(int(method));
    if (method == PaymentMethod::PromptPay && m_qr->pixmap().isNull()) {
        // A code the bank would refuse is worse than none: say so instead.
        if (const QString payload = promptPayPayload(); !payload.isEmpty())
            m_qr->setPixmap(QPixmap::fromImage(makeQrCode(payload, 5)));
        else
            showError(describe(ErrorCode::InvalidRequest));
    }
    if (method == PaymentMethod::Cash)
        m_tendered->setFocus();
    else if (method == PaymentMethod::Card)
        m_cardRef->setFocus();
    else
        m_promptPayRef->setFocus(); // Enter still confirms (the default button)
}

QString CheckoutDialog::promptPayPayload() const
{
    const std::optional<PromptPayRequest::Kind> kind = promptPayKindOf(m_promptPayId);
    if (!kind)
        return {};
    PromptPayRequest qr;
    qr.kind = *kind;
    qr.id = m_promptPayId;
    qr.amount = amount().value_or(remainder());
    const Result<QString> payload = boxoffice::promptPayPayload(qr);
    return payload ? payload.value() : QString();
}

std::optional<Money> CheckoutDialog::tendered() const
{
    return Money::parse(m_tendered->text());
}

std::optional<Money> CheckoutDialog::amount() const
{
    return Money::parse(m_amount->text());
}

Money CheckoutDialog::remainder() const
{
    Money left = m_total;
    for (const Tender &t : m_tenders)
        left -= t.amount;
    return left;
}

Money CheckoutDialog::change() const
{
    const std::optional<Money> given = tendered();
    const Money due = amount().value_or(remainder());
    return given && *given > due ? *given - due : Money();
}

QString CheckoutDialog::cashProblem() const
{
    const std::optional<Money> given = tendered();
    const Money due = amount().value_or(remainder());
    if (!given)
        return tr("\"%1\" is not an amount of baht: type it like 3,000 or 2500.50.").arg(m_tendered->text().trimmed());
    if (*given < due)
        return tr("The amount tendered (%1) is %2 short of the total (%3).")
            .arg(formatBaht(*given), formatBaht(due - *given), formatBaht(due));
    return {};
}

QString CheckoutDialog::tenderProblem() const
{
    const std::optional<Money> due = amount();
    if (!due)
        return tr("\"%1\" is not an amount of baht: type it like 3,000 or 2500.50.").arg(m_amount->text().trimmed());
    if (due->isZero())
        return tr("A payment of %1 takes nothing: type the amount of this payment.").arg(formatBaht(*due));
    if (*due > remainder())
        return tr("This payment (%1) is more than the %2 still to pay.").arg(formatBaht(*due), formatBaht(remainder()));
    if (m_tenders.size() >= 9 && *due < remainder())
        return tr("At most 10 payments per sale: take the rest in this one.");
    if (m_methods->checkedId() == int(PaymentMethod::Cash))
        return cashProblem();
    return {};
}

Tender CheckoutDialog::currentTender() const
{
    Tender t;
    t.method = PaymentMethod(m_methods->checkedId());
    t.amount = amount().value_or(Money());
    if (t.method == PaymentMethod::Cash)
        t.tendered = tendered();
    else if (t.method == PaymentMethod::Card)
        t.reference = m_cardRef->text().trimmed();
    else if (t.method == PaymentMethod::PromptPay)
        t.reference = m_promptPayRef->text().trimmed();
    return t;
}

QList<Tender> CheckoutDialog::tenders() const
{
    QList<Tender> all = m_tenders;
    if (remainder() > Money())
        all << currentTender();
    return all;
}

bool CheckoutDialog::addTender()
{
    if (remainder() <= Money())
        return false;
    if (const QString problem = tenderProblem(); !problem.isEmpty()) {
        showError(problem);
        m_amount->setFocus();
        m_amount->selectAll();
        return false;
    }
    m_tenders << currentTender();
    m_cardRef->clear();
    m_promptPayRef->clear();
    fillTenderList();
    const QString rest = remainder().toDecimal();
    m_amount->setText(rest);
    m_tendered->setText(rest);
    m_amount->setFocus();
    m_amount->selectAll();
    updateTotals();
    return true;
}

void CheckoutDialog::removeTender(int index)
{
    if (index < 0 || index >= m_tenders.size())
        return;
    m_tenders.removeAt(index);
    fillTenderList();
    const QString rest = remainder().toDecimal();
    m_amount->setText(rest);
    m_tendered->setText(rest);
    updateTotals();
}

void CheckoutDialog::fillTenderList()
{
    m_tenderList->clear();
    for (const Tender &t : m_tenders) {
        QString text
            = tr("%1 %2", "payment method, amount").arg(Display::paymentMethodText(t.method), formatBaht(t.amount));
        if (t.tendered)
            text += tr(" — tendered %1, change %2").arg(formatBaht(*t.tendered), formatBaht(*t.tendered - t.amount));
        if (!t.reference.isEmpty())
            text += tr(" — ref. %1").arg(t.reference);
        m_tenderList->addItem(text);
    }
    m_tenderList->setVisible(!m_tenders.isEmpty());
}

void CheckoutDialog::updateChange()
{
    // Live, as the clerk types: the change, or what is still missing.
    const std::optional<Money> given = tendered();
    const Money due = amount().value_or(remainder());
    if (!given)
        m_change->setText(tr("— (not an amount yet)"));
    else if (*given < due)
        m_change->setText(tr("%1 short").arg(formatBaht(due - *given)));
    else
        m_change->setText(formatBaht(change()));
    m_error->hide();
    updateTotals();
}

void CheckoutDialog::updateTotals()
{
    const Money left = remainder();
    const std::optional<Money> due = amount();
    // Pay only when the payments add up to the total to the satang.
    const bool exact = left.isZero() || (due && *due == left);
    m_confirm->setEnabled(!m_busy && exact);
    m_add->setEnabled(!m_busy && left > Money());
    m_amount->setEnabled(left > Money());
    m_pages->setEnabled(left > Money());
    if (m_tenders.isEmpty())
        m_remaining->clear();
    else if (left.isZero())
        m_remaining->setText(tr("Paid in full: %1.").arg(formatBaht(m_total)));
    else
        m_remaining->setText(tr("Still to pay: %1").arg(formatBaht(left)));
    if (!exact && due && *due < left)
        m_confirm->setToolTip(tr("The payments make %1 of %2: add this one (F8) and take the rest.")
                                  .arg(formatBaht(m_total - left + *due), formatBaht(m_total)));
    else
        m_confirm->setToolTip(QString());
}

SellRequest CheckoutDialog::request() const
{
    SellRequest r;
    r.idempotencyKey = m_key;
    r.customer = {m_name->text().trimmed(), m_phone->text().trimmed()};
    r.tenders = tenders();
    r.payment = r.tenders.isEmpty() ? PaymentMethod(m_methods->checkedId()) : r.tenders.constFirst().method;
    if (r.payment == PaymentMethod::Card && !r.tenders.isEmpty())
        r.paymentRef = r.tenders.constFirst().reference;
    r.confirmSimilar = m_confirmSimilar;
    return r;
}

void CheckoutDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateTotals();
    m_confirm->setText(busy ? tr("Selling…") : tr("&Confirm sale"));
}

void CheckoutDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void CheckoutDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    keepOnScreen();
}

void CheckoutDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    keepOnScreen();
}

void CheckoutDialog::keepOnScreen()
{
    const QScreen *where = screen();
    if (!isVisible() || !where)
        return;
    const QRect available = where->availableGeometry();
    QRect frame = frameGeometry();
    if (frame.bottom() > available.bottom())
        frame.moveBottom(available.bottom());
    if (frame.top() < available.top())
        frame.moveTop(available.top());
    if (frame.topLeft() != frameGeometry().topLeft())
        move(frame.topLeft());
}

} // namespace boxoffice
