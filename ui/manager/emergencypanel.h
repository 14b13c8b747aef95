#pragma once

#include "admin/showcatalog.h"
#include "ops/emergencycontrols.h"

#include <QtCore/QFuture>
#include <QtCore/QPointer>
#include <QtCore/QStringList>
#include <QtWidgets/QDialog>
#include <QtWidgets/QMessageBox>

#include <functional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace boxoffice {

class Database;

// The manager's emergency controls for one show at a time: force-unlock held
// seats (the map's selection, the whole show or one counter's), pause,
// resume or close its sales, and clear every counter's duplicate-order
// locks. Every action shows first what it will touch, needs a reason and a
// confirmation, and is written to the audit log by the database (which also
// refuses anyone who is not a manager). All database work runs on worker
// threads.
class EmergencyPanel final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmergencyPanel)

public:
    enum class Scope { SelectedSeats, WholeShow, OneCounter };
    Q_ENUM(Scope)

    // actor: the signed-in manager's user name, recorded with every action.
    EmergencyPanel(Database &db, QString actor, QWidget *parent = nullptr);
    ~EmergencyPanel() override;
    // The manager's name as people read it (the display name), over the
    // controls; the user name stays what is recorded.
    void setActorName(const QString &name);

    // The seats selected on the counter's map (call it whenever that
    // selection changes); they are the "selected seats" scope of that show.
    void setSelectedSeats(int showId, const QList<int> &seatIds, const QStringList &labels);
    // Picks the show (e.g. the one open at the counter) once it is listed.
    void setCurrentShow(int showId);
    int currentShowId() const;
    const ShowSummary *currentShow() const;
    void setScope(Scope scope);
    Scope scope() const { return m_scope; }

    // Reloads the coming shows (with their sales state), then the preview.
    void reloadShows();
    // Reloads the counters holding seats of the show and what a force
    // unlock of the chosen scope would release.
    void refreshPreview();
    // The holds the last preview listed (what "Release" will release).
    const QList<EmergencyControls::Target> &preview() const { return m_preview; }
    bool isPreviewLoading() const { return m_previewLoading; }
    bool isBusy() const { return m_busy > 0; }

    QComboBox *showCombo() const { return m_showCombo; }
    QRadioButton *scopeButton(Scope scope) const;
    QComboBox *counterCombo() const { return m_counterCombo; }
    QTableWidget *previewTable() const { return m_previewTable; }
    QLabel *previewSummary() const { return m_previewSummary; }
    QLineEdit *unlockReasonEdit() const { return m_unlockReason; }
    QPushButton *unlockButton() const { return m_unlockButton; }
    QLabel *salesStateLabel() const { return m_salesState; }
    QLineEdit *salesReasonEdit() const { return m_salesReason; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *resumeButton() const { return m_resumeButton; }
    QPushButton *closeSalesButton() const { return m_closeButton; }
    QLineEdit *clearReasonEdit() const { return m_clearReason; }
    QPushButton *clearLocksButton() const { return m_clearButton; }
    QLabel *messageLabel() const { return m_message; }
    // The confirmation being asked, if any (its accept button is named
    // "confirmButton").
    QMessageBox *confirmation() const { return m_confirmation; }

Q_SIGNALS:
    void showsLoaded(int count);
    void previewChanged(int count);
    // An action was done; message says what, in words.
    void succeeded(const QString &message);
    // An action or a load was refused; nothing was changed.
    void failed(const QString &message);
    // Sales of a show were paused, resumed or closed from this panel.
    void salesStateChanged(int showId, boxoffice::SalesState state);

private:
    struct Counter
    {
        int terminalId = 0;
        QString name;
        int seats = 0;
    };
    struct PreviewAnswer
    {
        Result<QList<EmergencyControls::Target>> targets = QList<EmergencyControls::Target> {};
        Result<QList<Counter>> counters = QList<Counter> {};
    };

    void buildUi();
    QWidget *buildUnlockGroup();
    QWidget *buildSalesGroup();
    QWidget *buildClearGroup();
    void showShows(const QList<ShowSummary> &shows);
    void onShowChanged();
    void showPreview(const PreviewAnswer &answer, int showId);
    void showCounters(const QList<Counter> &counters);
    void updateSeatsScopeText();
    void updateSalesState();
    void updateButtons();
    void setMessage(const QString &text, bool error);
    void ask(const QString &title, const QString &text, const QString &confirmText, std::function<void()> onYes);
    void forceUnlock();
    void changeSalesState(SalesState state);
    void clearDuplicateLocks();
    void beginAction();
    void endAction();
    QString showName(const ShowSummary &show) const;
    int chosenTerminal() const;
    QList<int> scopeSeats() const;

    Database &m_db;
    const QString m_actor;
    QList<ShowSummary> m_shows;
    int m_wantedShow = 0;
    int m_selectedShow = 0;
    QList<int> m_selectedSeats;
    QStringList m_selectedLabels;
    Scope m_scope = Scope::SelectedSeats;
    QList<EmergencyControls::Target> m_preview;
    int m_previewSerial = 0;
    bool m_previewLoading = false;
    bool m_previewValid = false;
    int m_busy = 0;

    QComboBox *m_showCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QButtonGroup *m_scopeGroup = nullptr;
    QRadioButton *m_seatsScope = nullptr;
    QRadioButton *m_showScope = nullptr;
    QRadioButton *m_counterScope = nullptr;
    QComboBox *m_counterCombo = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_previewSummary = nullptr;
    QLineEdit *m_unlockReason = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_salesState = nullptr;
    QLineEdit *m_salesReason = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QLineEdit *m_clearReason = nullptr;
    QPushButton *m_clearButton = nullptr;
    QLabel *m_message = nullptr;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace boxoffice
