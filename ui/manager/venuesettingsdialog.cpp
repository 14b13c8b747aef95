#include "manager/venuesettingsdialog.h"

#include "db/database.h"
#include "money/promptpay.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

VenueSettingsDialog::VenueSettingsDialog(Database &db, QWidget *parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Venue settings"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_venue = new QComboBox(this);
    m_venue->setObjectName(QStringLiteral("venue"));
    form->addRow(tr("&Venue:"), m_venue);
    m_timeZone = new QLabel(this);
    m_timeZone->setObjectName(QStringLiteral("timeZone"));
    m_timeZone->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Time zone:"), m_timeZone);
    m_promptPay = new QLineEdit(this);
    m_promptPay->setObjectName(QStringLiteral("promptPayId"));
    m_promptPay->setMaxLength(32);
    m_promptPay->setPlaceholderText(tr("e.g. 081-234-5678 (empty: no PromptPay)"));
    m_promptPay->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    form->addRow(tr("&PromptPay id:"), m_promptPay);
    m_kind = new QLabel(this);
    m_kind->setObjectName(QStringLiteral("promptPayKind"));
    m_kind->setWordWrap(true);
    form->addRow(QString(), m_kind);
    layout->addLayout(form);

    auto *help = new QLabel(tr("The account the PromptPay QR codes at the counters pay into: a mobile number "
                               "(0 and 9 digits), a 13-digit national or tax id, or a 15-digit e-wallet id. "
                               "Without one the counters do not offer PromptPay."),
        this);
    help->setWordWrap(true);
    layout->addWidget(help);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setDefault(true);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, &VenueSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_venue, &QComboBox::currentIndexChanged, this, &VenueSettingsDialog::showVenue);
    connect(m_promptPay, &QLineEdit::textEdited, this, [this] {
        m_status->clear();
        updateKind();
    });
    // Enter in the id field saves (not closes): Save is the default button.
    // (Not returnPressed as well: the field passes Enter on to the dialog,
    // which clicks its default button, and when the first save's answer came
    // back before then, under load, the busy guard was down and the venue was
    // saved twice.)
    resize(520, sizeHint().height());
    reload();
}

void VenueSettingsDialog::setBusy(bool busy)
{
    m_busy += busy ? 1 : -1;
    const bool idle = m_busy == 0;
    m_save->setEnabled(idle && !m_venues.isEmpty());
    m_venue->setEnabled(idle);
    m_promptPay->setReadOnly(!idle);
}

int VenueSettingsDialog::currentVenueId() const
{
    return m_venue->currentData().toInt();
}

void VenueSettingsDialog::reload()
{
    const int keep = currentVenueId();
    setBusy(true);
    m_db.run([](Database &db) { return VenueSettings::venues(db); })
        .then(this, [this, keep](const Result<QList<VenueSettingsEntry>> &r) {
            setBusy(false);
            if (!r) {
                m_error->setText(r.error().message);
                m_error->show();
                Q_EMIT failed(r.error().message);
                return;
            }
            m_venues = r.value();
            const QSignalBlocker block(m_venue);
            m_venue->clear();
            for (const VenueSettingsEntry &v : std::as_const(m_venues))
                m_venue->addItem(v.name, v.id);
            const int index = m_venue->findData(keep);
            m_venue->setCurrentIndex(index >= 0 ? index : 0);
            m_save->setEnabled(!isBusy() && !m_venues.isEmpty());
            showVenue();
            m_promptPay->setFocus();
            Q_EMIT loaded();
        });
}

void VenueSettingsDialog::showVenue()
{
    m_error->hide();
    m_status->clear();
    const int id = currentVenueId();
    for (const VenueSettingsEntry &v : std::as_const(m_venues)) {
        if (v.id != id)
            continue;
        m_timeZone->setText(v.timeZone);
        m_promptPay->setText(v.promptPayId);
        updateKind();
        return;
    }
    m_timeZone->clear();
    m_promptPay->clear();
    updateKind();
}

void VenueSettingsDialog::updateKind()
{
    const QString text = m_promptPay->text().trimmed();
    if (text.isEmpty()) {
        m_kind->setText(tr("None: the counters do not offer PromptPay for this venue."));
        return;
    }
    const std::optional<PromptPayRequest::Kind> kind = promptPayKindOf(text);
    if (!kind) {
        m_kind->setText(tr("Not a PromptPay id yet."));
        return;
    }
    switch (*kind) {
    case PromptPayRequest::Kind::MobileNumber:
        m_kind->setText(tr("A mobile number."));
        break;
    case PromptPayRequest::Kind::TaxId:
        m_kind->setText(tr("A national or tax id (its check digit is checked when saved)."));
        break;
    case PromptPayRequest::Kind::EWallet:
        m_kind->setText(tr("An e-wallet id."));
        break;
    }
}

void VenueSettingsDialog::save()
{
    const int venueId = currentVenueId();
    if (venueId <= 0 || isBusy())
        return;
    m_error->hide();
    m_status->setText(tr("Saving…"));
    setBusy(true);
    m_db.run([venueId, id = m_promptPay->text()](
                 Database &db) { return VenueSettings::setPromptPayId(db, venueId, id); })
        .then(this, [this, venueId](const Result<QString> &r) {
            setBusy(false);
            if (!r) {
                m_status->clear();
                m_error->setText(r.error().message);
                m_error->show();
                m_promptPay->setFocus();
                m_promptPay->selectAll();
                Q_EMIT failed(r.error().message);
                return;
            }
            QString venueName;
            for (VenueSettingsEntry &v : m_venues) {
                if (v.id == venueId) {
                    v.promptPayId = r.value();
                    venueName = v.name;
                }
            }
            if (currentVenueId() == venueId) {
                m_promptPay->setText(r.value());
                updateKind();
            }
            m_status->setText(r->isEmpty()
                    ? tr("Saved: %1 has no PromptPay id; the counters do not offer PromptPay.").arg(venueName)
                    : tr("Saved: the PromptPay id of %1 is %2.").arg(venueName, r.value()));
            Q_EMIT saved(venueId, r.value());
        });
}

} // namespace boxoffice
