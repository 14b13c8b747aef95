// From one counter's hold to another counter's repaint (issue 10, item 17).
//
// Two real counters in one process, each with its own connections:
//   A holds one free seat through its SaleEngine (holdAsync, as the counter
//     does when a clerk clicks a seat), and lets it go again after the trial;
//   B is the real counter window (MainWindow: SeatFeed -> CounterDesk ->
//     SeatMapModel -> SeatMapView, offscreen), with the show open.
// The clock starts just before A's call and stops when B's SeatMapView has
// painted that seat in the "held by another counter" colour (its painted()
// signal, emitted at the end of paintEvent; the painted pixels are read back
// from the window's backing store after each trial to confirm the colour).
// In the same run a plain libpq connection LISTENs on the same channel: the
// time the database took to deliver the notification is the baseline, and
// the ratio says what the counter adds to it.
//
// Three phases, each --trials holds: at rest; while --load-counters other
// counters (threads, each with its own engine, terminal and connection) sell
// one seat and cancel the order on the same show at --load-rate sales/s each
// (Poisson); and the same counters back to back (saturation).
//
//   build/bench/bench_repaint [--trials 200] [--load-counters 32] [--load-rate 1]
//                             [--no-saturation]
//
// With BOXOFFICE_DB unset it starts a private cluster in /tmp. Prints
// figures; asserts nothing.
#include "admin/venuelayout.h"
#include "benchcluster.h"
#include "counter/counterdesk.h"
#include "counter/mainwindow.h"
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "db/database.h"
#include "db/migrator.h"
#include "sale/saleengine.h"
#include "sale/seatfeed.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QEventLoop>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QStandardPaths>
#include <QtCore/QSysInfo>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtGui/QPixmap>
#include <QtGui/QScreen>
#include <QtSql/QSqlQuery>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <latch>
#include <memory>
#include <mutex>
#include <optional>
#include <random>
#include <thread>
#include <vector>

#ifndef BENCH_BUILD_TYPE
#define BENCH_BUILD_TYPE "unknown"
#endif

using namespace boxoffice;
using Clock = std::chrono::steady_clock;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

void out(const QString &line)
{
    std::fputs(qPrintable(line), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Nearest-rank percentile of sorted values, in ms.
double percentile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(sorted.size()))));
    return sorted[std::min(rank, sorted.size()) - 1];
}

// The baseline: a plain libpq connection LISTENing on the seat channel in a
// thread of its own, noting when the notification of the awaited hold
// arrives (the seat, held by A).
class PlainListener
{
public:
    PlainListener(const ConnectionConfig &config, int terminalA) : m_terminalA(terminalA)
    {
        m_conn = PQconnectdb(config.toConnInfo().toUtf8().constData());
        if (PQstatus(m_conn) != CONNECTION_OK) {
            std::fprintf(stderr, "plain listener: %s\n", PQerrorMessage(m_conn));
            return;
        }
        PGresult *r = PQexec(m_conn, "LISTEN boxoffice_seats");
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        if (!ok)
            return;
        m_ok = true;
        m_thread = std::thread([this] { loop(); });
    }
    ~PlainListener()
    {
        m_stop.store(true);
        if (m_thread.joinable())
            m_thread.join();
        PQfinish(m_conn);
    }
    Q_DISABLE_COPY_MOVE(PlainListener)

    bool ok() const { return m_ok; }
    void await(int seatId)
    {
        m_arrivedNs.store(0);
        m_seat.store(seatId);
    }
    qint64 arrivedNs() const { return m_arrivedNs.load(); }
    qint64 notifications() const { return m_count.load(); }

private:
    void loop()
    {
        const int fd = PQsocket(m_conn);
        while (!m_stop.load()) {
            pollfd p {fd, POLLIN, 0};
            if (poll(&p, 1, 50) <= 0)
                continue;
            const qint64 at = nowNs();
            if (!PQconsumeInput(m_conn))
                return;
            while (PGnotify *n = PQnotifies(m_conn)) {
                m_count.fetch_add(1);
                const int seat = m_seat.load();
                const QJsonArray changes
                    = QJsonDocument::fromJson(QByteArray(n->extra)).object().value(QLatin1String("c")).toArray();
                for (const auto &c : changes) {
                    const QJsonArray e = c.toArray();
                    if (e.at(0).toInt() == seat && e.at(1).toString() == QLatin1String("h")
                        && e.at(2).toInt() == m_terminalA) {
                        qint64 expected = 0;
                        m_arrivedNs.compare_exchange_strong(expected, at);
                    }
                }
                PQfreemem(n);
            }
        }
    }

    PGconn *m_conn = nullptr;
    const int m_terminalA;
    bool m_ok = false;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<int> m_seat {0};
    std::atomic<qint64> m_arrivedNs {0};
    std::atomic<qint64> m_count {0};
};

// Other counters selling one seat and cancelling the order on the same show.
class Load
{
public:
    struct Seat
    {
        int id;
        QString ticketType;
    };

    Load(Database &db, int show, QList<Seat> seats, int counters, double ratePerCounter)
        : m_db(db), m_show(show), m_seats(std::move(seats)), m_ready(counters)
    {
        for (int i = 0; i < counters; ++i)
            m_threads.emplace_back([this, i, ratePerCounter] { run(i, ratePerCounter); });
        m_ready.wait();
        m_started = Clock::now();
    }
    ~Load() { stop(); }
    Q_DISABLE_COPY_MOVE(Load)

    void stop()
    {
        m_stop.store(true);
        for (std::thread &t : m_threads) {
            if (t.joinable())
                t.join();
        }
        if (m_stopped == Clock::time_point())
            m_stopped = Clock::now();
    }
    QString summary() const
    {
        const double s = std::chrono::duration<double>(m_stopped - m_started).count();
        return QStringLiteral("%1 sales and %2 cancels in %3 s (%4 notifying transactions/s), %5 refused, %6 errors%7")
            .arg(m_sold.load())
            .arg(m_cancelled.load())
            .arg(s, 0, 'f', 1)
            .arg(double(m_sold.load() + m_cancelled.load()) / std::max(s, 0.001), 0, 'f', 0)
            .arg(m_refused.load())
            .arg(m_errors.load())
            .arg(m_firstError.isEmpty() ? QString() : QStringLiteral(" (first: %1)").arg(m_firstError));
    }

private:
    void run(int index, double rate)
    {
        SaleEngine::Options options;
        options.terminalName = QStringLiteral("bench-repaint-load-%1").arg(index + 1);
        SaleEngine engine(m_db, options);
        engine.rateLimiter().configure(1e9, 1e9);
        const bool registered = engine.registerTerminal().ok();
        m_ready.count_down();
        if (!registered) {
            m_errors.fetch_add(1);
            return;
        }
        std::mt19937_64 rng(quint64(index) * 7919 + 17);
        std::uniform_int_distribution<int> pick(0, int(m_seats.size()) - 1);
        std::exponential_distribution<double> gap(rate > 0 ? rate : 1.0);
        Clock::time_point next = Clock::now();
        while (!m_stop.load()) {
            if (rate > 0) {
                next += std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(gap(rng)));
                while (!m_stop.load() && Clock::now() < next)
                    std::this_thread::sleep_for(
                        std::min<Clock::duration>(next - Clock::now(), std::chrono::milliseconds(50)));
                if (m_stop.load())
                    break;
            }
            const Seat &seat = m_seats.at(pick(rng));
            SellRequest request;
            request.idempotencyKey = QUuid::createUuid();
            request.showId = m_show;
            request.seatIds = {seat.id};
            request.ticketType = seat.ticketType;
            request.payment = PaymentMethod::Cash;
            Result<Order> sold = engine.sell(request);
            if (!sold) {
                if (isConflict(sold.code()))
                    m_refused.fetch_add(1);
                else
                    noteError(sold.error());
                continue;
            }
            m_sold.fetch_add(1);
            Result<Order> cancelled = engine.cancel(sold->id, QStringLiteral("bench"));
            if (cancelled)
                m_cancelled.fetch_add(1);
            else
                noteError(cancelled.error());
        }
    }

    static bool isConflict(ErrorCode code)
    {
        return code == ErrorCode::SeatConflict || code == ErrorCode::SeatsBusy || code == ErrorCode::SeatTaken
            || code == ErrorCode::PossibleDuplicate;
    }

    void noteError(const ServiceError &e)
    {
        m_errors.fetch_add(1);
        std::lock_guard lock(m_mutex);
        if (m_firstError.isEmpty())
            m_firstError = e.detail.isEmpty() ? e.message : e.detail;
    }

    Database &m_db;
    const int m_show;
    const QList<Seat> m_seats;
    std::latch m_ready;
    std::vector<std::thread> m_threads;
    std::atomic<bool> m_stop {false};
    std::atomic<qint64> m_sold {0}, m_cancelled {0}, m_refused {0}, m_errors {0};
    std::mutex m_mutex;
    QString m_firstError;
    Clock::time_point m_started, m_stopped;
};

struct Figures
{
    std::vector<double> repaint; // hold call -> B painted the seat held
    std::vector<double> notify;  // hold call -> plain connection got the NOTIFY
    std::vector<double> answer;  // hold call -> A's own answer
    int timedOut = 0;
    int refused = 0;
    int colourChecked = 0;
    int colourWrong = 0;
    int reloads = 0; // whole-show loads B received during the phase
};

// The counter B and the counter A, and one trial after another.
class Bench
{
public:
    Bench(MainWindow &window, SeatFeed &feed, SaleEngine &engineA, int show, QList<int> seatsOfA, PlainListener &plain)
        : m_window(window)
        , m_feed(feed)
        , m_engineA(engineA)
        , m_show(show)
        , m_seatsOfA(std::move(seatsOfA))
        , m_plain(plain)
    {
        QObject::connect(&m_feed, &SeatFeed::showLoaded, &m_anchor, [this] { ++m_reloads; });
    }

    Figures run(int trials)
    {
        Figures f;
        m_reloads = 0;
        std::mt19937 rng(42);
        std::uniform_int_distribution<int> pause(5, 60);
        for (int i = 0; i < trials; ++i) {
            trial(m_seatsOfA.at(m_next++ % m_seatsOfA.size()), f);
            // A random pause, so that the trials do not fall into step with
            // any timer of B's.
            QTest::qWait(pause(rng));
        }
        f.reloads = m_reloads;
        return f;
    }

private:
    void trial(int seat, Figures &f)
    {
        SeatMapView *view = m_window.seatMapView();
        SeatMapModel *model = m_window.session()->seatMap();
        const int row = model->rowForSeat(seat);
        const int terminalA = m_engineA.terminalId();
        const QPoint centre = view->seatPosition(seat);
        const QRect seatRect(centre - QPoint(1, 1), QSize(3, 3));
        auto heldByA = [&] {
            return model->state(row) == SeatState::Held && model->heldBy(row) == terminalA
                && model->heldUntilMs(row) > QDateTime::currentMSecsSinceEpoch();
        };

        QEventLoop loop;
        qint64 paintedNs = 0, answeredNs = 0;
        bool answerOk = true;
        const QMetaObject::Connection hook
            = QObject::connect(view, &SeatMapView::painted, &loop, [&](const QRegion &exposed) {
                  if (paintedNs == 0 && exposed.intersects(seatRect) && heldByA()) {
                      paintedNs = nowNs();
                      if (answeredNs)
                          loop.quit();
                  }
              });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        m_engineA.forgetRecentAnswers();
        m_plain.await(seat);
        const qint64 startNs = nowNs();
        m_engineA.holdAsync(m_show, {seat}, 5).then(&loop, [&](const Result<HoldResult> &r) {
            answeredNs = nowNs();
            answerOk = r.ok();
            if (!answerOk || paintedNs)
                loop.quit();
        });
        loop.exec();
        QObject::disconnect(hook);
        // The plain connection may hear it a moment after B painted.
        if (paintedNs)
            (void)QTest::qWaitFor([this] { return m_plain.arrivedNs() != 0; }, 1000);

        if (!answerOk) {
            ++f.refused;
        } else if (!paintedNs) {
            ++f.timedOut;
        } else {
            f.repaint.push_back(double(paintedNs - startNs) / 1e6);
            f.answer.push_back(double(answeredNs - startNs) / 1e6);
            if (m_plain.arrivedNs())
                f.notify.push_back(double(m_plain.arrivedNs() - startNs) / 1e6);
            // What is on screen now: the window's backing store, as painted.
            const QPoint inWindow = view->mapTo(&m_window, centre);
            const QImage shot
                = m_window.screen()->grabWindow(m_window.winId(), inWindow.x() - 1, inWindow.y() - 1, 3, 3).toImage();
            if (!shot.isNull()) {
                ++f.colourChecked;
                bool found = false;
                for (int y = 0; y < shot.height(); ++y)
                    for (int x = 0; x < shot.width(); ++x)
                        found = found || QColor(shot.pixel(x, y)) == SeatMapView::palette().heldOther;
                f.colourWrong += found ? 0 : 1;
            }
        }
        // Let the seat go again (and wait for the answer, not for B).
        if (answerOk) {
            QEventLoop done;
            m_engineA.releaseAsync(m_show, {seat}).then(&done, [&done](const Result<HoldResult> &) { done.quit(); });
            QTimer::singleShot(5000, &done, &QEventLoop::quit);
            done.exec();
        }
    }

    MainWindow &m_window;
    SeatFeed &m_feed;
    SaleEngine &m_engineA;
    const int m_show;
    const QList<int> m_seatsOfA;
    PlainListener &m_plain;
    QObject m_anchor;
    int m_next = 0;
    int m_reloads = 0;
};

void report(const QString &phase, Figures f)
{
    std::sort(f.repaint.begin(), f.repaint.end());
    std::sort(f.notify.begin(), f.notify.end());
    std::sort(f.answer.begin(), f.answer.end());
    auto line = [](const QString &what, const std::vector<double> &v) {
        return QStringLiteral("  %1 p50 %2 ms   p99 %3 ms   max %4 ms   (n=%5)")
            .arg(what, -34)
            .arg(percentile(v, 50), 8, 'f', 2)
            .arg(percentile(v, 99), 8, 'f', 2)
            .arg(v.empty() ? 0.0 : v.back(), 8, 'f', 2)
            .arg(v.size());
    };
    out(QStringLiteral("%1:").arg(phase));
    out(line(QStringLiteral("B painted the seat held"), f.repaint));
    out(line(QStringLiteral("baseline: NOTIFY on a plain conn."), f.notify));
    out(line(QStringLiteral("A's own hold answered"), f.answer));
    const double p50n = percentile(f.notify, 50), p99n = percentile(f.notify, 99);
    out(QStringLiteral("  ratio repaint/NOTIFY: p50 %1x, p99 %2x; %3 timed out (5 s), %4 refused; "
                       "colour read back %5 times, wrong %6; whole-show reloads on B: %7")
            .arg(p50n > 0 ? percentile(f.repaint, 50) / p50n : 0, 0, 'f', 1)
            .arg(p99n > 0 ? percentile(f.repaint, 99) / p99n : 0, 0, 'f', 1)
            .arg(f.timedOut)
            .arg(f.refused)
            .arg(f.colourChecked)
            .arg(f.colourWrong)
            .arg(f.reloads));
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    QCommandLineOption trialsOption(
        QStringLiteral("trials"), QStringLiteral("Holds per phase."), QStringLiteral("n"), QStringLiteral("200"));
    QCommandLineOption countersOption(QStringLiteral("load-counters"),
        QStringLiteral("Other counters selling during the load phases."), QStringLiteral("n"), QStringLiteral("32"));
    QCommandLineOption rateOption(QStringLiteral("load-rate"),
        QStringLiteral("Sales (each then cancelled) per second per other counter."), QStringLiteral("r"),
        QStringLiteral("1"));
    QCommandLineOption noSaturationOption(
        QStringLiteral("no-saturation"), QStringLiteral("Skip the phase with the other counters back to back."));
    parser.addOptions({trialsOption, countersOption, rateOption, noSaturationOption});
    parser.addHelpOption();
    parser.process(app);
    const int trials = std::max(1, parser.value(trialsOption).toInt());
    const int counters = std::max(0, parser.value(countersOption).toInt());
    const double rate = std::max(0.0, parser.value(rateOption).toDouble());

    bench::BenchCluster cluster;
    if (!cluster.start(QStringLiteral("/tmp/bxr-XXXXXX")))
        return 1;
    const ConnectionConfig config = cluster.config();
    Database admin(config, QStringLiteral("bench-admin"));
    if (!Migrator::migrate(admin) || !Migrator::seedDemo(admin, false)) {
        std::fprintf(stderr, "cannot prepare the database\n");
        return 1;
    }
    // The counters' sales are the background load: cash needs no open
    // shift (the venue's rule off).
    if (!admin.query(QStringLiteral("UPDATE boxoffice.cash_office_setting SET cash_needs_shift = false"), {},
            [](QSqlQuery &) -> Result<Done> { return Done {}; })) {
        std::fprintf(stderr, "cannot prepare the database\n");
        return 1;
    }
    // A show of the demo stadium, no sales in it.
    int show = 0;
    admin.query(QStringLiteral("SELECT s.id FROM boxoffice.show s WHERE s.starts_at > now() ORDER BY s.starts_at, s.id"
                               " LIMIT 1"),
        {}, [&show](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                show = q.value(0).toInt();
            return Done {};
        });
    Result<VenueLayout> layout = VenueLayout::load(admin, show);
    if (!show || !layout || layout->seats.isEmpty()) {
        std::fprintf(stderr, "no show to open\n");
        return 1;
    }
    // A's seats: every 12th seat, spread over the map; the others' seats: the rest.
    QList<int> seatsOfA;
    QList<Load::Seat> seatsOfLoad;
    for (int i = 0; i < layout->seats.size(); ++i) {
        const VenueLayout::Seat &s = layout->seats.at(i);
        if (i % 12 == 5)
            seatsOfA << s.id;
        else
            seatsOfLoad << Load::Seat {s.id, layout->zones.at(s.zoneIndex).ticketType};
    }

    // Counter A.
    Database dbA(config, QStringLiteral("counterA"));
    SaleEngine engineA(dbA, SaleEngine::Options {QStringLiteral("Bench counter A")});
    engineA.rateLimiter().configure(1e9, 1e9);
    if (!engineA.registerTerminal()) {
        std::fprintf(stderr, "counter A cannot register\n");
        return 1;
    }
    // The other counters register before B opens the show, so that B knows
    // every holder's name (as on a normal evening).
    Database dbLoad(config, QStringLiteral("load"));
    {
        Load warm(dbLoad, show, seatsOfLoad, counters, 1000.0);
    }
    PlainListener plain(config, engineA.terminalId());
    if (!plain.ok())
        return 1;

    // Counter B: the real counter window.
    Database dbB(config, QStringLiteral("counterB"));
    SaleEngine engineB(dbB, SaleEngine::Options {QStringLiteral("Bench counter B")});
    if (!engineB.registerTerminal()) {
        std::fprintf(stderr, "counter B cannot register\n");
        return 1;
    }
    SeatFeed feed(config);
    feed.start();
    QTemporaryDir tickets;
    auto window = std::make_unique<MainWindow>();
    window->setTicketFolder(tickets.path());
    window->setDatabase(&dbB, QStringLiteral("bench"));
    window->setCounter(&engineB, &feed);
    window->setClerk(1, QStringLiteral("Bench clerk"));
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        std::fprintf(stderr, "the window was not shown\n");
        return 1;
    }
    window->session()->openShow(show);
    if (!QTest::qWaitFor([&] { return window->session()->seatMap()->seatCount() > 0 && feed.isOnline(); }, 20000)) {
        std::fprintf(stderr, "the show did not open\n");
        return 1;
    }
    QTest::qWait(500); // the snapshot and the first paints
    window->seatMapView()->fitToView();
    QTest::qWait(100);

    out(QStringLiteral("Repaint latency: a hold on counter A until counter B's map paints it — %1 build, Qt %2, %3")
            .arg(QLatin1String(BENCH_BUILD_TYPE), QLatin1String(qVersion()), QGuiApplication::platformName()));
    out(QStringLiteral("machine: %1, %2 CPUs, %3; show %4 (%5 seats), %6 trials per phase")
            .arg(cpuModel())
            .arg(std::thread::hardware_concurrency())
            .arg(QSysInfo::prettyProductName())
            .arg(show)
            .arg(layout->seats.size())
            .arg(trials));
    out(QStringLiteral("database: %1").arg(config.describe()));

    Bench bench(*window, feed, engineA, show, seatsOfA, plain);
    bench.run(std::min(trials, 20)); // warm-up, uncounted
    report(QStringLiteral("at rest"), bench.run(trials));
    if (counters > 0) {
        {
            Load load(dbLoad, show, seatsOfLoad, counters, rate);
            const qint64 before = plain.notifications();
            QTest::qWait(1000);
            Figures f = bench.run(trials);
            load.stop();
            report(
                QStringLiteral("while %1 other counters each sell and cancel %2 sale(s)/s").arg(counters).arg(rate), f);
            out(QStringLiteral("  load: %1; %2 notifications heard")
                    .arg(load.summary())
                    .arg(plain.notifications() - before));
        }
        if (!parser.isSet(noSaturationOption)) {
            Load load(dbLoad, show, seatsOfLoad, counters, 0.0);
            const qint64 before = plain.notifications();
            QTest::qWait(1000);
            Figures f = bench.run(trials);
            load.stop();
            report(QStringLiteral("while %1 other counters sell and cancel back to back").arg(counters), f);
            out(QStringLiteral("  load: %1; %2 notifications heard")
                    .arg(load.summary())
                    .arg(plain.notifications() - before));
        }
    }
    window.reset();
    // This thread's connections go before the cluster does.
    for (Database *db : {&admin, &dbA, &dbB, &dbLoad})
        db->closeThreadConnection();
    return 0;
}
