#include "supervisor/reconciliationdialog.h"

#include "db/database.h"
#include "db/houseclock.h"
#include "display.h"
#include "money/money.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtGui/QRegularExpressionValidator>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <utility>

namespace boxoffice {

namespace {

const QColor ShortColor(0xc6, 0x28, 0x28);
const QColor OverColor(0xe6, 0x51, 0x00);
const QColor ExactColor(0x2e, 0x7d, 0x32);
constexpr qint64 MaxCountedSatang = 9999999999; // 99,999,999.99 baht, as the database allows
constexpr int HistoryDays = 30;

enum HistoryColumn {
    ShiftColumn,
    ClerkColumn,
    ExpectedColumn,
    CountedColumn,
    DifferenceColumn,
    NoteColumn,
    RecordedByColumn,
    HistoryColumnCount
};

struct ReconciliationChoices
{
    QList<ReconciliationCounter> counters;
    QList<StaffMember> staff;
};

QColor differenceColor(qint64 difference)
{
    return difference == 0 ? ExactColor : difference > 0 ? OverColor : ShortColor;
}

QString differenceText(qint64 difference)
{
    if (difference == 0)
        return ReconciliationDialog::tr("Exact: the drawer matches.");
    if (difference > 0)
        return ReconciliationDialog::tr("Over by %1").arg(formatBaht(difference));
    return ReconciliationDialog::tr("Short by %1").arg(formatBaht(-difference));
}

QString shiftText(const QDateTime &start, const QDateTime &end)
{
    const QLocale locale;
    // The venue's clock: a drawer's day is a day at the venue.
    const QDateTime s = HouseClock::at(start);
    const QDateTime e = HouseClock::at(end);
    const QString day = QStringLiteral("ddd d MMM yyyy");
    const QString hm = QStringLiteral("HH:mm");
    if (s.date() == e.date())
        return ReconciliationDialog::tr("%1, %2 to %3")
            .arg(
                Display::dateText(s.date(), day, locale), locale.toString(s.time(), hm), locale.toString(e.time(), hm));
    return ReconciliationDialog::tr("%1 to %2")
        .arg(Display::dateText(s.date(), day, locale) + QLatin1Char(' ') + locale.toString(s.time(), hm),
            Display::dateText(e.date(), day, locale) + QLatin1Char(' ') + locale.toString(e.time(), hm));
}

void setColour(QWidget *widget, const QColor &colour)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, colour);
    widget->setPalette(palette);
}

} // namespace

ReconciliationDialog::ReconciliationDialog(Database &db, const QString &actor, int terminalId, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(actor)
{
    setWindowTitle(tr("Cash reconciliation"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_counter = new QComboBox(this);
    m_counter->setObjectName(QStringLiteral("counter"));
    m_counter->setMinimumContentsLength(16);
    auto *counterLabel = new QLabel(tr("C&ounter:"), this);
    counterLabel->setBuddy(m_counter);
    m_clerk = new QComboBox(this);
    m_clerk->setObjectName(QStringLiteral("clerk"));
    m_clerk->setMinimumContentsLength(16);
    auto *clerkLabel = new QLabel(tr("C&lerk on duty:"), this);
    clerkLabel->setBuddy(m_clerk);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(tr("Propose the shift again, up to now"));
    top->addWidget(counterLabel);
    top->addWidget(m_counter);
    top->addSpacing(12);
    top->addWidget(clerkLabel);
    top->addWidget(m_clerk);
    top->addStretch(1);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    auto *box = new QGroupBox(tr("End of shift"), this);
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_shift = new QLabel(box);
    m_shift->setObjectName(QStringLiteral("shift"));
    m_shift->setWordWrap(true);
    form->addRow(tr("Shift:"), m_shift);

    m_expected = new QLabel(box);
    m_expected->setObjectName(QStringLiteral("expected"));
    QFont big = m_expected->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_expected->setFont(big);
    m_breakdown = new QLabel(box);
    m_breakdown->setObjectName(QStringLiteral("breakdown"));
    m_breakdown->setForegroundRole(QPalette::PlaceholderText);
    m_breakdown->setWordWrap(true);
    auto *expectedColumn = new QVBoxLayout;
    expectedColumn->setSpacing(2);
    expectedColumn->addWidget(m_expected);
    expectedColumn->addWidget(m_breakdown);
    form->addRow(tr("Expected cash:"), expectedColumn);

    m_counted = new QLineEdit(box);
    m_counted->setObjectName(QStringLiteral("counted"));
    m_counted->setPlaceholderText(tr("e.g. 12,500.00"));
    m_counted->setAlignment(Qt::AlignRight);
    m_counted->setFont(big);
    m_counted->setMaximumWidth(240);
    m_counted->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\s*฿?\\s*[0-9,]{0,11}(\\.[0-9]{0,2})?\\s*")), m_counted));
    form->addRow(tr("&Counted cash:"), m_counted);

    m_difference = new QLabel(box);
    m_difference->setObjectName(QStringLiteral("difference"));
    QFont bold = m_difference->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_difference->setFont(bold);
    form->addRow(tr("Difference:"), m_difference);

    m_note = new QLineEdit(box);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("Optional: why the drawer is over or short"));
    form->addRow(tr("&Note:"), m_note);

    m_record = new QPushButton(tr("Re&cord"), box);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setEnabled(false);
    auto *recordRow = new QHBoxLayout;
    recordRow->addStretch(1);
    recordRow->addWidget(m_record);
    form->addRow(recordRow);
    layout->addWidget(box);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    m_historyTitle = new QLabel(this);
    QFont heading = m_historyTitle->font();
    heading.setBold(true);
    m_historyTitle->setFont(heading);
    layout->addWidget(m_historyTitle);
    m_historyTable = new QTableWidget(0, HistoryColumnCount, this);
    m_historyTable->setObjectName(QStringLiteral("history"));
    m_historyTable->setHorizontalHeaderLabels(
        {tr("Shift"), tr("Clerk"), tr("Expected"), tr("Counted"), tr("Difference"), tr("Note"), tr("Recorded by")});
    for (int c : {ExpectedColumn, CountedColumn, DifferenceColumn})
        m_historyTable->horizontalHeaderItem(c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_historyTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyTable->setAlternatingRowColors(true);
    m_historyTable->setWordWrap(false);
    m_historyTable->verticalHeader()->hide();
    m_historyTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyTable->horizontalHeader()->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    layout->addWidget(m_historyTable, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    // Enter in the amount must not record by accident, nor close the dialog.
    for (QPushButton *b : {m_refresh, m_record, buttons->button(QDialogButtonBox::Close)}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    connect(m_counter, &QComboBox::currentIndexChanged, this, [this] {
        m_proposal.reset();
        m_counted->clear();
        m_note->clear();
        m_message->clear();
        refresh();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ReconciliationDialog::refresh);
    connect(m_counted, &QLineEdit::textChanged, this, &ReconciliationDialog::updateDifference);
    connect(m_record, &QPushButton::clicked, this, &ReconciliationDialog::record);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(900, 640);
    showProposal();
    showHistory();
    loadCounters(terminalId);
}

ReconciliationDialog::~ReconciliationDialog() = default;

std::optional<qint64> ReconciliationDialog::parseAmount(const QString &text)
{
    const std::optional<Money> amount = Money::parse(text);
    if (!amount || amount->satang() > MaxCountedSatang)
        return std::nullopt;
    return amount->satang();
}

void ReconciliationDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setColour(m_message, error ? ShortColor : palette().color(QPalette::WindowText));
}

void ReconciliationDialog::loadCounters(int selectTerminal)
{
    m_db.run([](Database &db) -> Result<ReconciliationChoices> {
            Result<QList<ReconciliationCounter>> counters = Reports(db).counters();
            if (!counters)
                return counters.error();
            Result<QList<StaffMember>> staff = StaffDirectory::activeStaff(db);
            if (!staff)
                return staff.error();
            return ReconciliationChoices {counters.value(), staff.value()};
        })
        .then(this, [this, selectTerminal](const Result<ReconciliationChoices> &r) {
            if (!r) {
                showMessage(r.error().message, true);
                Q_EMIT failed(r.error().message);
                return;
            }
            m_clerk->clear();
            m_clerk->addItem(tr("— not recorded —"), 0);
            for (const StaffMember &m : r->staff)
                m_clerk->addItem(m.displayName, m.id);
            {
                const QSignalBlocker block(m_counter);
                m_counter->clear();
                for (const ReconciliationCounter &c : r->counters)
                    m_counter->addItem(c.name, c.id);
            }
            const int index = m_counter->findData(selectTerminal);
            m_counter->setCurrentIndex(index >= 0 ? index : 0);
            if (m_counter->count() == 0)
                showMessage(tr("No counter has been set up yet."), true);
            else
                refresh();
            Q_EMIT countersLoaded(m_counter->count());
        });
}

void ReconciliationDialog::selectCounter(int terminalId)
{
    const int index = m_counter->findData(terminalId);
    if (index >= 0)
        m_counter->setCurrentIndex(index);
}

int ReconciliationDialog::counterId() const
{
    return m_counter->currentData().toInt();
}

void ReconciliationDialog::refresh()
{
    if (counterId() <= 0) {
        loadCounters(0); // the list of counters never came (the database was away): ask again
        return;
    }
    loadProposal();
    loadHistory();
}

void ReconciliationDialog::loadProposal()
{
    const int terminal = counterId();
    const quint64 request = ++m_proposalRequest;
    m_proposal.reset();
    showProposal();
    m_shift->setText(tr("Loading…"));
    // A counter never reconciled starts at the venue's midnight.
    const QDateTime dayStart = HouseClock::startOfDay(HouseClock::today());
    m_db.run([terminal, dayStart](Database &db) { return Reports(db).proposeShift(terminal, dayStart); })
        .then(this, [this, request](const Result<ShiftProposal> &r) {
            if (request != m_proposalRequest)
                return; // another counter was picked meanwhile
            if (!r) {
                showProposal();
                showMessage(r.error().message, true);
                Q_EMIT failed(r.error().message);
                return;
            }
            m_proposal = r.value();
            showProposal();
            Q_EMIT proposalLoaded();
        });
}

void ReconciliationDialog::loadHistory()
{
    const int terminal = counterId();
    const quint64 request = ++m_historyRequest;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime from = now.addDays(-HistoryDays);
    // A little past now: the clocks of this PC and the server may differ.
    const QDateTime to = now.addDays(1);
    m_historyTitle->setText(
        tr("Reconciliations of %1 in the last %2 days").arg(m_counter->currentText()).arg(HistoryDays));
    m_db.run([terminal, from, to](Database &db) { return Reports(db).reconciliations(from, to, terminal); })
        .then(this, [this, request](const Result<QList<Reconciliation>> &r) {
            if (request != m_historyRequest)
                return;
            if (!r) {
                showMessage(r.error().message, true);
                Q_EMIT failed(r.error().message);
                return;
            }
            m_history = r.value();
            showHistory();
            Q_EMIT historyLoaded(int(m_history.size()));
        });
}

void ReconciliationDialog::showProposal()
{
    if (!m_proposal) {
        m_shift->clear();
        m_expected->setText(QStringLiteral("—"));
        m_breakdown->clear();
    } else {
        const ShiftProposal &p = *m_proposal;
        m_shift->setText(tr("%1 (%2)").arg(shiftText(p.shiftStart, p.shiftEnd),
            p.lastReconciledEnd.isValid() ? tr("since the last reconciliation") : tr("since the start of the day")));
        m_expected->setText(formatBaht(p.cash.expected()));
        m_breakdown->setText(
            tr("Cash sales %1 − cash refunds %2").arg(formatBaht(p.cash.sales), formatBaht(p.cash.refunds)));
        m_breakdown->setToolTip(tr("Cash orders paid at this counter in the shift: %1. "
                                   "Its paid cash orders cancelled in the shift: %2.")
                                    .arg(p.cash.saleOrders)
                                    .arg(p.cash.refundOrders));
    }
    updateDifference();
}

void ReconciliationDialog::updateDifference()
{
    const QString text = m_counted->text().trimmed();
    const std::optional<qint64> counted = parseAmount(text);
    if (!m_proposal) {
        m_difference->clear();
    } else if (text.isEmpty()) {
        m_difference->setText(tr("Count the drawer and enter the cash."));
        setColour(m_difference, palette().color(QPalette::PlaceholderText));
    } else if (!counted) {
        m_difference->setText(tr("Not an amount: type it like 12,500.00"));
        setColour(m_difference, ShortColor);
    } else {
        const qint64 difference = *counted - m_proposal->cash.expected();
        m_difference->setText(differenceText(difference));
        setColour(m_difference, differenceColor(difference));
    }
    updateRecordButton();
}

void ReconciliationDialog::updateRecordButton()
{
    m_record->setEnabled(!m_recording && m_proposal && parseAmount(m_counted->text()).has_value());
}

void ReconciliationDialog::record()
{
    const std::optional<qint64> counted = parseAmount(m_counted->text());
    if (m_recording || !m_proposal || !counted)
        return;
    ReconciliationRequest request;
    request.terminalId = m_proposal->terminalId;
    request.clerkId = m_clerk->currentData().toInt();
    request.shiftStart = m_proposal->shiftStart;
    request.shiftEnd = m_proposal->shiftEnd;
    request.counted = *counted;
    request.note = m_note->text().trimmed();
    request.actor = m_actor;
    m_recording = true;
    updateRecordButton();
    showMessage(tr("Recording…"), false);
    m_db.run([request](Database &db) { return Reports(db).recordReconciliation(request); })
        .then(this, [this](const Result<Reconciliation> &r) {
            m_recording = false;
            if (!r) {
                updateRecordButton();
                showMessage(r.error().message, true);
                Q_EMIT failed(r.error().message);
                return;
            }
            const Reconciliation &done = r.value();
            showMessage(tr("Recorded for %1: expected %2, counted %3. %4")
                            .arg(done.terminal, formatBaht(done.expected), formatBaht(done.counted),
                                differenceText(done.difference)),
                false);
            m_counted->clear();
            m_note->clear();
            refresh(); // the next shift starts where this one ended
            Q_EMIT recorded(done);
        });
}

void ReconciliationDialog::showHistory()
{
    m_historyTable->setRowCount(int(m_history.size()));
    const QLocale locale;
    for (int row = 0; row < m_history.size(); ++row) {
        const Reconciliation &r = m_history.at(row);
        auto item = [&](int column, const QString &text, bool amount = false) {
            auto *cell = new QTableWidgetItem(text);
            if (amount)
                cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_historyTable->setItem(row, column, cell);
            return cell;
        };
        item(ShiftColumn, shiftText(r.shiftStart, r.shiftEnd));
        item(ClerkColumn, r.clerk.isEmpty() ? QStringLiteral("—") : r.clerk);
        item(ExpectedColumn, formatBaht(r.expected), true);
        item(CountedColumn, formatBaht(r.counted), true);
        QTableWidgetItem *difference = item(DifferenceColumn,
            r.difference == 0      ? tr("exact")
                : r.difference > 0 ? tr("over %1").arg(formatBaht(r.difference))
                                   : tr("short %1").arg(formatBaht(-r.difference)),
            true);
        difference->setForeground(differenceColor(r.difference));
        item(NoteColumn, r.note)->setToolTip(r.note);
        item(RecordedByColumn,
            tr("%1, %2").arg(r.actor, locale.toString(HouseClock::at(r.recordedAt), QLocale::ShortFormat)))
            ->setToolTip(tr("Database login: %1").arg(r.recordedBy));
    }
}

} // namespace boxoffice
