#include "counter/cashdialogs.h"

#include "db/database.h"
#include "display.h"

#include <QtConcurrent/QtConcurrent>
#include <QtCore/QDir>
#include <QtPrintSupport/QPrinter>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMainWindow>
#include <QtWidgets/QMenu>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

// ---------------------------------------------------------------- the slip

QString CashReportSlip::title(const CashReport &report)
{
    return report.kind == QLatin1Char('Z') ? tr("Z report (shift closed) — shift %1").arg(report.shiftId)
                                           : tr("X report (shift still open) — shift %1").arg(report.shiftId);
}

QList<SlipLine> CashReportSlip::lines(const CashReport &report, const QString &counter, const QTimeZone &zone)
{
    QList<SlipLine> lines;
    const auto time = [&zone](const QDateTime &t) { return Display::venueTimeText(t, zone, Display::TimeStyle::Long); };
    lines << SlipLine {tr("Counter: %1").arg(counter), {}, false};
    if (!report.clerk.isEmpty())
        lines << SlipLine {tr("Clerk: %1").arg(report.clerk), {}, false};
    lines << SlipLine {tr("From: %1").arg(time(report.from)), {}, false};
    lines << SlipLine {tr("To: %1").arg(time(report.to)), {}, false};
    lines << SlipLine {};
    lines << SlipLine {tr("Float"), formatBaht(report.floatAmount), false};
    const QList<PaymentMethod> methods {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::PromptPay};
    for (PaymentMethod m : methods) {
        // A clerk's own X report is blind: cash taken would give the
        // expected cash away (the database leaves it out).
        if (report.blind && m == PaymentMethod::Cash)
            continue;
        const CashMethodFigures f = report.methods.value(paymentMethodName(m));
        const QString name = Display::paymentMethodText(m);
        lines << SlipLine {tr("%1 taken").arg(name), formatBaht(f.taken), false};
        if (!f.refunded.isZero())
            lines << SlipLine {tr("%1 refunded").arg(name), formatBaht(-f.refunded), false};
    }
    lines << SlipLine {tr("Paid in"), formatBaht(report.paidIn), false};
    lines << SlipLine {tr("Paid out"), formatBaht(-report.paidOut), false};
    lines << SlipLine {};
    if (report.blind)
        lines << SlipLine {
            tr("Cash taken, tickets and expected cash: shown after your count at the close (blind count)"), {}, false};
    else
        lines << SlipLine {tr("Expected cash in the drawer"), formatBaht(report.expected), true};
    if (report.counted)
        lines << SlipLine {tr("Counted"), formatBaht(*report.counted), true};
    if (report.difference)
        lines << SlipLine {tr("Difference"), formatBaht(*report.difference), true};
    if (report.blind)
        return lines; // no tickets either: with the prices they would give the cash away
    lines << SlipLine {};
    lines << SlipLine {tr("Tickets sold: %1").arg(report.ticketsSold), {}, false};
    lines << SlipLine {tr("Tickets returned: %1").arg(report.ticketsReturned), {}, false};
    lines << SlipLine {tr("Tickets net: %1").arg(report.ticketsNet), {}, false};
    return lines;
}

QString CashReportSlip::text(const CashReport &report, const QString &counter, const QTimeZone &zone)
{
    QStringList out {title(report), QString()};
    for (const SlipLine &l : lines(report, counter, zone))
        out << (l.amount.isEmpty() ? l.text : tr("%1: %2").arg(l.text, l.amount));
    return out.join(QLatin1Char('\n'));
}

bool CashReportSlip::writePdf(
    const CashReport &report, const QString &counter, const QTimeZone &zone, const QString &path, QString *error)
{
    return TicketPrinter::writeSlipPdf(title(report), lines(report, counter, zone), path, error);
}

// ---------------------------------------------------------------- counting

CashCountWidget::CashCountWidget(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    for (int baht : denominations()) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QStringLiteral("notes%1").arg(baht));
        box->setRange(0, 100000);
        box->setAccelerated(true);
        form->addRow(tr("%1 baht notes:").arg(baht), box);
        m_notes.insert(baht, box);
        connect(box, &QSpinBox::valueChanged, this, &CashCountWidget::update);
    }
    m_coins = new QLineEdit(this);
    m_coins->setObjectName(QStringLiteral("coins"));
    m_coins->setPlaceholderText(QStringLiteral("0.00"));
    form->addRow(tr("&Coins (baht):"), m_coins);
    m_total = new QLineEdit(this);
    m_total->setObjectName(QStringLiteral("total"));
    m_total->setPlaceholderText(tr("or type the total counted"));
    // The hint whole, in Thai too (it was cut off).
    m_total->setMinimumWidth(m_total->fontMetrics().horizontalAdvance(m_total->placeholderText()) + 24);
    form->addRow(tr("Or the &total:"), m_total);
    m_sum = new QLabel(this);
    m_sum->setObjectName(QStringLiteral("countSum"));
    form->addRow(tr("Counted:"), m_sum);
    connect(m_coins, &QLineEdit::textChanged, this, &CashCountWidget::update);
    connect(m_total, &QLineEdit::textChanged, this, &CashCountWidget::update);
    update();
}

const QList<int> &CashCountWidget::denominations()
{
    static const QList<int> d {1000, 500, 100, 50, 20};
    return d;
}

bool CashCountWidget::byDenomination() const
{
    return m_total->text().trimmed().isEmpty();
}

CashCount CashCountWidget::count() const
{
    CashCount c;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        c.notes.insert(it.key(), it.value()->value());
    const QString coins = m_coins->text().trimmed();
    c.coins = coins.isEmpty() ? Money() : Money::parse(coins).value_or(Money());
    return c;
}

std::optional<Money> CashCountWidget::amount() const
{
    if (!byDenomination())
        return Money::parse(m_total->text().trimmed());
    const QString coins = m_coins->text().trimmed();
    std::optional<Money> sum = coins.isEmpty() ? std::optional<Money>(Money()) : Money::parse(coins);
    if (!sum)
        return std::nullopt;
    for (auto it = m_notes.begin(); it != m_notes.end(); ++it)
        *sum += Money::fromSatang(qint64(it.key()) * 100) * it.value()->value();
    return sum;
}

void CashCountWidget::update()
{
    const std::optional<Money> a = amount();
    for (QSpinBox *box : std::as_const(m_notes))
        box->setEnabled(byDenomination());
    m_coins->setEnabled(byDenomination());
    m_sum->setText(a ? formatBaht(*a) : tr("not an amount"));
    Q_EMIT changed();
}

// ---------------------------------------------------------------- dialogs

CashDialog::CashDialog(Database *db, int terminalId, QWidget *parent)
    : QDialog(parent), m_db(db), m_terminal(terminalId)
{
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
}

void CashDialog::addButtons(const QString &okText)
{
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout()->addWidget(m_message);
    layout()->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!m_busy)
            submit();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CashDialog::showFailure(const QString &message)
{
    m_busy = false;
    m_ok->setEnabled(true);
    m_message->setText(message);
    Q_EMIT failed(message);
    Q_EMIT answered();
}

OpenShiftDialog::OpenShiftDialog(Database *db, int terminalId, QWidget *parent) : CashDialog(db, terminalId, parent)
{
    setWindowTitle(tr("Open a shift"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    layout->addWidget(m_intro);
    layout->addWidget(new QLabel(tr("Count the float in the drawer:"), this));
    m_count = new CashCountWidget(this);
    layout->addWidget(m_count);
    addButtons(tr("&Open shift"));
    m_count->notesBox(1000)->setFocus();
}

void OpenShiftDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void OpenShiftDialog::submit()
{
    const std::optional<Money> amount = m_count->amount();
    if (!amount) {
        showFailure(tr("The float is not an amount: type baht, at most two decimals (e.g. 500 or 512.50)."));
        return;
    }
    m_busy = true;
    m_ok->setEnabled(false);
    m_message->setText(tr("Opening…"));
    m_db->run([t = m_terminal, a = *amount](Database &db) { return CashOffice::openShift(db, t, a); })
        .then(this, [this](const Result<CashShift> &r) {
            if (!r) {
                showFailure(r.error().message);
                return;
            }
            m_busy = false;
            Q_EMIT opened(r.value());
            Q_EMIT answered();
            accept();
        });
}

CashMovementDialog::CashMovementDialog(Database *db, int terminalId, QWidget *parent)
    : CashDialog(db, terminalId, parent)
{
    setWindowTitle(tr("Paid in / paid out"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Paid out (cash taken from the drawer)"), QStringLiteral("paid_out"));
    m_kind->addItem(tr("Paid in (cash put into the drawer)"), QStringLiteral("paid_in"));
    form->addRow(tr("&What:"), m_kind);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    form->addRow(tr("&Amount (baht):"), m_amount);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    addButtons(tr("&Record"));
    m_amount->setFocus();
}

void CashMovementDialog::submit()
{
    const std::optional<Money> amount = Money::parse(m_amount->text().trimmed());
    if (!amount) {
        showFailure(tr("The amount is not an amount: type baht, at most two decimals (e.g. 100 or 99.50)."));
        return;
    }
    m_busy = true;
    m_ok->setEnabled(false);
    const bool in = m_kind->currentData().toString() == QLatin1String("paid_in");
    m_db->run([t = m_terminal, a = *amount, in, reason = m_reason->text().trimmed()](Database &db) {
            return in ? CashOffice::paidIn(db, t, a, reason) : CashOffice::paidOut(db, t, a, reason);
        })
        .then(this, [this](const Result<CashShift> &r) {
            if (!r) {
                showFailure(r.error().message);
                return;
            }
            m_busy = false;
            Q_EMIT recorded(r.value());
            Q_EMIT answered();
            accept();
        });
}

CloseShiftDialog::CloseShiftDialog(Database *db, int terminalId, QWidget *parent) : CashDialog(db, terminalId, parent)
{
    setWindowTitle(tr("Close the shift"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Count the cash in the drawer (float included). The expected amount is shown only after the count."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_count = new CashCountWidget(this);
    layout->addWidget(m_count);
    addButtons(tr("&Close shift"));
    m_count->notesBox(1000)->setFocus();
}

void CloseShiftDialog::submit()
{
    const std::optional<Money> amount = m_count->amount();
    if (!amount) {
        showFailure(tr("The count is not an amount: type baht, at most two decimals (e.g. 800 or 812.50)."));
        return;
    }
    m_busy = true;
    m_ok->setEnabled(false);
    m_message->setText(tr("Closing…"));
    const bool notes = m_count->byDenomination();
    m_db->run([t = m_terminal, a = *amount, notes, count = m_count->count()](Database &db) {
            return notes ? CashOffice::closeShift(db, t, count) : CashOffice::closeShift(db, t, a);
        })
        .then(this, [this](const Result<CashReport> &r) {
            if (!r) {
                showFailure(r.error().message);
                return;
            }
            m_busy = false;
            Q_EMIT closed(r.value());
            Q_EMIT answered();
            accept();
        });
}

CashReportDialog::CashReportDialog(
    const CashReport &report, const QString &counter, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent), m_report(report), m_counter(counter), m_zone(zone)
{
    setWindowTitle(CashReportSlip::title(report));
    auto *layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("reportText"));
    m_text->setReadOnly(true);
    m_text->setPlainText(CashReportSlip::text(report, counter, zone));
    m_text->setMinimumSize(480, 420);
    layout->addWidget(m_text);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("printStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printReport"));
    layout->addWidget(buttons);
    connect(m_print, &QPushButton::clicked, this, &CashReportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_print->setFocus();
}

void CashReportDialog::setOutput(const QString &folder, const QString &printerName)
{
    m_folder = folder;
    m_printerName = printerName;
}

void CashReportDialog::print()
{
    const QString folder = m_folder.isEmpty() ? QDir::tempPath() : m_folder;
    const QString path
        = QDir(folder).filePath(QStringLiteral("cash-%1-shift-%2-%3.pdf")
                                    .arg(m_report.kind == QLatin1Char('Z') ? QStringLiteral("z") : QStringLiteral("x"))
                                    .arg(m_report.shiftId)
                                    .arg(m_report.to.toMSecsSinceEpoch()));
    m_print->setEnabled(false);
    m_status->setText(tr("Printing…"));
    const QString title = CashReportSlip::title(m_report);
    const QList<SlipLine> lines = CashReportSlip::lines(m_report, m_counter, m_zone);
    QtConcurrent::run([folder, path, title, lines, printer = m_printerName]() -> QPair<QString, QString> {
        QDir().mkpath(folder);
        QString problem;
        if (!TicketPrinter::writeSlipPdf(title, lines, path, &problem))
            return {QString(), problem};
        if (!printer.isEmpty()) {
            QPrinter device(QPrinter::HighResolution);
            device.setPrinterName(printer);
            if (device.isValid())
                TicketPrinter::paintSlip(device, title, lines);
        }
        return {path, QString()};
    }).then(this, [this](const QPair<QString, QString> &done) {
        m_print->setEnabled(true);
        m_lastFile = done.first;
        m_status->setText(done.first.isEmpty() ? done.second : tr("Printed; saved as %1").arg(done.first));
        Q_EMIT printed(done.first, done.second);
    });
}

// ---------------------------------------------------------------- the menu

CashMenu::CashMenu(QMainWindow *window)
    : QObject(window), m_window(window), m_zone(QTimeZone(QByteArrayLiteral("Asia/Bangkok")))
{
    m_menu = window->menuBar()->addMenu(tr("Cas&h"));
    m_menu->setObjectName(QStringLiteral("cashMenu"));
    auto add = [this](const QString &text, const char *name, const QKeySequence &keys, auto slot) {
        QAction *a = m_menu->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(keys);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(tr("&Open shift…"), "openShiftAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { openShift(); });
    add(tr("&Paid in / paid out…"), "cashMovementAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
        &CashMenu::paidInOut);
    add(tr("&X report"), "xReportAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X), &CashMenu::xReport);
    add(tr("&Close shift (Z report)…"), "closeShiftAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
        &CashMenu::closeShift);
    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("shift"));
    window->statusBar()->addPermanentWidget(m_label);
    setShift(std::nullopt);
}

void CashMenu::setCounter(Database *db, int terminalId, const QString &counterName)
{
    m_db = db;
    m_terminal = terminalId;
    m_counter = counterName;
    m_shiftRead = false;
    m_greet = true;
    refresh();
}

void CashMenu::clearCounter()
{
    m_db = nullptr;
    m_terminal = 0;
    m_greet = false;
    m_shiftRead = false;
    delete m_notice;
    setShift(std::nullopt);
}

void CashMenu::setStaff(int staffId, bool supervisor)
{
    m_staffId = staffId;
    m_supervisor = supervisor;
    setShift(m_shift); // the label says whose shift it is
    greet();
}

bool CashMenu::isOwn(const CashShift &shift) const
{
    return shift.clerkId == 0 || shift.clerkId == m_staffId;
}

bool CashMenu::ownShiftOpen() const
{
    return m_staffId != 0 && m_shift && isOwn(*m_shift);
}

bool CashMenu::otherClerksShiftOpen() const
{
    return m_staffId != 0 && m_shift && !isOwn(*m_shift);
}

void CashMenu::greet()
{
    if (!m_greet || !m_shiftRead || m_staffId == 0 || !m_db)
        return;
    m_greet = false;
    if (!m_shift) {
        Q_EMIT notice(tr("No shift is open at this counter: open one with the counted float (Cash → Open shift…, "
                         "Ctrl+Shift+O) before taking cash."));
        return;
    }
    const QString since = Display::venueTimeText(m_shift->openedAt, m_zone, Display::TimeStyle::Short);
    if (isOwn(*m_shift)) {
        Q_EMIT notice(
            tr("Your shift is open since %1 (float %2): carry on.").arg(since, formatBaht(m_shift->floatAmount)));
        return;
    }
    // Another clerk's drawer: said plainly, with what to do (open(), not
    // exec(): the database's answers keep coming meanwhile).
    const QString text = m_supervisor
        ? tr("%1's shift is open at this counter since %2. Cash cannot be taken or paid out here until it is closed. "
             "Close it for %1 now: count the drawer (blind count), and the Z report is printed.")
              .arg(m_shift->clerk, since)
        : tr("%1's shift is open at this counter since %2. You cannot take or pay out cash here until it is closed "
             "(card and PromptPay sales work). Ask %1 to sign in here and close it, or a supervisor to close it for "
             "them.")
              .arg(m_shift->clerk, since);
    m_notice = new QMessageBox(QMessageBox::Warning, tr("Another clerk's shift is open"), text,
        m_supervisor ? QMessageBox::Cancel : QMessageBox::Ok, m_window);
    m_notice->setObjectName(QStringLiteral("otherShiftNotice"));
    m_notice->setAttribute(Qt::WA_DeleteOnClose);
    if (m_supervisor) {
        m_notice->button(QMessageBox::Cancel)->setText(tr("&Later"));
        QPushButton *close = m_notice->addButton(tr("&Close it for them…"), QMessageBox::AcceptRole);
        close->setObjectName(QStringLiteral("closeForThemButton"));
        m_notice->setDefaultButton(close);
        connect(m_notice, &QMessageBox::buttonClicked, this, [this, close](QAbstractButton *button) {
            if (button == close)
                QMetaObject::invokeMethod(
                    this, [this] { closeShift(); }, Qt::QueuedConnection);
        });
    }
    m_notice->open();
}

void CashMenu::setOutput(const QString &folder, const QString &printerName)
{
    m_folder = folder;
    m_printerName = printerName;
}

void CashMenu::refresh()
{
    if (!m_db)
        return;
    m_db->run([t = m_terminal](Database &db) { return CashOffice::currentShift(db, t); })
        .then(this, [this](const Result<std::optional<CashShift>> &r) {
            if (!r) {
                Q_EMIT failed(r.error().message);
                return;
            }
            setShift(r.value());
            m_shiftRead = true;
            greet();
        });
}

void CashMenu::setShift(const std::optional<CashShift> &shift)
{
    m_shift = shift;
    if (!shift) {
        m_label->setText(tr("No shift open"));
    } else {
        const QString since = Display::venueTimeText(shift->openedAt, m_zone, Display::TimeStyle::Short);
        if (m_staffId != 0 && !isOwn(*shift))
            m_label->setText(tr("%1's shift open since %2: no cash here").arg(shift->clerk, since));
        else
            m_label->setText(tr("Shift open since %1 (float %2)").arg(since, formatBaht(shift->floatAmount)));
    }
    Q_EMIT shiftChanged();
}

OpenShiftDialog *CashMenu::openShift(QWidget *parent, const QString &intro)
{
    if (!m_db)
        return nullptr;
    auto *d = new OpenShiftDialog(m_db, m_terminal, parent ? parent : m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setIntro(intro);
    connect(d, &OpenShiftDialog::opened, this, [this](const CashShift &s) { setShift(s); });
    d->open();
    return d;
}

CashMovementDialog *CashMenu::paidInOut()
{
    if (!m_db)
        return nullptr;
    auto *d = new CashMovementDialog(m_db, m_terminal, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    connect(d, &CashMovementDialog::recorded, this, [this](const CashShift &s) { setShift(s); });
    d->open();
    return d;
}

void CashMenu::xReport()
{
    if (!m_db)
        return;
    m_db->run([t = m_terminal](Database &db) { return CashOffice::xReport(db, t); })
        .then(this, [this](const Result<CashReport> &r) {
            if (!r) {
                Q_EMIT failed(r.error().message);
                return;
            }
            showReport(r.value());
        });
}

CloseShiftDialog *CashMenu::closeShift()
{
    if (!m_db)
        return nullptr;
    auto *d = new CloseShiftDialog(m_db, m_terminal, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    // Refused (e.g. closed meanwhile by a supervisor): the label follows.
    connect(d, &CashDialog::failed, this, &CashMenu::refresh);
    connect(d, &CloseShiftDialog::closed, this, [this](const CashReport &z) {
        setShift(std::nullopt);
        // The Z report is shown and printed at once.
        showReport(z)->print();
    });
    d->open();
    return d;
}

CashReportDialog *CashMenu::showReport(const CashReport &report)
{
    if (m_reportDialog)
        m_reportDialog->close();
    auto *d = new CashReportDialog(report, m_counter, m_zone, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    d->setOutput(m_folder, m_printerName);
    m_reportDialog = d;
    d->open();
    Q_EMIT reportShown(d);
    return d;
}

} // namespace boxoffice
