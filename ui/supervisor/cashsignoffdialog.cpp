#include "supervisor/cashsignoffdialog.h"

#include "counter/cashdialogs.h"
#include "db/database.h"
#include "dialogbuttons.h"
#include "display.h"

#include <QtConcurrent/QtConcurrent>
#include <QtCore/QDir>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

CashSignOffDialog::CashSignOffDialog(Database *db, QWidget *parent)
    : QDialog(parent), m_db(db), m_zone(QTimeZone(QByteArrayLiteral("Asia/Bangkok")))
{
    setWindowTitle(tr("Cash shifts to sign off"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("shifts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Counter"), tr("Clerk"), tr("Closed"), tr("Expected"), tr("Counted"), tr("Difference")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(500);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_signOff = buttons->addButton(tr("&Sign off"), QDialogButtonBox::ActionRole);
    m_signOff->setObjectName(QStringLiteral("signOff"));
    m_reprint = buttons->addButton(tr("Re&print Z"), QDialogButtonBox::ActionRole);
    m_reprint->setObjectName(QStringLiteral("reprintZ"));
    auto *refreshButton = buttons->addButton(tr("Re&fresh"), QDialogButtonBox::ActionRole);
    // Enter in the reason signs off (returnPressed) and nothing else: no
    // button is the dialog's default, or Enter would press it as well.
    noDefaultButtons(buttons);
    layout->addWidget(buttons);
    connect(m_signOff, &QPushButton::clicked, this, &CashSignOffDialog::signOff);
    connect(m_reprint, &QPushButton::clicked, this, &CashSignOffDialog::reprint);
    connect(refreshButton, &QPushButton::clicked, this, &CashSignOffDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &CashSignOffDialog::updateButtons);
    connect(m_reason, &QLineEdit::returnPressed, this, &CashSignOffDialog::signOff);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CashSignOffDialog::updateButtons);
    resize(760, 420);
    updateButtons();
    refresh();
}

int CashSignOffDialog::currentIndex() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_shifts.size() && m_table->selectionModel()->isRowSelected(row) ? row : -1;
}

void CashSignOffDialog::updateButtons()
{
    const int i = currentIndex();
    m_signOff->setEnabled(!m_busy && i >= 0 && !m_reason->text().trimmed().isEmpty());
    m_reprint->setEnabled(i >= 0 && m_shifts.at(i).report.has_value());
}

void CashSignOffDialog::refresh()
{
    m_db->run([](Database &db) { return CashOffice::shifts(db, true); })
        .then(this, [this](const Result<QList<CashShift>> &r) {
            if (!r) {
                m_message->setText(r.error().message);
                Q_EMIT failed(r.error().message);
                return;
            }
            m_shifts = r.value();
            fill();
            Q_EMIT loaded(int(m_shifts.size()));
        });
}

void CashSignOffDialog::fill()
{
    m_table->setRowCount(int(m_shifts.size()));
    for (int row = 0; row < m_shifts.size(); ++row) {
        const CashShift &s = m_shifts.at(row);
        const auto amount = [](const std::optional<Money> &m) { return m ? formatBaht(*m) : QString(); };
        const QStringList cells {s.terminal, s.clerk, Display::venueTimeText(s.closedAt, m_zone), amount(s.expected),
            amount(s.counted), amount(s.difference)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 3)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c, item);
        }
    }
    if (!m_shifts.isEmpty())
        m_table->selectRow(0);
    else
        m_message->setText(tr("No shift is waiting for a sign-off."));
    updateButtons();
}

void CashSignOffDialog::signOff()
{
    const int i = currentIndex();
    const QString reason = m_reason->text().trimmed();
    if (m_busy || i < 0 || reason.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    const qint64 id = m_shifts.at(i).id;
    m_db->run([id, reason](Database &db) { return CashOffice::signOff(db, id, reason); })
        .then(this, [this, id](const Result<CashShift> &r) {
            m_busy = false;
            if (!r) {
                m_message->setText(r.error().message);
                updateButtons();
                Q_EMIT failed(r.error().message);
                return;
            }
            m_message->setText(tr("Shift %1 signed off.").arg(id));
            m_reason->clear();
            Q_EMIT signedOff(id);
            refresh();
        });
}

void CashSignOffDialog::reprint()
{
    const int i = currentIndex();
    if (i < 0 || !m_shifts.at(i).report)
        return;
    const CashShift s = m_shifts.at(i);
    const QString folder = m_folder.isEmpty() ? QDir::tempPath() : m_folder;
    const QString path = QDir(folder).filePath(QStringLiteral("cash-z-shift-%1-reprint.pdf").arg(s.id));
    QtConcurrent::run([s, folder, path, zone = m_zone]() -> QPair<QString, QString> {
        QDir().mkpath(folder);
        QString problem;
        if (!CashReportSlip::writePdf(*s.report, s.terminal, zone, path, &problem))
            return {QString(), problem};
        return {path, QString()};
    }).then(this, [this](const QPair<QString, QString> &done) {
        m_message->setText(done.first.isEmpty() ? done.second : tr("Z report saved as %1").arg(done.first));
        Q_EMIT reprinted(done.first, done.second);
    });
}

} // namespace boxoffice
