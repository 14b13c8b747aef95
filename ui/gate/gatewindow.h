#pragma once

#include "gate/gate.h"

#include <QtCore/QHash>
#include <QtWidgets/QWidget>

#include <chrono>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace boxoffice {

class Database;
class OfflineGate;

// The gate station (issue 13): door staff pick the show and name their gate
// once; a keyboard-wedge scanner then types each ticket's code followed by
// Enter into the code field (a person may type the 10-character short code
// the same way). The answer comes at once, large and in colour — green
// VALID with the seat, red for a ticket that must not pass (already
// admitted: where, when, by whom; cancelled, returned, replaced, unknown),
// amber for one at the wrong door or too early (wrong show or day, naming
// the show; not yet open) — with a beep for everything but VALID. Keyboard
// only: the code field keeps the focus and is emptied for the next scan.
// The scan runs on the Database's executor (Gate::admitAsync); the GUI
// thread never waits.
//
// While open it tells the database every 30 seconds that it is alive for
// the chosen show and gate (Gate::ping; a supervisor sees a station that
// stopped without closing as offline), and that it closed when it closes.
// The ping's answer also brings the show's pass-out setting.
//
// Pass-out (when the show's manager allows it): F4, then scan the ticket of
// the holder going out (Gate::passOut); their next scan admits them again,
// once. Esc leaves pass-out without scanning. Offline too: the admission
// list says who is inside, and the pass-out is kept with the admissions.
//
// Offline: every five minutes (and when the show is chosen, and when the
// database answers again) it downloads the show's admission list
// (OfflineGate, kept in a file). When the database does not answer a scan
// (cannot be reached, or no answer within setAnswerTimeout: a hung server or
// a network that drops packets), the scan is answered from that list and the
// admission kept in a file with the login signed in (setStaffLogin); the window says OFFLINE, pings every 5 seconds,
// and once the database answers again uploads what it admitted
// (Gate::uploadOffline; a ticket another gate had admitted meanwhile is a
// duplicate entry for the supervisor). A notice line says when the database
// answers again and what the upload did.
//
// Every answer carries its scan number ("Scan 12"), and "same answer ×3"
// when it repeats the one before, so that a new answer never looks like
// the old one; a few seconds after an answer the panel goes back to
// "Ready" (setReadyAfter).
//
// Ctrl+Shift+L (or the Sign out button) asks to sign out: signOutRequested;
// the app closes the station and shows the sign-in again.
class GateWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit GateWindow(Database &db, QWidget *parent = nullptr);
    ~GateWindow() override;
    Q_DISABLE_COPY_MOVE(GateWindow)

    // Reads the shows of the day before and the days after (venue-local
    // times as the shows say), the nearest one chosen. While the database
    // cannot be reached it asks again every 5 seconds; a station started
    // meanwhile (a PC restarted during an outage) offers the shows of its
    // saved admission lists (OfflineGate::savedShows) and admits offline.
    void loadShows();
    // Chooses the show to admit to (added to the list if not in it).
    void setShow(int showId, const QString &title);
    int showId() const;
    void setGateName(const QString &name);
    // The login signed in at the station: kept with each offline scan, so
    // that an upload by the next person names who scanned (as reported
    // text: the upload itself is the uploader's).
    void setStaffLogin(const QString &login);
    // Says now that this station is alive (else every pingInterval).
    void pingNow();
    // Tells the database this station closed properly (not offline) and
    // stops pinging for good; closing the window does it, and so must whoever ends
    // the window otherwise (the app quitting). Not waited for: the
    // Database's executor finishes it before the Database goes.
    void closeStation();
    void setPingInterval(std::chrono::milliseconds interval);
    // How long an answer stays before the panel says "Ready" again
    // (default 10 s; zero: it stays).
    void setReadyAfter(std::chrono::milliseconds after);
    // How long a scan waits for the database before the list answers it
    // (default 3 s). A late answer is not shown; if the database admitted
    // (or let out) the ticket after all, the list's record of that scan is
    // taken back (OfflineGate::withdraw), so that nobody is uploaded twice.
    void setAnswerTimeout(std::chrono::milliseconds timeout);
    // Where the admission lists and the offline admissions are kept
    // (default: AppDataLocation/gate).
    void setOfflineDirectory(const QString &directory);
    OfflineGate &offlineStore() const { return *m_offline; }
    // Downloads the chosen show's admission list now.
    void downloadList();
    bool isOnline() const { return m_online; }

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *gateEdit() const { return m_gate; }
    QComboBox *showBox() const { return m_show; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *detailLabel() const { return m_detail; }
    QLabel *statusLabel() const { return m_status; }
    // "Scan 12", "Scan 12 · same answer ×3".
    QLabel *scanCountLabel() const { return m_scanCount; }
    // Back online; what the last upload of offline admissions did.
    QLabel *noticeLabel() const { return m_notice; }
    int scanNumber() const { return m_scans; }
    // F4: the next scan records a pass-out (if the show allows it).
    void startPassOut();
    void cancelPassOut();
    bool isPassingOut() const { return m_passingOut; }

Q_SIGNALS:
    // Every answer, once shown; the database's verdict, or an error's text.
    void scanned(boxoffice::GateVerdict verdict, const QString &detail);
    void scanFailed(const QString &message);
    void showsLoaded(int count);
    // A ping was answered (ok) or not.
    void pinged(bool ok);
    // The chosen show's admission list was downloaded (tickets in it).
    void listDownloaded(int tickets);
    // Offline admissions were uploaded (or the upload refused).
    void uploaded(const boxoffice::OfflineUpload &result);
    void uploadFailed(const QString &message);
    // The window is being closed (the app quits).
    void closing();
    // Door staff asked to sign out (Ctrl+Shift+L): the app closes the
    // station (closeStation) and signs in the next person.
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Station
    {
        int showId = 0;
        QString gate;
        bool operator==(const Station &) const = default;
    };

    Station station() const;
    // The show box holds these shows, the chosen one kept (else the
    // nearest in time chosen); answers how many.
    int fillShows(const QList<GateShowEntry> &shows);
    void updateStatus();
    void scan();
    void passOut(const QString &code);
    // Asks the database to admit (or let out) a code, with the answer timeout.
    void ask(const QString &code, int showId, bool passingOut);
    void answerLate();
    // Answers a scan (or a pass-out) from the admission list, offline.
    void answerFromList(const QString &code, int showId, bool passingOut);
    void scanOffline(const QString &code, int showId);
    void passOutOffline(const QString &code, int showId);
    // The show allows pass-out: as the last ping said, else as its list says.
    bool passOutAllowed(int showId);
    void setOnline(bool online);
    // A failed connection that the server refused for the login itself (a
    // wrong password, a deactivated or unknown role), not for the network.
    static bool loginRefused(const ServiceError &e);
    void upload();
    void showResult(const ScanResult &r);
    void showError(const QString &message);
    void paint(const QString &headline, const QString &detail, const QColor &colour);
    // An answer to a scan: painted, numbered, and back to Ready later.
    void answer(const QString &headline, const QString &detail, const QColor &colour);
    void showReady();
    void setNotice(const QString &text, const QColor &colour);
    QString seatText(const ScanResult &r) const;
    QString showText(const GateShow &show) const;

    Gate m_service;
    Database &m_db;
    QString m_login;
    QComboBox *m_show = nullptr;
    QLineEdit *m_gate = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_scanCount = nullptr;
    QLabel *m_notice = nullptr;
    QTimer *m_readyTimer = nullptr;
    QTimer *m_pingTimer = nullptr;
    QTimer *m_listTimer = nullptr;
    QTimer *m_answerTimer = nullptr; // the database's answer to the scan in m_asked is late
    QTimer *m_noticeTimer = nullptr; // "Online again" goes after a while
    // The scan waiting for the database's answer (0: none), and the scans
    // the list answered because the database was late.
    struct Asked
    {
        int number = 0;
        QString code;
        int showId = 0;
        bool passingOut = false;
        QDateTime at;
    };
    Asked m_asked;
    int m_asks = 0;
    QHash<int, Asked> m_late;
    std::chrono::milliseconds m_pingInterval {std::chrono::seconds(30)};
    std::unique_ptr<OfflineGate> m_offline;
    bool m_uploading = false;
    Station m_pinged;           // the station the last ping that was answered was for
    Station m_sent;             // the station the last "alive" was sent for (answered or not)
    QHash<int, bool> m_passOut; // by show: pass-out allowed (from the list, then the pings)
    bool m_online = true;       // the last ping was answered
    bool m_closed = false;      // closeStation(): pings no more
    bool m_passingOut = false;  // the next scan is a pass-out
    bool m_errorShown = false;  // the panel shows "Not checked" (e.g. the database cannot be reached)
    int m_scans = 0;            // answers shown since the window opened
    int m_repeats = 0;          // the last answer, shown this many times in a row
    QString m_lastAnswer;       // its headline and detail
    QString m_lastHeadline;
    // This round of uploads, until nothing is pending: for the notice.
    int m_uploadedScans = 0;
    int m_uploadedPassOuts = 0;
    int m_uploadedDuplicates = 0;
    int m_uploadedRefused = 0;
};

} // namespace boxoffice
