#include "counter/printerdialog.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace boxoffice {

namespace {
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

PrinterDialog::PrinterDialog(
    const QString &current, const QStringList &printers, const QString &defaultPrinter, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Ticket printer"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Print the tickets of each sale on:"), this);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("printers"));
    label->setBuddy(m_list);
    layout->addWidget(m_list);

    auto add = [this](const QString &text, const QString &name) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(NameRole, name);
        return item;
    };
    QListWidgetItem *selected = add(tr("PDF only (no printer)"), QString());
    for (const QString &printer : printers) {
        QListWidgetItem *item
            = add(printer == defaultPrinter ? tr("%1 (the system's default)").arg(printer) : printer, printer);
        if (printer == current)
            selected = item;
    }
    if (!current.isEmpty() && !printers.contains(current)) {
        QListWidgetItem *missing = add(tr("%1 (not found: tickets are saved as PDF only)").arg(current), current);
        missing->setFlags(missing->flags() & ~Qt::ItemIsEnabled);
    }
    m_list->setCurrentItem(selected);

    auto *hint
        = new QLabel(tr("The tickets are always saved as PDF too; Ctrl+P shows the last ones before printing."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    m_list->setFocus();
    // Wide enough for a printer's name with "(not found: …)" after it.
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

QString PrinterDialog::chosenPrinter() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

} // namespace boxoffice
