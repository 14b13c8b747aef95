#pragma once

#include <QtCore/QStringList>
#include <QtWidgets/QDialog>

class QListWidget;

namespace boxoffice {

// Which printer this counter prints its tickets on, or none ("PDF only":
// the tickets are only saved as PDF). A list to pick from with the arrow
// keys and Enter: "PDF only (no printer)" first, then the printers the
// system knows. A chosen printer that is not there any more is listed,
// marked as not found, so the clerk sees what was set.
class PrinterDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrinterDialog)

public:
    // current: the printer set now (empty: PDF only); printers: the
    // system's (QPrinterInfo::availablePrinterNames()), defaultPrinter the
    // system's default among them (may be empty).
    PrinterDialog(
        const QString &current, const QStringList &printers, const QString &defaultPrinter, QWidget *parent = nullptr);

    // The printer picked (empty: PDF only).
    QString chosenPrinter() const;
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

} // namespace boxoffice
