#include "gate/gatewindow.h"

#include "db/database.h"
#include "display.h"
#include "gate/offlinegate.h"
#include "sale/domain.h"

#include <QtCore/QDir>
#include <QtCore/QLoggingCategory>
#include <QtCore/QStandardPaths>
#include <QtCore/QTimer>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>
#include <array>
#include <utility>

namespace boxoffice {

namespace {
Q_LOGGING_CATEGORY(lcGate, "boxoffice.gate")
} // namespace

GateWindow::GateWindow(Database &db, QWidget *parent) : QWidget(parent), m_service(db), m_db(db)
{
    setObjectName(QStringLiteral("gateWindow"));
    setWindowTitle(tr("Gate"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addStretch(1);
    // Handing the station to the next door person: no need to quit.
    auto *signOutButton = new QPushButton(tr("Sign out (Ctrl+Shift+L)"), this);
    signOutButton->setObjectName(QStringLiteral("signOut"));
    signOutButton->setFocusPolicy(Qt::NoFocus); // the code field keeps the focus
    connect(signOutButton, &QPushButton::clicked, this, &GateWindow::signOutRequested);
    top->addWidget(signOutButton);
    layout->addLayout(top);
    auto *form = new QFormLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setAccessibleName(tr("Show"));
    form->addRow(tr("&Show:"), m_show);
    m_gate = new QLineEdit(this);
    m_gate->setObjectName(QStringLiteral("gate"));
    m_gate->setAccessibleName(tr("Gate"));
    m_gate->setMaxLength(40);
    form->addRow(tr("&Gate:"), m_gate);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Ticket code"));
    m_code->setPlaceholderText(tr("Scan the ticket, or type its code and press Enter"));
    m_code->setMaxLength(100);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_code->setFont(big);
    form->addRow(tr("&Code:"), m_code);
    layout->addLayout(form);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setAutoFillBackground(true);
    m_verdict->setMinimumHeight(160);
    QFont huge = font();
    huge.setPointSizeF(huge.pointSizeF() * 4);
    huge.setBold(true);
    m_verdict->setFont(huge);
    m_verdict->setAccessibleName(tr("Verdict"));
    layout->addWidget(m_verdict, 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 2);
    m_detail->setFont(large);
    layout->addWidget(m_detail);
    m_scanCount = new QLabel(this);
    m_scanCount->setObjectName(QStringLiteral("scanCount"));
    m_scanCount->setAlignment(Qt::AlignCenter);
    QFont counterFont = font();
    counterFont.setPointSizeF(counterFont.pointSizeF() * 1.5);
    counterFont.setBold(true);
    m_scanCount->setFont(counterFont);
    layout->addWidget(m_scanCount);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setAutoFillBackground(true);
    m_notice->setMargin(6);
    QFont noticeFont = font();
    noticeFont.setPointSizeF(noticeFont.pointSizeF() * 1.3);
    noticeFont.setBold(true);
    m_notice->setFont(noticeFont);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    paint(tr("Ready"), tr("Scan a ticket."), Display::neutralColor());

    connect(m_code, &QLineEdit::returnPressed, this, &GateWindow::scan);
    // An answer left on screen looks like the answer to the next ticket.
    m_readyTimer = new QTimer(this);
    m_readyTimer->setSingleShot(true);
    m_readyTimer->setInterval(std::chrono::seconds(10));
    connect(m_readyTimer, &QTimer::timeout, this, &GateWindow::showReady);
    m_pingTimer = new QTimer(this);
    m_pingTimer->setInterval(m_pingInterval);
    connect(m_pingTimer, &QTimer::timeout, this, &GateWindow::pingNow);
    m_listTimer = new QTimer(this);
    m_listTimer->setInterval(std::chrono::minutes(5));
    connect(m_listTimer, &QTimer::timeout, this, &GateWindow::downloadList);
    m_answerTimer = new QTimer(this);
    m_answerTimer->setSingleShot(true);
    m_answerTimer->setInterval(std::chrono::seconds(3));
    connect(m_answerTimer, &QTimer::timeout, this, &GateWindow::answerLate);
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(std::chrono::seconds(20));
    connect(m_noticeTimer, &QTimer::timeout, this, [this] { setNotice(QString(), QColor()); });
    m_offline = std::make_unique<OfflineGate>(
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("gate")));
    // Another show or gate is another station: said at once.
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_passingOut = false;
        updateStatus();
        pingNow();
        downloadList();
    });
    connect(m_gate, &QLineEdit::editingFinished, this, &GateWindow::pingNow);
    // The gate's name is set once: Enter there goes on to the code, so that
    // the next scan is a scan and not more of the gate's name.
    connect(m_gate, &QLineEdit::returnPressed, m_code, [this] { m_code->setFocus(); });
    // Keys, wherever the focus is in the window.
    auto *passOutKey = new QAction(tr("Pass-out"), this);
    passOutKey->setObjectName(QStringLiteral("passOutAction"));
    passOutKey->setShortcut(Qt::Key_F4);
    connect(passOutKey, &QAction::triggered, this, &GateWindow::startPassOut);
    addAction(passOutKey);
    auto *cancelKey = new QAction(tr("Cancel pass-out"), this);
    cancelKey->setShortcut(Qt::Key_Escape);
    connect(cancelKey, &QAction::triggered, this, &GateWindow::cancelPassOut);
    addAction(cancelKey);
    auto *signOutKey = new QAction(tr("Sign out"), this);
    signOutKey->setObjectName(QStringLiteral("signOutAction"));
    signOutKey->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(signOutKey, &QAction::triggered, this, &GateWindow::signOutRequested);
    addAction(signOutKey);
    setTabOrder(m_show, m_gate);
    setTabOrder(m_gate, m_code);
    m_code->setFocus();
    // Read from a step away: large, whatever the window manager does.
    resize(1000, 700);
}

GateWindow::~GateWindow() = default;

void GateWindow::closeEvent(QCloseEvent *event)
{
    closeStation();
    Q_EMIT closing();
    QWidget::closeEvent(event);
}

void GateWindow::loadShows()
{
    m_service.stationShowsAsync().then(this, [this](const Result<QList<GateShowEntry>> &shows) {
        if (!shows) {
            const ErrorCode e = shows.error().code;
            const bool unreachable = e == ErrorCode::DatabaseUnavailable || e == ErrorCode::OutcomeUnknown;
            if (unreachable && !m_closed)
                setOnline(false);
            // A station started while the database is away (a PC restarted
            // during an outage) admits to the shows of its saved lists.
            if (unreachable && m_show->count() == 0
                && fillShows(m_offline->savedShows(QDateTime::currentDateTimeUtc().addDays(-1))) > 0) {
                showReady();
            } else if (m_show->count() == 0) {
                showError(shows.error().message);
            }
            // Asked again until the database answers (a station started
            // while it was away must not stay without shows).
            if (!m_closed) {
                QTimer::singleShot(std::chrono::seconds(5), this, [this] {
                    if (!m_closed)
                        loadShows();
                });
            }
            Q_EMIT showsLoaded(m_show->count());
            return;
        }
        setOnline(true);
        fillShows(shows.value());
        pingNow();
        downloadList();
        Q_EMIT showsLoaded(m_show->count());
    });
}

int GateWindow::fillShows(const QList<GateShowEntry> &shows)
{
    const int keep = showId();
    const QSignalBlocker block(m_show);
    m_show->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int nearest = -1;
    qint64 best = 0;
    for (const GateShowEntry &e : shows) {
        const GateShow &s = e.show;
        m_show->addItem(tr("%1 — %2").arg(s.title, Display::venueTimeText(s.startsAt, s.timeZone)), s.id);
        m_passOut.insert(s.id, e.passOut);
        const qint64 distance = qAbs(now.secsTo(s.startsAt));
        if (nearest < 0 || distance < best) {
            nearest = m_show->count() - 1;
            best = distance;
        }
    }
    const int kept = m_show->findData(keep);
    m_show->setCurrentIndex(kept >= 0 ? kept : nearest);
    updateStatus();
    return m_show->count();
}

void GateWindow::setShow(int showId, const QString &title)
{
    int index = m_show->findData(showId);
    if (index < 0) {
        m_show->addItem(title, showId);
        index = m_show->count() - 1;
    }
    m_show->setCurrentIndex(index);
}

int GateWindow::showId() const
{
    return m_show->currentData().toInt();
}

void GateWindow::closeStation()
{
    m_closed = true;
    m_pingTimer->stop();
    m_listTimer->stop();
    // The station last said alive, answered or not yet: an "alive" whose
    // answer is still on its way has opened it in the database all the same
    // (CI quit the app in that moment and left the station open).
    const Station open = m_sent.showId > 0 ? m_sent : m_pinged;
    if (open.showId > 0)
        m_service.pingAsync(open.showId, open.gate, true);
    m_pinged = {};
    m_sent = {};
}

void GateWindow::setStaffLogin(const QString &login)
{
    m_login = login;
}

bool GateWindow::passOutAllowed(int showId)
{
    if (const auto said = m_passOut.constFind(showId); said != m_passOut.constEnd())
        return said.value();
    const AdmissionList *list = m_offline->list(showId);
    return list && list->passOut;
}

void GateWindow::setGateName(const QString &name)
{
    m_gate->setText(name);
    pingNow();
}

GateWindow::Station GateWindow::station() const
{
    return Station {showId(), m_gate->text().trimmed()};
}

void GateWindow::setPingInterval(std::chrono::milliseconds interval)
{
    m_pingInterval = interval;
    // Offline it asks more often, so that the uploads start soon.
    m_pingTimer->setInterval(m_online ? interval : std::min(interval, std::chrono::milliseconds(5000)));
}

void GateWindow::setReadyAfter(std::chrono::milliseconds after)
{
    m_readyTimer->setInterval(after);
    if (after.count() <= 0)
        m_readyTimer->stop();
}

void GateWindow::setAnswerTimeout(std::chrono::milliseconds timeout)
{
    m_answerTimer->setInterval(timeout);
}

void GateWindow::setOfflineDirectory(const QString &directory)
{
    m_offline = std::make_unique<OfflineGate>(directory);
    updateStatus();
}

void GateWindow::downloadList()
{
    const int show = showId();
    if (show <= 0)
        return;
    m_listTimer->start();
    m_service.admissionListAsync(show).then(this, [this](const Result<AdmissionList> &list) {
        // Not got: the one downloaded before stays.
        if (!list) {
            qCWarning(lcGate).noquote() << "admission list not downloaded:" << list.error().message
                                        << list.error().detail;
            return;
        }
        if (Result<Done> kept = m_offline->setList(list.value()); !kept) {
            m_status->setText(kept.error().message);
            return;
        }
        m_passOut.insert(list->show.id, list->passOut);
        updateStatus();
        Q_EMIT listDownloaded(int(list->tickets.size()));
    });
}

void GateWindow::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    setPingInterval(m_pingInterval);
    m_pingTimer->start();
    if (online) {
        // Whatever said "cannot be reached" is over; the upload, if any,
        // says what it did in the same place.
        setNotice(tr("Online again: the database answers."), Display::goodColor());
        m_noticeTimer->start(); // the upload's notice, if any, stays instead
        if (m_errorShown)
            showReady();
        // A fresh list: what other gates did meanwhile (after the upload,
        // if there is one: it asks again when it is done).
        if (m_offline->pendingCount() == 0)
            downloadList();
    } else {
        setNotice(QString(), QColor());
        m_uploadedScans = m_uploadedPassOuts = m_uploadedDuplicates = m_uploadedRefused = 0;
    }
    updateStatus();
}

void GateWindow::setNotice(const QString &text, const QColor &colour)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, Qt::white);
    m_notice->setPalette(palette);
}

void GateWindow::upload()
{
    const QList<OfflineGate::Pending> pending = m_offline->pending();
    if (m_uploading || pending.isEmpty())
        return;
    // A scan the database has not answered yet may still be admitted by it
    // (a hung server resumes): its answer first, so that the list's record
    // of the same scan is taken back rather than uploaded as a second entry.
    // Not for ever: a minute at most (the late answer, or the next ping,
    // calls again).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_late.removeIf([&now](const auto &late) { return late.value().at.secsTo(now) >= 60; });
    if (!m_late.isEmpty())
        return;
    // One show and gate at a time; the next after it.
    const OfflineGate::Pending &batch = pending.first();
    m_uploading = true;
    m_service.uploadOfflineAsync(batch.showId, batch.gate, batch.scans)
        .then(this, [this, batch](const Result<OfflineUpload> &r) {
            m_uploading = false;
            if (!r) {
                // The database away again: the next ping tries again. A
                // refusal (a malformed file) stays in the file for a person.
                m_status->setText(tr("The offline admissions could not be uploaded: %1").arg(r.error().message));
                Q_EMIT uploadFailed(r.error().message);
                return;
            }
            if (Result<Done> done = m_offline->uploaded(batch.showId, batch.gate, batch.scans); !done) {
                m_status->setText(done.error().message);
            } else {
                updateStatus();
                const auto passOuts = std::count_if(batch.scans.cbegin(), batch.scans.cend(),
                    [](const OfflineScan &s) { return s.kind == OfflineScan::Kind::PassOut; });
                m_uploadedScans += int(batch.scans.size() - passOuts);
                m_uploadedPassOuts += int(passOuts);
                m_uploadedDuplicates += r->duplicates;
                m_uploadedRefused += r->refused;
                if (m_offline->pendingCount() == 0) {
                    // Said once everything is up: door staff learn that nothing
                    // admitted offline is waiting, and whether it let anyone in twice.
                    QString text = tr("%n offline admission(s) uploaded", "", m_uploadedScans);
                    if (m_uploadedPassOuts > 0)
                        text = tr("%1; %2").arg(text, tr("%n pass-out(s) uploaded", "", m_uploadedPassOuts));
                    text = tr("%1; %2").arg(
                        text, tr("%n duplicate entry(ies) reported to the supervisor", "", m_uploadedDuplicates));
                    if (m_uploadedRefused > 0) {
                        text = tr("%1; %2").arg(
                            text, tr("%n refused (no longer valid or unknown)", "", m_uploadedRefused));
                    }
                    m_noticeTimer->stop();
                    downloadList();
                    setNotice(tr("%1.").arg(text),
                        m_uploadedDuplicates > 0 || m_uploadedRefused > 0 ? Display::warningColor()
                                                                          : Display::goodColor());
                    m_uploadedScans = m_uploadedPassOuts = m_uploadedDuplicates = m_uploadedRefused = 0;
                }
            }
            Q_EMIT uploaded(r.value());
            upload();
        });
}

void GateWindow::pingNow()
{
    // Closed: no "alive" after the closing (closing the window takes the
    // focus from the gate's name, whose editingFinished pings: CI saw the
    // station alive again after the app quit).
    if (m_closed)
        return;
    const Station now = station();
    if (now.showId <= 0 || now.gate.isEmpty())
        return;
    m_pingTimer->start(); // the next in a full interval
    // The station it was before (another show or gate name) closed properly.
    if (m_pinged.showId > 0 && !(m_pinged == now))
        m_service.pingAsync(m_pinged.showId, m_pinged.gate, true);
    m_sent = now;
    m_service.pingAsync(now.showId, now.gate, false).then(this, [this, now](const Result<GateStationPing> &r) {
        if (r) {
            m_pinged = now;
            m_passOut.insert(now.showId, r->passOut);
            m_offline->setPassOutAllowed(now.showId, r->passOut);
        }
        setOnline(r.ok());
        updateStatus();
        // The server answers but refuses this login (its password changed,
        // or the account was deactivated, since an offline sign-in): the
        // station stays offline, and says what to do.
        if (!r && loginRefused(r.error())) {
            setNotice(tr("The database refused the login %1: sign out (Ctrl+Shift+L) and sign in again. The offline "
                         "scans are kept and go up with the next sign-in.")
                          .arg(m_login),
                Display::warningColor());
        }
        // Back: what was admitted meanwhile goes up.
        if (r)
            upload();
        Q_EMIT pinged(r.ok());
    });
}

bool GateWindow::loginRefused(const ServiceError &e)
{
    // Connecting fails as DatabaseUnavailable whatever the cause; the
    // server's own words (English, lc_messages' default) say when it was the
    // login: a wrong password, a role that may not log in, or none.
    static const std::array refusals {QLatin1String("authentication failed"), QLatin1String("not permitted to log in"),
        QLatin1String("does not exist")};
    return e.code == ErrorCode::DatabaseUnavailable
        && std::any_of(
            refusals.cbegin(), refusals.cend(), [&e](QLatin1String words) { return e.detail.contains(words); });
}

void GateWindow::updateStatus()
{
    QStringList parts;
    const AdmissionList *list = showId() > 0 ? m_offline->list(showId()) : nullptr;
    if (!m_online) {
        parts << (list ? tr("OFFLINE: the database does not answer; admitting from the list of %1 (QR codes only).")
                             .arg(Display::venueTimeText(list->generatedAt, list->show.timeZone))
                       : tr("OFFLINE: the database does not answer, and there is no admission list for this show."));
    }
    if (const int n = m_offline->pendingCount(); n > 0)
        parts << tr("%n offline scan(s) to upload.", "", n);
    if (showId() > 0) {
        parts << (passOutAllowed(showId()) ? tr("Pass-out allowed for this show: F4, then scan the ticket.")
                                           : tr("No pass-out for this show."));
    }
    m_status->setText(parts.join(QLatin1Char(' ')));
}

void GateWindow::startPassOut()
{
    m_code->setFocus();
    if (showId() <= 0) {
        showError(tr("Choose the show first."));
        return;
    }
    if (!passOutAllowed(showId())) {
        // An answer to F4, not to a scan: not numbered, but it goes too.
        paint(
            tr("No pass-out"), tr("This show does not allow pass-out: a ticket admits once."), Display::warningColor());
        if (m_readyTimer->interval() > 0)
            m_readyTimer->start();
        QApplication::beep();
        return;
    }
    m_passingOut = true;
    m_readyTimer->stop();
    paint(tr("Pass-out"), tr("Scan the ticket of the person going out (Esc: cancel)."), Display::neutralColor());
}

void GateWindow::cancelPassOut()
{
    if (!m_passingOut)
        return;
    m_passingOut = false;
    m_readyTimer->stop();
    paint(tr("Ready"), tr("Scan a ticket."), Display::neutralColor());
    m_code->setFocus();
}

void GateWindow::passOut(const QString &code)
{
    m_passingOut = false;
    const int show = showId();
    if (!m_online && m_offline->list(show)) {
        answerFromList(code, show, true);
        return;
    }
    ask(code, show, true);
}

void GateWindow::answerFromList(const QString &code, int show, bool passingOut)
{
    if (passingOut)
        passOutOffline(code, show);
    else
        scanOffline(code, show);
}

void GateWindow::ask(const QString &code, int show, bool passingOut)
{
    m_readyTimer->stop();
    paint(tr("Checking…"), QString(), Display::neutralColor());
    m_asked = Asked {++m_asks, code, show, passingOut, QDateTime::currentDateTimeUtc()};
    m_answerTimer->start();
    const auto answered = [this, asked = m_asked](const Result<ScanResult> &r) {
        if (asked.number != m_asked.number) {
            // Answered late, after the list had answered: not shown. What
            // the database did stands, and the list's record of the same
            // scan goes (unless the upload no longer waited for it).
            const bool waited = m_late.remove(asked.number);
            const bool done
                = r && (asked.passingOut ? r->verdict == GateVerdict::PassedOut : r->verdict == GateVerdict::Valid);
            if (waited && done) {
                m_offline->withdraw(asked.showId, r->codeHash,
                    asked.passingOut ? OfflineScan::Kind::PassOut : OfflineScan::Kind::Entry, asked.at);
                updateStatus();
            }
            if (m_online)
                upload();
            return;
        }
        m_asked = {};
        m_answerTimer->stop();
        if (!r) {
            const ErrorCode e = r.error().code;
            if (e == ErrorCode::DatabaseUnavailable || e == ErrorCode::OutcomeUnknown) {
                setOnline(false);
                answerFromList(asked.code, asked.showId, asked.passingOut);
                return;
            }
            if (asked.passingOut) {
                answer(tr("Not passed out"), r.error().message, Display::warningColor());
                QApplication::beep();
                Q_EMIT scanFailed(r.error().message);
            } else {
                showError(r.error().message);
            }
            return;
        }
        // Noted for the list by the ticket's code hash (the short code's
        // own would not find it there).
        if (r->verdict == GateVerdict::Valid)
            m_offline->noteAdmitted(asked.showId, r->codeHash);
        else if (r->verdict == GateVerdict::PassedOut)
            m_offline->notePassedOut(asked.showId, r->codeHash);
        showResult(r.value());
    };
    if (passingOut)
        m_service.passOutAsync(code, show, m_gate->text()).then(this, answered);
    else
        m_service.admitAsync(code, show, m_gate->text()).then(this, answered);
}

void GateWindow::answerLate()
{
    if (m_asked.number == 0)
        return;
    const Asked asked = std::exchange(m_asked, {});
    m_late.insert(asked.number, asked);
    qCWarning(lcGate).noquote() << QStringLiteral("no answer from the database in %1 ms: answered from the list")
                                       .arg(m_answerTimer->interval());
    setOnline(false);
    answerFromList(asked.code, asked.showId, asked.passingOut);
}

void GateWindow::passOutOffline(const QString &code, int show)
{
    const Result<ScanResult> r
        = m_offline->passOut(show, m_gate->text(), code, QDateTime::currentDateTimeUtc(), m_login);
    if (!r) {
        answer(tr("Not passed out"), tr("Offline. %1").arg(r.error().message), Display::warningColor());
        QApplication::beep();
        Q_EMIT scanFailed(r.error().message);
        return;
    }
    updateStatus();
    showResult(r.value());
}

void GateWindow::scan()
{
    const QString code = m_code->text();
    m_code->clear();
    m_code->setFocus();
    if (code.trimmed().isEmpty())
        return;
    if (showId() <= 0) {
        showError(tr("Choose the show first."));
        return;
    }
    if (m_passingOut) {
        passOut(code);
        return;
    }
    const int show = showId();
    // Offline, the database is not asked (it may take seconds to fail):
    // the pings say when it is back.
    if (!m_online && m_offline->list(show)) {
        scanOffline(code, show);
        return;
    }
    ask(code, show, false);
}

void GateWindow::scanOffline(const QString &code, int show)
{
    const Result<ScanResult> r = m_offline->admit(show, m_gate->text(), code, QDateTime::currentDateTimeUtc(), m_login);
    if (!r) {
        showError(r.error().message);
        return;
    }
    updateStatus();
    showResult(r.value());
}

QString GateWindow::seatText(const ScanResult &r) const
{
    if (!r.seat)
        return {};
    const GateSeat &s = *r.seat;
    return tr("%1 · Section %2 · Row %3 · Seat %4").arg(s.zone, s.section, s.row).arg(s.number);
}

QString GateWindow::showText(const GateShow &show) const
{
    return tr("%1, %2").arg(show.title, Display::venueTimeText(show.startsAt, show.timeZone));
}

void GateWindow::showResult(const ScanResult &r)
{
    const QString headline = Gate::verdictText(r.verdict);
    QString detail;
    QColor colour = Display::criticalColor();
    switch (r.verdict) {
    case GateVerdict::Valid:
        colour = Display::goodColor();
        detail = r.reentry ? tr("Re-entry. %1").arg(seatText(r)) : seatText(r);
        break;
    case GateVerdict::AlreadyAdmitted: {
        // The latest entry: after a re-entry, where the holder last went in.
        const QString at = Display::venueTimeText(r.admittedAt, r.show.timeZone);
        // Answered here offline: the station's own record (with the login
        // signed in); online: the database's, which says whether an offline
        // gate made the entry and who uploaded it.
        const bool uploadedOffline = r.admittedOffline && !r.offline;
        if (r.offline && !r.admittedAt.isValid())
            detail = tr("Admitted before this gate went offline. %1").arg(seatText(r));
        else if (r.offline && r.admittedBy.isEmpty())
            detail = tr("Admitted at %1, %2.").arg(r.admittedGate, at);
        else if (uploadedOffline && !r.admittedUploadedBy.isEmpty())
            detail = (r.admittedReentry ? tr("Re-entered offline at %1, %2, by %3 (uploaded by %4).")
                                        : tr("Admitted offline at %1, %2, by %3 (uploaded by %4)."))
                         .arg(r.admittedGate, at, r.admittedBy, r.admittedUploadedBy);
        else if (uploadedOffline)
            detail = (r.admittedReentry ? tr("Re-entered offline at %1, %2, by %3.")
                                        : tr("Admitted offline at %1, %2, by %3."))
                         .arg(r.admittedGate, at, r.admittedBy);
        else
            detail = (r.admittedReentry ? tr("Re-entered at %1, %2, by %3.") : tr("Admitted at %1, %2, by %3."))
                         .arg(r.admittedGate, at, r.admittedBy);
        break;
    }
    case GateVerdict::WrongShow:
    case GateVerdict::WrongDay:
        colour = Display::warningColor();
        detail = tr("This ticket is for %1.").arg(showText(r.ticketShow));
        break;
    case GateVerdict::NotYetOpen:
        colour = Display::warningColor();
        detail = tr("Doors open at %1.").arg(Display::venueTimeText(r.doorsAt, r.show.timeZone));
        break;
    case GateVerdict::Replaced:
        detail = tr("A newer ticket replaces this one. %1").arg(seatText(r));
        break;
    case GateVerdict::Unknown:
        detail = tr("No ticket has this code. Do not admit.");
        break;
    case GateVerdict::PassedOut:
        colour = Display::neutralColor();
        detail = tr("May come back in once. %1").arg(seatText(r));
        break;
    case GateVerdict::Cancelled:
    case GateVerdict::Returned:
    case GateVerdict::Unpaid:
    case GateVerdict::Duplicate:
        detail = seatText(r);
        break;
    }
    if (r.offline)
        detail = tr("Offline. %1").arg(detail);
    answer(headline, detail, colour);
    if (r.verdict != GateVerdict::Valid && r.verdict != GateVerdict::PassedOut)
        QApplication::beep();
    Q_EMIT scanned(r.verdict, detail);
}

void GateWindow::showError(const QString &message)
{
    answer(tr("Not checked"), message, Display::warningColor());
    m_errorShown = true;
    QApplication::beep();
    Q_EMIT scanFailed(message);
}

void GateWindow::paint(const QString &headline, const QString &detail, const QColor &colour)
{
    m_errorShown = false;
    m_verdict->setText(headline);
    m_detail->setText(detail);
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, Qt::white);
    m_verdict->setPalette(palette);
}

void GateWindow::answer(const QString &headline, const QString &detail, const QColor &colour)
{
    ++m_scans;
    const QString key = headline + QLatin1Char('\n') + detail;
    m_repeats = key == m_lastAnswer ? m_repeats + 1 : 1;
    m_lastAnswer = key;
    m_lastHeadline = headline;
    paint(headline, detail, colour);
    // Twelve forged codes in a row must not look like one.
    m_scanCount->setText(
        m_repeats > 1 ? tr("Scan %1 · same answer ×%2").arg(m_scans).arg(m_repeats) : tr("Scan %1").arg(m_scans));
    if (m_readyTimer->interval() > 0)
        m_readyTimer->start();
}

void GateWindow::showReady()
{
    m_readyTimer->stop();
    if (m_passingOut)
        return;
    paint(tr("Ready"), tr("Scan the next ticket."), Display::neutralColor());
    if (m_scans > 0)
        m_scanCount->setText(tr("Last answer: %1 (scan %2)").arg(m_lastHeadline).arg(m_scans));
}

} // namespace boxoffice
