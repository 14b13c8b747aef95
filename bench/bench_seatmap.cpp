// Seat-map figures (issue 3): full paint of the 20,000-seat venue against a
// QGraphicsView of the same seats in the same run, the 100,000-seat venue,
// 1,000 live state changes, hit-testing a click, and memory with the
// 20,000-seat show open. Prints figures; asserts nothing.
//
//   build/bench/bench_seatmap [--rounds N]
//
// With BOXOFFICE_DB unset it starts a private cluster in /tmp and seeds the
// generated arenas; the layouts are the real ones from the database.
#include "admin/venuelayout.h"
#include "benchcluster.h"
#include "counter/seatmapmodel.h"
#include "counter/seatmapview.h"
#include "db/database.h"
#include "db/embeddedpostgres.h"
#include "db/migrator.h"
#include "sale/seatlockservice.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtSql/QSqlQuery>
#include <QtWidgets/QApplication>
#include <QtWidgets/QGraphicsRectItem>
#include <QtWidgets/QGraphicsScene>
#include <QtWidgets/QGraphicsView>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace boxoffice;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

qint64 rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

int showOfVenue(Database &db, const QString &venue)
{
    int id = 0;
    db.query(QStringLiteral("SELECT s.id FROM boxoffice.show s JOIN boxoffice.venue v ON v.id = s.venue_id"
                            " WHERE v.name = ? ORDER BY s.id LIMIT 1"),
        {venue}, [&id](QSqlQuery &q) -> Result<Done> {
            if (q.next())
                id = q.value(0).toInt();
            return Done {};
        });
    return id;
}

// A realistic evening: a third of the seats sold, some held.
SeatStatusList eveningState(const VenueLayout &layout)
{
    SeatStatusList list;
    QRandomGenerator rng(7);
    qint64 v = 1;
    for (const VenueLayout::Seat &s : layout.seats) {
        const quint32 dice = rng.bounded(100u);
        if (dice >= 40)
            continue;
        SeatStatus st;
        st.seatId = s.id;
        st.state = dice < 33 ? SeatState::Sold : SeatState::Held;
        st.heldBy = dice < 36 ? 1 : 2;
        if (st.state == SeatState::Held)
            st.heldUntil = QDateTime::currentDateTime().addSecs(300);
        st.version = v++;
        list << st;
    }
    return list;
}

struct PaintFigures
{
    double ours = 0;
    double graphicsView = 0;
};

PaintFigures paintBoth(const VenueLayout &layout, int rounds, bool withGraphicsView)
{
    const QSize size(1600, 1000);
    SeatMapModel model;
    model.setLayout(layout);
    model.applySnapshot(eveningState(layout));
    SeatMapView view;
    view.resize(size);
    view.setModel(&model);
    view.fitToView();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ours;
    for (int i = 0; i < rounds + 2; ++i) {
        QPainter p(&image);
        QElapsedTimer t;
        t.start();
        view.render(p, QRect(QPoint(0, 0), size));
        p.end();
        if (i >= 2) // warm-up
            ours.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    PaintFigures f;
    f.ours = median(ours);
    if (!withGraphicsView)
        return f;

    // The same seats as QGraphicsView items, drawn the same size.
    QGraphicsScene scene;
    scene.setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    std::vector<QBrush> brushes;
    for (const ZoneInfo &z : layout.zones)
        brushes.emplace_back(QColor(z.color));
    const float half = SeatMapModel::SeatSize / 2;
    for (int row = 0; row < model.seatCount(); ++row) {
        auto *item = scene.addRect(
            QRectF(model.x(row) - half, model.y(row) - half, SeatMapModel::SeatSize, SeatMapModel::SeatSize), Qt::NoPen,
            brushes[size_t(model.zone(row))]);
        item->setCacheMode(QGraphicsItem::NoCache);
    }
    QGraphicsView gv(&scene);
    gv.setFrameShape(QFrame::NoFrame);
    gv.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    gv.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    gv.resize(size);
    gv.show(); // laid out like a real window (offscreen platform)
    QCoreApplication::processEvents();
    gv.fitInView(model.bounds(), Qt::KeepAspectRatio);
    if (gv.viewport()->size() != size)
        std::fprintf(stderr, "QGraphicsView viewport is %dx%d\n", gv.viewport()->width(), gv.viewport()->height());
    std::vector<double> theirs;
    image.fill(Qt::transparent);
    for (int i = 0; i < rounds + 2; ++i) {
        QPainter p(&image);
        QElapsedTimer t;
        t.start();
        gv.render(&p, QRectF(QPointF(0, 0), QSizeF(size)), QRect(QPoint(0, 0), size));
        p.end();
        if (i >= 2)
            theirs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    f.graphicsView = median(theirs);
    // Both pictures show the same seats: compare a few pixels of the last
    // frames as a sanity check that the baseline really drew them.
    int seatPixels = 0;
    for (int y = 0; y < size.height(); y += 7)
        for (int x = 0; x < size.width(); x += 7)
            seatPixels += qAlpha(image.pixel(x, y)) > 0 && image.pixel(x, y) != QColor(Qt::white).rgb();
    std::printf("  (QGraphicsView frame: %d sampled pixels painted)\n", seatPixels);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    QCommandLineOption roundsOption(QStringLiteral("rounds"), QStringLiteral("Paint rounds per figure."),
        QStringLiteral("n"), QStringLiteral("30"));
    parser.addOption(roundsOption);
    parser.addHelpOption();
    parser.process(app);
    const int rounds = std::max(3, parser.value(roundsOption).toInt());
    const qint64 rssStart = rssKb();

    bench::BenchCluster cluster;
    if (!cluster.start(QStringLiteral("/tmp/bxs-XXXXXX")))
        return 1;
    const ConnectionConfig config = cluster.config();
    int exitCode = 0;
    {
        Database db(config);
        if (!Migrator::migrate(db) || !Migrator::seedDemo(db, true)) {
            std::fprintf(stderr, "cannot prepare the database\n");
            return 1;
        }
        const int show20k = showOfVenue(db, QStringLiteral("Generated Arena 20k"));
        const int show100k = showOfVenue(db, QStringLiteral("Generated Arena 100k"));
        if (!show20k || !show100k) {
            std::fprintf(stderr, "the generated arenas are missing\n");
            return 1;
        }
        const VenueLayout layout20k = VenueLayout::load(db, show20k).value();
        const VenueLayout layout100k = VenueLayout::load(db, show100k).value();

        std::printf("Seat map benchmark — %d rounds per figure, 1600x1000 px, %s build\n", rounds, BENCH_BUILD_TYPE);
        const PaintFigures p20 = paintBoth(layout20k, rounds, true);
        std::printf("full paint, 20,000 seats:   %7.2f ms   (target <= 8 ms)\n", p20.ours);
        std::printf("QGraphicsView, same seats:  %7.2f ms   ratio %.1fx (target >= 8x)\n", p20.graphicsView,
            p20.graphicsView / p20.ours);
        const PaintFigures p100 = paintBoth(layout100k, rounds, false);
        std::printf("full paint, 100,000 seats:  %7.2f ms   (target <= 30 ms)\n", p100.ours);

        // 1,000 live changes into the open 20k show, through dataChanged to
        // the view's repaint regions; then the repaint of what changed.
        {
            SeatMapModel model;
            model.setLayout(layout20k);
            SeatLockService locks(db);
            model.applySnapshot(locks.loadShow(show20k).value());
            SeatMapView view;
            view.resize(1600, 1000);
            view.setModel(&model);
            view.fitToView();
            QRandomGenerator rng(11);
            std::vector<double> applied, repaint;
            QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);
            qint64 version = 1000000000;
            for (int round = 0; round < rounds; ++round) {
                SeatStatusList changes;
                QRegion dirty;
                for (int i = 0; i < 1000; ++i) {
                    const int row = int(rng.bounded(quint32(model.seatCount())));
                    SeatStatus s;
                    s.seatId = model.seatId(row);
                    s.state = SeatState(rng.bounded(3u));
                    if (s.state == SeatState::Held) {
                        s.heldBy = 2;
                        s.heldUntil = QDateTime::currentDateTime().addSecs(300);
                    }
                    s.version = ++version;
                    changes << s;
                    const QRectF r = model.seatRect(row);
                    dirty += QRectF(view.worldToWidget(r.topLeft()), view.worldToWidget(r.bottomRight()))
                                 .toAlignedRect()
                                 .adjusted(-2, -2, 2, 2);
                }
                QElapsedTimer t;
                t.start();
                model.applyChanges(changes);
                applied.push_back(double(t.nsecsElapsed()) / 1e6);
                QPainter p(&image);
                t.restart();
                for (const QRect &r : dirty) {
                    p.setClipRect(r);
                    view.render(p, r);
                }
                p.end();
                repaint.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            std::printf("apply 1,000 live changes:   %7.3f ms   (target <= 2 ms)\n", median(applied));
            std::printf("  + repaint of the changed: %7.2f ms\n", median(repaint));

            // Hit-testing a click: random points over the venue.
            const QRectF b = model.bounds();
            std::vector<QPointF> points;
            points.reserve(100000);
            for (int i = 0; i < 100000; ++i)
                points.emplace_back(
                    b.left() + rng.generateDouble() * b.width(), b.top() + rng.generateDouble() * b.height());
            QElapsedTimer t;
            t.start();
            int hits = 0;
            for (const QPointF &pt : points)
                hits += model.rowAt(view.widgetToWorld(view.worldToWidget(pt))) >= 0;
            const double perClick = double(t.nsecsElapsed()) / 1e3 / double(points.size());
            std::printf("hit-test a click:           %7.3f us   (target <= 50 us; %d of %zu points on a seat)\n",
                perClick, hits, points.size());
            QImage full(view.size(), QImage::Format_ARGB32_Premultiplied);
            QPainter p(&full);
            view.render(p, view.rect());
            p.end();
            std::printf(
                "memory, 20,000-seat show open: %lld MB resident (whole process; target <= 200 MB)\n", rssKb() / 1024);
        }
        std::printf("(process started at %lld MB)\n", rssStart / 1024);
    }
    return exitCode;
}
