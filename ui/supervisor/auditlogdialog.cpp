#include "supervisor/auditlogdialog.h"

#include "db/database.h"
#include "db/houseclock.h"
#include "dialogbuttons.h"
#include "supervisor/auditlogmodel.h"

#include <QtCore/QLocale>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QGridLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

namespace boxoffice {

namespace {

constexpr int DefaultDays = 30;

} // namespace

AuditLogDialog::AuditLogDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Audit log"));
    setObjectName(QStringLiteral("auditLog"));
    auto *layout = new QVBoxLayout(this);

    // The filters, in one row: dates, who, what, any text.
    auto *filters = new QHBoxLayout;
    const QDate today = HouseClock::today(); // the venue's
    m_from = new QDateEdit(today.addDays(-DefaultDays), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    }
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->setMinimumContentsLength(10);
    m_actor->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->setMinimumContentsLength(14);
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillChoices(m_actor, {}, false);
    fillChoices(m_action, {}, true);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(tr("Words in the reason or the detail"));
    m_text->setClearButtonEnabled(true);
    m_searchButton = new QPushButton(tr("&Search"), this);
    m_searchButton->setObjectName(QStringLiteral("search"));
    m_searchButton->setDefault(true);

    auto addFilter = [this, filters](const QString &label, QWidget *field, int stretch = 0) {
        auto *l = new QLabel(label, this);
        l->setBuddy(field);
        filters->addWidget(l);
        filters->addWidget(field, stretch);
        filters->addSpacing(6);
    };
    addFilter(tr("&From:"), m_from);
    addFilter(tr("&To:"), m_to);
    addFilter(tr("&By:"), m_actor);
    addFilter(tr("&Action:"), m_action);
    addFilter(tr("Te&xt:"), m_text, 1);
    filters->addWidget(m_searchButton);
    layout->addLayout(filters);

    // The table on top, the selected entry's detail below it: the table
    // keeps the full width for its columns.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_model = new AuditLogModel(this);
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *pane = new QWidget(splitter);
    pane->setObjectName(QStringLiteral("detailPane"));
    auto *paneLayout = new QHBoxLayout(pane);
    paneLayout->setContentsMargins(0, 6, 0, 0);
    auto *factsColumn = new QVBoxLayout;
    m_detailTitle = new QLabel(pane);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    QFont big = m_detailTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_detailTitle->setFont(big);
    m_detailTitle->setWordWrap(true);
    m_detailFacts = new QLabel(pane);
    m_detailFacts->setObjectName(QStringLiteral("detailFacts"));
    m_detailFacts->setWordWrap(true);
    m_detailFacts->setTextFormat(Qt::RichText);
    m_detailFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailFacts->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    factsColumn->addWidget(m_detailTitle);
    factsColumn->addWidget(m_detailFacts, 1);
    auto *jsonColumn = new QVBoxLayout;
    auto *jsonLabel = new QLabel(tr("Detail as recorded:"), pane);
    jsonLabel->setStyleSheet(QStringLiteral("color: #616161;"));
    m_detail = new QPlainTextEdit(pane);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setStyleSheet(QStringLiteral("QPlainTextEdit { background: #fafafa; }"));
    jsonColumn->addWidget(jsonLabel);
    jsonColumn->addWidget(m_detail, 1);
    paneLayout->addLayout(factsColumn, 1);
    paneLayout->addSpacing(12);
    paneLayout->addLayout(jsonColumn, 1);
    splitter->addWidget(m_view);
    splitter->addWidget(pane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({330, 210});
    layout->addWidget(splitter, 1);

    auto *footer = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    footer->addWidget(m_status, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter belongs to Search.
    noDefaultButtons(buttons);
    footer->addWidget(buttons);
    layout->addLayout(footer);

    connect(m_searchButton, &QPushButton::clicked, this, &AuditLogDialog::search);
    // Enter in the words field searches through the default button alone (the
    // field passes Enter on to the dialog; returnPressed as well searched twice).
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditLogDialog::showSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(1180, 640);
    showSelected();
    // The first search starts from the event loop, not inside the
    // constructor: an answer that comes back at once is then delivered to
    // whoever connected to searched() after constructing the dialog.
    QMetaObject::invokeMethod(this, &AuditLogDialog::search, Qt::QueuedConnection);
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::setLimit(int limit)
{
    m_limit = std::clamp(limit, 1, AuditLog::MaxLimit);
}

AuditLog::Filter AuditLogDialog::filter() const
{
    AuditLog::Filter f;
    // Whole days at the venue, the "to" day included.
    f.from = HouseClock::startOfDay(m_from->date());
    f.to = HouseClock::startOfDay(m_to->date().addDays(1));
    f.actor = m_actor->currentData().toString();
    f.action = m_action->currentData().toString();
    f.text = m_text->text().trimmed();
    f.limit = m_limit;
    return f;
}

void AuditLogDialog::fillChoices(QComboBox *combo, const QList<QPair<QString, QString>> &choices, bool actions)
{
    const QString keep = combo->currentData().toString();
    const QString keepText = combo->currentText();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(actions ? tr("Any action") : tr("Anyone"), QString());
    bool kept = keep.isEmpty();
    for (const auto &[value, text] : choices) {
        combo->addItem(text, value);
        kept = kept || value == keep;
    }
    // The chosen one stays, even when the log no longer has it.
    if (!kept)
        combo->addItem(keepText, keep);
    combo->setCurrentIndex(std::max(0, combo->findData(keep)));
}

void AuditLogDialog::search()
{
    const AuditLog::Filter f = filter();
    const int serial = ++m_serial;
    m_searching = true;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Searching…"));
    m_db.run([f](Database &db) {
            Answer a;
            a.page = AuditLog::find(db, f);
            a.actors = AuditLog::actors(db);
            a.actions = AuditLog::actions(db);
            return a;
        })
        .then(this, [this, serial](const Answer &answer) {
            if (serial == m_serial)
                showAnswer(answer);
        });
}

void AuditLogDialog::showAnswer(const Answer &answer)
{
    m_searching = false;
    if (answer.actors) {
        // People by the name they go by; the login beside it (two staff may
        // share a name, and the owner's login has none).
        QList<QPair<QString, QString>> choices;
        for (const AuditLog::Actor &a : answer.actors.value())
            choices.append(
                {a.login, a.displayName.isEmpty() ? a.login : tr("%1 (login %2)").arg(a.displayName, a.login)});
        fillChoices(m_actor, choices, false);
    }
    if (answer.actions) {
        QList<QPair<QString, QString>> choices;
        for (const QString &action : answer.actions.value())
            choices.append({action, AuditLogModel::actionText(action)});
        fillChoices(m_action, choices, true);
    }
    if (!answer.page) {
        const QString text = tr("The audit log could not be read: %1").arg(answer.page.error().message);
        m_status->setStyleSheet(QStringLiteral("color: #b71c1c;"));
        m_status->setText(text);
        Q_EMIT failed(text);
        return;
    }
    const AuditPage &page = answer.page.value();
    m_model->setEntries(page.entries);
    m_view->resizeColumnsToContents();
    // The reason and the detail may be long: keep them to a readable width
    // (the full text is in the tooltip and the pane).
    m_view->setColumnWidth(
        AuditLogModel::ReasonColumn, std::min(m_view->columnWidth(AuditLogModel::ReasonColumn), 280));
    m_view->setColumnWidth(
        AuditLogModel::DetailColumn, std::min(m_view->columnWidth(AuditLogModel::DetailColumn), 480));
    const int n = int(page.entries.size());
    if (page.more)
        m_status->setText(
            tr("Showing the newest %Ln entries; more match. Narrow the filters to see them.", nullptr, n));
    else if (n == 0)
        m_status->setText(tr("No entry matches these filters."));
    else
        m_status->setText(tr("Showing %n entry(s).", "", n));
    if (n > 0)
        m_view->selectRow(0);
    showSelected();
    Q_EMIT searched(n, page.more);
}

void AuditLogDialog::showSelected()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const AuditEntry *e = current.isValid() ? m_model->entry(current.row()) : nullptr;
    if (!e) {
        m_detailTitle->setText(tr("No entry selected"));
        m_detailFacts->clear();
        m_detail->clear();
        return;
    }
    m_detailTitle->setText(AuditLogModel::actionText(e->action));
    const QString none = QStringLiteral("\u2014");
    QStringList rows;
    auto add = [&rows](const QString &label, const QString &value) {
        rows << QStringLiteral("<tr><td style='color:#616161; padding-right:10px;'>%1</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(),
                        value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    add(tr("When"), AuditLogModel::timeText(e->at));
    add(tr("By"), e->actorName.isEmpty() ? e->actor : tr("%1 (login %2)").arg(e->actorName, e->actor));
    add(tr("Counter"), e->terminal.isEmpty() ? none : e->terminal);
    const QString show = AuditLogModel::showText(*e);
    if (!show.isEmpty())
        add(tr("Show"), show);
    add(tr("Rows"), QLocale().toString(e->rows));
    add(tr("Reason"), e->reason.isEmpty() ? none : e->reason);
    add(tr("Entry"), QStringLiteral("#%1").arg(e->id));
    m_detailFacts->setText(QStringLiteral("<table>") + rows.join(QString()) + QStringLiteral("</table>"));
    m_detail->setPlainText(AuditLogModel::prettyDetail(e->detail));
}

} // namespace boxoffice
