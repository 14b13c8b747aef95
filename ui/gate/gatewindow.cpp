#include "gate/gatewindow.h"

#include "db/database.h"
#include "display.h"
#include "sale/domain.h"

#include <QtGui/QCloseEvent>
#include <QtSql/QSqlQuery>
#include <QtWidgets/QApplication>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QVBoxLayout>

namespace boxoffice {

namespace {

// A show as the list offers it.
struct GateShowChoice
{
    int id = 0;
    QString title;
    QDateTime startsAt;
    QTimeZone timeZone;
};

} // namespace

GateWindow::GateWindow(Database &db, QWidget *parent) : QWidget(parent), m_service(db), m_db(db)
{
    setObjectName(QStringLiteral("gateWindow"));
    setWindowTitle(tr("Gate"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_show = new QComboBox(this);
    m_show->setObjectName(QStringLiteral("show"));
    m_show->setAccessibleName(tr("Show"));
    form->addRow(tr("&Show:"), m_show);
    m_gate = new QLineEdit(this);
    m_gate->setObjectName(QStringLiteral("gate"));
    m_gate->setAccessibleName(tr("Gate"));
    m_gate->setMaxLength(40);
    form->addRow(tr("&Gate:"), m_gate);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setAccessibleName(tr("Ticket code"));
    m_code->setPlaceholderText(tr("Scan the ticket, or type its code and press Enter"));
    m_code->setMaxLength(100);
    QFont big = m_code->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_code->setFont(big);
    form->addRow(tr("&Code:"), m_code);
    layout->addLayout(form);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setAutoFillBackground(true);
    m_verdict->setMinimumHeight(160);
    QFont huge = font();
    huge.setPointSizeF(huge.pointSizeF() * 4);
    huge.setBold(true);
    m_verdict->setFont(huge);
    m_verdict->setAccessibleName(tr("Verdict"));
    layout->addWidget(m_verdict, 1);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("detail"));
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    QFont large = font();
    large.setPointSizeF(large.pointSizeF() * 2);
    m_detail->setFont(large);
    layout->addWidget(m_detail);
    paint(tr("Ready"), tr("Scan a ticket."), Display::neutralColor());

    connect(m_code, &QLineEdit::returnPressed, this, &GateWindow::scan);
    setTabOrder(m_show, m_gate);
    setTabOrder(m_gate, m_code);
    m_code->setFocus();
}

GateWindow::~GateWindow() = default;

void GateWindow::closeEvent(QCloseEvent *event)
{
    Q_EMIT closing();
    QWidget::closeEvent(event);
}

void GateWindow::loadShows()
{
    // The day before to the day after: an evening's show is still on the
    // list after midnight, tomorrow's already.
    m_db.run([](Database &db) -> Result<QList<GateShowChoice>> {
            QList<GateShowChoice> shows;
            Result<Done> r = db.query(
                QStringLiteral("SELECT sh.id, sh.title, extract(epoch FROM sh.starts_at)::float8, v.time_zone"
                               " FROM boxoffice.show sh JOIN boxoffice.venue v ON v.id = sh.venue_id"
                               " WHERE sh.starts_at BETWEEN now() - interval '1 day' AND now() + interval '2 days'"
                               " AND sh.cancelled_at IS NULL ORDER BY sh.starts_at, sh.id"),
                {}, [&shows](QSqlQuery &q) -> Result<Done> {
                    while (q.next()) {
                        shows << GateShowChoice {q.value(0).toInt(), q.value(1).toString(),
                            QDateTime::fromMSecsSinceEpoch(qint64(q.value(2).toDouble() * 1000.0), Qt::UTC),
                            venueTimeZone(q.value(3).toString())};
                    }
                    return Done {};
                });
            if (!r)
                return r.error();
            return shows;
        })
        .then(this, [this](const Result<QList<GateShowChoice>> &shows) {
            if (!shows) {
                showError(shows.error().message);
                Q_EMIT showsLoaded(0);
                return;
            }
            const int keep = showId();
            m_show->clear();
            const QDateTime now = QDateTime::currentDateTimeUtc();
            int nearest = -1;
            qint64 best = 0;
            for (const GateShowChoice &s : shows.value()) {
                m_show->addItem(tr("%1 — %2").arg(s.title, Display::venueTimeText(s.startsAt, s.timeZone)), s.id);
                const qint64 distance = qAbs(now.secsTo(s.startsAt));
                if (nearest < 0 || distance < best) {
                    nearest = m_show->count() - 1;
                    best = distance;
                }
            }
            const int kept = m_show->findData(keep);
            m_show->setCurrentIndex(kept >= 0 ? kept : nearest);
            Q_EMIT showsLoaded(m_show->count());
        });
}

void GateWindow::setShow(int showId, const QString &title)
{
    int index = m_show->findData(showId);
    if (index < 0) {
        m_show->addItem(title, showId);
        index = m_show->count() - 1;
    }
    m_show->setCurrentIndex(index);
}

int GateWindow::showId() const
{
    return m_show->currentData().toInt();
}

void GateWindow::setGateName(const QString &name)
{
    m_gate->setText(name);
}

void GateWindow::scan()
{
    const QString code = m_code->text();
    m_code->clear();
    m_code->setFocus();
    if (code.trimmed().isEmpty())
        return;
    if (showId() <= 0) {
        showError(tr("Choose the show first."));
        return;
    }
    paint(tr("Checking…"), QString(), Display::neutralColor());
    m_service.admitAsync(code, showId(), m_gate->text()).then(this, [this](const Result<ScanResult> &r) {
        if (!r) {
            showError(r.error().message);
            return;
        }
        showResult(r.value());
    });
}

QString GateWindow::seatText(const ScanResult &r) const
{
    if (!r.seat)
        return {};
    const GateSeat &s = *r.seat;
    return tr("%1 · Section %2 · Row %3 · Seat %4").arg(s.zone, s.section, s.row).arg(s.number);
}

QString GateWindow::showText(const GateShow &show) const
{
    return tr("%1, %2").arg(show.title, Display::venueTimeText(show.startsAt, show.timeZone));
}

void GateWindow::showResult(const ScanResult &r)
{
    const QString headline = Gate::verdictText(r.verdict);
    QString detail;
    QColor colour = Display::criticalColor();
    switch (r.verdict) {
    case GateVerdict::Valid:
        colour = Display::goodColor();
        detail = r.reentry ? tr("Re-entry. %1").arg(seatText(r)) : seatText(r);
        break;
    case GateVerdict::AlreadyAdmitted:
        detail = tr("Admitted at %1, %2, by %3.")
                     .arg(r.admittedGate, Display::venueTimeText(r.admittedAt, r.show.timeZone), r.admittedBy);
        break;
    case GateVerdict::WrongShow:
    case GateVerdict::WrongDay:
        colour = Display::warningColor();
        detail = tr("This ticket is for %1.").arg(showText(r.ticketShow));
        break;
    case GateVerdict::NotYetOpen:
        colour = Display::warningColor();
        detail = tr("Doors open at %1.").arg(Display::venueTimeText(r.doorsAt, r.show.timeZone));
        break;
    case GateVerdict::Replaced:
        detail = tr("A newer ticket replaces this one. %1").arg(seatText(r));
        break;
    case GateVerdict::Unknown:
        detail = tr("No ticket has this code. Do not admit.");
        break;
    case GateVerdict::Cancelled:
    case GateVerdict::Returned:
    case GateVerdict::Unpaid:
    case GateVerdict::PassedOut:
    case GateVerdict::Duplicate:
        detail = seatText(r);
        break;
    }
    paint(headline, detail, colour);
    if (r.verdict != GateVerdict::Valid)
        QApplication::beep();
    Q_EMIT scanned(r.verdict, detail);
}

void GateWindow::showError(const QString &message)
{
    paint(tr("Not checked"), message, Display::warningColor());
    QApplication::beep();
    Q_EMIT scanFailed(message);
}

void GateWindow::paint(const QString &headline, const QString &detail, const QColor &colour)
{
    m_verdict->setText(headline);
    m_detail->setText(detail);
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::Window, colour);
    palette.setColor(QPalette::WindowText, Qt::white);
    m_verdict->setPalette(palette);
}

} // namespace boxoffice
