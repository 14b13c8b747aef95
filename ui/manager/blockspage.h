#pragma once

#include "admin/seatblocks.h"

#include <QtWidgets/QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace boxoffice {

class Database;
class SeatMapModel;
class SeatMapView;
class SetupWindow;

// Set-up → Seat blocks: a manager picks a show (or "every future show" of a
// venue), selects seats on the seat map (click, Ctrl+click, rubber band,
// arrows + Space), and blocks them with a kind and a reason, or releases
// them to sale; the list beside the map shows the blocks, each releasable
// by itself, by kind or all at once. Reads and writes on worker threads
// (SeatBlocks); the database refuses what a manager may not do (shown in
// the page). Every change tells the Set-up window (changed()), so the
// counter reloads. The show picked first is the next one to start; the
// test venues (the generated benchmark arenas) are not listed. "Copy blocks
// from" takes another show's blocks of the same venue onto the picked one.
class BlocksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocksPage)

public:
    BlocksPage(Database &db, SetupWindow *window);
    ~BlocksPage() override;

    SeatMapView *seatMap() const { return m_map; }
    SeatMapModel *seatModel() const { return m_model; }
    QComboBox *targetBox() const { return m_target; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *blockButton() const { return m_block; }
    QPushButton *releaseButton() const { return m_release; }
    QTreeWidget *blockList() const { return m_list; }
    QComboBox *copySourceBox() const { return m_copyFrom; }
    QPushButton *copyButton() const { return m_copy; }
    QString statusText() const;
    // Selects the entry of a show (or, showId 0, of the venue's future shows).
    bool selectTarget(int showId, int venueId = 0);
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    // Blocks changed: counters showing these shows reload.
    void blocksChanged();
    // A target, its map and its blocks are loaded (tests wait for it).
    void loaded();

private:
    void loadTargets();
    void loadTarget();
    void showStatus(const QString &text, bool error);
    void updateButtons();
    void blockSelected();
    void releaseSelected();
    void releaseListed();
    void releaseKind();
    void releaseAll();
    // The other shows of the picked show's venue, to copy blocks from.
    void fillCopySources();
    void copyBlocks();
    // A block or release call; on success, says `done` and reloads.
    void change(
        std::function<Result<BlockOutcome>(Database &)> call, std::function<QString(const BlockOutcome &)> done);
    int currentShow() const;
    int currentVenue() const;

    Database &m_db;
    SeatMapModel *m_model = nullptr;
    SeatMapView *m_map = nullptr;
    QComboBox *m_target = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_block = nullptr;
    QPushButton *m_release = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_releaseRows = nullptr;
    QPushButton *m_releaseKind = nullptr;
    QPushButton *m_releaseAll = nullptr;
    QComboBox *m_copyFrom = nullptr;
    QPushButton *m_copy = nullptr;
    QList<BlockTarget> m_targets;
    QLabel *m_status = nullptr;
    QLabel *m_selection = nullptr;
    int m_busy = 0;
    int m_loadSerial = 0;
};

} // namespace boxoffice
