#pragma once

#include "admin/pricetypeadmin.h"
#include "admin/showadmin.h"
#include "admin/venuesettings.h"

#include <QtWidgets/QDialog>
#include <QtWidgets/QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace boxoffice {

class Database;

// Create or edit one show: title, subtitle (the bouts), start, doors and the
// sales window, all as the venue's wall-clock time "yyyy-MM-dd HH:mm" (a
// Buddhist-era year, 2400 and later, is read as its Christian-era one), each
// read back under its field in the user's language and calendar. The page
// saves what it submits and closes it, or shows the refusal in it.
class ShowFormDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowFormDialog)

public:
    // venues empty: an edit of `show` (its venue fixed).
    ShowFormDialog(const QList<VenueSettingsEntry> &venues, const ShowAdminEntry *show, QWidget *parent = nullptr);

    int venueId() const;
    ShowFields fields() const;
    void setError(const QString &message);
    void setBusy(bool busy);

Q_SIGNALS:
    void submitted();

private:
    void updateZoneHint();
    void updateReadBacks();

    QList<VenueSettingsEntry> m_venues;
    int m_fixedVenue = 0;
    QComboBox *m_venue = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_subtitle = nullptr;
    QLineEdit *m_starts = nullptr;
    QLineEdit *m_doors = nullptr;
    QLineEdit *m_salesOpen = nullptr;
    QLineEdit *m_salesClose = nullptr;
    QLabel *m_zone = nullptr;
    QByteArray m_zoneId; // the venue's IANA zone
    QList<std::pair<QLineEdit *, QLabel *>> m_readBacks;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

// "Every Monday, Wednesday, Thursday and Sunday at 18:30 for the next 8
// weeks": Preview lists the dates (new, or skipped where the venue has a show
// that day), Create makes the new ones in one step.
class ScheduleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduleDialog)

public:
    ScheduleDialog(Database &db, const QList<VenueSettingsEntry> &venues, QWidget *parent = nullptr);

    WeeklySchedule schedule() const;

Q_SIGNALS:
    void previewed(int dates);
    void created(int shows);

private:
    void preview();
    void create();
    void setBusy(bool busy);

    Database &m_db;
    QComboBox *m_venue = nullptr;
    QList<QCheckBox *> m_days;
    QLineEdit *m_time = nullptr;
    QSpinBox *m_weeks = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_createButton = nullptr;
};

// Set-up → Shows and prices: the shows (date and time at the venue, title,
// venue, state, seats sold, pass-out at the gates) with New / Edit / Cancel
// and the weekly schedule;
// the selected show's price per ticket type × price type (a column per price
// type, STANDARD first; typed, saved on Enter or Save; an emptied cell stops
// selling that price type for that ticket type),
// prices copied from another show; and after a show with sales is cancelled,
// its orders to refund, one by one (selected) or all at once, through the
// normal cancel path. All loading and saving on worker threads.
class ShowsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShowsPage)

public:
    // The show table's last column: a box ticked when the gates allow
    // pass-out and re-entry for the show (a manager's; saved at once,
    // audited by the database).
    static constexpr int PassOutColumn = 5;

    explicit ShowsPage(Database &db, QWidget *parent = nullptr);

    // The counter refunds are recorded at; 0: the signed-in counter session.
    void setTerminalId(int terminalId) { m_terminalId = terminalId; }
    void reload();
    // Loading or saving something (the buttons are off meanwhile).
    bool isBusy() const { return m_busy > 0; }
    int selectedShowId() const;
    bool selectShow(int showId);

    QTableWidget *showTable() const { return m_shows; }
    QTableWidget *priceTable() const { return m_prices; }
    QTableWidget *refundTable() const { return m_refunds; }
    ShowFormDialog *formDialog() const { return m_form; }
    ScheduleDialog *scheduleDialog() const { return m_schedule; }
    QDialog *cancelDialog() const { return m_cancel; }

Q_SIGNALS:
    // A show, a price or an order changed: counters reload.
    void changed();
    void loaded();
    void pricesLoaded();
    void refundsLoaded();
    void saved();
    void failed(const QString &message);

private:
    void showSelected();
    void loadPrices();
    void loadRefunds();
    void newShow();
    void editShow();
    void cancelShow();
    void openSchedule();
    void savePrices();
    void copyPrices();
    void refund(bool all);
    void setPassOut(int row, bool allowed);
    void submitForm(bool edit);
    void showError(const QString &message);
    void setBusy(bool busy);
    const ShowAdminEntry *currentShow() const;

    Database &m_db;
    int m_terminalId = 0;
    int m_busy = 0;
    QList<ShowAdminEntry> m_showList;
    QList<VenueSettingsEntry> m_venues;
    QList<ShowPrice> m_priceList;
    // The price table's columns from 3 on: the price types besides STANDARD,
    // and what each cell held when loaded ("" where not sold).
    QList<PriceTypeEntry> m_typeColumns;
    QList<QStringList> m_typeCells;
    QTableWidget *m_shows = nullptr;
    QTableWidget *m_prices = nullptr;
    QTableWidget *m_refunds = nullptr;
    QComboBox *m_copyFrom = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QPushButton *m_savePrices = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_refundSelected = nullptr;
    QPushButton *m_refundAll = nullptr;
    QLabel *m_pricesTitle = nullptr;
    QLabel *m_refundsTitle = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    ShowFormDialog *m_form = nullptr;
    ScheduleDialog *m_schedule = nullptr;
    QDialog *m_cancel = nullptr;
};

} // namespace boxoffice
