#include "venuespage.h"

#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "db/database.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QtCore/QFileInfo>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableWidget>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

enum Column { IdColumn, NameColumn, TimeZoneColumn, SeatsColumn, ZonesColumn, ShowsColumn, TestColumn, ColumnCount };

} // namespace

VenuesPage::VenuesPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_replace(new QPushButton(tr("&Replace layout…"), this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_errors(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_name(new QLineEdit(this))
    , m_timeZone(new QLineEdit(this))
    , m_fileLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_model(new SeatMapModel(this))
    , m_view(new SeatMapView(this))
{
    setObjectName(QStringLiteral("venuesPage"));
    m_table->setObjectName(QStringLiteral("venueTable"));
    m_table->setAccessibleName(tr("Venues"));
    m_table->setHorizontalHeaderLabels(
        {tr("Id"), tr("Name"), tr("Time zone"), tr("Places"), tr("Zones"), tr("Coming shows"), tr("Test venue")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Every column as wide as its widest cell or its heading (Thai headings
    // are longer than English ones); the last one takes what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("Make a new venue from a CSV or JSON file (docs/VENUE-FORMAT.md)"));
    m_replace->setObjectName(QStringLiteral("replaceButton"));
    m_replace->setToolTip(tr("Apply a changed layout file to the selected venue"));
    m_replace->setEnabled(false);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_errors->setObjectName(QStringLiteral("errorList"));
    m_errors->setAccessibleName(tr("Problems in the file"));
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setAccessibleName(tr("Reading the file"));
    m_progress->setRange(0, 100);
    m_name->setObjectName(QStringLiteral("venueName"));
    m_name->setAccessibleName(tr("Venue name"));
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_timeZone->setPlaceholderText(QStringLiteral("Asia/Bangkok"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view->setObjectName(QStringLiteral("venuePreview"));
    m_view->setAccessibleName(tr("Preview of the places"));
    m_view->setModel(m_model);
    m_view->setMinimumSize(360, 300);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_replace);
    buttons->addStretch();
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table);
    leftLayout->addLayout(buttons);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), m_fileLabel);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Time zone:"), m_timeZone);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_progress, 1);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_cancel);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(m_view, 3);
    rightLayout->addWidget(m_errors, 1);
    rightLayout->addLayout(saveRow);
    rightLayout->addWidget(m_status);

    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 680});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_import, &QPushButton::clicked, this, [this] { chooseFile(0); });
    connect(m_replace, &QPushButton::clicked, this, [this] { chooseFile(selectedVenue()); });
    connect(m_save, &QPushButton::clicked, this, &VenuesPage::save);
    connect(m_cancel, &QPushButton::clicked, this, &VenuesPage::cancel);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_replace->setEnabled(selectedVenue() > 0 && !m_progress->isVisible()); });
    cancel();
    reload();
}

QFileDialog *VenuesPage::fileDialog() const
{
    return m_dialog;
}

int VenuesPage::selectedVenue() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    return items.isEmpty() ? 0 : m_table->item(items.first()->row(), IdColumn)->text().toInt();
}

void VenuesPage::reload()
{
    m_db.run([](Database &db) { return VenueImport::venues(db); })
        .then(this, [this](const Result<QList<VenueSummary>> &venues) {
            if (!venues) {
                m_status->setText(venues.error().message);
                return;
            }
            const int selected = selectedVenue();
            m_table->setRowCount(int(venues->size()));
            for (int r = 0; r < venues->size(); ++r) {
                const VenueSummary &v = venues->at(r);
                const QStringList cells {QString::number(v.id), v.name, v.timeZone, QLocale().toString(v.seats),
                    QString::number(v.zones), QString::number(v.shows), v.isTest ? tr("yes") : QString()};
                for (int c = 0; c < ColumnCount; ++c)
                    m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
                if (v.id == selected)
                    m_table->selectRow(r);
            }
        });
}

void VenuesPage::chooseFile(int replaceVenue)
{
    m_replaceVenue = replaceVenue;
    if (replaceVenue > 0) // a re-import keeps the venue's name unless changed here
        m_name->setText(m_table->item(m_table->currentRow(), NameColumn)->text());
    if (m_dialog)
        m_dialog->deleteLater();
    m_dialog = new QFileDialog(
        this, replaceVenue ? tr("Replace the layout of venue %1").arg(replaceVenue) : tr("Import a venue"));
    m_dialog->setObjectName(QStringLiteral("venueFileDialog"));
    m_dialog->setOption(QFileDialog::DontUseNativeDialog);
    m_dialog->setFileMode(QFileDialog::ExistingFile);
    m_dialog->setNameFilters({tr("Venue files (*.csv *.json)"), tr("All files (*)")});
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QFileDialog::fileSelected, this, &VenuesPage::readFile);
    m_dialog->open();
}

void VenuesPage::setBusy(bool busy)
{
    m_import->setEnabled(!busy);
    m_replace->setEnabled(!busy && selectedVenue() > 0);
    m_save->setEnabled(!busy && m_haveFile);
    m_progress->setVisible(busy || m_haveFile);
}

void VenuesPage::readFile(const QString &path)
{
    m_haveFile = false;
    m_errors->clear();
    m_model->setLayout(VenueLayout {});
    m_fileLabel->setText(QFileInfo(path).fileName());
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_progress->setValue(0);
    setBusy(true);
    const int serial = ++m_parseSerial;
    QPointer<QProgressBar> bar = m_progress;
    // The parse runs on a pool thread (never the database's, never the GUI's);
    // progress comes back queued.
    QtConcurrent::run([path, bar] {
        int last = -1;
        return VenueImport::parseFile(path, [bar, &last](int percent) {
            if (percent == last)
                return;
            last = percent;
            QMetaObject::invokeMethod(
                bar,
                [bar, percent] {
                    if (bar)
                        bar->setValue(percent);
                },
                Qt::QueuedConnection);
        });
    }).then(this, [this, path, serial](const VenueParseResult &result) {
        if (serial == m_parseSerial)
            showParsed(path, result);
    });
}

void VenuesPage::showParsed(const QString &path, const VenueParseResult &result)
{
    m_progress->setValue(100);
    if (!result.ok()) {
        for (const VenueFileError &e : result.errors)
            m_errors->addItem(e.message);
        m_errors->setCurrentRow(0);
        m_status->setText(tr("%1 cannot be imported: %n problem(s), listed above. Nothing was saved.", nullptr,
            int(result.errors.size()))
                              .arg(QFileInfo(path).fileName()));
        setBusy(false);
        m_errors->setFocus();
        return;
    }
    m_file = result.file;
    m_haveFile = true;
    if (m_replaceVenue == 0 || m_name->text().isEmpty())
        m_name->setText(m_file.name);
    if (!m_file.timeZone.isEmpty() || m_replaceVenue == 0)
        m_timeZone->setText(m_file.timeZone.isEmpty() ? QStringLiteral("Asia/Bangkok") : m_file.timeZone);
    m_model->setLayout(VenueImport::previewLayout(m_file, m_name->text()));
    m_view->fitToView();
    m_status->setText(tr("%n place(s) in %1 zone(s): check the preview, then Save.", nullptr, int(m_file.seats.size()))
                          .arg(m_file.zones.size()));
    setBusy(false);
    m_save->setFocus();
}

void VenuesPage::save()
{
    if (!m_haveFile)
        return;
    const VenueFile file = m_file;
    const QString name = m_name->text().trimmed();
    const QString timeZone = m_timeZone->text().trimmed();
    const int venue = m_replaceVenue;
    setBusy(true);
    m_save->setEnabled(false);
    m_status->setText(tr("Saving…"));
    m_db.run([file, name, timeZone, venue](Database &db) {
            return venue ? VenueImport::reimport(db, venue, file, name, timeZone)
                         : VenueImport::importNew(db, file, name, timeZone);
        })
        .then(this, [this, venue](const Result<VenueImportSummary> &done) {
            if (!done) {
                m_status->setText(tr("Not saved: %1").arg(done.error().message));
                setBusy(false);
                return;
            }
            m_haveFile = false;
            m_status->setText(venue ? tr("Venue %1 changed: %2 place(s) added, %3 retired, %4 re-zoned, %5 moved.")
                                          .arg(done->venueId)
                                          .arg(done->added)
                                          .arg(done->retired)
                                          .arg(done->rezoned)
                                          .arg(done->moved)
                                    : tr("Venue %1 saved with %2 place(s) in %3 zone(s).")
                                          .arg(done->venueId)
                                          .arg(done->seats)
                                          .arg(done->zones));
            setBusy(false);
            reload();
            Q_EMIT changed();
        });
}

void VenuesPage::cancel()
{
    ++m_parseSerial; // a parse under way is forgotten
    m_haveFile = false;
    m_file = VenueFile {};
    m_errors->clear();
    m_model->setLayout(VenueLayout {});
    m_fileLabel->setText(tr("(none: Import… or Replace layout…)"));
    m_name->clear();
    m_timeZone->clear();
    m_status->clear();
    setBusy(false);
}

} // namespace boxoffice
