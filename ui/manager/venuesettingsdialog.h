#pragma once

#include "admin/venuesettings.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace boxoffice {

class Database;

// Manager → Venue settings: pick a venue, see its time zone, see and set
// the merchant's PromptPay id the counters' QR codes pay (empty: PromptPay
// is not offered). Reading and saving run on worker threads; a refusal (a
// bad id, not a manager) is shown in the dialog, and the database checks
// and audits every change. The first piece of the back office (issue 11).
class VenueSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VenueSettingsDialog)

public:
    explicit VenueSettingsDialog(Database &db, QWidget *parent = nullptr);

    // Reads the venues again (keeps the one picked).
    void reload();
    // Saves the PromptPay id typed for the venue picked.
    void save();
    bool isBusy() const { return m_busy > 0; }

    QComboBox *venueBox() const { return m_venue; }
    QLineEdit *promptPayEdit() const { return m_promptPay; }
    QLabel *timeZoneLabel() const { return m_timeZone; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void loaded();
    // A venue's PromptPay id was saved (digits; empty: cleared).
    void saved(int venueId, const QString &promptPayId);
    void failed(const QString &message);

private:
    void showVenue();
    void updateKind();
    void setBusy(bool busy);
    int currentVenueId() const;

    Database &m_db;
    QList<VenueSettingsEntry> m_venues;
    int m_busy = 0;
    QComboBox *m_venue = nullptr;
    QLabel *m_timeZone = nullptr;
    QLineEdit *m_promptPay = nullptr;
    QLabel *m_kind = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace boxoffice
