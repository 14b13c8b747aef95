#pragma once

#include "money/cashoffice.h"

#include <QtCore/QTimeZone>
#include <QtWidgets/QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace boxoffice {

class Database;

// The supervisor's list of closed shifts whose count differed from the
// expected cash and that nobody signed off yet: pick one, give a reason,
// Sign off (off the GUI thread); the list is read again. Reprint Z writes
// the chosen shift's Z report again (PDF).
class CashSignOffDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CashSignOffDialog)

public:
    CashSignOffDialog(Database *db, QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void setFolder(const QString &folder) { m_folder = folder; }
    void refresh();
    void signOff();
    void reprint();

    QTableWidget *table() const { return m_table; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *signOffButton() const { return m_signOff; }
    QPushButton *reprintButton() const { return m_reprint; }
    QLabel *messageLabel() const { return m_message; }
    const QList<CashShift> &shifts() const { return m_shifts; }

Q_SIGNALS:
    void loaded(int count);
    void signedOff(qint64 shiftId);
    void failed(const QString &message);
    void reprinted(const QString &file, const QString &problem);

private:
    void fill();
    void updateButtons();
    int currentIndex() const;

    Database *m_db;
    QTimeZone m_zone;
    QString m_folder;
    QList<CashShift> m_shifts;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_signOff = nullptr;
    QPushButton *m_reprint = nullptr;
    QLabel *m_message = nullptr;
    bool m_busy = false;
};

} // namespace boxoffice
