#include "admin/venueimport.h"

#include "db/database.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRegularExpression>
#include <QtCore/QStringDecoder>
#include <QtSql/QSqlQuery>

#include <csv.h>

#include <climits>
#include <cmath>
#include <unordered_map>

namespace boxoffice {

namespace {

const QStringList &seatColumns()
{
    static const QStringList columns {QStringLiteral("section"), QStringLiteral("row"), QStringLiteral("number"),
        QStringLiteral("label"), QStringLiteral("zone"), QStringLiteral("x"), QStringLiteral("y")};
    return columns;
}

// Collects errors in file order, up to MaxErrors.
struct Errors
{
    QList<VenueFileError> list;
    void add(int line, int column, const QString &what)
    {
        if (list.size() >= VenueImport::MaxErrors)
            return;
        QString where = column > 0 ? VenueImport::tr("Line %1, column %2: %3").arg(line).arg(column).arg(what)
            : line > 0             ? VenueImport::tr("Line %1: %2").arg(line).arg(what)
                                   : what;
        list.append(VenueFileError {line, column, where});
    }
    void invalid(int line, int column, const QString &field, const QString &problem, const QString &limit = {})
    {
        add(line, column, ServiceError::invalidValue(field, problem, limit).message);
    }
};

// One declared field of the file, as text, with where it was.
struct Field
{
    QString text;
    int column = 0;
};

// A seat or zone as read, before its values are checked.
struct RawRecord
{
    int line = 0;
    QList<Field> fields; // in the order of seatColumns() (seats) or of the declaration (zones)
};

struct RawFile
{
    QString name;
    QString timeZone;
    std::optional<Field> ring;
    int ringLine = 0;
    QList<RawRecord> zones;
    QList<RawRecord> seats;
};

const QRegularExpression &ticketTypePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Z0-9_]{0,31}$"));
    return re;
}

const QRegularExpression &colorPattern()
{
    static const QRegularExpression re(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return re;
}

bool parseNumber(const QString &text, double *value)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(v) || std::abs(v) > 1e6)
        return false;
    *value = v;
    return true;
}

// ---- CSV, with libcsv --------------------------------------------------

struct CsvReader
{
    RawFile *raw = nullptr;
    Errors *errors = nullptr;
    QList<QByteArray> fields;
    int line = 1;               // where the record being read started
    int newlinesInside = 0;     // in quoted fields of this record
    bool afterCr = false;       // the record ended at a CR: the LF after it is not a new line
    QHash<QString, int> header; // column name -> index in the record
    bool haveHeader = false;
    qint64 bytesDone = 0;

    void onField(const char *data, size_t size)
    {
        QByteArray f(data, qsizetype(size));
        newlinesInside += int(f.count('\n'));
        fields.append(std::move(f));
    }

    void onRecordEnd(int terminator)
    {
        const int recordLine = line;
        if (terminator == '\n' && afterCr && fields.isEmpty()) {
            afterCr = false;
            return; // the LF of a CRLF
        }
        afterCr = terminator == '\r';
        line += newlinesInside + (terminator == -1 ? 0 : 1);
        newlinesInside = 0;
        QList<QByteArray> record;
        record.swap(fields);
        if (record.isEmpty() || (record.size() == 1 && record.first().trimmed().isEmpty()))
            return; // a blank line
        record.first() = record.first().trimmed();
        if (record.first().startsWith('#')) {
            declaration(recordLine, record);
            return;
        }
        if (!haveHeader) {
            readHeader(recordLine, record);
            return;
        }
        RawRecord seat;
        seat.line = recordLine;
        for (const QString &column : seatColumns()) {
            const int i = header.value(column, -1);
            Field f;
            f.column = i + 1;
            if (i >= 0 && i < record.size())
                f.text = QString::fromUtf8(record.at(i)).trimmed();
            seat.fields.append(f);
        }
        raw->seats.append(std::move(seat));
    }

    void declaration(int at, const QList<QByteArray> &record)
    {
        const QByteArray kind = record.first().mid(1).trimmed().toLower();
        auto text
            = [&record](int i) { return i < record.size() ? QString::fromUtf8(record.at(i)).trimmed() : QString(); };
        if (kind == "zone") {
            RawRecord zone;
            zone.line = at;
            for (int i = 1; i <= 4; ++i)
                zone.fields.append(Field {text(i), i + 1});
            raw->zones.append(std::move(zone));
        } else if (kind == "ring") {
            raw->ring = Field {text(1), 2};
            raw->ringLine = at;
        } else if (kind == "venue") {
            raw->name = text(1);
            raw->timeZone = text(2);
        }
        // Anything else starting with '#' is a comment.
    }

    void readHeader(int at, const QList<QByteArray> &record)
    {
        haveHeader = true;
        for (int i = 0; i < record.size(); ++i)
            header.insert(QString::fromUtf8(record.at(i)).trimmed().toLower(), i);
        for (int c = 0; c < seatColumns().size(); ++c) {
            if (!header.contains(seatColumns().at(c)))
                errors->add(at, 0,
                    VenueImport::tr("The header has no column \"%1\" (it needs section,row,number,label,zone,x,y).")
                        .arg(seatColumns().at(c)));
        }
    }
};

void csvField(void *data, size_t size, void *reader)
{
    static_cast<CsvReader *>(reader)->onField(static_cast<const char *>(data), size);
}

void csvRecord(int terminator, void *reader)
{
    static_cast<CsvReader *>(reader)->onRecordEnd(terminator);
}

void readCsv(const QByteArray &bytes, RawFile &raw, Errors &errors, const VenueImport::Progress &progress)
{
    CsvReader reader;
    reader.raw = &raw;
    reader.errors = &errors;
    csv_parser parser;
    csv_init(&parser, CSV_STRICT | CSV_REPALL_NL | CSV_STRICT_FINI | CSV_APPEND_NULL);
    constexpr qsizetype Chunk = 256 * 1024;
    for (qsizetype at = 0; at < bytes.size(); at += Chunk) {
        const qsizetype n = qMin(Chunk, bytes.size() - at);
        if (csv_parse(&parser, bytes.constData() + at, size_t(n), csvField, csvRecord, &reader) != size_t(n)) {
            errors.add(reader.line, 0, VenueImport::tr("The CSV is malformed here (a quote out of place?)."));
            csv_free(&parser);
            return;
        }
        if (progress)
            progress(int(60 * (at + n) / bytes.size()));
    }
    if (csv_fini(&parser, csvField, csvRecord, &reader) != 0)
        errors.add(reader.line, 0, VenueImport::tr("The CSV is malformed here (a quote out of place?)."));
    csv_free(&parser);
    if (!reader.haveHeader && errors.list.isEmpty())
        errors.add(reader.line, 0, VenueImport::tr("The file has no header line (section,row,number,label,zone,x,y)."));
}

// ---- JSON, with QJsonDocument ---------------------------------------------

// The line of each element of the root object's "zones" and "seats" arrays
// (QJsonDocument knows no lines): a scan that follows strings and nesting.
void elementLines(const QByteArray &bytes, QList<int> &zoneLines, QList<int> &seatLines)
{
    int line = 1;
    int depth = 0;
    bool inString = false;
    QByteArray key;
    QByteArray current;
    QByteArray arrayKey; // the key of the depth-2 array we are in
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                if (depth == 1)
                    key = current;
            } else if (depth == 1) {
                current.append(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            current.clear();
            break;
        case '{':
        case '[':
            if (depth == 1 && c == '[')
                arrayKey = key;
            if (depth == 2 && c == '{') {
                if (arrayKey == "seats")
                    seatLines.append(line);
                else if (arrayKey == "zones")
                    zoneLines.append(line);
            }
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 1)
                arrayKey.clear();
            break;
        default:
            break;
        }
    }
}

QString jsonText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 12);
    return v.toString().trimmed();
}

void readJson(const QByteArray &bytes, RawFile &raw, Errors &errors, const VenueImport::Progress &progress)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        errors.add(line, 0,
            VenueImport::tr("The JSON is malformed here: %1.")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : VenueImport::tr("not an object")));
        return;
    }
    if (progress)
        progress(40);
    QList<int> zoneLines;
    QList<int> seatLines;
    elementLines(bytes, zoneLines, seatLines);
    const QJsonObject root = doc.object();
    raw.name = root.value(QLatin1String("name")).toString().trimmed();
    raw.timeZone = root.value(QLatin1String("time_zone")).toString().trimmed();
    const QJsonValue ring = root.value(QLatin1String("ring")).toObject().value(QLatin1String("half_size"));
    if (!ring.isUndefined())
        raw.ring = Field {jsonText(ring), 0};
    const QJsonArray zones = root.value(QLatin1String("zones")).toArray();
    for (qsizetype i = 0; i < zones.size(); ++i) {
        const QJsonObject z = zones.at(i).toObject();
        RawRecord r;
        r.line = int(i < zoneLines.size() ? zoneLines.at(i) : 0);
        for (const char *key : {"ticket_type", "name", "color", "price"})
            r.fields.append(Field {jsonText(z.value(QLatin1String(key))), 0});
        raw.zones.append(std::move(r));
    }
    const QJsonArray seats = root.value(QLatin1String("seats")).toArray();
    raw.seats.reserve(seats.size());
    for (qsizetype i = 0; i < seats.size(); ++i) {
        const QJsonObject s = seats.at(i).toObject();
        RawRecord r;
        r.line = int(i < seatLines.size() ? seatLines.at(i) : 0);
        for (const QString &column : seatColumns())
            r.fields.append(Field {jsonText(s.value(column)), 0});
        raw.seats.append(std::move(r));
    }
}

// ---- checks -------------------------------------------------------------

void checkFile(const RawFile &raw, VenueFile &file, Errors &errors, const VenueImport::Progress &progress)
{
    file.name = raw.name;
    file.timeZone = raw.timeZone;
    if (raw.ring) {
        double half = 0;
        if (!parseNumber(raw.ring->text, &half) || half <= 0)
            errors.add(
                raw.ringLine, raw.ring->column, VenueImport::tr("The ring's half size must be a number above 0."));
        else
            file.ringHalfSize = half;
    }
    QHash<QString, int> zoneLine;
    for (const RawRecord &r : raw.zones) {
        VenueFile::Zone z;
        z.line = r.line;
        z.ticketType = r.fields.at(0).text;
        z.name = r.fields.at(1).text;
        z.color = r.fields.at(2).text.isEmpty() ? QStringLiteral("#808080") : r.fields.at(2).text;
        const QString price = r.fields.at(3).text;
        if (z.ticketType.isEmpty())
            errors.invalid(r.line, r.fields.at(0).column, QStringLiteral("ticket_type"), QStringLiteral("missing"));
        else if (!ticketTypePattern().match(z.ticketType).hasMatch())
            errors.invalid(r.line, r.fields.at(0).column, QStringLiteral("ticket_type"), QStringLiteral("malformed"));
        else if (zoneLine.contains(z.ticketType))
            errors.add(r.line, r.fields.at(0).column,
                VenueImport::tr("The ticket type %1 is declared twice (first on line %2).")
                    .arg(z.ticketType)
                    .arg(zoneLine.value(z.ticketType)));
        if (z.name.isEmpty())
            errors.invalid(r.line, r.fields.at(1).column, QStringLiteral("zone"), QStringLiteral("missing"));
        if (!colorPattern().match(z.color).hasMatch())
            errors.add(r.line, r.fields.at(2).column,
                VenueImport::tr("The colour %1 is not of the form #rrggbb.").arg(z.color));
        const std::optional<Money> money = Money::fromDecimal(price);
        if (price.isEmpty())
            errors.invalid(r.line, r.fields.at(3).column, QStringLiteral("price"), QStringLiteral("missing"));
        else if (!money || money->satang() > 9'999'999'999LL)
            errors.invalid(r.line, r.fields.at(3).column, QStringLiteral("price"), QStringLiteral("malformed"));
        else if (money->isNegative())
            errors.invalid(r.line, r.fields.at(3).column, QStringLiteral("price"), QStringLiteral("negative"));
        else
            z.price = *money;
        zoneLine.insert(z.ticketType, r.line);
        file.zones.append(z);
    }
    if (raw.zones.isEmpty())
        errors.add(0, 0, VenueImport::tr("The file declares no zones (#zone lines, or \"zones\" in JSON)."));
    if (raw.seats.isEmpty()) {
        errors.add(0, 0, VenueImport::tr("The file lists no seats."));
        return;
    }

    // Overlaps: a grid of cells MinSeatDistance wide; a seat can only
    // overlap seats of its own and the eight neighbouring cells.
    const double cell = VenueImport::MinSeatDistance;
    std::unordered_map<qint64, QList<int>> grid;
    grid.reserve(size_t(raw.seats.size()));
    auto key = [](qint64 cx, qint64 cy) { return (cx << 32) ^ (cy & 0xffffffff); };
    QHash<QString, int> labelLine;
    labelLine.reserve(raw.seats.size());
    file.seats.reserve(raw.seats.size());
    const QStringList &columns = seatColumns();
    for (qsizetype i = 0; i < raw.seats.size(); ++i) {
        const RawRecord &r = raw.seats.at(i);
        VenueFile::Seat s;
        s.line = r.line;
        bool good = true;
        for (int c = 0; c < columns.size(); ++c) {
            if (r.fields.at(c).text.isEmpty()) {
                errors.invalid(r.line, r.fields.at(c).column, columns.at(c), QStringLiteral("missing"));
                good = false;
            }
        }
        if (!good)
            continue;
        s.section = r.fields.at(0).text;
        s.row = r.fields.at(1).text;
        s.label = r.fields.at(3).text;
        s.zone = r.fields.at(4).text;
        bool ok = false;
        s.number = r.fields.at(2).text.toInt(&ok);
        if (!ok) {
            errors.invalid(r.line, r.fields.at(2).column, QStringLiteral("number"), QStringLiteral("malformed"));
            good = false;
        } else if (s.number < 1) {
            errors.invalid(r.line, r.fields.at(2).column, QStringLiteral("number"), QStringLiteral("out_of_range"),
                QStringLiteral(">= 1"));
            good = false;
        }
        if (!parseNumber(r.fields.at(5).text, &s.x)) {
            errors.invalid(r.line, r.fields.at(5).column, QStringLiteral("x"), QStringLiteral("malformed"));
            good = false;
        }
        if (!parseNumber(r.fields.at(6).text, &s.y)) {
            errors.invalid(r.line, r.fields.at(6).column, QStringLiteral("y"), QStringLiteral("malformed"));
            good = false;
        }
        if (!zoneLine.contains(s.zone)) {
            errors.add(r.line, r.fields.at(4).column,
                VenueImport::tr("The zone %1 is not declared (declare it with a #zone line).").arg(s.zone));
            good = false;
        }
        if (s.label.size() > 64) {
            errors.invalid(r.line, r.fields.at(3).column, QStringLiteral("label"), QStringLiteral("too_long"),
                QStringLiteral("64"));
            good = false;
        }
        const auto dup = labelLine.constFind(s.label);
        if (dup != labelLine.constEnd()) {
            errors.add(r.line, r.fields.at(3).column,
                VenueImport::tr("The seat label %1 is used twice (first on line %2).").arg(s.label).arg(dup.value()));
            good = false;
        } else {
            labelLine.insert(s.label, r.line);
        }
        if (good) {
            const auto cx = qint64(std::floor(s.x / cell));
            const auto cy = qint64(std::floor(s.y / cell));
            bool overlaps = false;
            for (qint64 dx = -1; dx <= 1 && !overlaps; ++dx) {
                for (qint64 dy = -1; dy <= 1 && !overlaps; ++dy) {
                    const auto it = grid.find(key(cx + dx, cy + dy));
                    if (it == grid.end())
                        continue;
                    for (const int other : it->second) {
                        const VenueFile::Seat &o = file.seats.at(other);
                        if (std::hypot(o.x - s.x, o.y - s.y) < cell) {
                            errors.add(r.line, r.fields.at(5).column,
                                VenueImport::tr("Seat %1 overlaps seat %2 (line %3): their centres are closer than %4.")
                                    .arg(s.label, o.label)
                                    .arg(o.line)
                                    .arg(cell));
                            overlaps = true;
                            break;
                        }
                    }
                }
            }
            if (!overlaps) {
                grid[key(cx, cy)].append(int(file.seats.size()));
                file.seats.append(s);
            }
        }
        if (progress && (i % 8192) == 0)
            progress(60 + int(40 * i / raw.seats.size()));
    }
}

void appendJsonString(QByteArray &out, const QString &s)
{
    out.append('"');
    const QByteArray utf8 = s.toUtf8();
    for (const char c : utf8) {
        if (c == '"' || c == '\\') {
            out.append('\\').append(c);
        } else if (uchar(c) < 0x20) {
            out.append(QStringLiteral("\\u%1").arg(int(uchar(c)), 4, 16, QLatin1Char('0')).toLatin1());
        } else {
            out.append(c);
        }
    }
    out.append('"');
}

Result<VenueImportSummary> summaryOf(const Result<QJsonObject> &r)
{
    if (!r)
        return r.error();
    if (!r->value(QLatin1String("ok")).toBool())
        return ServiceError::fromJson(r.value());
    VenueImportSummary s;
    s.venueId = r->value(QLatin1String("venue")).toInt();
    s.seats = r->value(QLatin1String("seats")).toInt();
    s.zones = r->value(QLatin1String("zones")).toInt();
    s.added = r->value(QLatin1String("added")).toInt();
    s.retired = r->value(QLatin1String("retired")).toInt();
    s.rezoned = r->value(QLatin1String("rezoned")).toInt();
    s.moved = r->value(QLatin1String("moved")).toInt();
    s.restored = r->value(QLatin1String("restored")).toInt();
    return s;
}

} // namespace

VenueImport::Format VenueImport::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0 ? Format::Json
                                                                                             : Format::Csv;
}

VenueParseResult VenueImport::parseFile(const QString &path, const Progress &progress)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        VenueParseResult result;
        result.errors.append(VenueFileError {0, 0, tr("Cannot read %1: %2").arg(path, f.errorString())});
        return result;
    }
    return parse(f.readAll(), formatOf(path), progress);
}

VenueParseResult VenueImport::parse(const QByteArray &input, Format format, const Progress &progress)
{
    VenueParseResult result;
    Errors errors;
    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty()) {
        errors.add(1, 0, tr("The file is empty."));
        result.errors = errors.list;
        return result;
    }
    // Not UTF-8: name the first line that is not.
    {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString whole = decoder.decode(bytes); // decode() is lazy: converting runs it
        if (decoder.hasError()) {
            int line = 1;
            for (const QByteArray &l : bytes.split('\n')) {
                QStringDecoder one(QStringDecoder::Utf8);
                const QString text = one.decode(l);
                if (one.hasError())
                    break;
                ++line;
            }
            errors.invalid(line, 0, QStringLiteral("file"), QStringLiteral("not_utf8"));
            result.errors = errors.list;
            return result;
        }
    }
    RawFile raw;
    if (format == Format::Json)
        readJson(bytes, raw, errors, progress);
    else
        readCsv(bytes, raw, errors, progress);
    if (errors.list.isEmpty())
        checkFile(raw, result.file, errors, progress);
    std::stable_sort(errors.list.begin(), errors.list.end(), [](const VenueFileError &a, const VenueFileError &b) {
        // Problems of the whole file (no line) after those of a line.
        const auto key = [](const VenueFileError &e) { return e.line > 0 ? e.line : INT_MAX; };
        return key(a) < key(b);
    });
    result.errors = errors.list;
    if (progress)
        progress(100);
    return result;
}

QByteArray VenueImport::layoutDocument(const VenueFile &file, const QString &name, const QString &timeZone, bool isTest)
{
    QByteArray out;
    out.reserve(64 + file.seats.size() * 72);
    out.append("{\"name\":");
    appendJsonString(out, name.isEmpty() ? file.name : name);
    out.append(",\"time_zone\":");
    appendJsonString(out, timeZone.isEmpty() ? file.timeZone : timeZone);
    out.append(",\"is_test\":").append(isTest ? "true" : "false");
    out.append(",\"ring_half_size\":").append(QByteArray::number(file.ringHalfSize, 'g', 10));
    out.append(",\"zones\":[");
    for (qsizetype i = 0; i < file.zones.size(); ++i) {
        const VenueFile::Zone &z = file.zones.at(i);
        out.append(i ? ",{\"ticket_type\":" : "{\"ticket_type\":");
        appendJsonString(out, z.ticketType);
        out.append(",\"name\":");
        appendJsonString(out, z.name);
        out.append(",\"color\":");
        appendJsonString(out, z.color);
        out.append(",\"price\":\"").append(z.price.toDecimal().toLatin1()).append("\"}");
    }
    out.append("],\"seats\":[");
    for (qsizetype i = 0; i < file.seats.size(); ++i) {
        const VenueFile::Seat &s = file.seats.at(i);
        out.append(i ? ",{\"s\":" : "{\"s\":");
        appendJsonString(out, s.section);
        out.append(",\"r\":");
        appendJsonString(out, s.row);
        out.append(",\"n\":\"").append(QByteArray::number(s.number)).append("\",\"l\":");
        appendJsonString(out, s.label);
        out.append(",\"z\":");
        appendJsonString(out, s.zone);
        out.append(",\"x\":\"").append(QByteArray::number(s.x, 'g', 9));
        out.append("\",\"y\":\"").append(QByteArray::number(s.y, 'g', 9)).append("\"}");
    }
    out.append("]}");
    return out;
}

Result<VenueImportSummary> VenueImport::importNew(
    Database &db, const VenueFile &file, const QString &name, const QString &timeZone, bool isTest)
{
    return summaryOf(db.callJson(QStringLiteral("SELECT boxoffice.import_venue(?::jsonb)"),
        {QString::fromUtf8(layoutDocument(file, name, timeZone, isTest))}));
}

Result<VenueImportSummary> VenueImport::reimport(
    Database &db, int venueId, const VenueFile &file, const QString &name, const QString &timeZone)
{
    return summaryOf(db.callJson(QStringLiteral("SELECT boxoffice.reimport_venue(?, ?::jsonb)"),
        {venueId, QString::fromUtf8(layoutDocument(file, name, timeZone))}));
}

Result<QList<VenueSummary>> VenueImport::venues(Database &db)
{
    QList<VenueSummary> list;
    Result<Done> r = db.query(
        QStringLiteral(
            "SELECT v.id, v.name, v.time_zone, v.is_test,"
            "       (SELECT count(*) FROM boxoffice.seat s WHERE s.venue_id = v.id AND s.retired_at IS NULL),"
            "       (SELECT count(*) FROM boxoffice.zone z WHERE z.venue_id = v.id),"
            "       (SELECT count(*) FROM boxoffice.show sh WHERE sh.venue_id = v.id AND sh.starts_at > now())"
            "  FROM boxoffice.venue v ORDER BY v.name, v.id"),
        {}, [&list](QSqlQuery &q) -> Result<Done> {
            while (q.next()) {
                VenueSummary v;
                v.id = q.value(0).toInt();
                v.name = q.value(1).toString();
                v.timeZone = q.value(2).toString();
                v.isTest = q.value(3).toBool();
                v.seats = q.value(4).toInt();
                v.zones = q.value(5).toInt();
                v.shows = q.value(6).toInt();
                list.append(v);
            }
            return Done {};
        });
    if (!r)
        return r.error();
    return list;
}

VenueLayout VenueImport::previewLayout(const VenueFile &file, const QString &name)
{
    VenueLayout layout;
    layout.venueName = name.isEmpty() ? file.name : name;
    layout.ringHalfSize = file.ringHalfSize;
    QHash<QString, int> zoneIndex;
    for (const VenueFile::Zone &z : file.zones) {
        zoneIndex.insert(z.ticketType, int(layout.zones.size()));
        layout.zones.append(ZoneInfo {int(layout.zones.size()) + 1, z.ticketType, z.name, z.price, z.color});
    }
    layout.seats.reserve(file.seats.size());
    int id = 0;
    for (const VenueFile::Seat &s : file.seats)
        layout.seats.append(VenueLayout::Seat {
            ++id, zoneIndex.value(s.zone), float(s.x), float(s.y), s.label, s.row, s.number, s.section});
    return layout;
}

} // namespace boxoffice
