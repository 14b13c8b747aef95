#include "manager/emergencypanel.h"

#include "counter/showlistmodel.h"
#include "db/database.h"
#include "db/houseclock.h"
#include "display.h"
#include "supervisor/auditlogdialog.h"

#include <QtCore/QLocale>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

constexpr int MaxReasonLength = 500;
constexpr int LabelsShown = 8;

QString stateBadgeStyle(const QColor &colour)
{
    return QStringLiteral("QLabel { background: %1; color: white; border-radius: 4px; padding: 3px 10px;"
                          " font-weight: bold; }")
        .arg(colour.name());
}

QPushButton *plainButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    // Enter in a reason field must never fire an action.
    b->setAutoDefault(false);
    b->setDefault(false);
    return b;
}

QLineEdit *reasonEdit(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setMaxLength(MaxReasonLength);
    e->setClearButtonEnabled(true);
    return e;
}

} // namespace

EmergencyPanel::EmergencyPanel(Database &db, QString actor, QWidget *parent)
    : QDialog(parent), m_db(db), m_actor(std::move(actor))
{
    setWindowTitle(tr("Emergency controls"));
    setObjectName(QStringLiteral("emergencyPanel"));
    buildUi();
    updateSeatsScopeText();
    updateSalesState();
    updateButtons();
    resize(1040, 640);
    // From the event loop, not inside the constructor (see AuditLogDialog).
    QMetaObject::invokeMethod(this, &EmergencyPanel::reloadShows, Qt::QueuedConnection);
}

void EmergencyPanel::setActorName(const QString &name)
{
    if (auto *who = findChild<QLabel *>(QStringLiteral("actor")))
        who->setText(tr("Manager: <b>%1</b>").arg((name.isEmpty() ? m_actor : name).toHtmlEscaped()));
}

EmergencyPanel::~EmergencyPanel() = default;

void EmergencyPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);

    // Who is acting, and what every action means.
    auto *header = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    auto *title = new QLabel(tr("Emergency controls"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    titles->addWidget(title);
    auto *subtitle = new QLabel(tr("Every action needs a reason, reaches every counter at once and is written to "
                                   "the audit log."),
        this);
    subtitle->setStyleSheet(QStringLiteral("color: #616161;"));
    titles->addWidget(subtitle);
    header->addLayout(titles, 1);
    auto *who = new QLabel(tr("Manager: <b>%1</b>").arg(m_actor.toHtmlEscaped()), this);
    who->setObjectName(QStringLiteral("actor"));
    who->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(who);
    layout->addLayout(header);

    // The show every action applies to.
    auto *showRow = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    m_showCombo = new QComboBox(this);
    m_showCombo->setObjectName(QStringLiteral("show"));
    m_showCombo->setMinimumContentsLength(36);
    m_showCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    showLabel->setBuddy(m_showCombo);
    m_refreshButton = plainButton(tr("&Refresh"), QStringLiteral("refresh"), this);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_refreshButton->setToolTip(tr("Load the shows and the held seats again (F5)"));
    showRow->addWidget(showLabel);
    showRow->addWidget(m_showCombo, 1);
    showRow->addWidget(m_refreshButton);
    layout->addLayout(showRow);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(buildUnlockGroup(), 3);
    auto *right = new QVBoxLayout;
    right->addWidget(buildSalesGroup());
    right->addWidget(buildClearGroup());
    right->addStretch(1);
    columns->addLayout(right, 2);
    layout->addLayout(columns, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    auto *footer = new QHBoxLayout;
    auto *audit = plainButton(tr("&Audit log…"), QStringLiteral("auditLog"), this);
    auto *close = plainButton(tr("Close"), QStringLiteral("close"), this);
    footer->addWidget(audit);
    footer->addStretch(1);
    footer->addWidget(close);
    layout->addLayout(footer);

    connect(m_showCombo, &QComboBox::currentIndexChanged, this, &EmergencyPanel::onShowChanged);
    connect(m_refreshButton, &QPushButton::clicked, this, &EmergencyPanel::reloadShows);
    connect(audit, &QPushButton::clicked, this, [this] {
        auto *dialog = new AuditLogDialog(m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

QWidget *EmergencyPanel::buildUnlockGroup()
{
    auto *group = new QGroupBox(tr("Force unlock held seats"), this);
    auto *layout = new QVBoxLayout(group);
    auto *explain = new QLabel(tr("Frees seats a counter holds (a crashed or abandoned counter). Seats in an order are "
                                  "never touched."),
        group);
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: #616161;"));
    layout->addWidget(explain);

    m_scopeGroup = new QButtonGroup(group);
    m_seatsScope = new QRadioButton(group);
    m_seatsScope->setObjectName(QStringLiteral("scopeSeats"));
    m_showScope = new QRadioButton(tr("Every held seat of this show"), group);
    m_showScope->setObjectName(QStringLiteral("scopeShow"));
    m_counterScope = new QRadioButton(tr("Every seat one counter holds:"), group);
    m_counterScope->setObjectName(QStringLiteral("scopeCounter"));
    m_scopeGroup->addButton(m_seatsScope, int(Scope::SelectedSeats));
    m_scopeGroup->addButton(m_showScope, int(Scope::WholeShow));
    m_scopeGroup->addButton(m_counterScope, int(Scope::OneCounter));
    m_seatsScope->setChecked(true);
    layout->addWidget(m_seatsScope);
    layout->addWidget(m_showScope);
    auto *counterRow = new QHBoxLayout;
    m_counterCombo = new QComboBox(group);
    m_counterCombo->setObjectName(QStringLiteral("counter"));
    m_counterCombo->setMinimumContentsLength(22);
    counterRow->addWidget(m_counterScope);
    counterRow->addWidget(m_counterCombo, 1);
    layout->addLayout(counterRow);

    m_previewTable = new QTableWidget(0, 3, group);
    m_previewTable->setObjectName(QStringLiteral("preview"));
    m_previewTable->setHorizontalHeaderLabels({tr("Seat"), tr("Held by"), tr("Held until")});
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewTable->setFocusPolicy(Qt::NoFocus);
    m_previewTable->setAlternatingRowColors(true);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->verticalHeader()->setDefaultSectionSize(m_previewTable->fontMetrics().height() + 8);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_previewTable, 1);

    m_previewSummary = new QLabel(group);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    layout->addWidget(m_previewSummary);

    auto *actionRow = new QHBoxLayout;
    auto *reasonLabel = new QLabel(tr("R&eason:"), group);
    m_unlockReason
        = reasonEdit(QStringLiteral("unlockReason"), tr("Why, for the audit log (e.g. counter 3 crashed)"), group);
    reasonLabel->setBuddy(m_unlockReason);
    m_unlockButton = plainButton(tr("Release seats"), QStringLiteral("unlockButton"), group);
    m_unlockButton->setMinimumWidth(150);
    m_unlockButton->setStyleSheet(
        QStringLiteral("QPushButton:enabled { background: #c62828; color: white; font-weight: bold;"
                       " border: 1px solid #8e0000; border-radius: 3px; padding: 5px 12px; }"
                       "QPushButton:enabled:hover { background: #d32f2f; }"
                       "QPushButton:enabled:pressed { background: #8e0000; }"));
    actionRow->addWidget(reasonLabel);
    actionRow->addWidget(m_unlockReason, 1);
    actionRow->addWidget(m_unlockButton);
    layout->addLayout(actionRow);

    connect(m_scopeGroup, &QButtonGroup::idClicked, this, [this](int id) { setScope(Scope(id)); });
    connect(m_counterCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_scope == Scope::OneCounter)
            refreshPreview();
    });
    connect(m_unlockReason, &QLineEdit::textChanged, this, &EmergencyPanel::updateButtons);
    connect(m_unlockButton, &QPushButton::clicked, this, &EmergencyPanel::forceUnlock);
    return group;
}

QWidget *EmergencyPanel::buildSalesGroup()
{
    auto *group = new QGroupBox(tr("Sales of this show"), this);
    auto *layout = new QGridLayout(group);
    layout->addWidget(new QLabel(tr("Now:"), group), 0, 0);
    m_salesState = new QLabel(group);
    m_salesState->setObjectName(QStringLiteral("salesState"));
    auto *stateRow = new QHBoxLayout;
    stateRow->addWidget(m_salesState);
    stateRow->addStretch(1);
    layout->addLayout(stateRow, 0, 1);
    auto *reasonLabel = new QLabel(tr("Rea&son:"), group);
    m_salesReason = reasonEdit(QStringLiteral("salesReason"), tr("Why, for the audit log"), group);
    reasonLabel->setBuddy(m_salesReason);
    layout->addWidget(reasonLabel, 1, 0);
    layout->addWidget(m_salesReason, 1, 1);
    auto *buttons = new QHBoxLayout;
    m_pauseButton = plainButton(tr("&Pause sales"), QStringLiteral("pauseButton"), group);
    m_resumeButton = plainButton(tr("Res&ume sales"), QStringLiteral("resumeButton"), group);
    m_closeButton = plainButton(tr("C&lose sales"), QStringLiteral("closeSalesButton"), group);
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_resumeButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons, 2, 0, 1, 2);
    auto *explain = new QLabel(tr("A paused or closed show refuses new holds and sales on every counter."), group);
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: #616161;"));
    layout->addWidget(explain, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_salesReason, &QLineEdit::textChanged, this, &EmergencyPanel::updateButtons);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { changeSalesState(SalesState::Paused); });
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { changeSalesState(SalesState::OnSale); });
    connect(m_closeButton, &QPushButton::clicked, this, [this] { changeSalesState(SalesState::Closed); });
    return group;
}

QWidget *EmergencyPanel::buildClearGroup()
{
    auto *group = new QGroupBox(tr("Duplicate-order locks"), this);
    auto *layout = new QGridLayout(group);
    auto *explain = new QLabel(tr("Every counter forgets the orders it is guarding against repeating. Use it when a "
                                  "counter keeps refusing a sale as \"already in progress\"."),
        group);
    explain->setWordWrap(true);
    explain->setStyleSheet(QStringLiteral("color: #616161;"));
    layout->addWidget(explain, 0, 0, 1, 2);
    auto *reasonLabel = new QLabel(tr("Reaso&n:"), group);
    m_clearReason = reasonEdit(QStringLiteral("clearReason"), tr("Why, for the audit log"), group);
    reasonLabel->setBuddy(m_clearReason);
    layout->addWidget(reasonLabel, 1, 0);
    layout->addWidget(m_clearReason, 1, 1);
    m_clearButton = plainButton(tr("Clear on &every counter"), QStringLiteral("clearLocksButton"), group);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_clearButton);
    layout->addLayout(row, 2, 0, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_clearReason, &QLineEdit::textChanged, this, &EmergencyPanel::updateButtons);
    connect(m_clearButton, &QPushButton::clicked, this, &EmergencyPanel::clearDuplicateLocks);
    return group;
}

QRadioButton *EmergencyPanel::scopeButton(Scope scope) const
{
    switch (scope) {
    case Scope::SelectedSeats:
        return m_seatsScope;
    case Scope::WholeShow:
        return m_showScope;
    case Scope::OneCounter:
        return m_counterScope;
    }
    return nullptr;
}

int EmergencyPanel::currentShowId() const
{
    return m_showCombo->currentData().toInt();
}

const ShowSummary *EmergencyPanel::currentShow() const
{
    const int id = currentShowId();
    for (const ShowSummary &s : m_shows) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString EmergencyPanel::showName(const ShowSummary &show) const
{
    return tr("%1, %2").arg(show.title, Display::venueTimeText(show.startsAt, show.timeZone));
}

int EmergencyPanel::chosenTerminal() const
{
    return m_counterCombo->currentData().toInt();
}

QList<int> EmergencyPanel::scopeSeats() const
{
    return m_selectedShow == currentShowId() ? m_selectedSeats : QList<int> {};
}

void EmergencyPanel::setSelectedSeats(int showId, const QList<int> &seatIds, const QStringList &labels)
{
    if (showId == m_selectedShow && seatIds == m_selectedSeats)
        return;
    m_selectedShow = showId;
    m_selectedSeats = seatIds;
    m_selectedLabels = labels;
    updateSeatsScopeText();
    if (m_scope == Scope::SelectedSeats && showId == currentShowId())
        refreshPreview();
}

void EmergencyPanel::setCurrentShow(int showId)
{
    m_wantedShow = showId;
    const int index = m_showCombo->findData(showId);
    if (index >= 0)
        m_showCombo->setCurrentIndex(index);
}

void EmergencyPanel::setScope(Scope scope)
{
    scopeButton(scope)->setChecked(true);
    if (scope == m_scope)
        return;
    m_scope = scope;
    updateButtons();
    refreshPreview();
}

void EmergencyPanel::reloadShows()
{
    ++m_busy;
    updateButtons();
    m_db.run([](Database &db) { return ShowCatalog::comingShows(db); })
        .then(this, [this](const Result<QList<ShowSummary>> &shows) {
            --m_busy;
            if (!shows) {
                const QString text = tr("The shows could not be loaded: %1").arg(shows.error().message);
                setMessage(text, true);
                updateButtons();
                Q_EMIT failed(text);
                return;
            }
            showShows(shows.value());
            Q_EMIT showsLoaded(int(m_shows.size()));
        });
}

void EmergencyPanel::showShows(const QList<ShowSummary> &shows)
{
    const int keep = m_wantedShow ? m_wantedShow : currentShowId();
    m_shows = shows;
    {
        const QSignalBlocker blocker(m_showCombo);
        m_showCombo->clear();
        for (const ShowSummary &s : m_shows) {
            m_showCombo->addItem(showName(s), s.id);
            m_showCombo->setItemData(m_showCombo->count() - 1, s.venue, Qt::ToolTipRole);
        }
        const int index = m_showCombo->findData(keep);
        m_showCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    onShowChanged();
}

void EmergencyPanel::onShowChanged()
{
    if (currentShowId() > 0)
        m_wantedShow = currentShowId();
    updateSeatsScopeText();
    updateSalesState();
    updateButtons();
    refreshPreview();
}

void EmergencyPanel::updateSeatsScopeText()
{
    const QList<int> seats = scopeSeats();
    if (seats.isEmpty()) {
        m_seatsScope->setText(tr("Seats selected on the counter's map (none on this show)"));
        return;
    }
    QStringList labels = m_selectedLabels.mid(0, LabelsShown);
    if (m_selectedLabels.size() > LabelsShown)
        labels << QStringLiteral("…");
    m_seatsScope->setText(tr("%n seat(s) selected on the counter's map: %1", "", int(seats.size()))
                              .arg(labels.join(QStringLiteral(", "))));
}

void EmergencyPanel::refreshPreview()
{
    const int showId = currentShowId();
    const int serial = ++m_previewSerial;
    m_previewValid = false;
    if (showId <= 0) {
        m_preview.clear();
        m_previewTable->setRowCount(0);
        m_previewLoading = false;
        m_previewSummary->setText(tr("Choose a show."));
        updateButtons();
        return;
    }
    m_previewLoading = true;
    m_previewSummary->setStyleSheet(QString());
    m_previewSummary->setText(tr("Looking up the held seats…"));
    updateButtons();

    const Scope scope = m_scope;
    const QList<int> seats = scopeSeats();
    const int terminal = chosenTerminal();
    const QString actor = m_actor;
    m_db.run([actor, showId, scope, seats, terminal](Database &db) {
            PreviewAnswer answer;
            EmergencyControls controls(db, actor);
            if (Result<QList<EmergencyControls::HoldingCounter>> holding = controls.holdingCounters(showId)) {
                QList<Counter> counters;
                for (const auto &c : holding.value())
                    counters << Counter {c.terminalId, c.name, c.seats};
                answer.counters = counters;
            } else {
                answer.counters = holding.error();
            }
            // An empty seat list or no counter means "all" to the service: here
            // it means nothing.
            if ((scope == Scope::SelectedSeats && seats.isEmpty()) || (scope == Scope::OneCounter && terminal <= 0))
                return answer;
            answer.targets = controls.previewForceUnlock(showId, scope == Scope::SelectedSeats ? seats : QList<int> {},
                scope == Scope::OneCounter ? terminal : 0);
            return answer;
        })
        .then(this, [this, serial, showId](const PreviewAnswer &answer) {
            if (serial == m_previewSerial)
                showPreview(answer, showId);
        });
}

void EmergencyPanel::showCounters(const QList<Counter> &counters)
{
    const int keep = chosenTerminal();
    {
        const QSignalBlocker blocker(m_counterCombo);
        m_counterCombo->clear();
        for (const Counter &c : counters)
            m_counterCombo->addItem(tr("%1 (%n held seat(s))", "", c.seats).arg(c.name), c.terminalId);
        const int index = m_counterCombo->findData(keep);
        m_counterCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (counters.isEmpty())
        m_counterCombo->setPlaceholderText(tr("No counter holds seats"));
}

void EmergencyPanel::showPreview(const PreviewAnswer &answer, int showId)
{
    if (showId != currentShowId())
        return;
    const int terminalBefore = chosenTerminal();
    if (answer.counters)
        showCounters(answer.counters.value());
    // The chosen counter's list changed under the preview: look again.
    if (m_scope == Scope::OneCounter && chosenTerminal() != terminalBefore) {
        refreshPreview();
        return;
    }
    m_previewLoading = false;
    m_preview.clear();
    if (!answer.targets) {
        m_previewTable->setRowCount(0);
        m_previewSummary->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_previewSummary->setText(tr("The held seats could not be looked up: %1").arg(answer.targets.error().message));
        updateButtons();
        Q_EMIT previewChanged(0);
        return;
    }
    m_preview = answer.targets.value();
    m_previewValid = true;
    m_previewTable->setRowCount(int(m_preview.size()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (int r = 0; r < m_preview.size(); ++r) {
        const EmergencyControls::Target &t = m_preview.at(r);
        QString until = locale.toString(HouseClock::at(t.heldUntil), QStringLiteral("HH:mm:ss"));
        if (t.heldUntil < now)
            until = tr("%1 (lapsed)").arg(until);
        const QStringList cells {t.label, t.holder.isEmpty() ? tr("unknown counter") : t.holder, until};
        for (int c = 0; c < cells.size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(cells.at(c)));
        m_previewTable->item(r, 0)->setData(Qt::UserRole, t.seatId);
    }
    m_previewSummary->setStyleSheet(QString());
    const int n = int(m_preview.size());
    if (n > 0) {
        QMap<QString, int> byHolder;
        for (const EmergencyControls::Target &t : m_preview)
            ++byHolder[t.holder];
        QStringList holders;
        for (auto it = byHolder.cbegin(); it != byHolder.cend(); ++it)
            holders << tr("%1: %2").arg(it.key()).arg(it.value());
        m_previewSummary->setText(tr("<b>%n held seat(s)</b> will be released (%1).", "", n)
                                      .arg(holders.join(QStringLiteral(", ")).toHtmlEscaped()));
    } else if (m_scope == Scope::SelectedSeats && scopeSeats().isEmpty()) {
        m_previewSummary->setText(tr("Select seats of this show on the counter's map, or choose another scope."));
    } else if (m_scope == Scope::OneCounter && chosenTerminal() <= 0) {
        m_previewSummary->setText(tr("No counter holds seats of this show."));
    } else {
        m_previewSummary->setText(tr("Nothing to release: none of these seats is held."));
    }
    updateButtons();
    Q_EMIT previewChanged(n);
}

void EmergencyPanel::updateSalesState()
{
    const ShowSummary *show = currentShow();
    m_salesState->setText(show ? Display::salesStateText(show->salesState) : tr("No show"));
    m_salesState->setStyleSheet(
        stateBadgeStyle(show ? Display::salesStateColor(show->salesState) : Display::neutralColor()));
    m_salesState->setProperty("state", show ? salesStateName(show->salesState) : QString());
}

void EmergencyPanel::updateButtons()
{
    const bool idle = m_busy == 0;
    const ShowSummary *show = currentShow();
    const int n = m_previewValid ? int(m_preview.size()) : 0;
    m_unlockButton->setText(n > 0 ? tr("Release %n seat(s)", "", n) : tr("Release seats"));
    m_unlockButton->setEnabled(
        idle && show && !m_previewLoading && m_previewValid && n > 0 && !m_unlockReason->text().trimmed().isEmpty());
    m_counterCombo->setEnabled(m_scope == Scope::OneCounter && m_counterCombo->count() > 0);

    const bool salesReady = idle && show && !m_salesReason->text().trimmed().isEmpty();
    m_pauseButton->setEnabled(salesReady && show->salesState == SalesState::OnSale);
    m_resumeButton->setEnabled(salesReady && show->salesState != SalesState::OnSale);
    m_closeButton->setEnabled(salesReady && show->salesState != SalesState::Closed);

    m_clearButton->setEnabled(idle && !m_clearReason->text().trimmed().isEmpty());
    m_refreshButton->setEnabled(idle);
    m_showCombo->setEnabled(idle);
}

void EmergencyPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error
            ? QStringLiteral("QLabel { background: #fdecea; color: #8e0000; border: 1px solid #f5c2c0;"
                             " border-radius: 4px; padding: 8px; }")
            : QStringLiteral("QLabel { background: #e8f5e9; color: #1b5e20; border: 1px solid #b9dfbb;"
                             " border-radius: 4px; padding: 8px; }"));
    m_message->setVisible(!text.isEmpty());
}

void EmergencyPanel::ask(
    const QString &title, const QString &text, const QString &confirmText, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(confirmText, QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *no = box->addButton(QMessageBox::Cancel);
    // Enter alone must not do it.
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    connect(box, &QDialog::finished, this, [box, yes, onYes = std::move(onYes)] {
        box->setObjectName(QString());
        if (box->clickedButton() == yes)
            onYes();
    });
    m_confirmation = box;
    box->open();
}

void EmergencyPanel::beginAction()
{
    ++m_busy;
    m_message->hide();
    updateButtons();
}

void EmergencyPanel::endAction()
{
    --m_busy;
    updateButtons();
}

void EmergencyPanel::forceUnlock()
{
    const ShowSummary *show = currentShow();
    const QString reason = m_unlockReason->text().trimmed();
    if (!m_unlockButton->isEnabled() || !show || reason.isEmpty() || m_preview.isEmpty())
        return;
    // Exactly the seats the manager was shown: a hold made since is not
    // released behind their back (the database still skips any seat that
    // is no longer a plain hold).
    QList<int> seats;
    for (const EmergencyControls::Target &t : std::as_const(m_preview))
        seats << t.seatId;
    const int n = int(seats.size());
    const int terminal = m_scope == Scope::OneCounter ? chosenTerminal() : 0;
    QString scopeText;
    switch (m_scope) {
    case Scope::SelectedSeats:
        scopeText = tr("the seats selected on the counter's map");
        break;
    case Scope::WholeShow:
        scopeText = tr("every held seat of the show");
        break;
    case Scope::OneCounter:
        scopeText = tr("every seat %1 holds").arg(m_counterCombo->currentText());
        break;
    }
    const int showId = show->id;
    const QString title = showName(*show);
    ask(tr("Force unlock"),
        tr("Release %n held seat(s) of %1?", "", n).arg(title) + QStringLiteral("\n\n")
            + tr("Scope: %1.\nReason: %2\n\nThe counters holding them lose them at once; a clerk in the middle of a "
                 "sale has to pick seats again.")
                  .arg(scopeText, reason),
        tr("Release %n seat(s)", "", n), [this, showId, seats, terminal, reason, n] {
            beginAction();
            const QString actor = m_actor;
            m_db.run([actor, showId, seats, terminal, reason](Database &db) {
                    return EmergencyControls(db, actor).forceUnlock(showId, seats, terminal, reason);
                })
                .then(this, [this, n](const Result<HoldResult> &r) {
                    endAction();
                    if (!r) {
                        const QString text = tr("No seat was released: %1").arg(r.error().message);
                        setMessage(text, true);
                        Q_EMIT failed(text);
                        return;
                    }
                    const int released = int(r->changes.size());
                    const QString text = released == n
                        ? tr("Released %n seat(s); every counter's map shows them free.", "", released)
                        : tr("Released %1 of %n seat(s); the others had been let go or sold meanwhile.", "", n)
                              .arg(QLocale().toString(released));
                    m_unlockReason->clear();
                    setMessage(text, false);
                    Q_EMIT succeeded(text);
                    refreshPreview();
                });
        });
}

void EmergencyPanel::changeSalesState(SalesState state)
{
    const ShowSummary *show = currentShow();
    const QString reason = m_salesReason->text().trimmed();
    if (!show || reason.isEmpty())
        return;
    const int showId = show->id;
    const QString title = showName(*show);
    QString question;
    QString confirm;
    if (state == SalesState::Paused) {
        question = tr("Pause sales of %1?\n\nEvery counter stops holding and selling its seats at once, until sales "
                      "are resumed.");
        confirm = tr("Pause sales");
    } else if (state == SalesState::Closed) {
        question = tr("Close sales of %1?\n\nNo counter can hold or sell its seats any more.");
        confirm = tr("Close sales");
    } else {
        question = tr("Resume sales of %1?\n\nEvery counter can hold and sell its seats again.");
        confirm = tr("Resume sales");
    }
    ask(tr("Sales of a show"), question.arg(title) + QStringLiteral("\n") + tr("Reason: %1").arg(reason), confirm,
        [this, showId, state, reason, title] {
            beginAction();
            const QString actor = m_actor;
            m_db.run([actor, showId, state, reason](
                         Database &db) { return EmergencyControls(db, actor).setSalesState(showId, state, reason); })
                .then(this, [this, showId, state, title](const Result<Done> &r) {
                    endAction();
                    if (!r) {
                        const QString text = tr("Sales were not changed: %1").arg(r.error().message);
                        setMessage(text, true);
                        Q_EMIT failed(text);
                        return;
                    }
                    for (ShowSummary &s : m_shows) {
                        if (s.id == showId)
                            s.salesState = state;
                    }
                    m_salesReason->clear();
                    updateSalesState();
                    updateButtons();
                    const QString text = tr("Sales of %1: %2.").arg(title, Display::salesStateText(state).toLower());
                    setMessage(text, false);
                    Q_EMIT salesStateChanged(showId, state);
                    Q_EMIT succeeded(text);
                });
        });
}

void EmergencyPanel::clearDuplicateLocks()
{
    const QString reason = m_clearReason->text().trimmed();
    if (reason.isEmpty())
        return;
    ask(tr("Duplicate-order locks"), tr("Clear the duplicate-order locks on every counter?\n\nReason: %1").arg(reason),
        tr("Clear the locks"), [this, reason] {
            beginAction();
            const QString actor = m_actor;
            m_db.run([actor, reason](Database &db) { return EmergencyControls(db, actor).clearDuplicateLocks(reason); })
                .then(this, [this](const Result<Done> &r) {
                    endAction();
                    if (!r) {
                        const QString text = tr("The locks were not cleared: %1").arg(r.error().message);
                        setMessage(text, true);
                        Q_EMIT failed(text);
                        return;
                    }
                    m_clearReason->clear();
                    const QString text = tr("Every counter was told to clear its duplicate-order locks.");
                    setMessage(text, false);
                    Q_EMIT succeeded(text);
                });
        });
}

} // namespace boxoffice
