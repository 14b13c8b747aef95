#pragma once

#include "counter/ticketprinter.h"
#include "money/cashoffice.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMap>
#include <QtCore/QPointer>
#include <QtCore/QTimeZone>
#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QComboBox;
class QMainWindow;
class QMenu;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace boxoffice {

class Database;

// What an X or Z report says, line by line: on screen and printed (the
// same lines). Times in the venue's zone, amounts exact.
class CashReportSlip final
{
    Q_DECLARE_TR_FUNCTIONS(CashReportSlip)

public:
    static QString title(const CashReport &report);
    static QList<SlipLine> lines(const CashReport &report, const QString &counter, const QTimeZone &zone);
    static QString text(const CashReport &report, const QString &counter, const QTimeZone &zone);
    // Writes the report's PDF (false, with the reason, if it cannot).
    static bool writePdf(const CashReport &report, const QString &counter, const QTimeZone &zone, const QString &path,
        QString *error = nullptr);
};

// Counting the drawer: notes of 1000, 500, 100, 50 and 20 baht and the
// coins, or just the total. amount() is nullopt while something typed is
// not an amount.
class CashCountWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashCountWidget)

public:
    explicit CashCountWidget(QWidget *parent = nullptr);

    static const QList<int> &denominations();
    std::optional<Money> amount() const;
    // Counted note by note (no total typed).
    bool byDenomination() const;
    CashCount count() const;
    QSpinBox *notesBox(int baht) const { return m_notes.value(baht); }
    QLineEdit *coinsEdit() const { return m_coins; }
    QLineEdit *totalEdit() const { return m_total; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QMap<int, QSpinBox *> m_notes;
    QLineEdit *m_coins = nullptr;
    QLineEdit *m_total = nullptr;
    QLabel *m_sum = nullptr;
};

// The common part of the cash dialogs: the call goes to the database off
// the GUI thread; a refusal is shown in the dialog (translated), which
// stays open with nothing changed.
class CashDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashDialog)

public:
    CashDialog(Database *db, int terminalId, QWidget *parent);

    QPushButton *okButton() const { return m_ok; }
    QLabel *messageLabel() const { return m_message; }

Q_SIGNALS:
    // The database answered (either way).
    void answered();
    void failed(const QString &message);

protected:
    void addButtons(const QString &okText);
    void showFailure(const QString &message);
    virtual void submit() = 0;

    Database *m_db;
    int m_terminal;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_busy = false;
};

// Open a shift with the counted float.
class OpenShiftDialog final : public CashDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenShiftDialog)

public:
    OpenShiftDialog(Database *db, int terminalId, QWidget *parent = nullptr);
    CashCountWidget *countWidget() const { return m_count; }
    // Why the shift is asked for (e.g. a cash sale was refused), over the
    // count; empty: none.
    void setIntro(const QString &text);
    QLabel *introLabel() const { return m_intro; }

Q_SIGNALS:
    void opened(const boxoffice::CashShift &shift);

private:
    void submit() override;
    CashCountWidget *m_count = nullptr;
    QLabel *m_intro = nullptr;
};

// Paid in or paid out, with a reason.
class CashMovementDialog final : public CashDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashMovementDialog)

public:
    CashMovementDialog(Database *db, int terminalId, QWidget *parent = nullptr);
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *amountEdit() const { return m_amount; }
    QLineEdit *reasonEdit() const { return m_reason; }

Q_SIGNALS:
    void recorded(const boxoffice::CashShift &shift);

private:
    void submit() override;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
};

// The blind close: the clerk counts the drawer; no expected figure is shown
// before the count is in. The answer is the Z report.
class CloseShiftDialog final : public CashDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CloseShiftDialog)

public:
    CloseShiftDialog(Database *db, int terminalId, QWidget *parent = nullptr);
    CashCountWidget *countWidget() const { return m_count; }

Q_SIGNALS:
    void closed(const boxoffice::CashReport &z);

private:
    void submit() override;
    CashCountWidget *m_count = nullptr;
};

// An X or Z report on screen, with Print (a PDF in the folder given, and
// the printer's copy when one is chosen), off the GUI thread.
class CashReportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashReportDialog)

public:
    CashReportDialog(
        const CashReport &report, const QString &counter, const QTimeZone &zone, QWidget *parent = nullptr);

    void setOutput(const QString &folder, const QString &printerName);
    void print();
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *printButton() const { return m_print; }
    const CashReport &report() const { return m_report; }
    QString lastFile() const { return m_lastFile; }

Q_SIGNALS:
    // The PDF is written (file; empty with the reason if it could not be).
    void printed(const QString &file, const QString &problem);

private:
    CashReport m_report;
    QString m_counter;
    QTimeZone m_zone;
    QString m_folder;
    QString m_printerName;
    QString m_lastFile;
    QPlainTextEdit *m_text = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_status = nullptr;
};

// The counter's Cash menu and shift label: open a shift, paid in/out, X
// report, close (blind) with the Z report shown and printed. A shift is the
// counter's and its clerk's: at sign-in the staff member is told whether a
// shift is open here and whose (their own: carry on; another clerk's: cash
// is refused until that clerk, or a supervisor for them, closes it — a
// supervisor is offered to close it at once).
class CashMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashMenu)

public:
    explicit CashMenu(QMainWindow *window);

    // The counter to act for (its terminal id) and where reports go. A new
    // counter (a sign-in): once the shift is read and the staff member known
    // (setStaff), they are told about the shift.
    void setCounter(Database *db, int terminalId, const QString &counterName);
    void clearCounter();
    // Who is signed in (0: nobody) and whether they may close another
    // clerk's shift (a supervisor or manager).
    void setStaff(int staffId, bool supervisor);
    // Is the counter's open shift the signed-in staff member's (or a shift
    // of no clerk, the owner account's)?
    bool ownShiftOpen() const;
    // Another clerk's shift is open here (cash refused for this clerk).
    bool otherClerksShiftOpen() const;
    void setOutput(const QString &folder, const QString &printerName);
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    const QTimeZone &timeZone() const { return m_zone; }
    // Reads the counter's open shift again (off the GUI thread).
    void refresh();

    QMenu *menu() const { return m_menu; }
    QLabel *shiftLabel() const { return m_label; }
    const std::optional<CashShift> &shift() const { return m_shift; }

    // parent: the dialog's (default the window), e.g. the checkout whose
    // cash sale needs the shift; intro: why it is asked for.
    OpenShiftDialog *openShift(QWidget *parent = nullptr, const QString &intro = {});
    CashMovementDialog *paidInOut();
    void xReport();
    CloseShiftDialog *closeShift();
    CashReportDialog *reportDialog() const { return m_reportDialog; }
    // The sign-in's box about another clerk's open shift, while it is open.
    QMessageBox *shiftNotice() const { return m_notice; }

Q_SIGNALS:
    void shiftChanged();
    void reportShown(boxoffice::CashReportDialog *dialog);
    void failed(const QString &message);
    // A passing word for the clerk (the shift at sign-in).
    void notice(const QString &message);

private:
    void setShift(const std::optional<CashShift> &shift);
    CashReportDialog *showReport(const CashReport &report);
    bool isOwn(const CashShift &shift) const;
    // Tells the newly signed-in staff member about the counter's shift, once
    // both the shift and who they are are known.
    void greet();

    QMainWindow *m_window;
    Database *m_db = nullptr;
    int m_terminal = 0;
    QString m_counter;
    QString m_folder;
    QString m_printerName;
    QTimeZone m_zone;
    std::optional<CashShift> m_shift;
    QMenu *m_menu = nullptr;
    QLabel *m_label = nullptr;
    QPointer<CashReportDialog> m_reportDialog;
    QPointer<QMessageBox> m_notice;
    int m_staffId = 0;
    bool m_supervisor = false;
    bool m_shiftRead = false; // the counter's shift was read since setCounter
    bool m_greet = false;     // a sign-in still to be told about the shift
};

} // namespace boxoffice
