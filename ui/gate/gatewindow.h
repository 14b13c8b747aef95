#pragma once

#include "gate/gate.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace boxoffice {

class Database;

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
class GateWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit GateWindow(Database &db, QWidget *parent = nullptr);
    ~GateWindow() override;
    Q_DISABLE_COPY_MOVE(GateWindow)

    // Reads the shows of the day before and the days after (venue-local
    // times as the shows say), the nearest one chosen.
    void loadShows();
    // Chooses the show to admit to (added to the list if not in it).
    void setShow(int showId, const QString &title);
    int showId() const;
    void setGateName(const QString &name);

    QLineEdit *codeEdit() const { return m_code; }
    QLineEdit *gateEdit() const { return m_gate; }
    QComboBox *showBox() const { return m_show; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *detailLabel() const { return m_detail; }

Q_SIGNALS:
    // Every answer, once shown; the database's verdict, or an error's text.
    void scanned(boxoffice::GateVerdict verdict, const QString &detail);
    void scanFailed(const QString &message);
    void showsLoaded(int count);
    // The window is being closed (the app quits).
    void closing();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void scan();
    void showResult(const ScanResult &r);
    void showError(const QString &message);
    void paint(const QString &headline, const QString &detail, const QColor &colour);
    QString seatText(const ScanResult &r) const;
    QString showText(const GateShow &show) const;

    Gate m_service;
    Database &m_db;
    QComboBox *m_show = nullptr;
    QLineEdit *m_gate = nullptr;
    QLineEdit *m_code = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace boxoffice
