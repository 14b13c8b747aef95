#include "manager/showspage.h"

#include "db/database.h"
#include "display.h"
#include "gate/gate.h"
#include "manager/setupwindow.h"
#include "sale/domain.h"

#include <QtCore/QLocale>
#include <QtCore/QRegularExpression>
#include <QtCore/QTimeZone>
#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace boxoffice {

namespace {

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    label->setAccessibleName(ShowsPage::tr("Error"));
    label->hide();
    return label;
}

QLineEdit *timeEdit(const QString &name, const QString &text, QWidget *parent)
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(name);
    edit->setMaxLength(32);
    edit->setPlaceholderText(QStringLiteral("2026-12-07 18:30"));
    return edit;
}

// "yyyy-MM-dd HH:mm" (or a T between, seconds dropped) as a date and time;
// a Buddhist-era year (2400 and later: the lists show Thai users those) is
// read as its Christian-era one. Invalid if the text is not such a time.
QDateTime typedWallClock(const QString &typed)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2}):(\\d{2})(?::\\d{2})?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(typed);
    if (!m.hasMatch())
        return {};
    int year = m.captured(1).toInt();
    if (year >= 2400)
        year -= 543;
    const QDate date(year, m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc()); // a wall clock, no zone of its own
}

QString stateText(const QString &state)
{
    if (state == QLatin1String("on_sale"))
        return ShowsPage::tr("On sale");
    if (state == QLatin1String("paused"))
        return ShowsPage::tr("Paused");
    if (state == QLatin1String("closed"))
        return ShowsPage::tr("Closed");
    if (state == QLatin1String("cancelled"))
        return ShowsPage::tr("Cancelled");
    return state;
}

QTableWidgetItem *readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

// ---------------------------------------------------------------------------

ShowFormDialog::ShowFormDialog(const QList<VenueSettingsEntry> &venues, const ShowAdminEntry *show, QWidget *parent)
    : QDialog(parent), m_venues(venues)
{
    setObjectName(QStringLiteral("showForm"));
    setWindowTitle(show ? tr("Edit show") : tr("New show"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_venue = new QComboBox(this);
    m_venue->setObjectName(QStringLiteral("venue"));
    if (show) {
        m_fixedVenue = show->venueId;
        m_venue->addItem(show->venue, show->venueId);
        m_venue->setEnabled(false);
    } else {
        for (const VenueSettingsEntry &v : venues)
            m_venue->addItem(v.name, v.id);
    }
    form->addRow(tr("&Venue:"), m_venue);
    m_title = new QLineEdit(show ? show->title : QString(), this);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setPlaceholderText(tr("e.g. Rajadamnern Monday Fights: Saenchai vs …"));
    form->addRow(tr("&Title:"), m_title);
    m_subtitle = new QPlainTextEdit(show ? show->subtitle : QString(), this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setTabChangesFocus(true);
    m_subtitle->setMaximumHeight(80);
    m_subtitle->setAccessibleName(tr("Subtitle or bouts"));
    form->addRow(tr("&Subtitle / bouts:"), m_subtitle);
    // Each time typed is read back under it, in the user's language and
    // calendar (Thai: the Buddhist era, as the lists): what was typed is
    // what will be saved.
    auto addTime = [this, form](const QString &label, QLineEdit *edit) {
        form->addRow(label, edit);
        auto *readBack = new QLabel(this);
        readBack->setObjectName(edit->objectName() + QStringLiteral("ReadBack"));
        readBack->setStyleSheet(QStringLiteral("color: palette(placeholder-text);"));
        form->addRow(QString(), readBack);
        m_readBacks.append({edit, readBack});
        connect(edit, &QLineEdit::textChanged, this, &ShowFormDialog::updateReadBacks);
    };
    m_starts = timeEdit(QStringLiteral("starts"), show ? show->localStart : QString(), this);
    addTime(tr("&Starts:"), m_starts);
    m_doors = timeEdit(QStringLiteral("doors"), show ? show->localDoors : QString(), this);
    addTime(tr("&Doors open:"), m_doors);
    m_salesOpen = timeEdit(QStringLiteral("salesOpen"), show ? show->localSalesOpen : QString(), this);
    m_salesOpen->setPlaceholderText(tr("empty: on sale at once"));
    addTime(tr("Sales &open:"), m_salesOpen);
    m_salesClose = timeEdit(QStringLiteral("salesClose"), show ? show->localSalesClose : QString(), this);
    m_salesClose->setPlaceholderText(tr("empty: 2 hours after the start"));
    addTime(tr("Sales &close:"), m_salesClose);
    if (show)
        m_zoneId = show->timeZone.id();
    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("zoneHint"));
    m_zone->setWordWrap(true);
    form->addRow(QString(), m_zone);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(show ? tr("&Save") : tr("C&reate"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    layout->addWidget(buttons);
    // OK submits; the page closes the dialog once the database has it.
    connect(buttons, &QDialogButtonBox::accepted, this, &ShowFormDialog::submitted);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_venue, &QComboBox::currentIndexChanged, this, &ShowFormDialog::updateZoneHint);
    if (show) {
        m_zone->setText(tr("Times are the venue's (%1).").arg(QString::fromUtf8(show->timeZone.id())));
        updateReadBacks();
    } else {
        updateZoneHint();
    }
    m_title->setFocus();
    resize(560, sizeHint().height());
}

void ShowFormDialog::updateZoneHint()
{
    for (const VenueSettingsEntry &v : std::as_const(m_venues)) {
        if (v.id == venueId()) {
            m_zone->setText(tr("Times are the venue's (%1).").arg(v.timeZone));
            m_zoneId = v.timeZone.toUtf8();
        }
    }
    updateReadBacks();
}

void ShowFormDialog::updateReadBacks()
{
    const QTimeZone zone(m_zoneId);
    for (const auto &[edit, readBack] : std::as_const(m_readBacks)) {
        const QString typed = edit->text().trimmed();
        if (typed.isEmpty()) {
            readBack->clear();
            continue;
        }
        const QDateTime wall = typedWallClock(typed);
        if (!wall.isValid()) {
            readBack->setText(tr("Type the date and time as %1.").arg(QStringLiteral("2026-12-07 18:30")));
            continue;
        }
        const QDateTime at(wall.date(), wall.time(), zone.isValid() ? zone : QTimeZone::systemTimeZone());
        readBack->setText(Display::venueTimeText(at, at.timeZone(), Display::TimeStyle::Medium));
    }
}

int ShowFormDialog::venueId() const
{
    return m_fixedVenue > 0 ? m_fixedVenue : m_venue->currentData().toInt();
}

ShowFields ShowFormDialog::fields() const
{
    ShowFields f;
    f.title = m_title->text();
    f.subtitle = m_subtitle->toPlainText();
    // A Buddhist-era year is sent as its Christian-era one; anything else
    // as typed, for the database to judge.
    auto wallClock = [](const QLineEdit *edit) {
        const QString typed = edit->text().trimmed();
        const QDateTime wall = typedWallClock(typed);
        return wall.isValid() ? wall.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : typed;
    };
    f.startsAt = wallClock(m_starts);
    f.doorsAt = wallClock(m_doors);
    f.salesOpenAt = wallClock(m_salesOpen);
    f.salesCloseAt = wallClock(m_salesClose);
    return f;
}

void ShowFormDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ShowFormDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
}

// ---------------------------------------------------------------------------

ScheduleDialog::ScheduleDialog(Database &db, const QList<VenueSettingsEntry> &venues, QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Weekly schedule"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_venue = new QComboBox(this);
    m_venue->setObjectName(QStringLiteral("venue"));
    for (const VenueSettingsEntry &v : venues)
        m_venue->addItem(QStringLiteral("%1 (%2)").arg(v.name, v.timeZone), v.id);
    form->addRow(tr("&Venue:"), m_venue);
    auto *days = new QHBoxLayout;
    const QStringList names {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int d = 0; d < 7; ++d) {
        auto *box = new QCheckBox(names.at(d), this);
        box->setObjectName(QStringLiteral("day%1").arg(d + 1));
        m_days << box;
        days->addWidget(box);
    }
    form->addRow(tr("Every:"), days);
    m_time = new QLineEdit(QStringLiteral("18:30"), this);
    m_time->setObjectName(QStringLiteral("time"));
    m_time->setMaxLength(5);
    form->addRow(tr("&At (venue time):"), m_time);
    m_weeks = new QSpinBox(this);
    m_weeks->setObjectName(QStringLiteral("weeks"));
    m_weeks->setRange(1, 52);
    m_weeks->setValue(8);
    form->addRow(tr("For the next &weeks:"), m_weeks);
    m_title = new QLineEdit(tr("Muay Thai Night"), this);
    m_title->setObjectName(QStringLiteral("title"));
    form->addRow(tr("&Title:"), m_title);
    layout->addLayout(form);
    m_preview = new QListWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Dates of the schedule"));
    layout->addWidget(m_preview, 1);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_previewButton->setDefault(true);
    m_createButton = buttons->addButton(tr("&Create shows"), QDialogButtonBox::ActionRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &ScheduleDialog::preview);
    connect(m_createButton, &QPushButton::clicked, this, &ScheduleDialog::create);
    // Any change asks for a new preview before creating.
    const auto stale = [this] { m_createButton->setEnabled(false); };
    for (QCheckBox *box : std::as_const(m_days))
        connect(box, &QCheckBox::toggled, this, stale);
    connect(m_time, &QLineEdit::textEdited, this, stale);
    connect(m_title, &QLineEdit::textEdited, this, stale);
    connect(m_weeks, &QSpinBox::valueChanged, this, stale);
    connect(m_venue, &QComboBox::currentIndexChanged, this, stale);
    resize(560, 520);
}

WeeklySchedule ScheduleDialog::schedule() const
{
    WeeklySchedule s;
    s.venueId = m_venue->currentData().toInt();
    for (int d = 0; d < m_days.size(); ++d) {
        if (m_days.at(d)->isChecked())
            s.weekdays << d + 1;
    }
    s.time = m_time->text().trimmed();
    s.weeks = m_weeks->value();
    s.title = m_title->text();
    return s;
}

void ScheduleDialog::setBusy(bool busy)
{
    m_previewButton->setEnabled(!busy);
    if (busy)
        m_createButton->setEnabled(false);
}

void ScheduleDialog::preview()
{
    m_error->hide();
    setBusy(true);
    const WeeklySchedule s = schedule();
    m_db.run([s](Database &db) { return ShowAdmin::previewSchedule(db, s); })
        .then(this, [this](const Result<QList<ScheduledDate>> &r) {
            setBusy(false);
            m_preview->clear();
            if (!r) {
                m_error->setText(r.error().message);
                m_error->show();
                m_status->clear();
                return;
            }
            int fresh = 0;
            for (const ScheduledDate &d : r.value()) {
                m_preview->addItem(d.isNew
                        ? tr("%1 — new").arg(d.localStart)
                        : tr("%1 — skipped: a show exists that day at this venue").arg(d.localStart));
                fresh += d.isNew ? 1 : 0;
            }
            m_status->setText(tr("%n new show(s)", nullptr, fresh) + QStringLiteral(", ")
                + tr("%n skipped", nullptr, int(r->size()) - fresh));
            m_createButton->setEnabled(fresh > 0);
            Q_EMIT previewed(int(r->size()));
        });
}

void ScheduleDialog::create()
{
    m_error->hide();
    setBusy(true);
    const WeeklySchedule s = schedule();
    m_db.run([s](Database &db) { return ShowAdmin::createSchedule(db, s); })
        .then(this, [this](const Result<ScheduleResult> &r) {
            setBusy(false);
            if (!r) {
                m_error->setText(r.error().message);
                m_error->show();
                return;
            }
            m_status->setText(tr("%n show(s) created.", nullptr, r->created));
            m_preview->clear();
            Q_EMIT created(r->created);
        });
}

// ---------------------------------------------------------------------------

ShowsPage::ShowsPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("showsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New show…"), this);
    m_new->setObjectName(QStringLiteral("newShow"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editShow"));
    m_cancelButton = new QPushButton(tr("Cancel sho&w…"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelShow"));
    m_scheduleButton = new QPushButton(tr("&Weekly schedule…"), this);
    m_scheduleButton->setObjectName(QStringLiteral("weeklySchedule"));
    auto *reloadButton = new QPushButton(tr("Re&load"), this);
    reloadButton->setObjectName(QStringLiteral("reload"));
    for (QPushButton *b : {m_new, m_edit, m_cancelButton, m_scheduleButton, reloadButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_shows = new QTableWidget(0, PassOutColumn + 1, this);
    m_shows->setObjectName(QStringLiteral("shows"));
    m_shows->setAccessibleName(tr("Shows"));
    m_shows->setHorizontalHeaderLabels(
        {tr("Date (venue time)"), tr("Title"), tr("Venue"), tr("State"), tr("Sold"), tr("Pass-out")});
    m_shows->horizontalHeaderItem(PassOutColumn)
        ->setToolTip(tr("Ticked: the gates let a holder go out and come back in once (Space to change)."));
    m_shows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shows->setSelectionMode(QAbstractItemView::SingleSelection);
    m_shows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shows->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_shows->verticalHeader()->hide();
    split->addWidget(m_shows);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto *pricesBox = new QVBoxLayout;
    m_pricesTitle = new QLabel(tr("Prices"), lower);
    pricesBox->addWidget(m_pricesTitle);
    m_prices = new QTableWidget(0, 3, lower);
    m_prices->setObjectName(QStringLiteral("prices"));
    m_prices->setAccessibleName(tr("Prices of the selected show"));
    m_prices->setHorizontalHeaderLabels({tr("Ticket type"), tr("Name"), tr("Price (THB)")});
    m_prices->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_prices->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_prices->verticalHeader()->hide();
    pricesBox->addWidget(m_prices);
    auto *priceButtons = new QHBoxLayout;
    m_savePrices = new QPushButton(tr("&Save prices"), lower);
    m_savePrices->setObjectName(QStringLiteral("savePrices"));
    priceButtons->addWidget(m_savePrices);
    m_copyFrom = new QComboBox(lower);
    m_copyFrom->setObjectName(QStringLiteral("copyFrom"));
    m_copyFrom->setAccessibleName(tr("Show to copy the prices from"));
    priceButtons->addWidget(m_copyFrom, 1);
    m_copy = new QPushButton(tr("Cop&y prices from it"), lower);
    m_copy->setObjectName(QStringLiteral("copyPrices"));
    priceButtons->addWidget(m_copy);
    pricesBox->addLayout(priceButtons);
    lowerLayout->addLayout(pricesBox, 1);

    auto *refundBox = new QVBoxLayout;
    m_refundsTitle = new QLabel(tr("Orders to refund"), lower);
    refundBox->addWidget(m_refundsTitle);
    m_refunds = new QTableWidget(0, 5, lower);
    m_refunds->setObjectName(QStringLiteral("refunds"));
    m_refunds->setAccessibleName(tr("Orders to refund"));
    m_refunds->setHorizontalHeaderLabels({tr("Order"), tr("Customer"), tr("Phone"), tr("Seats"), tr("Total")});
    m_refunds->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_refunds->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_refunds->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_refunds->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_refunds->verticalHeader()->hide();
    refundBox->addWidget(m_refunds);
    auto *refundButtons = new QHBoxLayout;
    m_refundSelected = new QPushButton(tr("Refund &selected"), lower);
    m_refundSelected->setObjectName(QStringLiteral("refundSelected"));
    m_refundAll = new QPushButton(tr("Refund &all"), lower);
    m_refundAll->setObjectName(QStringLiteral("refundAll"));
    refundButtons->addWidget(m_refundSelected);
    refundButtons->addWidget(m_refundAll);
    refundButtons->addStretch(1);
    refundBox->addLayout(refundButtons);
    lowerLayout->addLayout(refundBox, 1);
    split->addWidget(lower);
    layout->addWidget(split, 1);

    m_error = errorLabel(this);
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_new, &QPushButton::clicked, this, &ShowsPage::newShow);
    connect(m_edit, &QPushButton::clicked, this, &ShowsPage::editShow);
    connect(m_cancelButton, &QPushButton::clicked, this, &ShowsPage::cancelShow);
    connect(m_scheduleButton, &QPushButton::clicked, this, &ShowsPage::openSchedule);
    connect(reloadButton, &QPushButton::clicked, this, &ShowsPage::reload);
    connect(m_savePrices, &QPushButton::clicked, this, &ShowsPage::savePrices);
    connect(m_copy, &QPushButton::clicked, this, &ShowsPage::copyPrices);
    connect(m_refundSelected, &QPushButton::clicked, this, [this] { refund(false); });
    connect(m_refundAll, &QPushButton::clicked, this, [this] { refund(true); });
    connect(m_shows, &QTableWidget::itemSelectionChanged, this, &ShowsPage::showSelected);
    connect(m_shows, &QTableWidget::cellActivated, this, [this] { editShow(); });
    // The pass-out box: ticked or cleared by a click or Space, saved at once.
    connect(m_shows, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == PassOutColumn)
            setPassOut(item->row(), item->checkState() == Qt::Checked);
    });
    // Enter in a price cell commits it: save at once.
    connect(m_prices, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() >= 2 && m_busy == 0)
            savePrices();
    });
    // The Set-up window tells the counters.
    if (auto *setup = qobject_cast<SetupWindow *>(parent))
        connect(this, &ShowsPage::changed, setup, &SetupWindow::changed);
    reload();
}

void ShowsPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    const bool idle = m_busy == 0;
    for (QPushButton *b : {m_new, m_edit, m_cancelButton, m_scheduleButton, m_savePrices, m_copy})
        b->setEnabled(idle);
    m_refundSelected->setEnabled(idle && m_refunds->rowCount() > 0);
    m_refundAll->setEnabled(idle && m_refunds->rowCount() > 0);
    if (idle)
        showSelected();
}

void ShowsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        m_status->clear();
        Q_EMIT failed(message);
    }
}

int ShowsPage::selectedShowId() const
{
    const QList<QTableWidgetItem *> items = m_shows->selectedItems();
    return items.isEmpty() ? 0 : m_shows->item(items.first()->row(), 0)->data(Qt::UserRole).toInt();
}

bool ShowsPage::selectShow(int showId)
{
    for (int row = 0; row < m_shows->rowCount(); ++row) {
        if (m_shows->item(row, 0)->data(Qt::UserRole).toInt() == showId) {
            m_shows->selectRow(row);
            m_shows->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

const ShowAdminEntry *ShowsPage::currentShow() const
{
    const int id = selectedShowId();
    for (const ShowAdminEntry &s : m_showList) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

void ShowsPage::reload()
{
    const int keep = selectedShowId();
    setBusy(true);
    m_db.run([](Database &db) -> Result<std::pair<QList<ShowAdminEntry>, QList<VenueSettingsEntry>>> {
            Result<QList<ShowAdminEntry>> shows = ShowAdmin::shows(db);
            if (!shows)
                return shows.error();
            Result<QList<VenueSettingsEntry>> venues = VenueSettings::venues(db);
            if (!venues)
                return venues.error();
            return std::make_pair(shows.value(), venues.value());
        })
        .then(this, [this, keep](const Result<std::pair<QList<ShowAdminEntry>, QList<VenueSettingsEntry>>> &r) {
            if (!r) {
                setBusy(false);
                showError(r.error().message);
                return;
            }
            m_showList = r->first;
            m_venues = r->second;
            {
                const QSignalBlocker block(m_shows);
                m_shows->setRowCount(0);
                m_copyFrom->clear();
                for (const ShowAdminEntry &s : std::as_const(m_showList)) {
                    const int row = m_shows->rowCount();
                    m_shows->insertRow(row);
                    QTableWidgetItem *date
                        = readOnly(Display::venueTimeText(s.startsAt, s.timeZone, Display::TimeStyle::Short));
                    date->setData(Qt::UserRole, s.id);
                    m_shows->setItem(row, 0, date);
                    m_shows->setItem(row, 1, readOnly(s.title));
                    m_shows->setItem(row, 2, readOnly(s.venue));
                    m_shows->setItem(row, 3, readOnly(stateText(s.state)));
                    m_shows->setItem(row, 4, readOnly(QString::number(s.sold)));
                    // Pass-out: ticked here, saved at once (setPassOut).
                    auto *passOut = new QTableWidgetItem;
                    passOut->setFlags(Qt::ItemIsSelectable
                        | (s.state == QLatin1String("cancelled") ? Qt::NoItemFlags
                                                                 : Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
                    passOut->setCheckState(s.passOut ? Qt::Checked : Qt::Unchecked);
                    passOut->setToolTip(s.passOut ? tr("Pass-out and re-entry allowed at the gates")
                                                  : tr("No pass-out: a ticket admits once"));
                    m_shows->setItem(row, PassOutColumn, passOut);
                    m_copyFrom->addItem(QStringLiteral("%1 — %2").arg(s.localStart, s.title), s.id);
                }
                m_shows->resizeColumnToContents(0);
            }
            if (!selectShow(keep) && m_shows->rowCount() > 0)
                m_shows->selectRow(0);
            setBusy(false);
            showSelected();
            Q_EMIT loaded();
        });
}

void ShowsPage::setPassOut(int row, bool allowed)
{
    const int id = m_shows->item(row, 0)->data(Qt::UserRole).toInt();
    const auto show
        = std::find_if(m_showList.begin(), m_showList.end(), [id](const ShowAdminEntry &s) { return s.id == id; });
    if (show == m_showList.end() || show->passOut == allowed)
        return;
    const QString title = show->title;
    showError({});
    setBusy(true);
    m_db.run([id, allowed](Database &db) { return Gate::setPassOut(db, id, allowed); })
        .then(this, [this, id, allowed, title](const Result<Done> &r) {
            setBusy(false);
            for (int i = 0; i < m_shows->rowCount(); ++i) {
                if (m_shows->item(i, 0)->data(Qt::UserRole).toInt() != id)
                    continue;
                QTableWidgetItem *box = m_shows->item(i, PassOutColumn);
                const QSignalBlocker block(m_shows);
                // Refused: the box says what the database has.
                if (!r)
                    box->setCheckState(allowed ? Qt::Unchecked : Qt::Checked);
                else
                    box->setToolTip(allowed ? tr("Pass-out and re-entry allowed at the gates")
                                            : tr("No pass-out: a ticket admits once"));
            }
            if (!r) {
                showError(r.error().message);
                return;
            }
            for (ShowAdminEntry &s : m_showList) {
                if (s.id == id)
                    s.passOut = allowed;
            }
            m_status->setText(allowed ? tr("%1: the gates now allow pass-out and re-entry.").arg(title)
                                      : tr("%1: no pass-out at the gates any more.").arg(title));
            Q_EMIT saved();
        });
}

void ShowsPage::showSelected()
{
    const ShowAdminEntry *show = currentShow();
    const bool cancelled = show && show->state == QLatin1String("cancelled");
    const bool idle = m_busy == 0;
    m_edit->setEnabled(idle && show && !cancelled);
    m_cancelButton->setEnabled(idle && show && !cancelled);
    m_savePrices->setEnabled(idle && show && !cancelled);
    m_copy->setEnabled(idle && show && !cancelled);
    m_prices->setEnabled(show && !cancelled);
    const int id = show ? show->id : 0;
    if (id != m_prices->property("showId").toInt()) {
        m_prices->setProperty("showId", id);
        loadPrices();
        loadRefunds();
    }
}

namespace {

// What the price table shows: STANDARD per ticket type, every price type and
// the show's price of each (PriceTypeAdmin::showPrices).
struct PriceTable
{
    QList<ShowPrice> standard;
    QList<PriceTypeEntry> types;
    QList<ShowTypePrice> cells;
};

QString priceTypeName(const PriceTypeEntry &t)
{
    return QLocale().language() == QLocale::Thai ? t.nameTh : t.nameEn;
}

} // namespace

void ShowsPage::loadPrices()
{
    const int id = selectedShowId();
    if (id <= 0) {
        const QSignalBlocker block(m_prices);
        m_prices->setRowCount(0);
        return;
    }
    m_db.run([id](Database &db) -> Result<PriceTable> {
            PriceTable t;
            Result<QList<ShowPrice>> standard = ShowAdmin::prices(db, id);
            if (!standard)
                return standard.error();
            Result<PriceTypeList> types = PriceTypeAdmin::list(db);
            if (!types)
                return types.error();
            Result<QList<ShowTypePrice>> cells = PriceTypeAdmin::showPrices(db, id);
            if (!cells)
                return cells.error();
            t.standard = std::move(standard.value());
            t.types = types->types;
            t.cells = std::move(cells.value());
            return t;
        })
        .then(this, [this, id](const Result<PriceTable> &r) {
            if (id != selectedShowId())
                return;
            if (!r) {
                showError(r.error().message);
                return;
            }
            m_priceList = r->standard;
            // A column per price type the counter may offer, or the show
            // still sells.
            m_typeColumns.clear();
            for (const PriceTypeEntry &t : r->types) {
                if (t.code == QLatin1String("STANDARD"))
                    continue;
                const bool priced = std::any_of(r->cells.begin(), r->cells.end(),
                    [&t](const ShowTypePrice &c) { return c.priceType == t.code && c.price; });
                if (t.active || priced)
                    m_typeColumns << t;
            }
            m_typeCells.clear();
            const QSignalBlocker block(m_prices);
            m_prices->setRowCount(0);
            m_prices->setColumnCount(3 + int(m_typeColumns.size()));
            QStringList headers {tr("Ticket type"), tr("Name"), tr("Standard (THB)")};
            for (const PriceTypeEntry &t : std::as_const(m_typeColumns))
                headers << (t.isComp ? tr("%1 (comp)").arg(priceTypeName(t)) : priceTypeName(t));
            m_prices->setHorizontalHeaderLabels(headers);
            for (int c = 0; c < m_typeColumns.size(); ++c)
                m_prices->horizontalHeaderItem(3 + c)->setData(Qt::UserRole, m_typeColumns.at(c).code);
            for (const ShowPrice &p : std::as_const(m_priceList)) {
                const int row = m_prices->rowCount();
                m_prices->insertRow(row);
                m_prices->setItem(row, 0, readOnly(p.ticketType));
                m_prices->setItem(row, 1, readOnly(p.name));
                auto *price = new QTableWidgetItem(p.price.toDecimal());
                price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_prices->setItem(row, 2, price);
                QStringList cells;
                for (int c = 0; c < m_typeColumns.size(); ++c) {
                    QString text;
                    for (const ShowTypePrice &cell : r->cells) {
                        if (cell.ticketType == p.ticketType && cell.priceType == m_typeColumns.at(c).code && cell.price)
                            text = cell.price->toDecimal();
                    }
                    cells << text;
                    auto *item = new QTableWidgetItem(text);
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    item->setToolTip(tr("Empty: not sold at this price type."));
                    m_prices->setItem(row, 3 + c, item);
                }
                m_typeCells << cells;
            }
            if (const ShowAdminEntry *show = currentShow())
                m_pricesTitle->setText(tr("Prices of %1, %2").arg(show->title, show->localStart));
            Q_EMIT pricesLoaded();
        });
}

void ShowsPage::loadRefunds()
{
    const ShowAdminEntry *show = currentShow();
    const int id = show ? show->id : 0;
    const bool cancelled = show && show->state == QLatin1String("cancelled");
    m_refundSelected->setEnabled(false);
    m_refundAll->setEnabled(false);
    if (!cancelled) {
        m_refunds->setRowCount(0);
        m_refundsTitle->setText(tr("Orders to refund (after a show is cancelled)"));
        return;
    }
    m_db.run([id](Database &db) { return ShowAdmin::refunds(db, id); })
        .then(this, [this, id](const Result<QList<RefundEntry>> &r) {
            if (id != selectedShowId())
                return;
            if (!r) {
                showError(r.error().message);
                return;
            }
            m_refunds->setRowCount(0);
            for (const RefundEntry &e : r.value()) {
                const int row = m_refunds->rowCount();
                m_refunds->insertRow(row);
                QTableWidgetItem *order = readOnly(QString::number(e.orderId));
                order->setData(Qt::UserRole, e.orderId);
                m_refunds->setItem(row, 0, order);
                m_refunds->setItem(row, 1, readOnly(e.customerName));
                m_refunds->setItem(row, 2, readOnly(e.customerPhone));
                m_refunds->setItem(row, 3, readOnly(e.seats.join(QStringLiteral(", "))));
                m_refunds->setItem(row, 4, readOnly(formatBaht(e.total)));
            }
            m_refundsTitle->setText(tr("Orders to refund: %n", nullptr, int(r->size())));
            m_refundSelected->setEnabled(m_busy == 0 && !r->isEmpty());
            m_refundAll->setEnabled(m_busy == 0 && !r->isEmpty());
            Q_EMIT refundsLoaded();
        });
}

void ShowsPage::newShow()
{
    delete m_form;
    m_form = new ShowFormDialog(m_venues, nullptr, this);
    connect(m_form, &ShowFormDialog::submitted, this, [this] { submitForm(false); });
    m_form->open();
}

void ShowsPage::editShow()
{
    const ShowAdminEntry *show = currentShow();
    if (!show || show->state == QLatin1String("cancelled"))
        return;
    delete m_form;
    m_form = new ShowFormDialog({}, show, this);
    m_form->setProperty("showId", show->id);
    connect(m_form, &ShowFormDialog::submitted, this, [this] { submitForm(true); });
    m_form->open();
}

void ShowsPage::submitForm(bool edit)
{
    ShowFormDialog *form = m_form;
    const ShowFields fields = form->fields();
    const int venue = form->venueId();
    const int show = form->property("showId").toInt();
    form->setBusy(true);
    form->setError(QString());
    m_db.run([edit, fields, venue, show](Database &db) {
            return edit ? ShowAdmin::edit(db, show, fields) : ShowAdmin::create(db, venue, fields);
        })
        .then(form, [this, form](const Result<ShowAdminEntry> &r) {
            form->setBusy(false);
            if (!r) {
                form->setError(r.error().message);
                Q_EMIT failed(r.error().message);
                return;
            }
            form->accept();
            showError(QString());
            m_status->setText(tr("Saved: %1, %2.").arg(r->title, r->localStart));
            m_prices->setProperty("showId", 0);
            Q_EMIT changed();
            Q_EMIT saved();
            connect(
                this, &ShowsPage::loaded, this, [this, id = r->id] { selectShow(id); }, Qt::SingleShotConnection);
            reload();
        });
}

void ShowsPage::cancelShow()
{
    const ShowAdminEntry *show = currentShow();
    if (!show)
        return;
    delete m_cancel;
    m_cancel = new QDialog(this);
    m_cancel->setObjectName(QStringLiteral("cancelDialog"));
    m_cancel->setWindowTitle(tr("Cancel show"));
    auto *layout = new QVBoxLayout(m_cancel);
    auto *text
        = new QLabel(tr("Cancel %1 on %2? Sales stop at once on every counter; the orders sold are listed for refunds.")
                         .arg(show->title, show->localStart),
            m_cancel);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *reason = new QLineEdit(m_cancel);
    reason->setObjectName(QStringLiteral("reason"));
    reason->setMaxLength(500);
    reason->setPlaceholderText(tr("Reason (required)"));
    reason->setAccessibleName(tr("Reason"));
    layout->addWidget(reason);
    QLabel *error = errorLabel(m_cancel);
    layout->addWidget(error);
    auto *buttons = new QDialogButtonBox(m_cancel);
    QPushButton *ok = buttons->addButton(tr("Cancel the &show"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("ok"));
    ok->setDefault(true);
    buttons->addButton(tr("&Keep it"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    const int id = show->id;
    QDialog *dialog = m_cancel;
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, reason, error, ok, id] {
        ok->setEnabled(false);
        const QString why = reason->text();
        m_db.run([id, why](Database &db) { return ShowAdmin::cancel(db, id, why); })
            .then(dialog, [this, dialog, error, ok, id](const Result<QList<RefundEntry>> &r) {
                ok->setEnabled(true);
                if (!r) {
                    error->setText(r.error().message);
                    error->show();
                    Q_EMIT failed(r.error().message);
                    return;
                }
                dialog->accept();
                m_status->setText(tr("Show cancelled; %n order(s) to refund.", nullptr, int(r->size())));
                m_prices->setProperty("showId", 0);
                Q_EMIT changed();
                connect(
                    this, &ShowsPage::loaded, this, [this, id] { selectShow(id); }, Qt::SingleShotConnection);
                reload();
            });
    });
    m_cancel->open();
    reason->setFocus();
}

void ShowsPage::openSchedule()
{
    delete m_schedule;
    m_schedule = new ScheduleDialog(m_db, m_venues, this);
    connect(m_schedule, &ScheduleDialog::created, this, [this](int shows) {
        m_status->setText(tr("%n show(s) created.", nullptr, shows));
        Q_EMIT changed();
        reload();
    });
    m_schedule->open();
}

void ShowsPage::savePrices()
{
    const int id = selectedShowId();
    if (id <= 0)
        return;
    // {ticket type, price type ("" for STANDARD through ShowAdmin), typed; null: remove}
    struct Edit
    {
        QString ticketType;
        QString priceType;
        QString price;
    };
    QList<Edit> edits;
    for (int row = 0; row < m_prices->rowCount() && row < m_priceList.size(); ++row) {
        const QString typed = m_prices->item(row, 2)->text().trimmed();
        if (typed != m_priceList.at(row).price.toDecimal())
            edits.append({m_priceList.at(row).ticketType, QString(), typed});
        for (int c = 0; c < m_typeColumns.size() && row < m_typeCells.size(); ++c) {
            const QTableWidgetItem *item = m_prices->item(row, 3 + c);
            const QString text = item ? item->text().trimmed() : QString();
            if (text == m_typeCells.at(row).value(c))
                continue;
            edits.append({m_priceList.at(row).ticketType, m_typeColumns.at(c).code, text.isEmpty() ? QString() : text});
        }
    }
    if (edits.isEmpty())
        return;
    setBusy(true);
    m_db.run([id, edits](Database &db) -> Result<int> {
            int changed = 0;
            for (const Edit &e : edits) {
                const Result<bool> r = e.priceType.isEmpty() ? ShowAdmin::setPriceText(db, id, e.ticketType, e.price)
                    : e.price.isNull() ? PriceTypeAdmin::removeShowPrice(db, id, e.ticketType, e.priceType)
                                       : PriceTypeAdmin::setShowPrice(db, id, e.ticketType, e.priceType, e.price);
                if (!r)
                    return r.error();
                changed += r.value() ? 1 : 0;
            }
            return changed;
        })
        .then(this, [this](const Result<int> &r) {
            setBusy(false);
            if (!r) {
                showError(r.error().message);
                loadPrices();
                return;
            }
            showError(QString());
            m_status->setText(tr("%n price(s) saved.", nullptr, r.value()));
            Q_EMIT changed();
            Q_EMIT saved();
            loadPrices();
        });
}

void ShowsPage::copyPrices()
{
    const int to = selectedShowId();
    const int from = m_copyFrom->currentData().toInt();
    if (to <= 0 || from <= 0)
        return;
    setBusy(true);
    m_db.run([from, to](Database &db) { return ShowAdmin::copyPrices(db, from, to); })
        .then(this, [this](const Result<QStringList> &r) {
            setBusy(false);
            if (!r) {
                showError(r.error().message);
                return;
            }
            showError(QString());
            m_status->setText(r->isEmpty()
                    ? tr("Prices copied.")
                    : tr("Prices copied; not at this venue: %1.").arg(r->join(QStringLiteral(", "))));
            Q_EMIT changed();
            Q_EMIT saved();
            loadPrices();
        });
}

void ShowsPage::refund(bool all)
{
    const ShowAdminEntry *show = currentShow();
    if (!show)
        return;
    QList<qint64> orders;
    for (int row = 0; row < m_refunds->rowCount(); ++row) {
        if (all || m_refunds->item(row, 0)->isSelected())
            orders << m_refunds->item(row, 0)->data(Qt::UserRole).toLongLong();
    }
    if (orders.isEmpty())
        return;
    const QString reason = tr("Show cancelled: %1").arg(show->cancelReason);
    const int terminal = m_terminalId;
    setBusy(true);
    // One cancel_order per order, each its own transaction and audit row:
    // a refusal stops there and says which.
    m_db.run([orders, reason, terminal](Database &db) -> Result<std::pair<int, Money>> {
            Money total;
            int done = 0;
            for (qint64 order : orders) {
                const Result<Money> r = ShowAdmin::refund(db, order, reason, terminal);
                if (!r)
                    return r.error();
                total += r.value();
                ++done;
            }
            return std::make_pair(done, total);
        })
        .then(this, [this](const Result<std::pair<int, Money>> &r) {
            setBusy(false);
            if (!r) {
                showError(r.error().message);
            } else {
                showError(QString());
                m_status->setText(tr("%n order(s) refunded, %1 in all.", nullptr, r->first).arg(formatBaht(r->second)));
                Q_EMIT saved();
            }
            Q_EMIT changed();
            m_prices->setProperty("showId", 0);
            reload();
        });
}

} // namespace boxoffice
