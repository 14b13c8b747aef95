#pragma once

#include "sale/domain.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QRect>
#include <QtCore/QString>

class QPagedPaintDevice;

namespace boxoffice {

// Everything printed for one sale: a receipt and a ticket per seat. The
// order (order_json) carries the show, its venue's time zone, the counter,
// the clerk and each seat's section, row and number.
struct TicketJob
{
    Order order;
    Money tendered; // cash handed over (zero: not recorded)
    // The receipt alone, no ticket pages: after a return the seats kept
    // are not printed again (a second paper ticket for a seat is a forgery
    // waiting to happen at the gate).
    bool receiptOnly = false;
    // The tickets printed before are lost: the printing gets new codes and
    // the old ones stop admitting (Gate::ticketCodes with lost).
    bool replaceLost = false;
    // Price type names by code (the show's price list); a code not named
    // here prints as the code. An order with a seat at another price type
    // than STANDARD prints every seat's price type.
    QHash<QString, QString> priceTypeNames;
};

// Where the parts of one printed page went, in the device's pixels: a test
// checks that every text fits the page and none is under the QR code.
struct PrintedPage
{
    QRect page;        // the printable area
    QRect qrCode;      // empty on the receipt
    QList<QRect> text; // one rectangle per block of text drawn
};

// One line of a slip (an X or Z cash report): text, and on the right an
// amount (empty: none); bold for titles and totals.
struct SlipLine
{
    QString text;
    QString amount;
    bool bold = false;
};

// Tickets (show, date and time in the venue's zone, section, zone, row,
// seat, customer, price, order number, QR code) and a receipt, painted on
// any paged device: a PDF (QPdfWriter), a printer or a print preview. Every
// field wraps or ends in "…" within its column; none reaches the QR code.
//
// Text is printed in Noto Sans and Noto Sans Thai (Debian: fonts-noto-core),
// loaded from their files, and so that a PDF reader gets the characters
// back exactly (search, copy, pdftotext): Qt's PDF writer maps each glyph to
// one character through the font's character map, and Thai shaping makes
// glyphs that map to none (tone marks placed over a vowel) or to others
// (SARA AM is split in two), so a Thai name would come back as
// "กอง นํ้ าใจ". Each line is therefore drawn twice at the same place: as
// the shaped outlines people see, and as invisible text with one glyph per
// character, taken straight from the character map, which readers extract.
class TicketPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)

public:
    static QList<PrintedPage> paint(QPagedPaintDevice &device, const TicketJob &job);
    // false, with the reason in *error, when the fonts are missing or the
    // file cannot be written.
    static bool writePdf(const TicketJob &job, const QString &path, QString *error = nullptr);
    // A slip: a title, then lines with their amounts on the right, printed
    // like the receipt (same fonts, text extractable from the PDF).
    static QList<PrintedPage> paintSlip(QPagedPaintDevice &device, const QString &title, const QList<SlipLine> &lines);
    static bool writeSlipPdf(
        const QString &title, const QList<SlipLine> &lines, const QString &path, QString *error = nullptr);
    // What a ticket's QR code says: the seat's ticket code (SeatRef::
    // ticketCode, 26 characters), checked at the gate; empty when the order
    // was not given its codes (the ticket then says it is not valid for
    // entry, and has no QR code).
    static QString ticketCode(const Order &order, const SeatRef &seat);
    // Loads the print fonts once; false, with the reason, if not installed.
    static bool loadFonts(QString *error = nullptr);
};

} // namespace boxoffice
