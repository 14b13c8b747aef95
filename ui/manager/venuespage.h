#pragma once

#include "admin/venueimport.h"

#include <QtCore/QPointer>
#include <QtWidgets/QWidget>

class QFileDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class Database;
class SeatMapModel;
class SeatMapView;

// Set-up → Venues: the venues with their places and zones; Import… reads a
// venue file (docs/VENUE-FORMAT.md) on a worker thread with a progress bar,
// lists every problem with its line, or shows the places on the seat map
// for a look before Save makes the venue (or, with Replace layout…, applies
// the file to the selected venue). Nothing is written before Save.
class VenuesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenuesPage)

public:
    explicit VenuesPage(Database &db, QWidget *parent = nullptr);

    QTableWidget *venueTable() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *replaceButton() const { return m_replace; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *cancelButton() const { return m_cancel; }
    QListWidget *errorList() const { return m_errors; }
    QProgressBar *progressBar() const { return m_progress; }
    SeatMapView *preview() const { return m_view; }
    SeatMapModel *previewModel() const { return m_model; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *timeZoneEdit() const { return m_timeZone; }
    QLabel *statusLabel() const { return m_status; }
    // The file dialog Import… / Replace layout… opened (null when none).
    QFileDialog *fileDialog() const;

    // Reads `path` (what the file dialog does when a file is chosen).
    void readFile(const QString &path);
    void reload();

Q_SIGNALS:
    // A venue was imported or changed: the counters' show lists may differ.
    void changed();

private:
    void chooseFile(int replaceVenue);
    void showParsed(const QString &path, const VenueParseResult &result);
    void save();
    void cancel();
    void setBusy(bool busy);
    int selectedVenue() const;

    Database &m_db;
    QTableWidget *m_table = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_replace = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QListWidget *m_errors = nullptr;
    QProgressBar *m_progress = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_timeZone = nullptr;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_status = nullptr;
    SeatMapModel *m_model = nullptr;
    SeatMapView *m_view = nullptr;
    QPointer<QFileDialog> m_dialog;
    VenueFile m_file;
    bool m_haveFile = false;
    int m_replaceVenue = 0; // the venue Replace layout… is for; 0: a new venue
    int m_parseSerial = 0;
};

} // namespace boxoffice
