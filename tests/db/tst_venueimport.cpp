// Importing a venue's seating from a file (issue 11, docs/VENUE-FORMAT.md):
// the two example files parse and import (service and command line); every
// kind of bad file is refused with an error naming its line and nothing is
// written; the database refuses bad layouts by itself too; a re-import that
// would remove or re-zone a held or sold seat is refused naming the seat and
// is applied otherwise (new seats reach the shows to come, retired ones
// leave them); test venues never reach a clerk's show list; clerks and
// supervisors cannot import.
#include "admin/showcatalog.h"
#include "admin/venueimport.h"
#include "admin/venuelayout.h"
#include "db/database.h"
#include "sqlattempt.h"
#include "testcluster.h"
#include "testhelpers.h"

#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace boxoffice;
using boxoffice::test::TestCluster;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString Examples = QStringLiteral(BOXOFFICE_SOURCE_DIR "/resources/venues/");
const QByteArray Head = "#zone,RINGSIDE,Ringside,#c62828,2500\nsection,row,number,label,zone,x,y\n";

} // namespace

class TestVenueImport final : public QObject
{
    Q_OBJECT

private:
    int venueCount() { return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.venue"_s).toInt(); }
    int seatCount() { return m_cluster->scalar(u"SELECT count(*) FROM boxoffice.seat"_s).toInt(); }
    int venueId(const QString &name)
    {
        return m_cluster->scalar(u"SELECT id FROM boxoffice.venue WHERE name = ?"_s, {name}).toInt();
    }
    // A CSV of one RINGSIDE zone and the seats given as "label x y [zone]".
    static QByteArray csv(const QStringList &seats)
    {
        QByteArray out = Head;
        for (const QString &s : seats) {
            const QStringList p = s.split(u' ');
            out += QStringLiteral("N,A,%1,%2,%3,%4,%5\n")
                       .arg(p.at(0).section(u'-', 1))
                       .arg(p.at(0), p.value(3, u"RINGSIDE"_s), p.at(1), p.at(2))
                       .toUtf8();
        }
        return out;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }
    // Runs the built program's `admin` command line as the manager.
    int runAdmin(const QStringList &arguments, QString *out, QString *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"BOXOFFICE_DB"_s, test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s).toConnInfo());
        env.insert(u"LANG"_s, u"en_US.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(BOXOFFICE_APP_PATH), QStringList {u"admin"_s} + arguments);
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }
    int terminal()
    {
        return m_cluster
            ->scalar(u"INSERT INTO boxoffice.terminal (name) VALUES ('venue-import-test')"
                     " ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id"_s)
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = &TestCluster::instance();
        m_manager = std::make_unique<Database>(
            test::loginAs(m_cluster->config(), u"manager"_s, u"manager-demo"_s), u"manager"_s);
        m_clerk
            = std::make_unique<Database>(test::loginAs(m_cluster->config(), u"clerk"_s, u"clerk-demo"_s), u"clerk"_s);
    }

    void examplesParse_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("seats");
        QTest::addColumn<int>("zones");
        QTest::addColumn<QString>("name");
        QTest::newRow("stadium, CSV") << u"lumpinee-style-stadium.csv"_s << 2978 << 4 << u"Lumpinee-style Stadium"_s;
        QTest::newRow("club, JSON") << u"small-club.json"_s << 41 << 3 << u"Small Club Ring"_s;
    }
    void examplesParse()
    {
        QFETCH(QString, file);
        QFETCH(int, seats);
        QFETCH(int, zones);
        QFETCH(QString, name);
        int lastProgress = -1;
        const VenueParseResult r
            = VenueImport::parseFile(Examples + file, [&lastProgress](int percent) { lastProgress = percent; });
        QVERIFY2(r.ok(), qPrintable(r.errors.isEmpty() ? QString() : r.errors.first().message));
        QCOMPARE(r.file.seats.size(), seats);
        QCOMPARE(r.file.zones.size(), zones);
        QCOMPARE(r.file.name, name);
        QCOMPARE(r.file.timeZone, u"Asia/Bangkok"_s);
        QCOMPARE(lastProgress, 100);
        // The preview is the same seats on the seat map's layout.
        const VenueLayout preview = VenueImport::previewLayout(r.file);
        QCOMPARE(preview.seats.size(), seats);
        QCOMPARE(preview.zones.size(), zones);
    }

    void examplesImport()
    {
        const VenueParseResult club = VenueImport::parseFile(Examples + u"small-club.json"_s);
        QVERIFY(club.ok());
        const int audits = m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log"_s).toInt();
        const Result<VenueImportSummary> done = VenueImport::importNew(*m_manager, club.file, {}, {});
        VERIFY_OK(done);
        QCOMPARE(done->seats, 41);
        QCOMPARE(done->zones, 3);
        QCOMPARE(venueId(u"Small Club Ring"_s), done->venueId);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(ticket_type || '=' || price || color, ' ' ORDER BY id)"
                              " FROM boxoffice.zone WHERE venue_id = ?"_s,
                         {done->venueId})
                     .toString(),
            u"RINGSIDE=1500.00#c62828 CLASS2=900.00#1565c0 STANDING=500.00#f9a825"_s);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT format('%s %s %s %s', ring_half_size, time_zone, is_test,"
                              " (SELECT x || ',' || y FROM boxoffice.seat WHERE venue_id = v.id AND label = 'SB-8'))"
                              " FROM boxoffice.venue v WHERE id = ?"_s,
                         {done->venueId})
                     .toString(),
            u"3 Asia/Bangkok f -3.5,5.7"_s);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.audit_log"_s).toInt(), audits + 1);
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT concat_ws(' ', actor, action, detail -> 'before', detail -> 'after', rows)"
                              " FROM boxoffice.audit_log ORDER BY id DESC LIMIT 1"_s)
                     .toString(),
            u"manager import_venue {\"seats\": 0, \"zones\": 0} {\"seats\": 41, \"zones\": 3} 41"_s);
        // The same name again is refused, naming it, and changes nothing.
        const QString before = m_cluster->fingerprint();
        const Result<VenueImportSummary> again = VenueImport::importNew(*m_manager, club.file, {}, {});
        QCOMPARE(again.code(), ErrorCode::NameTaken);
        QVERIFY2(again.error().message.contains(u"Small Club Ring"_s), qPrintable(again.error().message));
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void commandLineImportsAndLists()
    {
        QString out;
        QString err;
        QCOMPARE(runAdmin({u"import-venue"_s, Examples + u"lumpinee-style-stadium.csv"_s}, &out, &err), 0);
        QVERIFY2(out.contains(u"seats=2978\n"_s) && out.contains(u"zones=4\n"_s), qPrintable(out + err));
        const int id = venueId(u"Lumpinee-style Stadium"_s);
        QVERIFY(id > 0);
        QVERIFY2(out.startsWith(u"venue_id=%1\n"_s.arg(id)), qPrintable(out));
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.seat WHERE venue_id = ?"_s, {id}).toInt(), 2978);
        // Missing numbers stay missing: the camera platform and the pillars.
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT count(*) FROM boxoffice.seat WHERE venue_id = ? AND label IN ('NA-5', 'NA-6')"_s,
                         {id})
                     .toInt(),
            0);
        QCOMPARE(runAdmin({u"list-venues"_s}, &out, &err), 0);
        QVERIFY2(
            out.contains(u"%1\tLumpinee-style Stadium\tAsia/Bangkok\t2978\t4\t0\tno\n"_s.arg(id)), qPrintable(out));

        // A bad file: the line named on stderr, status 1, nothing imported.
        const QString bad = writeFile(u"bad.csv"_s, csv({u"X-1 0 0"_s, u"X-2 1 0 VIP"_s}));
        const QString before = m_cluster->fingerprint();
        QCOMPARE(runAdmin({u"import-venue"_s, bad, u"--name"_s, u"Bad Venue"_s}, &out, &err), 1);
        QVERIFY2(err.contains(u"Line 4, column 5"_s) && err.contains(u"VIP"_s), qPrintable(err));
        QCOMPARE(m_cluster->fingerprint(), before);
        // Usage errors: status 2.
        QCOMPARE(runAdmin({u"import-venue"_s}, &out, &err), 2);
        QCOMPARE(runAdmin({u"import-venue"_s, bad, u"--replace"_s, u"abc"_s}, &out, &err), 2);
        // A refusal by the database: status 1 with its message.
        QCOMPARE(
            runAdmin({u"import-venue"_s, Examples + u"small-club.json"_s, u"--name"_s, u"Lumpinee-style Stadium"_s},
                &out, &err),
            1);
        QVERIFY2(err.contains(u"already in use"_s), qPrintable(err));
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void badFilesNameTheLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("words");
        QTest::newRow("duplicate label") << csv({u"A-1 0 0"_s, u"A-1 1 0"_s}) << false << 4 << 4 << u"twice"_s;
        QTest::newRow("unknown zone") << csv({u"A-1 0 0 VIP"_s}) << false << 3 << 5 << u"VIP"_s;
        QTest::newRow("missing label") << QByteArray(Head + "N,A,1,A-1,RINGSIDE,0,0\nN,A,2,,RINGSIDE,1,0\n") << false
                                       << 4 << 4 << u"seat label is missing"_s;
        QTest::newRow("short record") << QByteArray(Head + "N,A,1,A-1,RINGSIDE,0\n") << false << 3 << 7
                                      << u"y position is missing"_s;
        QTest::newRow("non-numeric x") << csv({u"A-1 0 0"_s, u"A-2 abc 0"_s}) << false << 4 << 6 << u"x position"_s;
        QTest::newRow("non-numeric number")
            << QByteArray(Head + "N,A,one,A-1,RINGSIDE,0,0\n") << false << 3 << 3 << u"seat number"_s;
        QTest::newRow("overlapping seats") << csv({u"A-1 0 0"_s, u"A-2 5 0"_s, u"A-3 0.3 0.1"_s}) << false << 5 << 6
                                           << u"overlaps seat A-1 (line 3)"_s;
        QTest::newRow("not UTF-8") << QByteArray(Head + "N,A,1,A-1,RINGSIDE,0,0\nN,A,2,\xff\xfe-2,RINGSIDE,1,0\n")
                                   << false << 4 << 0 << u"not UTF-8"_s;
        QTest::newRow("empty file") << QByteArray() << false << 1 << 0 << u"empty"_s;
        QTest::newRow("blank lines only") << QByteArray("\n  \r\n\n") << false << 1 << 0 << u"empty"_s;
        QTest::newRow("no header") << QByteArray("#zone,RINGSIDE,Ringside,#c62828,2500\n") << false << 2 << 0
                                   << u"no header"_s;
        QTest::newRow("header without y") << QByteArray("#zone,RINGSIDE,R,#c62828,1\nsection,row,number,label,zone,x\n")
                                          << false << 2 << 0 << u"\"y\""_s;
        QTest::newRow("negative price") << QByteArray(
            "#zone,RINGSIDE,Ringside,#c62828,-5\n" + Head.mid(Head.indexOf('\n') + 1) + "N,A,1,A-1,RINGSIDE,0,0\n")
                                        << false << 1 << 5 << u"negative"_s;
        // Lines are the file's: a quoted field over two lines and CRLF endings.
        QTest::newRow("quoted newline") << QByteArray(
            Head + "N,A,1,\"A\n1\",RINGSIDE,0,0\r\nN,A,2,A-2,RINGSIDE,x,0\r\n")
                                        << false << 5 << 6 << u"x position"_s;
        QTest::newRow("JSON syntax") << QByteArray("{\n  \"zones\": [\n    {\"ticket_type\": \"A\",}\n  ]\n}\n") << true
                                     << 3 << 0 << u"malformed"_s;
        QTest::newRow("JSON unknown zone")
            << QByteArray("{\"zones\": [{\"ticket_type\": \"RINGSIDE\", \"name\": \"R\", \"price\": 1}],\n"
                          " \"seats\": [\n"
                          "  {\"section\": \"N\", \"row\": \"A\", \"number\": 1, \"label\": \"A-1\", \"zone\": "
                          "\"RINGSIDE\", \"x\": 0, \"y\": 0},\n"
                          "  {\"section\": \"N\", \"row\": \"A\", \"number\": 2, \"label\": \"A-2\", \"zone\": "
                          "\"CLASS9\", \"x\": 1, \"y\": 0}]}\n")
            << true << 4 << 0 << u"CLASS9"_s;
    }
    void badFilesNameTheLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, words);
        const VenueParseResult r
            = VenueImport::parse(bytes, json ? VenueImport::Format::Json : VenueImport::Format::Csv);
        QVERIFY(!r.ok());
        const VenueFileError &e = r.errors.first();
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
        QCOMPARE(e.line, line);
        QCOMPARE(e.column, column);
        QVERIFY2(e.message.startsWith(
                     column > 0 ? u"Line %1, column %2: "_s.arg(line).arg(column) : u"Line %1: "_s.arg(line)),
            qPrintable(e.message));
        // And through the command line, nothing is imported.
        const QString before = m_cluster->fingerprint();
        const int seats = seatCount();
        const QString path = writeFile(json ? u"bad.json"_s : u"bad.csv"_s, bytes);
        QString out;
        QString err;
        QCOMPARE(runAdmin({u"import-venue"_s, path, u"--name"_s, u"Never Imported"_s}, &out, &err), 1);
        QVERIFY2(err.contains(e.message), qPrintable(err));
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(seatCount(), seats);
    }

    void everyErrorIsFound()
    {
        const VenueParseResult r = VenueImport::parse(
            csv({u"A-1 0 0"_s, u"A-1 1 0"_s, u"A-3 q 0"_s, u"A-4 3 0 VIP"_s}), VenueImport::Format::Csv);
        QCOMPARE(r.errors.size(), 3);
        QCOMPARE(r.errors.at(0).line, 4);
        QCOMPARE(r.errors.at(1).line, 5);
        QCOMPARE(r.errors.at(2).line, 6);
        QVERIFY(r.file.seats.size() < 4);
    }

    // The database checks what it is sent, whatever the client.
    void databaseRefusesBadLayouts_data()
    {
        QTest::addColumn<QString>("document");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("words");
        const QString seat = u"{\"s\": \"N\", \"r\": \"A\", \"n\": \"1\", \"l\": \"A-1\", \"z\": \"RINGSIDE\","
                             " \"x\": \"0\", \"y\": \"0\"}"_s;
        const QString zones
            = u"\"zones\": [{\"ticket_type\": \"RINGSIDE\", \"name\": \"R\", \"price\": \"10\", \"color\": \"#000000\"}]"_s;
        QTest::newRow("unknown zone") << u"{\"name\": \"V1\", %1, \"seats\": [%2]}"_s.arg(
            zones, QString(seat).replace(u"\"z\": \"RINGSIDE\""_s, u"\"z\": \"VIP\""_s))
                                      << ErrorCode::UnknownZone << u"VIP"_s;
        QTest::newRow("duplicate label") << u"{\"name\": \"V2\", %1, \"seats\": [%2, %2]}"_s.arg(zones, seat)
                                         << ErrorCode::NameTaken << u"A-1"_s;
        QTest::newRow("bad time zone")
            << u"{\"name\": \"V3\", \"time_zone\": \"Mars/Olympus\", %1, \"seats\": [%2]}"_s.arg(zones, seat)
            << ErrorCode::InvalidValue << u"time zone"_s;
        QTest::newRow("taken name") << u"{\"name\": \"Rajadamnern Demo Stadium\", %1, \"seats\": [%2]}"_s.arg(
            zones, seat) << ErrorCode::NameTaken
                                    << u"Rajadamnern"_s;
        QTest::newRow("no name") << u"{%1, \"seats\": [%2]}"_s.arg(zones, seat) << ErrorCode::InvalidValue
                                 << u"name is missing"_s;
        QTest::newRow("no seats") << u"{\"name\": \"V4\", %1, \"seats\": []}"_s.arg(zones) << ErrorCode::InvalidValue
                                  << u"file is missing"_s;
        QTest::newRow("x not a number") << u"{\"name\": \"V5\", %1, \"seats\": [%2]}"_s.arg(
            zones, QString(seat).replace(u"\"x\": \"0\""_s, u"\"x\": \"1e9x\""_s))
                                        << ErrorCode::InvalidValue << u"x position"_s;
        QTest::newRow("negative price") << u"{\"name\": \"V6\", \"zones\": [{\"ticket_type\": \"RINGSIDE\", \"name\":"
                                           " \"R\", \"price\": \"-1\"}], \"seats\": [%1]}"_s.arg(seat)
                                        << ErrorCode::InvalidValue << u"negative"_s;
        QTest::newRow("SQL in a label") << u"{\"name\": \"V7\", %1, \"seats\": [%2, %3]}"_s.arg(zones,
            QString(seat).replace(u"A-1"_s, u"x'); DELETE FROM boxoffice.venue; --"_s),
            QString(seat).replace(u"A-1"_s, u"x'); DELETE FROM boxoffice.venue; --"_s))
                                        << ErrorCode::NameTaken << u"DELETE"_s;
    }
    void databaseRefusesBadLayouts()
    {
        QFETCH(QString, document);
        QFETCH(ErrorCode, code);
        QFETCH(QString, words);
        const QString before = m_cluster->fingerprint();
        const int seats = seatCount();
        const Result<QJsonObject> r = m_manager->callJson(u"SELECT boxoffice.import_venue(?::jsonb)"_s, {document});
        VERIFY_OK(r);
        const ServiceError e = ServiceError::fromJson(r.value());
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(words), qPrintable(e.message));
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(seatCount(), seats);
    }

    void reimportRefusedForHeldOrSoldSeats()
    {
        const VenueParseResult first = VenueImport::parse(
            csv({u"R-1 0 0"_s, u"R-2 1 0"_s, u"R-3 2 0"_s, u"R-4 3 0"_s}), VenueImport::Format::Csv);
        QVERIFY(first.ok());
        const Result<VenueImportSummary> made = VenueImport::importNew(*m_manager, first.file, u"Re-import Hall"_s, {});
        VERIFY_OK(made);
        const int venue = made->venueId;
        const int show
            = m_cluster
                  ->scalar(u"SELECT boxoffice.create_show(?, 'Re-import Night', now() + interval '2 days')"_s, {venue})
                  .toInt();
        auto seatId = [&](const QString &label) {
            return m_cluster->scalar(
                                u"SELECT id FROM boxoffice.seat WHERE venue_id = ? AND label = ?"_s, {venue, label})
                .toInt();
        };
        // R-1 held, R-2 sold.
        const int term = terminal();
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_seat SET state = 'held', held_by = ?,"
                                " held_until = now() + interval '10 minutes' WHERE show_id = ? AND seat_id = ?"_s,
            {term, show, seatId(u"R-1"_s)}));
        const qint64 order
            = m_cluster
                  ->scalar(
                      u"INSERT INTO boxoffice.orders (idempotency_key, request_hash, show_id, terminal_id,"
                      " ticket_type, status, payment_method, total, cancelled_at, cancel_reason)"
                      // Cancelled (nothing paid, so the money check at commit lets it be); the
                      // seat row below is what the re-import looks at.
                      " VALUES (gen_random_uuid(), 'h', ?, ?, 'RINGSIDE', 'cancelled', 'cash', 2500, now(), 'test')"
                      " RETURNING id"_s,
                      {show, term})
                  .toLongLong();
        QVERIFY(m_cluster->exec(u"UPDATE boxoffice.show_seat SET state = 'sold', order_id = ?"
                                " WHERE show_id = ? AND seat_id = ?"_s,
            {order, show, seatId(u"R-2"_s)}));
        QVERIFY(m_cluster->exec(u"INSERT INTO boxoffice.order_seat (order_id, show_id, seat_id, price)"
                                " VALUES (?, ?, ?, 2500)"_s,
            {order, show, seatId(u"R-2"_s)}));

        // Removing the held seat and re-zoning the sold one: refused, both named.
        QByteArray changed
            = "#zone,CLASS2,Class 2,#1565c0,1800\n" + csv({u"R-2 1 0 CLASS2"_s, u"R-3 2 0"_s, u"R-4 3 0"_s});
        VenueParseResult second = VenueImport::parse(changed, VenueImport::Format::Csv);
        QVERIFY2(second.ok(), qPrintable(second.errors.value(0).message));
        QString before = m_cluster->fingerprint();
        Result<VenueImportSummary> r = VenueImport::reimport(*m_manager, venue, second.file);
        QCOMPARE(r.code(), ErrorCode::LayoutInUse);
        QCOMPARE(r.error().seats.size(), 2);
        QCOMPARE(r.error().seats.at(0).label, u"R-1"_s);
        QCOMPARE(r.error().seats.at(0).state, u"held"_s);
        QCOMPARE(r.error().seats.at(1).label, u"R-2"_s);
        QCOMPARE(r.error().seats.at(1).state, u"sold"_s);
        QVERIFY2(r.error().message.contains(u"R-1"_s) && r.error().message.contains(u"R-2"_s),
            qPrintable(r.error().message));
        QCOMPARE(m_cluster->fingerprint(), before);
        QCOMPARE(m_cluster->scalar(u"SELECT count(*) FROM boxoffice.zone WHERE venue_id = ?"_s, {venue}).toInt(), 1);

        // Keeping them, moving the sold one, retiring a free one and adding
        // two: applied.
        changed = csv({u"R-1 0 0"_s, u"R-2 1 1"_s, u"R-3 2 0"_s, u"R-5 4 0"_s, u"R-6 5 0"_s});
        second = VenueImport::parse(changed, VenueImport::Format::Csv);
        QVERIFY(second.ok());
        r = VenueImport::reimport(*m_manager, venue, second.file);
        VERIFY_OK(r);
        QCOMPARE(r->seats, 5);
        QCOMPARE(r->added, 2);
        QCOMPARE(r->retired, 1);
        QCOMPARE(r->moved, 1);
        QCOMPARE(r->rezoned, 0);
        // The show to come: the new seats are on sale, the retired one is gone.
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(s.label || ':' || ss.state, ' ' ORDER BY s.label)"
                              " FROM boxoffice.show_seat ss JOIN boxoffice.seat s ON s.id = ss.seat_id"
                              " WHERE ss.show_id = ?"_s,
                         {show})
                     .toString(),
            u"R-1:held R-2:sold R-3:available R-5:available R-6:available"_s);
        QVERIFY(
            !m_cluster->scalar(u"SELECT retired_at FROM boxoffice.seat WHERE id = ?"_s, {seatId(u"R-4"_s)}).isNull());
        const Result<VenueLayout> layout = VenueLayout::load(*m_clerk, show);
        VERIFY_OK(layout);
        QCOMPARE(layout->seats.size(), 5);
        QCOMPARE(
            m_cluster
                ->scalar(
                    u"SELECT concat_ws(' ', action, detail -> 'before' ->> 'seats', detail -> 'after' ->> 'seats',"
                    " detail ->> 'added', detail ->> 'retired') FROM boxoffice.audit_log ORDER BY id DESC LIMIT 1"_s)
                .toString(),
            u"reimport_venue 4 5 2 1"_s);
        // A show made now leaves the retired seat out.
        const int later
            = m_cluster->scalar(u"SELECT boxoffice.create_show(?, 'Later Night', now() + interval '3 days')"_s, {venue})
                  .toInt();
        QCOMPARE(
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ?"_s, {later}).toInt(), 5);
        // Listing R-4 again brings it back, on sale in both shows.
        second = VenueImport::parse(
            csv({u"R-1 0 0"_s, u"R-2 1 1"_s, u"R-3 2 0"_s, u"R-4 3 0"_s, u"R-5 4 0"_s, u"R-6 5 0"_s}),
            VenueImport::Format::Csv);
        r = VenueImport::reimport(*m_manager, venue, second.file);
        VERIFY_OK(r);
        QCOMPARE(r->restored, 1);
        QCOMPARE(
            m_cluster->scalar(u"SELECT count(*) FROM boxoffice.show_seat WHERE show_id = ?"_s, {later}).toInt(), 6);

        // Unknown venue.
        before = m_cluster->fingerprint();
        QCOMPARE(VenueImport::reimport(*m_manager, 999999, second.file).code(), ErrorCode::UnknownVenue);
        QCOMPARE(m_cluster->fingerprint(), before);
    }

    void testVenuesAreNotInTheClerksShowList()
    {
        const VenueParseResult f = VenueImport::parse(csv({u"T-1 0 0"_s, u"T-2 1 0"_s}), VenueImport::Format::Csv);
        QVERIFY(f.ok());
        const Result<VenueImportSummary> test = VenueImport::importNew(*m_manager, f.file, u"Bench Arena"_s, {}, true);
        VERIFY_OK(test);
        const Result<VenueImportSummary> real = VenueImport::importNew(*m_manager, f.file, u"Real Hall"_s, {});
        VERIFY_OK(real);
        for (const int venue : {test->venueId, real->venueId})
            m_cluster->scalar(u"SELECT boxoffice.create_show(?, 'Night', now() + interval '1 day')"_s, {venue});
        const Result<QList<ShowSummary>> shows = ShowCatalog::comingShows(*m_clerk);
        VERIFY_OK(shows);
        QStringList venues;
        for (const ShowSummary &s : shows.value())
            venues << s.venue;
        QVERIFY(venues.contains(u"Real Hall"_s));
        QVERIFY(!venues.contains(u"Bench Arena"_s));
        // The generated benchmark arenas are test venues (migration 0013 and seed_demo).
        QVERIFY(m_cluster
                    ->scalar(u"SELECT prosrc LIKE '%is_test = true%' FROM pg_proc"
                             " WHERE oid = 'boxoffice.seed_demo(boolean)'::regprocedure"_s)
                    .toBool());
    }

    void clerksAndSupervisorsCannotImport_data()
    {
        QTest::addColumn<QString>("who");
        QTest::newRow("clerk") << u"clerk"_s;
        QTest::newRow("supervisor") << u"supervisor"_s;
    }
    void clerksAndSupervisorsCannotImport()
    {
        QFETCH(QString, who);
        const VenueParseResult f = VenueImport::parse(csv({u"C-1 0 0"_s}), VenueImport::Format::Csv);
        QVERIFY(f.ok());
        const QString before = m_cluster->fingerprint();
        const ConnectionConfig login = test::loginAs(m_cluster->config(), who, who + u"-demo"_s);
        Database db(login, who);
        QCOMPARE(VenueImport::importNew(db, f.file, u"Clerk Hall"_s, {}).code(), ErrorCode::PermissionDenied);
        const int venue = venueId(u"Rajadamnern Demo Stadium"_s);
        QCOMPARE(VenueImport::reimport(db, venue, f.file).code(), ErrorCode::PermissionDenied);
        const QString doc = QString::fromUtf8(VenueImport::layoutDocument(f.file, u"Clerk Hall"_s, {}));
        for (const QString &sql : {u"SELECT boxoffice.import_venue('%1'::jsonb)"_s.arg(doc),
                 u"SELECT boxoffice.reimport_venue(%1, '%2'::jsonb)"_s.arg(venue).arg(doc),
                 u"SELECT boxoffice.venue_layout_load('%1'::jsonb)"_s.arg(doc),
                 u"UPDATE boxoffice.venue SET is_test = true"_s, u"UPDATE boxoffice.seat SET retired_at = now()"_s}) {
            const test::SqlAttempt a = test::attemptSql(login, sql);
            QVERIFY2(a.state == u"42501"_s, qPrintable(sql.left(60) + u": "_s + a.state));
        }
        QCOMPARE(m_cluster->fingerprint(), before);
        db.closeThreadConnection();
    }

    void functionsAreManagersOnly()
    {
        QCOMPARE(m_cluster
                     ->scalar(u"SELECT string_agg(concat_ws(' ', p.proname, p.prosecdef,"
                              " has_function_privilege('boxoffice_manager', p.oid, 'EXECUTE'),"
                              " has_function_privilege('boxoffice_supervisor', p.oid, 'EXECUTE'),"
                              " has_function_privilege('boxoffice_clerk', p.oid, 'EXECUTE')), '; ' ORDER BY p.proname)"
                              " FROM pg_proc p WHERE p.pronamespace = 'boxoffice'::regnamespace"
                              " AND p.proname IN ('import_venue', 'reimport_venue', 'venue_layout_load')"_s)
                     .toString(),
            u"import_venue t t f f; reimport_venue t t f f; venue_layout_load f f f f"_s);
    }

    void cleanupTestCase()
    {
        m_clerk.reset();
        m_manager.reset();
    }

private:
    TestCluster *m_cluster = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_manager;
    std::unique_ptr<Database> m_clerk;
};

QTEST_GUILESS_MAIN(TestVenueImport)
#include "tst_venueimport.moc"
