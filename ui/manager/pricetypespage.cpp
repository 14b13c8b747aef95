#include "manager/pricetypespage.h"

#include "db/database.h"
#include "manager/setupwindow.h"

#include <QtWidgets/QAbstractItemView>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSpinBox>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

QTableWidgetItem *cellItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

PriceTypesPage::PriceTypesPage(Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("priceTypesPage"));
    auto *layout = new QVBoxLayout(this);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("priceTypes"));
    m_table->setAccessibleName(tr("Price types"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("English name"), tr("Thai name"), tr("Comp"), tr("Order"), tr("Active")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *formBox = new QGroupBox(tr("Price type"), this);
    auto *form = new QFormLayout(formBox);
    m_code = new QLineEdit(formBox);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(QStringLiteral("CHILD"));
    form->addRow(tr("&Code:"), m_code);
    m_nameEn = new QLineEdit(formBox);
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameEn->setMaxLength(100);
    form->addRow(tr("&English name:"), m_nameEn);
    m_nameTh = new QLineEdit(formBox);
    m_nameTh->setObjectName(QStringLiteral("nameTh"));
    m_nameTh->setMaxLength(100);
    form->addRow(tr("&Thai name:"), m_nameTh);
    m_comp = new QCheckBox(tr("Co&mp: given away at 0, needs a supervisor"), formBox);
    m_comp->setObjectName(QStringLiteral("comp"));
    form->addRow(QString(), m_comp);
    m_order = new QSpinBox(formBox);
    m_order->setObjectName(QStringLiteral("order"));
    m_order->setRange(-1000, 1000);
    form->addRow(tr("&Order:"), m_order);
    m_active = new QCheckBox(tr("&Active: the counter offers it"), formBox);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(true);
    form->addRow(QString(), m_active);
    auto *formButtons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New price type"), formBox);
    m_new->setObjectName(QStringLiteral("newType"));
    m_save = new QPushButton(tr("&Save price type"), formBox);
    m_save->setObjectName(QStringLiteral("saveType"));
    formButtons->addWidget(m_new);
    formButtons->addStretch();
    formButtons->addWidget(m_save);
    form->addRow(formButtons);
    layout->addWidget(formBox);

    auto *ruleBox = new QGroupBox(tr("Supervisor's approval"), this);
    auto *rule = new QFormLayout(ruleBox);
    m_percent = new QLineEdit(ruleBox);
    m_percent->setObjectName(QStringLiteral("percent"));
    m_percent->setMaxLength(8);
    rule->addRow(tr("Needed below this &% of the standard price:"), m_percent);
    m_minutes = new QSpinBox(ruleBox);
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(0, 60);
    m_minutes->setSuffix(tr(" min"));
    rule->addRow(tr("An approval &lasts:"), m_minutes);
    m_saveRule = new QPushButton(tr("Save &rule"), ruleBox);
    m_saveRule->setObjectName(QStringLiteral("saveRule"));
    rule->addRow(QString(), m_saveRule);
    layout->addWidget(ruleBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_status);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PriceTypesPage::typeSelected);
    connect(m_new, &QPushButton::clicked, this, &PriceTypesPage::newType);
    connect(m_save, &QPushButton::clicked, this, &PriceTypesPage::saveType);
    connect(m_saveRule, &QPushButton::clicked, this, &PriceTypesPage::saveRule);
    // Enter in a field of the form saves it.
    for (QLineEdit *edit : {m_code, m_nameEn, m_nameTh})
        connect(edit, &QLineEdit::returnPressed, this, &PriceTypesPage::saveType);
    connect(m_percent, &QLineEdit::returnPressed, this, &PriceTypesPage::saveRule);
    if (auto *setup = qobject_cast<SetupWindow *>(parent))
        connect(this, &PriceTypesPage::changed, setup, &SetupWindow::changed);
    reload();
}

void PriceTypesPage::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    for (QPushButton *b : {m_new, m_save, m_saveRule})
        b->setEnabled(m_busy == 0);
}

void PriceTypesPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        m_status->clear();
        Q_EMIT failed(message);
    }
}

void PriceTypesPage::reload()
{
    setBusy(true);
    m_db.run([](Database &db) { return PriceTypeAdmin::list(db); }).then(this, [this](const Result<PriceTypeList> &r) {
        setBusy(false);
        if (!r) {
            showError(r.error().message);
            return;
        }
        show(r.value());
        Q_EMIT loaded();
    });
}

void PriceTypesPage::show(const PriceTypeList &list)
{
    const QString selected = m_code->text().trimmed().toUpper();
    m_list = list;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(0);
    for (const PriceTypeEntry &t : std::as_const(m_list.types)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, cellItem(t.code));
        m_table->setItem(row, 1, cellItem(t.nameEn));
        m_table->setItem(row, 2, cellItem(t.nameTh));
        m_table->setItem(row, 3, cellItem(t.isComp ? tr("Comp") : QString()));
        m_table->setItem(row, 4, cellItem(QString::number(t.sortOrder)));
        m_table->setItem(row, 5, cellItem(t.active ? tr("Active") : tr("Inactive")));
        if (t.code == selected)
            m_table->selectRow(row);
    }
    m_percent->setText(m_list.approvalBelowPercent);
    m_minutes->setValue(m_list.approvalMinutes);
}

void PriceTypesPage::typeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_list.types.size() || m_table->selectedItems().isEmpty())
        return;
    const PriceTypeEntry &t = m_list.types.at(row);
    m_code->setText(t.code);
    m_code->setReadOnly(true);
    m_nameEn->setText(t.nameEn);
    m_nameTh->setText(t.nameTh);
    m_comp->setChecked(t.isComp);
    m_order->setValue(t.sortOrder);
    m_active->setChecked(t.active);
}

void PriceTypesPage::newType()
{
    m_table->clearSelection();
    m_code->clear();
    m_code->setReadOnly(false);
    m_nameEn->clear();
    m_nameTh->clear();
    m_comp->setChecked(false);
    int next = 0;
    for (const PriceTypeEntry &t : std::as_const(m_list.types))
        next = std::max(next, t.sortOrder);
    m_order->setValue(next + 10);
    m_active->setChecked(true);
    m_code->setFocus();
}

void PriceTypesPage::saveType()
{
    if (m_busy > 0)
        return;
    PriceTypeFields f;
    f.code = m_code->text().trimmed();
    if (f.code.isEmpty()) {
        showError(tr("Type a code for the price type, e.g. CHILD."));
        return;
    }
    f.nameEn = m_nameEn->text();
    f.nameTh = m_nameTh->text();
    f.isComp = m_comp->isChecked();
    f.sortOrder = m_order->value();
    f.active = m_active->isChecked();
    setBusy(true);
    m_db.run([f](Database &db) { return PriceTypeAdmin::save(db, f); })
        .then(this, [this](const Result<PriceTypeEntry> &r) {
            setBusy(false);
            if (!r) {
                showError(r.error().message);
                return;
            }
            showError(QString());
            m_code->setText(r->code);
            m_code->setReadOnly(true);
            m_status->setText(tr("Price type %1 saved.").arg(r->code));
            Q_EMIT changed();
            Q_EMIT saved();
            reload();
        });
}

void PriceTypesPage::saveRule()
{
    if (m_busy > 0)
        return;
    const QString percent = m_percent->text().trimmed();
    const int minutes = m_minutes->value();
    setBusy(true);
    m_db.run([percent, minutes](Database &db) { return PriceTypeAdmin::setRule(db, percent, minutes); })
        .then(this, [this](const Result<PriceTypeList> &r) {
            setBusy(false);
            if (!r) {
                showError(r.error().message);
                return;
            }
            showError(QString());
            show(r.value());
            m_status->setText(tr("Approval rule saved."));
            Q_EMIT changed();
            Q_EMIT saved();
        });
}

} // namespace boxoffice
