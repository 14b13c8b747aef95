#include "counter/exchangedialog.h"

#include "admin/showcatalog.h"
#include "counter/approvaldialog.h"
#include "counter/cartmodel.h"
#include "counter/checkoutdialog.h"
#include "counter/counterdesk.h"
#include "db/database.h"
#include "db/serviceerror.h"
#include "display.h"
#include "money/approvals.h"
#include "money/money.h"
#include "money/pricelist.h"
#include "sale/saleengine.h"

#include <QtCore/QHash>
#include <QtCore/QLocale>
#include <QtSql/QSqlQuery>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

struct ShowChoice
{
    int id = 0;
    QString text;
    QString promptPayId; // the show's venue's (empty: none set)
};

struct PriceTypeChoice
{
    QString code;
    QString name;
};

struct Choices
{
    QList<ShowChoice> shows;
    QString ownPromptPayId; // the order's show's venue's
};

struct Priced
{
    QList<int> newSeatIds;
    ExchangeQuote quote;
};

} // namespace

bool needsLateReturnApproval(const ServiceError &error)
{
    return error.code == ErrorCode::ApprovalRequired && error.value == QLatin1String("show_started");
}

ApprovalDialog *makeLateReturnApproval(CounterDesk *session, QWidget *parent)
{
    const int terminal = session->engine().terminalId();
    return new ApprovalDialog(
        session->database(), ExchangeDialog::tr("The show has started: a supervisor approves this return or exchange."),
        [terminal](Database &db, const SupervisorLogin &login, const QString &reason) -> Result<Approval> {
            const QJsonObject request {{QStringLiteral("terminal_id"), terminal},
                {QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("purpose"), QStringLiteral("return")}};
            Result<QJsonObject> r = Approvals::callAsSupervisor(
                db.config(), login, QStringLiteral("SELECT boxoffice.approve_price(?::jsonb)"), request);
            if (!r)
                return r.error();
            Approval a;
            const QString token = r->value(QLatin1String("approval")).toString();
            a.token = QUuid::fromString(token);
            if (a.token.isNull())
                return unreadableAnswer(QStringLiteral("approval"), token);
            a.id = r->value(QLatin1String("approval_id")).toInteger();
            a.expiresAt
                = QDateTime::fromMSecsSinceEpoch(qint64(r->value(QLatin1String("expires_at")).toDouble() * 1000.0));
            a.approvedBy = r->value(QLatin1String("approved_by")).toString();
            return a;
        },
        parent);
}

ExchangeDialog::ExchangeDialog(CounterDesk *session, const Order &order, const QList<int> &seatIds, QWidget *parent)
    : QDialog(parent), m_session(session), m_order(order), m_key(QUuid::createUuid())
{
    setWindowTitle(tr("Exchange seats of order #%1").arg(order.id));
    QStringList labels;
    Money paid;
    for (const SeatRef &s : order.seats) {
        if (seatIds.contains(s.id) && !s.returned) {
            labels << s.label;
            m_seatIds << s.id;
            paid += s.price;
        }
    }

    auto *layout = new QVBoxLayout(this);
    auto *seats = new QLabel(tr("%n seat(s) to exchange: %1 (paid %2)", nullptr, int(labels.size()))
                                 .arg(labels.join(QStringLiteral(", ")), formatBaht(paid)),
        this);
    seats->setObjectName(QStringLiteral("oldSeats"));
    seats->setWordWrap(true);
    layout->addWidget(seats);

    auto *form = new QFormLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("targetShow"));
    form->addRow(tr("&Show:"), m_show);
    m_seatChoice = new QComboBox(this);
    m_seatChoice->setObjectName(QStringLiteral("seatChoice"));
    form->addRow(tr("New s&eats:"), m_seatChoice);
    m_priceType = new QComboBox(this);
    m_priceType->setObjectName(QStringLiteral("priceType"));
    m_priceType->addItem(tr("Each seat's own price type"), QString());
    form->addRow(tr("&Price type:"), m_priceType);
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
    form->addRow(tr("&Refund to:"), m_method);
    // The shows and seats come after the dialog is shown, and Thai dates
    // are long: each combo is as wide as its longest choice, and the dialog
    // grows to hold them (never cut to "พฤ. 10 ธ.ค. 18:3…").
    for (QComboBox *box : {m_show, m_seatChoice, m_priceType, m_method}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        // The combo's own minimum is its first, empty, size: raised here to
        // what its choices need whenever they change.
        auto fit = [box] {
            box->setMinimumWidth(0);
            box->setMinimumWidth(box->sizeHint().width());
        };
        connect(box->model(), &QAbstractItemModel::rowsInserted, box, fit);
        connect(box->model(), &QAbstractItemModel::modelReset, box, fit);
        fit();
    }
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(form);

    m_newSeats = new QLabel(this);
    m_newSeats->setObjectName(QStringLiteral("newSeats"));
    m_newSeats->setWordWrap(true);
    layout->addWidget(m_newSeats);
    m_difference = new QLabel(this);
    m_difference->setObjectName(QStringLiteral("difference"));
    QFont big = m_difference->font();
    big.setBold(true);
    m_difference->setFont(big);
    layout->addWidget(m_difference);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("E&xchange"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("confirmExchange"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExchangeDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &ExchangeDialog::failed, m_error, &QLabel::setText);

    // A new choice: the last refusal no longer applies.
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_error->clear();
        fillSeatChoices();
        loadPriceTypes();
    });
    for (QComboBox *box : {m_seatChoice, m_priceType}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            m_error->clear();
            requote();
        });
    }
    m_show->setFocus();
    load();
}

void ExchangeDialog::load()
{
    const int ownShow = m_order.showId;
    m_session->database()
        .run([ownShow](Database &db) -> Result<Choices> {
            Choices c;
            Result<QList<ShowSummary>> shows = ShowCatalog::comingShows(db);
            if (!shows)
                return shows.error();
            bool ownListed = false;
            for (const ShowSummary &s : shows.value()) {
                if (s.id == ownShow) {
                    c.ownPromptPayId = s.promptPayId;
                    ownListed = true;
                } else if (ShowCatalog::selling(s)) {
                    // A show whose sales are over (started, paused, closed)
                    // would only be refused on Exchange: not offered.
                    c.shows << ShowChoice {s.id,
                        tr("%1, %2", "show title, date and time")
                            .arg(s.title, Display::venueTimeText(s.startsAt, s.timeZone, Display::TimeStyle::Short)),
                        s.promptPayId};
                }
            }
            if (!ownListed) {
                // An older show than the list holds: its venue's id read alone.
                Result<Done> r = db.query(QStringLiteral("SELECT coalesce(v.promptpay_id, '') FROM boxoffice.show s"
                                                         " JOIN boxoffice.venue v ON v.id = s.venue_id WHERE s.id = ?"),
                    {ownShow}, [&c](QSqlQuery &q) -> Result<Done> {
                        if (q.next())
                            c.ownPromptPayId = q.value(0).toString();
                        return Done {};
                    });
                if (!r)
                    return r.error();
            }
            return c;
        })
        .then(this, [this](const Result<Choices> &r) {
            if (!r) {
                Q_EMIT failed(r.error().message);
                return;
            }
            const QSignalBlocker blockShow(m_show);
            m_show->clear();
            m_promptPayIds.clear();
            m_show->addItem(
                tr("The same show: %1, %2", "show title, date and time")
                    .arg(m_order.showTitle,
                        Display::venueTimeText(m_order.startsAt, m_order.timeZone, Display::TimeStyle::Short)),
                m_order.showId);
            m_promptPayIds.insert(m_order.showId, r->ownPromptPayId);
            for (const auto &s : r->shows) {
                m_show->addItem(s.text, s.id);
                m_promptPayIds.insert(s.id, s.promptPayId);
            }
            // Another night is what a customer asks for most: offered first
            // (only shows still on sale are listed).
            m_show->setCurrentIndex(m_show->count() > 1 ? 1 : 0);
            fillSeatChoices();
            Q_EMIT loaded();
            loadPriceTypes();
        });
}

void ExchangeDialog::loadPriceTypes()
{
    const int generation = ++m_typesGeneration;
    ++m_generation; // a quote still on its way is for the show before
    m_quoteValid = false;
    m_ok->setEnabled(false);
    const int target = m_show->currentData().toInt();
    QStringList ticketTypes;
    for (const SeatRef &s : m_order.seats) {
        if (m_seatIds.contains(s.id) && !ticketTypes.contains(s.ticketType))
            ticketTypes << s.ticketType;
    }
    m_session->database()
        .run([target](Database &db) { return PriceLists::showPriceList(db, target); })
        .then(this, [this, generation, ticketTypes](const Result<PriceList> &r) {
            if (generation != m_typesGeneration)
                return; // another show was chosen meanwhile
            if (!r) {
                Q_EMIT failed(r.error().message);
                Q_EMIT quoted();
                return;
            }
            // As the cart's list: the price types the show sells each seat's
            // ticket type at (one for all: sold for every one of them).
            QStringList codes;
            for (const PriceTypeInfo &t : r->types) {
                bool soldForAll = !ticketTypes.isEmpty();
                for (const QString &type : ticketTypes)
                    soldForAll = soldForAll && r->find(type, t.code).has_value();
                if (soldForAll)
                    codes << t.code;
            }
            const QSignalBlocker block(m_priceType);
            const QString was = m_priceType->currentData().toString();
            m_priceType->clear();
            m_priceType->addItem(tr("Each seat's own price type"), QString());
            for (const QString &code : codes)
                m_priceType->addItem(r->typeName(code), code);
            const int keep = m_priceType->findData(was);
            m_priceType->setCurrentIndex(keep >= 0 ? keep : 0);
            Q_EMIT priceTypesListed();
            requote();
        });
}

void ExchangeDialog::fillSeatChoices()
{
    const QSignalBlocker block(m_seatChoice);
    const int target = m_show->currentData().toInt();
    const QVariant was = m_seatChoice->currentData();
    m_seatChoice->clear();
    m_seatChoice->addItem(
        tr("Best available (%n seat(s))", nullptr, int(m_seatIds.size())), int(SeatChoice::BestAvailable));
    if (target == m_order.showId)
        m_seatChoice->addItem(tr("The same seats (another price type)"), int(SeatChoice::SameSeats));
    if (target == m_session->showId() && !m_session->cart()->seatIds().isEmpty())
        m_seatChoice->addItem(tr("The seats held on the map (%n)", nullptr, int(m_session->cart()->seatIds().size())),
            int(SeatChoice::HeldOnMap));
    const int keep = m_seatChoice->findData(was);
    m_seatChoice->setCurrentIndex(keep >= 0 ? keep : 0);
}

ExchangeRequest ExchangeDialog::request() const
{
    ExchangeRequest r;
    r.orderId = m_order.id;
    r.seatIds = m_seatIds;
    r.showId = m_show->currentData().toInt();
    r.newSeatIds = m_newSeatIds;
    r.priceType = m_priceType->currentData().toString();
    const QVariant method = m_method->currentData();
    if (method.isValid())
        r.refundMethod = PaymentMethod(method.toInt());
    if (r.showId != m_order.showId)
        r.idempotencyKey = m_key;
    r.approval = m_approval;
    return r;
}

void ExchangeDialog::requote()
{
    if (m_show->count() == 0)
        return;
    const int generation = ++m_generation;
    m_quoteValid = false;
    m_ok->setEnabled(false);
    m_newSeats->setText(tr("Finding the new seats…"));
    m_difference->clear();
    const auto choice = SeatChoice(m_seatChoice->currentData().toInt());
    ExchangeRequest base = request();
    base.newSeatIds.clear();
    QList<QString> ticketTypes;
    for (int id : m_seatIds) {
        for (const SeatRef &s : m_order.seats) {
            if (s.id == id)
                ticketTypes << s.ticketType;
        }
    }
    const QList<int> held = m_session->cart()->seatIds();
    m_session->database()
        .run([base, choice, ticketTypes, held](Database &db) -> Result<Priced> {
            Priced p;
            if (choice == SeatChoice::SameSeats) {
                p.newSeatIds = base.seatIds;
            } else if (choice == SeatChoice::HeldOnMap) {
                p.newSeatIds = held;
            } else {
                // Each old seat's ticket type: the first free seats of it.
                QHash<QString, QList<SeatRef>> free;
                for (const QString &type : ticketTypes) {
                    if (free.contains(type))
                        continue;
                    Result<QList<SeatRef>> seats
                        = Returns::freeSeats(db, base.showId, type, int(ticketTypes.count(type)));
                    if (!seats)
                        return seats.error();
                    free.insert(type, seats.value());
                }
                for (const QString &type : ticketTypes) {
                    QList<SeatRef> &left = free[type];
                    if (left.isEmpty())
                        break;
                    p.newSeatIds << left.takeFirst().id;
                }
            }
            if (p.newSeatIds.size() != base.seatIds.size())
                return p; // not enough: said by the quote's seat count
            ExchangeRequest priced = base;
            priced.newSeatIds = p.newSeatIds;
            Result<ExchangeQuote> q = Returns::quoteExchange(db, priced);
            if (!q)
                return q.error();
            p.quote = q.value();
            return p;
        })
        .then(this, [this, generation](const Result<Priced> &r) {
            if (generation != m_generation)
                return; // a later choice asked again
            if (!r) {
                m_newSeats->clear();
                Q_EMIT failed(r.error().message);
                Q_EMIT quoted();
                return;
            }
            m_newSeatIds = r->newSeatIds;
            m_quote = r->quote;
            m_quoteValid = m_newSeatIds.size() == m_seatIds.size() && m_quote.newSeats.size() == m_seatIds.size()
                && m_quote.missingPriceType.isEmpty();
            showQuote();
            Q_EMIT quoted();
        });
}

void ExchangeDialog::showQuote()
{
    m_ok->setEnabled(m_quoteValid && !m_busy);
    if (m_newSeatIds.size() != m_seatIds.size()) {
        m_newSeats->setText(
            tr("Not enough free seats of these ticket types on that show: %n needed.", nullptr, int(m_seatIds.size())));
        m_difference->clear();
        m_method->setEnabled(false);
        return;
    }
    if (!m_quote.missingPriceType.isEmpty()) {
        m_newSeats->setText(tr("That show has no price for the price type %1.").arg(m_quote.missingPriceType));
        m_difference->clear();
        m_method->setEnabled(false);
        return;
    }
    QStringList seats;
    for (const SeatRef &s : m_quote.newSeats)
        seats << tr("%1 %2", "seat label, price").arg(s.label, formatBaht(s.price));
    m_newSeats->setText(tr("New seats: %1 — %2").arg(seats.join(QStringLiteral(", ")), formatBaht(m_quote.newAmount)));
    const Money diff = m_quote.difference();
    if (diff.isZero())
        m_difference->setText(tr("No difference to pay or refund."));
    else if (diff.isNegative())
        m_difference->setText(tr("To refund: %1").arg(formatBaht(-diff)));
    else
        m_difference->setText(tr("To collect: %1").arg(formatBaht(diff)));
    m_method->setEnabled(diff.isNegative());
}

void ExchangeDialog::confirm()
{
    if (!m_quoteValid || m_busy)
        return;
    m_error->clear();
    const Money diff = m_quote.difference();
    if (!(diff.isZero() || diff.isNegative())) {
        QStringList labels;
        for (const SeatRef &s : m_quote.newSeats)
            labels << s.label;
        m_checkout = new CheckoutDialog(diff, labels, this);
        m_checkout->setObjectName(QStringLiteral("exchangeCheckout"));
        m_checkout->setAttribute(Qt::WA_DeleteOnClose);
        m_checkout->setShowText(m_show->currentText());
        // The target show's venue's id, as the counter's own checkout has it.
        m_checkout->setPromptPayId(m_promptPayIds.value(m_show->currentData().toInt()));
        connect(m_checkout, &CheckoutDialog::confirmed, this, [this] {
            m_checkout->setBusy(true);
            exchange(m_checkout->request().tenders);
        });
        connect(m_checkout, &QObject::destroyed, this, [this] { m_checkout = nullptr; });
        m_checkout->open();
        return;
    }
    exchange({});
}

void ExchangeDialog::exchange(const QList<Tender> &tenders)
{
    ExchangeRequest req = request();
    req.tenders = tenders;
    const int terminal = m_session->engine().terminalId();
    m_busy = true;
    m_ok->setEnabled(false);
    m_session->database()
        .run([req, terminal](Database &db) { return Returns::exchange(db, req, terminal); })
        .then(this, [this, tenders](const Result<ExchangeResult> &r) {
            m_busy = false;
            if (!r && needsLateReturnApproval(r.error()) && m_approval.isNull()) {
                // After the show's start: a supervisor approves on the spot,
                // then the same exchange (the same tenders) is sent again.
                m_approvalDialog = makeLateReturnApproval(m_session, this);
                m_approvalDialog->setObjectName(QStringLiteral("approvalDialog"));
                m_approvalDialog->setAttribute(Qt::WA_DeleteOnClose);
                connect(m_approvalDialog, &ApprovalDialog::approved, this, [this, tenders](const Approval &a) {
                    m_approval = a.token;
                    exchange(tenders);
                });
                connect(m_approvalDialog, &QDialog::rejected, this, [this, message = r.error().message] {
                    if (m_checkout)
                        m_checkout->reject();
                    Q_EMIT failed(message);
                    showQuote();
                });
                connect(m_approvalDialog, &QObject::destroyed, this, [this] { m_approvalDialog = nullptr; });
                m_approvalDialog->open();
                return;
            }
            if (!r) {
                // Back to the exchange (nothing changed): the clerk sees why,
                // and a new quote, before collecting anything again. An
                // approval is used only by an exchange that is made.
                if (m_checkout)
                    m_checkout->reject();
                m_approval = QUuid();
                Q_EMIT failed(r.error().message);
                // Seats may have been taken meanwhile: offer what is free now
                // (the message stays).
                requote();
                return;
            }
            if (m_checkout)
                m_checkout->accept();
            Q_EMIT exchanged(r.value());
            accept();
        });
}

} // namespace boxoffice
