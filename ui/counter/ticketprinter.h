#pragma once

#include "sale/domain.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QString>

class QPagedPaintDevice;

namespace boxoffice {

// Everything printed for one sale: a receipt and a ticket per seat.
struct TicketJob
{
    Order order;
    QString showTitle;
    QString venue;
    QDateTime startsAt;
    QString counter;
    Money tendered; // cash handed over (zero: not recorded)
    struct SeatInfo
    {
        QString zone;
        QString row;
        int number = 0;
    };
    QHash<int, SeatInfo> seats; // by seat id
};

// Tickets (show, date, zone, row, seat, price, order number, QR code) and a
// receipt, painted on any paged device: a PDF (QPdfWriter), a printer or a
// print preview.
class TicketPrinter final
{
    Q_DECLARE_TR_FUNCTIONS(TicketPrinter)

public:
    static void paint(QPagedPaintDevice &device, const TicketJob &job);
    static bool writePdf(const TicketJob &job, const QString &path);
    // What a ticket's QR code says (checked at the gate).
    static QString ticketCode(const Order &order, const SeatRef &seat);
};

} // namespace boxoffice
