#include "supervisor/reportsdialog.h"

#include "admin/showcatalog.h"
#include "db/database.h"
#include "dialogbuttons.h"
#include "display.h"
#include "supervisor/reporttablemodel.h"

#include <QtCore/QDir>
#include <QtCore/QLocale>
#include <QtCore/QStandardPaths>
#include <QtGui/QPainter>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

const QColor ErrorColor(0xb7, 0x1c, 0x1c);

// The totals row in bold under a rule; negative amounts in red.
class ReportDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        if (index.data(ReportTableModel::TotalRowRole).toBool()) {
            painter->save();
            painter->setPen(QPen(option.palette.color(QPalette::WindowText), 1));
            painter->drawLine(option.rect.topLeft(), option.rect.topRight());
            painter->restore();
        }
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ReportTableModel::TotalRowRole).toBool())
            option->font.setBold(true);
        if (index.column() != ReportTableModel::LabelColumn
            && index.data(ReportTableModel::AmountRole).toLongLong() < 0) {
            option->palette.setColor(QPalette::Text, ErrorColor);
            option->palette.setColor(QPalette::HighlightedText, ErrorColor);
        }
    }
};

} // namespace

ReportsDialog::ReportsDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Sales report"));
    auto *layout = new QVBoxLayout(this);

    auto *controls = new QHBoxLayout;
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Today"), Today);
    m_period->addItem(tr("Yesterday"), Yesterday);
    m_period->addItem(tr("Last 7 days"), Last7Days);
    m_period->addItem(tr("This month"), ThisMonth);
    m_period->addItem(tr("Last month"), LastMonth);
    m_period->addItem(tr("Custom"), Custom);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);

    const QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("to"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dateFormat);
    }
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    controls->addSpacing(8);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);

    m_grouping = new QComboBox(this);
    m_grouping->setObjectName(QStringLiteral("grouping"));
    for (ReportGrouping g : {ReportGrouping::Show, ReportGrouping::Zone, ReportGrouping::PriceType,
             ReportGrouping::Counter, ReportGrouping::Clerk})
        m_grouping->addItem(Reports::groupingTitle(g), int(g));
    auto *groupingLabel = new QLabel(tr("&Group by:"), this);
    groupingLabel->setBuddy(m_grouping);
    controls->addSpacing(8);
    controls->addWidget(groupingLabel);
    controls->addWidget(m_grouping);
    controls->addStretch(1);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    controls->addWidget(m_refresh);
    layout->addLayout(controls);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_caption);

    m_model = new ReportTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("report"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ReportDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReportTableModel::LabelColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    noDefaultButtons(buttons);
    layout->addWidget(buttons);

    connect(m_period, &QComboBox::currentIndexChanged, this,
        [this](int index) { applyPeriod(m_period->itemData(index).toInt()); });
    auto datesEdited = [this] {
        if (m_settingPeriod)
            return;
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(m_period->findData(Custom));
        refresh();
    };
    connect(m_from, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_to, &QDateEdit::dateChanged, this, datesEdited);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ReportsDialog::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &ReportsDialog::refresh);
    connect(m_export, &QPushButton::clicked, this, [this] {
        // The user's documents folder, made if missing (a dialog given a
        // folder that does not exist opens in the app's working folder).
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QDir().mkpath(documents);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"), QDir(documents).filePath(suggestedFileName()), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(1100, 560);
    // Days are the venue's: "today" and each day's bounds come from its
    // time zone, which the database has. Until it is known, a report asked
    // for waits for it.
    showMessage(tr("Loading…"), false);
    m_db.run([](Database &worker) { return ShowCatalog::venueTimeZone(worker); })
        .then(this, [this](const Result<QTimeZone> &zone) {
            m_zone = zone ? *zone : QTimeZone::systemTimeZone();
            if (m_refreshWhenZoneKnown)
                refresh();
            else
                applyPeriod(Today);
        });
}

ReportsDialog::~ReportsDialog() = default;

void ReportsDialog::applyPeriod(int period)
{
    if (!m_zone.isValid())
        return; // set when the zone is known
    const QDate today = Display::venueToday(m_zone);
    QDate from = today;
    QDate to = today;
    switch (period) {
    case Yesterday:
        from = to = today.addDays(-1);
        break;
    case Last7Days:
        from = today.addDays(-6);
        break;
    case ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        break;
    case LastMonth:
        from = QDate(today.year(), today.month(), 1).addMonths(-1);
        to = QDate(today.year(), today.month(), 1).addDays(-1);
        break;
    case Custom:
        return;
    default:
        break;
    }
    setPeriod(from, to);
    const QSignalBlocker block(m_period);
    m_period->setCurrentIndex(m_period->findData(period));
}

void ReportsDialog::setPeriod(const QDate &from, const QDate &to)
{
    if (!m_zone.isValid())
        m_refreshWhenZoneKnown = true; // these days, not today's

    m_settingPeriod = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingPeriod = false;
    {
        const QSignalBlocker block(m_period);
        m_period->setCurrentIndex(m_period->findData(Custom));
    }
    refresh();
}

void ReportsDialog::setGrouping(ReportGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

ReportGrouping ReportsDialog::grouping() const
{
    return ReportGrouping(m_grouping->currentData().toInt());
}

void ReportsDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? ErrorColor : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
}

void ReportsDialog::refresh()
{
    const QDate fromDate = m_from->date();
    const QDate toDate = m_to->date();
    if (toDate < fromDate) {
        m_model->clear();
        m_export->setEnabled(false);
        showMessage(tr("The period must not end before it starts."), true);
        return;
    }
    if (!m_zone.isValid())
        return; // asked again when the zone is known
    // Whole venue days: [from 00:00, the day after "to" 00:00), at the venue.
    const QDateTime from(fromDate, QTime(0, 0), m_zone);
    const QDateTime to(toDate.addDays(1), QTime(0, 0), m_zone);
    const ReportGrouping grouping = this->grouping();
    QString caption = fromDate == toDate
        ? tr("Sold on %1, less what was returned or refunded that day (net). Amounts in baht.")
              .arg(Display::venueDateText(fromDate))
        : tr("Sold from %1 to %2 (both days included), less what was returned or refunded in that time "
             "(net). Amounts in baht.")
              .arg(Display::venueDateText(fromDate), Display::venueDateText(toDate));
    if (QTimeZone::systemTimeZone().offsetFromUtc(from) != m_zone.offsetFromUtc(from)) {
        caption += QLatin1Char(' ')
            + tr("Days run from midnight to midnight at the venue (%1).")
                  .arg(m_zone.displayName(from, QTimeZone::OffsetName));
    }
    m_caption->setText(caption);
    showMessage(tr("Loading…"), false);
    const quint64 request = ++m_request;
    m_db.run([from, to, grouping](Database &db) { return Reports(db).salesReport(from, to, grouping); })
        .then(this, [this, request](const Result<SalesReport> &r) {
            if (request != m_request)
                return; // the period or grouping changed meanwhile
            if (!r) {
                m_model->clear();
                m_export->setEnabled(false);
                showMessage(r.error().message, true);
                Q_EMIT failed(r.error().message);
                return;
            }
            m_model->setReport(r.value());
            m_export->setEnabled(true);
            const ReportFigures &t = r->totals;
            showMessage(t.paidOrders == 0 && t.refundOrders == 0 ? tr("No sales in this period.") : QString(), false);
            Q_EMIT reportLoaded(int(r->rows.size()));
        });
}

QString ReportsDialog::suggestedFileName() const
{
    const QString from = m_from->date().toString(Qt::ISODate);
    const QString to = m_to->date().toString(Qt::ISODate);
    return QStringLiteral("sales-by-%1-%2.csv")
        .arg(Reports::groupingKey(grouping()), from == to ? from : QString(from + QStringLiteral("-to-") + to));
}

bool ReportsDialog::exportCsv(const QString &path)
{
    if (!m_model->hasReport()) {
        showMessage(tr("Nothing to export yet: the report has not loaded."), true);
        return false;
    }
    const Result<Done> r = Reports::exportCsv(m_model->report(), path);
    if (!r) {
        showMessage(r.error().message, true);
        Q_EMIT failed(r.error().message);
        return false;
    }
    showMessage(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)), false);
    Q_EMIT exported(path);
    return true;
}

} // namespace boxoffice
