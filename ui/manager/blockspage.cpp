#include "manager/blockspage.h"

#include "admin/venuelayout.h"
#include "counter/seatmaplegend.h"
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "db/database.h"
#include "display.h"
#include "manager/setupwindow.h"
#include "sale/seatlockservice.h"

#include <QtSql/QSqlQuery>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

// What one target shows: the map (layout and states) and its blocks.
struct TargetData
{
    VenueLayout layout;
    SeatStatusList states;
    QList<SeatBlock> blocks;
    std::optional<ServiceError> error;
    bool noMap = false; // a venue without any show yet: no layout to draw from
};

TargetData loadTargetData(Database &db, int showId, int venueId)
{
    TargetData data;
    int layoutShow = showId;
    if (!showId) {
        // The venue's map is that of any of its shows (the seats are the venue's).
        Result<Done> r = db.query(QStringLiteral("SELECT id FROM boxoffice.show WHERE venue_id = ?"
                                                 " ORDER BY starts_at DESC LIMIT 1"),
            {venueId}, [&layoutShow](QSqlQuery &q) -> Result<Done> {
                if (q.next())
                    layoutShow = q.value(0).toInt();
                return Done {};
            });
        if (!r) {
            data.error = r.error();
            return data;
        }
    }
    if (layoutShow) {
        Result<VenueLayout> layout = VenueLayout::load(db, layoutShow);
        if (!layout) {
            data.error = layout.error();
            return data;
        }
        data.layout = layout.value();
    } else {
        data.noMap = true;
    }
    Result<QList<SeatBlock>> blocks
        = showId ? SeatBlocks::showBlocks(db, showId) : SeatBlocks::venueBlocks(db, venueId);
    if (!blocks) {
        data.error = blocks.error();
        return data;
    }
    data.blocks = blocks.value();
    if (showId) {
        Result<SeatStatusList> states = SeatLockService(db).loadShow(showId);
        if (!states) {
            data.error = states.error();
            return data;
        }
        data.states = states.value();
    } else {
        // The venue's blocks drawn as blocked seats.
        for (const SeatBlock &b : data.blocks) {
            SeatStatus s;
            s.seatId = b.seatId;
            s.state = SeatState::Blocked;
            s.version = 1;
            data.states << s;
        }
    }
    return data;
}

} // namespace

BlocksPage::BlocksPage(Database &db, SetupWindow *window)
    : QWidget(window), m_db(db), m_model(new SeatMapModel(this)), m_map(new SeatMapView(this))
{
    setObjectName(QStringLiteral("blocksPage"));
    if (window)
        connect(this, &BlocksPage::blocksChanged, window, &SetupWindow::changed);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setAccessibleName(tr("Show or venue"));
    m_target->setMinimumContentsLength(40);
    top->addRow(tr("&Show:"), m_target);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_map->setObjectName(QStringLiteral("seatMap"));
    m_map->setSelectionMode(true);
    m_map->setModel(m_model);
    m_map->setAccessibleDescription(tr("Click a seat to select it, Ctrl+click to add or remove one, drag a band "
                                       "to select every seat in it; arrows and Space select from the keyboard."));
    leftLayout->addWidget(m_map, 1);
    auto *legend = new SeatMapLegend(left);
    legend->setModel(m_model);
    leftLayout->addWidget(legend);
    m_selection = new QLabel(left);
    m_selection->setObjectName(QStringLiteral("selection"));
    leftLayout->addWidget(m_selection);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_kind = new QComboBox(right);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (BlockKind kind : SeatBlocks::kinds())
        m_kind->addItem(SeatMapModel::blockKindText(kind), int(kind));
    form->addRow(tr("&Kind:"), m_kind);
    m_reason = new QLineEdit(right);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. TV camera platform, promoter's guests"));
    form->addRow(tr("&Reason:"), m_reason);
    rightLayout->addLayout(form);
    auto *actions = new QHBoxLayout;
    m_block = new QPushButton(tr("&Block selected seats"), right);
    m_block->setObjectName(QStringLiteral("block"));
    m_release = new QPushButton(tr("Re&lease selected seats"), right);
    m_release->setObjectName(QStringLiteral("release"));
    actions->addWidget(m_block);
    actions->addWidget(m_release);
    rightLayout->addLayout(actions);

    m_list = new QTreeWidget(right);
    m_list->setObjectName(QStringLiteral("blocks"));
    m_list->setAccessibleName(tr("Blocked seats"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setHeaderLabels({tr("Seat"), tr("Kind"), tr("Reason"), tr("Blocked by")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    rightLayout->addWidget(m_list, 1);
    auto *listActions = new QHBoxLayout;
    m_releaseRows = new QPushButton(tr("Release r&ows"), right);
    m_releaseRows->setObjectName(QStringLiteral("releaseRows"));
    m_releaseRows->setToolTip(tr("Release the seats of the rows selected in the list"));
    m_releaseKind = new QPushButton(tr("Release this k&ind"), right);
    m_releaseKind->setObjectName(QStringLiteral("releaseKind"));
    m_releaseKind->setToolTip(tr("Release every seat blocked as the kind chosen above"));
    m_releaseAll = new QPushButton(tr("Release &all"), right);
    m_releaseAll->setObjectName(QStringLiteral("releaseAll"));
    listActions->addWidget(m_releaseRows);
    listActions->addWidget(m_releaseKind);
    listActions->addWidget(m_releaseAll);
    rightLayout->addLayout(listActions);
    auto *copyRow = new QHBoxLayout;
    m_copyFrom = new QComboBox(right);
    m_copyFrom->setObjectName(QStringLiteral("copyFrom"));
    m_copyFrom->setAccessibleName(tr("Show to copy blocks from"));
    m_copyFrom->setMinimumContentsLength(24);
    m_copyFrom->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto *copyLabel = new QLabel(tr("Copy blocks &from:"), right);
    copyLabel->setBuddy(m_copyFrom);
    m_copy = new QPushButton(tr("Co&py"), right);
    m_copy->setObjectName(QStringLiteral("copyBlocks"));
    m_copy->setToolTip(tr("Block the seats the chosen show blocks, with the same kinds and reasons, in this show"));
    copyRow->addWidget(copyLabel);
    copyRow->addWidget(m_copyFrom, 1);
    copyRow->addWidget(m_copy);
    rightLayout->addLayout(copyRow);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        fillCopySources();
        loadTarget();
    });
    connect(m_copy, &QPushButton::clicked, this, &BlocksPage::copyBlocks);
    connect(m_map, &SeatMapView::selectionChanged, this, [this] {
        const int n = int(m_map->selectedSeatIds().size());
        m_selection->setText(tr("%n seat(s) selected", nullptr, n));
        updateButtons();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BlocksPage::updateButtons);
    connect(m_block, &QPushButton::clicked, this, &BlocksPage::blockSelected);
    connect(m_release, &QPushButton::clicked, this, &BlocksPage::releaseSelected);
    connect(m_releaseRows, &QPushButton::clicked, this, &BlocksPage::releaseListed);
    connect(m_releaseKind, &QPushButton::clicked, this, &BlocksPage::releaseKind);
    connect(m_releaseAll, &QPushButton::clicked, this, &BlocksPage::releaseAll);
    m_selection->setText(tr("%n seat(s) selected", nullptr, 0));
    updateButtons();
    loadTargets();
}

BlocksPage::~BlocksPage() = default;

QString BlocksPage::statusText() const
{
    return m_status->text();
}

int BlocksPage::currentShow() const
{
    return m_target->currentData(Qt::UserRole).toInt();
}

int BlocksPage::currentVenue() const
{
    return m_target->currentData(Qt::UserRole + 1).toInt();
}

bool BlocksPage::selectTarget(int showId, int venueId)
{
    for (int i = 0; i < m_target->count(); ++i) {
        if (m_target->itemData(i, Qt::UserRole).toInt() == showId
            && (showId || m_target->itemData(i, Qt::UserRole + 1).toInt() == venueId)) {
            m_target->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void BlocksPage::showStatus(const QString &text, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b71c1c;") : QString());
    m_status->setText(text);
}

void BlocksPage::updateButtons()
{
    const bool ready = m_busy == 0 && (currentShow() || currentVenue());
    const bool selected = !m_map->selectedSeatIds().isEmpty();
    m_block->setEnabled(ready && selected);
    m_release->setEnabled(ready && selected);
    m_releaseRows->setEnabled(ready && !m_list->selectedItems().isEmpty());
    m_releaseKind->setEnabled(ready && m_list->topLevelItemCount() > 0);
    m_releaseAll->setEnabled(ready && m_list->topLevelItemCount() > 0);
    m_copy->setEnabled(m_busy == 0 && currentShow() && m_copyFrom->currentData().toInt() > 0);
}

void BlocksPage::fillCopySources()
{
    const int show = currentShow(), venue = currentVenue();
    const int before = m_copyFrom->currentData().toInt();
    const QSignalBlocker quiet(m_copyFrom);
    m_copyFrom->clear();
    if (show) {
        for (const BlockTarget &t : std::as_const(m_targets)) {
            if (!t.showId || t.showId == show || t.venueId != venue)
                continue;
            m_copyFrom->addItem(
                tr("%1 — %2 (%n blocked)", "show title, time; seats blocked", t.blocked)
                    .arg(t.title,
                        Display::venueTimeText(t.startsAt, venueTimeZone(t.timeZone), Display::TimeStyle::Short)),
                t.showId);
        }
    }
    const int keep = m_copyFrom->findData(before);
    m_copyFrom->setCurrentIndex(keep >= 0 ? keep : (m_copyFrom->count() ? 0 : -1));
    m_copyFrom->setEnabled(m_copyFrom->count() > 0);
    updateButtons();
}

void BlocksPage::copyBlocks()
{
    const int from = m_copyFrom->currentData().toInt();
    const int show = currentShow();
    if (!from || !show)
        return;
    change([=](Database &db) { return SeatBlocks::copy(db, from, show); },
        [](const BlockOutcome &o) { return tr("%n seat(s) blocked as in the other show.", nullptr, o.seats); });
}

void BlocksPage::loadTargets()
{
    ++m_busy;
    m_db.run([](Database &db) { return SeatBlocks::targets(db); })
        .then(this, [this](const Result<QList<BlockTarget>> &targets) {
            --m_busy;
            if (!targets) {
                showStatus(targets.error().message, true);
                updateButtons();
                return;
            }
            const int show = currentShow(), venue = currentVenue();
            m_targets = targets.value();
            {
                const QSignalBlocker quiet(m_target);
                m_target->clear();
                for (const BlockTarget &t : targets.value()) {
                    const QString text = t.showId ? tr("%1 — %2 (%3)", "show title, time, venue")
                                                        .arg(t.title,
                                                            Display::venueTimeText(t.startsAt,
                                                                venueTimeZone(t.timeZone), Display::TimeStyle::Short),
                                                            t.venueName)
                                                  : tr("Every future show of %1", "venue").arg(t.venueName);
                    m_target->addItem(text);
                    m_target->setItemData(m_target->count() - 1, t.showId, Qt::UserRole);
                    m_target->setItemData(m_target->count() - 1, t.venueId, Qt::UserRole + 1);
                }
                m_target->setCurrentIndex(-1);
            }
            // Keep what was picked; else the next show to start (else the
            // latest one begun, else the first entry).
            if (!(show || venue) || !selectTarget(show, venue)) {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                int next = -1, latest = -1;
                QDateTime nextAt, latestAt;
                for (const BlockTarget &t : std::as_const(m_targets)) {
                    if (!t.showId)
                        continue;
                    const int at = m_target->findData(t.showId, Qt::UserRole);
                    if (t.startsAt >= now && (next < 0 || t.startsAt < nextAt)) {
                        next = at;
                        nextAt = t.startsAt;
                    } else if (t.startsAt < now && (latest < 0 || t.startsAt > latestAt)) {
                        latest = at;
                        latestAt = t.startsAt;
                    }
                }
                const int pick = next >= 0 ? next : latest;
                m_target->setCurrentIndex(pick >= 0 ? pick : (m_target->count() ? 0 : -1));
            } else {
                fillCopySources();
            }
            updateButtons();
        });
}

void BlocksPage::loadTarget()
{
    const int show = currentShow(), venue = currentVenue();
    if (!show && !venue)
        return;
    const int serial = ++m_loadSerial;
    ++m_busy;
    updateButtons();
    m_db.run([show, venue](Database &db) { return loadTargetData(db, show, venue); })
        .then(this, [this, serial](const TargetData &target) {
            --m_busy;
            if (serial != m_loadSerial) {
                updateButtons();
                return; // another target was picked meanwhile
            }
            if (target.error) {
                showStatus(target.error->message, true);
                updateButtons();
                return;
            }
            const VenueLayout &current = m_model->layout();
            if (target.noMap) {
                m_model->setLayout(VenueLayout {});
                showStatus(tr("This venue has no show yet: its map appears once a show is made."), true);
            } else if (current.venueId != target.layout.venueId || current.seats.size() != target.layout.seats.size()) {
                m_model->setLayout(target.layout);
            }
            m_model->applySnapshot(target.states);
            QHash<int, SeatMapModel::BlockNote> notes;
            m_list->clear();
            for (const SeatBlock &b : target.blocks) {
                notes.insert(b.seatId, SeatMapModel::BlockNote {b.kind, b.reason});
                auto *item = new QTreeWidgetItem(m_list);
                item->setText(0, b.label);
                item->setText(1, SeatMapModel::blockKindText(b.kind));
                item->setText(2, b.reason);
                item->setText(3, b.venueWide && b.showId ? tr("%1 (every future show)").arg(b.blockedBy) : b.blockedBy);
                item->setData(0, Qt::UserRole, b.seatId);
            }
            m_model->setBlockNotes(std::move(notes));
            updateButtons();
            Q_EMIT loaded();
        });
}

void BlocksPage::change(
    std::function<Result<BlockOutcome>(Database &)> call, std::function<QString(const BlockOutcome &)> done)
{
    ++m_busy;
    updateButtons();
    showStatus(tr("Working…"), false);
    m_db.run([call = std::move(call)](Database &db) { return call(db); })
        .then(this, [this, done = std::move(done)](const Result<BlockOutcome> &r) {
            --m_busy;
            if (!r) {
                showStatus(r.error().message, true);
                updateButtons();
                return;
            }
            showStatus(done(r.value()), false);
            m_map->clearSelection();
            Q_EMIT blocksChanged();
            loadTargets(); // the counts in the list of shows, and (re-picked) this target again
        });
}

void BlocksPage::blockSelected()
{
    const QList<int> seats = m_map->selectedSeatIds();
    if (seats.isEmpty()) {
        showStatus(tr("Select seats on the map first."), true);
        return;
    }
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty()) {
        showStatus(ServiceError::invalidValue(QStringLiteral("reason"), QStringLiteral("missing")).message, true);
        m_reason->setFocus();
        return;
    }
    const auto kind = BlockKind(m_kind->currentData().toInt());
    const int show = currentShow(), venue = currentVenue();
    change(
        [=](Database &db) {
            return show ? SeatBlocks::block(db, show, seats, kind, reason)
                        : SeatBlocks::blockVenue(db, venue, seats, kind, reason);
        },
        [show](const BlockOutcome &o) {
            return show
                ? tr("%n seat(s) blocked.", nullptr, o.seats)
                : tr("%n seat(s) blocked for every future show (%1 show seats).", nullptr, o.seats).arg(o.showSeats);
        });
}

void BlocksPage::releaseSelected()
{
    const QList<int> seats = m_map->selectedSeatIds();
    if (seats.isEmpty()) {
        showStatus(tr("Select seats on the map first."), true);
        return;
    }
    const int show = currentShow(), venue = currentVenue();
    change(
        [=](Database &db) {
            return show ? SeatBlocks::release(db, show, seats) : SeatBlocks::releaseVenue(db, venue, seats);
        },
        [](const BlockOutcome &o) { return tr("%n seat(s) released to sale.", nullptr, o.seats); });
}

void BlocksPage::releaseListed()
{
    QList<int> seats;
    for (QTreeWidgetItem *item : m_list->selectedItems())
        seats << item->data(0, Qt::UserRole).toInt();
    if (seats.isEmpty())
        return;
    const int show = currentShow(), venue = currentVenue();
    change(
        [=](Database &db) {
            return show ? SeatBlocks::release(db, show, seats) : SeatBlocks::releaseVenue(db, venue, seats);
        },
        [](const BlockOutcome &o) { return tr("%n seat(s) released to sale.", nullptr, o.seats); });
}

void BlocksPage::releaseKind()
{
    const auto kind = BlockKind(m_kind->currentData().toInt());
    const int show = currentShow(), venue = currentVenue();
    change(
        [=](Database &db) {
            return show ? SeatBlocks::release(db, show, {}, kind) : SeatBlocks::releaseVenue(db, venue, {}, kind);
        },
        [](const BlockOutcome &o) { return tr("%n seat(s) released to sale.", nullptr, o.seats); });
}

void BlocksPage::releaseAll()
{
    const int show = currentShow(), venue = currentVenue();
    change(
        [=](Database &db) {
            return show ? SeatBlocks::release(db, show, {}) : SeatBlocks::releaseVenue(db, venue, {});
        },
        [](const BlockOutcome &o) { return tr("%n seat(s) released to sale.", nullptr, o.seats); });
}

} // namespace boxoffice
