#include "db/serviceerror.h"

#include "db/houseclock.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QLocale>
#include <QtSql/QSqlError>

#include <map>

namespace boxoffice {

namespace {

const QHash<QString, ErrorCode> &codeTable()
{
    static const QHash<QString, ErrorCode> table = {
        {QStringLiteral("empty_seat_list"), ErrorCode::EmptySeatList},
        {QStringLiteral("too_many_seats"), ErrorCode::TooManySeats},
        {QStringLiteral("duplicate_seat"), ErrorCode::DuplicateSeat},
        {QStringLiteral("unknown_show"), ErrorCode::UnknownShow},
        {QStringLiteral("unknown_seat"), ErrorCode::UnknownSeat},
        {QStringLiteral("seat_not_in_show"), ErrorCode::SeatNotInShow},
        {QStringLiteral("show_paused"), ErrorCode::ShowPaused},
        {QStringLiteral("show_closed"), ErrorCode::ShowClosed},
        {QStringLiteral("invalid_duration"), ErrorCode::InvalidDuration},
        {QStringLiteral("unknown_terminal"), ErrorCode::UnknownTerminal},
        {QStringLiteral("unknown_clerk"), ErrorCode::UnknownClerk},
        {QStringLiteral("unknown_ticket_type"), ErrorCode::UnknownTicketType},
        {QStringLiteral("wrong_ticket_type"), ErrorCode::WrongTicketType},
        {QStringLiteral("invalid_payment_method"), ErrorCode::InvalidPaymentMethod},
        {QStringLiteral("invalid_request"), ErrorCode::InvalidRequest},
        {QStringLiteral("seat_conflict"), ErrorCode::SeatConflict},
        {QStringLiteral("seats_busy"), ErrorCode::SeatsBusy},
        {QStringLiteral("not_held"), ErrorCode::NotHeld},
        {QStringLiteral("unknown_order"), ErrorCode::UnknownOrder},
        {QStringLiteral("order_not_active"), ErrorCode::OrderNotActive},
        {QStringLiteral("order_busy"), ErrorCode::OrderBusy},
        {QStringLiteral("seat_not_in_order"), ErrorCode::SeatNotInOrder},
        {QStringLiteral("seat_count_mismatch"), ErrorCode::SeatCountMismatch},
        {QStringLiteral("reason_required"), ErrorCode::ReasonRequired},
        {QStringLiteral("idempotency_mismatch"), ErrorCode::IdempotencyMismatch},
        {QStringLiteral("possible_duplicate"), ErrorCode::PossibleDuplicate},
        {QStringLiteral("not_permitted"), ErrorCode::PermissionDenied},
        {QStringLiteral("permission_denied"), ErrorCode::PermissionDenied},
        {QStringLiteral("counter_not_registered"), ErrorCode::CounterNotRegistered},
        {QStringLiteral("counter_in_use"), ErrorCode::CounterInUse},
        {QStringLiteral("not_your_counter"), ErrorCode::NotYourCounter},
        {QStringLiteral("no_counter_session"), ErrorCode::NoCounterSession},
        {QStringLiteral("sales_window_closed"), ErrorCode::SalesWindowClosed},
        {QStringLiteral("unknown_venue"), ErrorCode::UnknownVenue},
        {QStringLiteral("invalid_promptpay_id"), ErrorCode::InvalidPromptPayId},
        {QStringLiteral("invalid_value"), ErrorCode::InvalidValue},
        {QStringLiteral("name_taken"), ErrorCode::NameTaken},
        {QStringLiteral("unknown_zone"), ErrorCode::UnknownZone},
        {QStringLiteral("unknown_staff"), ErrorCode::UnknownStaff},
        {QStringLiteral("last_manager"), ErrorCode::LastManager},
        {QStringLiteral("show_cancelled"), ErrorCode::ShowCancelled},
        {QStringLiteral("layout_in_use"), ErrorCode::LayoutInUse},
        {QStringLiteral("password_change_required"), ErrorCode::PasswordChangeRequired},
        {QStringLiteral("weak_password"), ErrorCode::WeakPassword},
        {QStringLiteral("payments_mismatch"), ErrorCode::PaymentsMismatch},
        {QStringLiteral("tendered_short"), ErrorCode::TenderedShort},
        {QStringLiteral("refund_exceeds_paid"), ErrorCode::RefundExceedsPaid},
        {QStringLiteral("unknown_price_type"), ErrorCode::UnknownPriceType},
        {QStringLiteral("approval_required"), ErrorCode::ApprovalRequired},
        {QStringLiteral("approval_invalid"), ErrorCode::ApprovalInvalid},
        {QStringLiteral("seat_already_returned"), ErrorCode::SeatAlreadyReturned},
        {QStringLiteral("shift_not_open"), ErrorCode::ShiftNotOpen},
        {QStringLiteral("shift_already_open"), ErrorCode::ShiftAlreadyOpen},
        {QStringLiteral("shift_not_yours"), ErrorCode::ShiftNotYours},
        {QStringLiteral("order_not_paid"), ErrorCode::OrderNotPaid},
        {QStringLiteral("unknown_ticket"), ErrorCode::UnknownTicket},
        {QStringLiteral("not_inside"), ErrorCode::NotInside},
        {QStringLiteral("pass_out_not_allowed"), ErrorCode::PassOutNotAllowed},
    };
    return table;
}

QString formatDuration(int seconds)
{
    seconds = qMax(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ErrorCode errorCodeFromString(const QString &code)
{
    return codeTable().value(code, ErrorCode::DatabaseError);
}

QString describeSeatIssues(const QList<SeatIssue> &seats)
{
    // Group by what stands in the way, so the clerk reads one sentence per
    // holder: "NA-1, NA-2 are held by Counter 3 for 4:10 more; NB-4 is sold".
    struct Group
    {
        QStringList labels;
        const SeatIssue *first = nullptr;
        int minSeconds = 0;
    };
    std::map<QString, Group> groups;
    for (const SeatIssue &seat : seats) {
        const QString key = seat.state + QLatin1Char('\x1f') + seat.holder;
        Group &g = groups[key];
        if (!g.first) {
            g.first = &seat;
            g.minSeconds = seat.secondsLeft;
        }
        g.minSeconds = qMin(g.minSeconds, seat.secondsLeft);
        g.labels << (seat.label.isEmpty() ? QString::number(seat.seatId) : seat.label);
    }
    QStringList parts;
    for (const auto &[key, g] : groups) {
        const QString labels = g.labels.join(QStringLiteral(", "));
        const int n = int(g.labels.size());
        const QString &state = g.first->state;
        QString sentence;
        if (state == QLatin1String("held") && !g.first->holder.isEmpty() && g.minSeconds >= 0)
            sentence = ServiceError::tr("%1 held by %2 for %3 more", nullptr, n)
                           .arg(labels, g.first->holder, formatDuration(g.minSeconds));
        else if (state == QLatin1String("held") && !g.first->holder.isEmpty())
            sentence = ServiceError::tr("%1 held by %2", nullptr, n).arg(labels, g.first->holder);
        else if (state == QLatin1String("held"))
            sentence = ServiceError::tr("%1 held by another counter", nullptr, n).arg(labels);
        else if (state == QLatin1String("sold"))
            sentence = ServiceError::tr("%1 sold", nullptr, n).arg(labels);
        else if (state == QLatin1String("blocked"))
            sentence = ServiceError::tr("%1 blocked", nullptr, n).arg(labels);
        else if (state == QLatin1String("available"))
            sentence = ServiceError::tr("%1 not held by this counter", nullptr, n).arg(labels);
        else
            sentence = labels;
        parts << sentence;
    }
    return parts.join(QStringLiteral("; "));
}

QString describe(ErrorCode code, const QList<SeatIssue> &seats)
{
    QStringList labels;
    for (const SeatIssue &s : seats)
        labels << (s.label.isEmpty() ? QString::number(s.seatId) : s.label);
    const QString list = labels.join(QStringLiteral(", "));
    switch (code) {
    case ErrorCode::None:
        return {};
    case ErrorCode::EmptySeatList:
        return ServiceError::tr("No seats were chosen.");
    case ErrorCode::TooManySeats:
        return ServiceError::tr("Too many seats in one request: at most 50 seats at a time.");
    case ErrorCode::DuplicateSeat:
        return ServiceError::tr("The same seat was chosen twice.");
    case ErrorCode::UnknownShow:
        return ServiceError::tr("This show does not exist (any more).");
    case ErrorCode::UnknownSeat:
        return ServiceError::tr("Unknown seat: %1.").arg(list);
    case ErrorCode::SeatNotInShow:
        return ServiceError::tr("%1 not part of this show's venue.", nullptr, int(seats.size())).arg(list);
    case ErrorCode::ShowPaused:
        return ServiceError::tr("Sales for this show are paused by a manager.");
    case ErrorCode::ShowClosed:
        return ServiceError::tr("Sales for this show are closed.");
    case ErrorCode::InvalidDuration:
        return ServiceError::tr("The hold time must be between 1 and 60 minutes.");
    case ErrorCode::UnknownTerminal:
        return ServiceError::tr("This counter is not registered with the box office.");
    case ErrorCode::UnknownClerk:
        return ServiceError::tr("The signed-in clerk is not known or no longer active.");
    case ErrorCode::UnknownTicketType:
        return ServiceError::tr("This ticket type is not sold for this show.");
    case ErrorCode::WrongTicketType:
        return ServiceError::tr("%1 not of the chosen ticket type.", nullptr, int(seats.size())).arg(list);
    case ErrorCode::InvalidPaymentMethod:
        return ServiceError::tr("Choose a payment method: cash, card or PromptPay.");
    case ErrorCode::InvalidRequest:
        return ServiceError::tr("Some of the details entered are too long or missing.");
    case ErrorCode::SeatConflict:
        return ServiceError::tr("Seats not available: %1.").arg(describeSeatIssues(seats));
    case ErrorCode::SeatsBusy:
        return ServiceError::tr("Another counter is booking %1 right now. Try again in a moment.").arg(list);
    case ErrorCode::SeatTaken:
        return ServiceError::tr("These seats were just sold to someone else.");
    case ErrorCode::NotHeld:
        return ServiceError::tr("Your hold has ended: %1.").arg(describeSeatIssues(seats));
    case ErrorCode::UnknownOrder:
        return ServiceError::tr("No such order.");
    case ErrorCode::OrderNotActive:
        return ServiceError::tr("This order is no longer active (cancelled or expired).");
    case ErrorCode::OrderBusy:
        return ServiceError::tr("Another counter is working on this order right now. Try again in a moment.");
    case ErrorCode::SeatNotInOrder:
        return ServiceError::tr("%1 not part of this order.", nullptr, int(seats.size())).arg(list);
    case ErrorCode::SeatCountMismatch:
        return ServiceError::tr("Choose as many new seats as seats to change.");
    case ErrorCode::ReasonRequired:
        return ServiceError::tr("Please give a reason.");
    case ErrorCode::IdempotencyMismatch:
        return ServiceError::tr("This checkout was already used for a different sale. Start a new checkout.");
    case ErrorCode::PossibleDuplicate:
        return ServiceError::tr("The same customer bought these tickets a few minutes ago. Sell again anyway?");
    case ErrorCode::InProgress:
        return ServiceError::tr("Processing, please wait");
    case ErrorCode::RateLimited:
        return ServiceError::tr("Too many requests from this counter. Wait a moment.");
    case ErrorCode::SignInFailed:
        return ServiceError::tr("Wrong user name or password.");
    case ErrorCode::LockedOut:
        return ServiceError::tr("Too many wrong passwords: this account is locked for a few minutes.");
    case ErrorCode::PermissionDenied:
        return ServiceError::tr("Your account is not allowed to do this. Ask a supervisor or manager.");
    case ErrorCode::InvalidConfig:
        return ServiceError::tr("The database connection settings are not valid.");
    case ErrorCode::DatabaseUnavailable:
        return ServiceError::tr("The box-office database cannot be reached. Reconnecting…");
    case ErrorCode::OutcomeUnknown:
        return ServiceError::tr("The connection was lost before the database answered. "
                                "Try again: nothing is done twice.");
    case ErrorCode::DatabaseError:
        return ServiceError::tr("The database refused the request. The details are in the log.");
    case ErrorCode::CounterNotRegistered:
        return ServiceError::tr("This computer is not registered as a counter. Ask a manager to register it.");
    case ErrorCode::CounterInUse:
        return ServiceError::tr("This counter is in use by another sign-in.");
    case ErrorCode::NotYourCounter:
        return ServiceError::tr("You are signed in at another counter: you can only work for your own.");
    case ErrorCode::NoCounterSession:
        return ServiceError::tr("You are not signed in at a counter (any more). Sign in again.");
    case ErrorCode::SalesWindowClosed:
        return ServiceError::tr("Sales for this show are over: its sales window is closed.");
    case ErrorCode::UnknownVenue:
        return ServiceError::tr("This venue does not exist (any more).");
    case ErrorCode::InvalidPromptPayId:
        return ServiceError::tr("Not a PromptPay id: type a mobile number (0 and 9 digits), a 13-digit national or "
                                "tax id, or a 15-digit e-wallet id.");
    case ErrorCode::InvalidValue:
        return ServiceError::tr("A value is not valid.");
    case ErrorCode::NameTaken:
        return ServiceError::tr("This name is already in use.");
    case ErrorCode::UnknownZone:
        return ServiceError::tr("This ticket type does not exist at this venue.");
    case ErrorCode::UnknownStaff:
        return ServiceError::tr("No such staff member.");
    case ErrorCode::LastManager:
        return ServiceError::tr(
            "This is the last active manager: make another account a manager first, so someone can still manage.");
    case ErrorCode::ShowCancelled:
        return ServiceError::tr("This show is cancelled.");
    case ErrorCode::LayoutInUse:
        return ServiceError::tr("The new layout would remove or re-zone seats that are sold or held: %1.").arg(list);
    case ErrorCode::PasswordChangeRequired:
        return ServiceError::tr(
            "Choose a password of your own before you go on (this one was set for you by a manager).");
    case ErrorCode::WeakPassword:
        return ServiceError::tr("This password is too weak: use at least 8 characters, not your user name.");
    case ErrorCode::PaymentsMismatch:
        return ServiceError::tr("The payments do not add up to the order's total.");
    case ErrorCode::TenderedShort:
        return ServiceError::tr("The cash handed over is less than the amount paid in cash.");
    case ErrorCode::RefundExceedsPaid:
        return ServiceError::tr("That is more than was paid for this order: it cannot be refunded.");
    case ErrorCode::UnknownPriceType:
        return ServiceError::tr("This show does not sell that price type for that ticket type.");
    case ErrorCode::ApprovalRequired:
        return ServiceError::tr("This needs a supervisor's approval.");
    case ErrorCode::ApprovalInvalid:
        return ServiceError::tr("The supervisor's approval is not valid (unknown, already used or too old).");
    case ErrorCode::SeatAlreadyReturned:
        return ServiceError::tr("These seats were returned already: %1.").arg(list);
    case ErrorCode::ShiftNotOpen:
        return ServiceError::tr("No shift is open at this counter: cash can be taken or paid out only in an open "
                                "shift. Open one with the counted float (Cash → Open shift…).");
    case ErrorCode::ShiftAlreadyOpen:
        return ServiceError::tr("This counter's shift is already open.");
    case ErrorCode::ShiftNotYours:
        return ServiceError::tr("Another clerk's shift is open at this counter: no cash can be taken or paid out "
                                "in it. That clerk closes it, or a supervisor closes it for them.");
    case ErrorCode::OrderBalance:
        return ServiceError::tr("The order's payments would not match its total: nothing was changed.");
    case ErrorCode::OrderNotPaid:
        return ServiceError::tr("This order is not paid: it has no tickets to print.");
    case ErrorCode::UnknownTicket:
        return ServiceError::tr("No ticket of this show has that code.");
    case ErrorCode::NotInside:
        return ServiceError::tr("This ticket is not inside: it was not admitted, or has already gone out.");
    case ErrorCode::PassOutNotAllowed:
        return ServiceError::tr("This show does not allow going out and coming back in.");
    }
    return {};
}

namespace {

// "The title is too long (at most 200 characters)." — one sentence per
// problem, the field's translated name in it.
QString describeInvalidValue(const QString &field, const QString &problem, const QString &limit)
{
    const QString name = ServiceError::fieldName(field);
    if (problem == QLatin1String("missing"))
        return ServiceError::tr("%1 is missing.").arg(name);
    if (problem == QLatin1String("too_long"))
        return ServiceError::tr("%1 is too long (at most %2 characters).").arg(name, limit);
    if (problem == QLatin1String("negative"))
        return ServiceError::tr("%1 cannot be negative.").arg(name);
    if (problem == QLatin1String("in_past"))
        return ServiceError::tr("%1 is in the past.").arg(name);
    if (problem == QLatin1String("too_far"))
        return ServiceError::tr("%1 is more than %2 years ahead. Is the year in the Buddhist era? Type it as in "
                                "the Christian era (2026 for 2569).")
            .arg(name, limit);
    if (problem == QLatin1String("malformed"))
        return ServiceError::tr("%1 is not in a form the box office understands.").arg(name);
    if (problem == QLatin1String("out_of_range"))
        return ServiceError::tr("%1 is out of range (%2).").arg(name, limit);
    // The other field in mid-sentence: "… after the start of sales".
    QString other = ServiceError::fieldName(limit);
    if (!other.isEmpty())
        other[0] = other.at(0).toLower();
    if (problem == QLatin1String("before"))
        return ServiceError::tr("%1 must be after %2.").arg(name, other);
    if (problem == QLatin1String("after"))
        return ServiceError::tr("%1 must be before %2.").arg(name, other);
    if (problem == QLatin1String("not_utf8"))
        return ServiceError::tr("%1 is not UTF-8 text.").arg(name);
    if (problem == QLatin1String("zero"))
        return ServiceError::tr("%1 cannot be zero.").arg(name);
    if (problem == QLatin1String("too_many"))
        return ServiceError::tr("%1: too many.").arg(name);
    if (problem == QLatin1String("not_cash"))
        return ServiceError::tr("%1 is only for cash.").arg(name);
    if (problem == QLatin1String("comp"))
        return ServiceError::tr("%1 of a comp is always 0.").arg(name);
    if (problem == QLatin1String("standard"))
        return ServiceError::tr("%1: not possible for the Standard price type.").arg(name);
    if (problem == QLatin1String("priced"))
        return ServiceError::tr("%1: shows sell this price type above 0; set those prices to 0 first.").arg(name);
    if (problem == QLatin1String("pending"))
        return ServiceError::tr("%1 are taken when a pending order is paid, not when it is reserved.").arg(name);
    return ServiceError::tr("%1 is not valid.").arg(name);
}

} // namespace

ServiceError ServiceError::make(ErrorCode code, const QString &detail)
{
    ServiceError e;
    e.code = code;
    e.message = describe(code);
    e.detail = detail;
    return e;
}

QString ServiceError::fieldName(const QString &field)
{
    // The fields the back office's functions and files name (issue 11).
    static const std::map<QString, const char *> names = {
        {QStringLiteral("title"), QT_TR_NOOP("The title")},
        {QStringLiteral("subtitle"), QT_TR_NOOP("The subtitle")},
        {QStringLiteral("starts_at"), QT_TR_NOOP("The start time")},
        {QStringLiteral("doors_at"), QT_TR_NOOP("The doors time")},
        {QStringLiteral("sales_open_at"), QT_TR_NOOP("The start of sales")},
        {QStringLiteral("sales_close_at"), QT_TR_NOOP("The end of sales")},
        {QStringLiteral("price"), QT_TR_NOOP("The price")},
        {QStringLiteral("ticket_type"), QT_TR_NOOP("The ticket type")},
        {QStringLiteral("zone"), QT_TR_NOOP("The zone")},
        {QStringLiteral("venue"), QT_TR_NOOP("The venue")},
        {QStringLiteral("name"), QT_TR_NOOP("The name")},
        {QStringLiteral("time_zone"), QT_TR_NOOP("The time zone")},
        {QStringLiteral("section"), QT_TR_NOOP("The section")},
        {QStringLiteral("row"), QT_TR_NOOP("The row")},
        {QStringLiteral("number"), QT_TR_NOOP("The seat number")},
        {QStringLiteral("label"), QT_TR_NOOP("The seat label")},
        {QStringLiteral("x"), QT_TR_NOOP("The x position")},
        {QStringLiteral("y"), QT_TR_NOOP("The y position")},
        {QStringLiteral("file"), QT_TR_NOOP("The file")},
        {QStringLiteral("kind"), QT_TR_NOOP("The kind")},
        {QStringLiteral("reason"), QT_TR_NOOP("The reason")},
        {QStringLiteral("weekdays"), QT_TR_NOOP("The weekdays")},
        {QStringLiteral("weeks"), QT_TR_NOOP("The number of weeks")},
        {QStringLiteral("time"), QT_TR_NOOP("The time")},
        {QStringLiteral("username"), QT_TR_NOOP("The user name")},
        {QStringLiteral("display_name"), QT_TR_NOOP("The display name")},
        {QStringLiteral("role"), QT_TR_NOOP("The role")},
        {QStringLiteral("password"), QT_TR_NOOP("The password")},
        {QStringLiteral("payments"), QT_TR_NOOP("The payments")},
        {QStringLiteral("amount"), QT_TR_NOOP("The amount")},
        {QStringLiteral("tendered"), QT_TR_NOOP("The cash handed over")},
        {QStringLiteral("reference"), QT_TR_NOOP("The payment reference")},
        {QStringLiteral("price_type"), QT_TR_NOOP("The price type")},
        {QStringLiteral("code"), QT_TR_NOOP("The code")},
        {QStringLiteral("name_en"), QT_TR_NOOP("The English name")},
        {QStringLiteral("name_th"), QT_TR_NOOP("The Thai name")},
        {QStringLiteral("is_comp"), QT_TR_NOOP("Comp")},
        // The gate (issue 13).
        {QStringLiteral("gate"), QT_TR_NOOP("The gate's name")},
        {QStringLiteral("scans"), QT_TR_NOOP("The offline scans")},
        {QStringLiteral("active"), QT_TR_NOOP("Active")},
        {QStringLiteral("sort_order"), QT_TR_NOOP("The order")},
        {QStringLiteral("approval_below_percent"), QT_TR_NOOP("The approval percentage")},
        {QStringLiteral("approval_minutes"), QT_TR_NOOP("The minutes an approval lasts")},
        {QStringLiteral("float"), QT_TR_NOOP("The float")},
        {QStringLiteral("counted"), QT_TR_NOOP("The counted cash")},
    };
    const auto it = names.find(field);
    return it == names.end() ? field : tr(it->second);
}

ServiceError ServiceError::invalidValue(const QString &field, const QString &problem, const QString &limit)
{
    ServiceError e = make(ErrorCode::InvalidValue, field + QLatin1Char(' ') + problem);
    e.field = field;
    e.message = describeInvalidValue(field, problem, limit);
    return e;
}

ServiceError ServiceError::fromJson(const QJsonObject &answer)
{
    ServiceError e;
    const QString code = answer.value(QLatin1String("code")).toString();
    e.code = errorCodeFromString(code);
    e.detail = code;
    e.orderId = answer.value(QLatin1String("order_id")).toInteger();
    const QJsonArray seats = answer.value(QLatin1String("seats")).toArray();
    for (const auto &v : seats) {
        const QJsonObject o = v.toObject();
        SeatIssue s;
        s.seatId = o.value(QLatin1String("id")).toInt();
        s.label = o.value(QLatin1String("label")).toString();
        s.state = o.value(QLatin1String("state")).toString();
        s.holder = o.value(QLatin1String("holder")).toString();
        s.holderId = o.value(QLatin1String("holder_id")).toInt();
        s.secondsLeft = o.value(QLatin1String("seconds_left")).toInt(-1);
        s.orderId = o.value(QLatin1String("order_id")).toInteger();
        e.seats << s;
    }
    for (const auto &v : answer.value(QLatin1String("seat_ids")).toArray()) {
        SeatIssue s;
        s.seatId = v.toInt();
        e.seats << s;
    }
    if (e.code == ErrorCode::PossibleDuplicate)
        e.orderId = answer.value(QLatin1String("similar")).toObject().value(QLatin1String("order_id")).toInteger();
    e.message = describe(e.code, e.seats);
    e.field = answer.value(QLatin1String("field")).toString();
    e.value = answer.value(QLatin1String("value")).toVariant().toString();
    if (e.code == ErrorCode::InvalidValue && !e.field.isEmpty()) {
        const QJsonValue limit = answer.contains(QLatin1String("max")) ? answer.value(QLatin1String("max"))
            : answer.contains(QLatin1String("min"))                    ? answer.value(QLatin1String("min"))
                                                                       : answer.value(QLatin1String("other"));
        e.message = describeInvalidValue(
            e.field, answer.value(QLatin1String("problem")).toString(), limit.toVariant().toString());
    } else if (e.code == ErrorCode::NameTaken && !e.value.isEmpty()) {
        e.message = tr("%1 \"%2\" is already in use.").arg(fieldName(e.field), e.value);
    } else if (e.code == ErrorCode::UnknownZone && !e.value.isEmpty()) {
        e.message = tr("The venue has no ticket type %1.").arg(e.value);
    } else if (e.code == ErrorCode::PaymentsMismatch) {
        e.amount = answer.value(QLatin1String("total")).toString();
        e.other = answer.value(QLatin1String("paid")).toString();
        e.message = tr("The payments add up to %1 baht, but the total is %2 baht.").arg(e.other, e.amount);
    } else if (e.code == ErrorCode::TenderedShort) {
        e.amount = answer.value(QLatin1String("amount")).toString();
        e.other = answer.value(QLatin1String("tendered")).toString();
        e.message = tr("%1 baht in cash was handed over for a cash payment of %2 baht.").arg(e.other, e.amount);
    } else if (e.code == ErrorCode::RefundExceedsPaid) {
        e.amount = answer.value(QLatin1String("amount")).toString();
        e.other = answer.value(QLatin1String("refundable")).toString();
        e.message
            = tr("A refund of %1 baht is more than the %2 baht that can still be refunded.").arg(e.amount, e.other);
    } else if (e.code == ErrorCode::UnknownPriceType && !e.value.isEmpty()) {
        // The price type by its name in the counter's language when the
        // database knows it (a code the clerk never sees otherwise).
        const bool thai = QLocale().language() == QLocale::Thai;
        QString name = answer.value(thai ? QLatin1String("name_th") : QLatin1String("name_en")).toString();
        if (name.isEmpty())
            name = e.value;
        const QString ticketType = answer.value(QLatin1String("ticket_type")).toString();
        e.message = ticketType.isEmpty()
            ? tr("This show does not sell price type “%1” for that ticket type.").arg(name)
            : tr("This show does not sell price type “%1” for ticket type %2.").arg(name, ticketType);
    } else if (e.code == ErrorCode::ApprovalRequired) {
        // Why a supervisor must approve: kept in `value` (show_started, comp,
        // discount) for the screens that then offer the approval dialog.
        e.value = answer.value(QLatin1String("reason")).toString();
        if (e.value == QLatin1String("show_started"))
            e.message = tr("The show has started: a return or exchange now needs a supervisor's approval.");
        else if (e.value == QLatin1String("comp"))
            e.message = tr("A comp ticket needs a supervisor's approval.");
        else if (e.value == QLatin1String("discount"))
            e.message = tr("A price this far below the standard price needs a supervisor's approval.");
    } else if (e.code == ErrorCode::WeakPassword && answer.contains(QLatin1String("min"))) {
        e.message = tr("This password is too weak: use at least %1 characters, not your user name.")
                        .arg(answer.value(QLatin1String("min")).toInt());
    }
    if (e.code == ErrorCode::ShiftNotYours || e.code == ErrorCode::ShiftAlreadyOpen) {
        // Whose shift it is and since when (the shift as shift_json writes it).
        const QJsonObject shift = answer.value(QLatin1String("shift")).toObject();
        e.counterName = shift.value(QLatin1String("terminal")).toString();
        e.holderName = shift.value(QLatin1String("clerk")).toString();
        const double openedAt = shift.value(QLatin1String("opened_at")).toDouble(-1);
        if (openedAt >= 0)
            e.since = QDateTime::fromMSecsSinceEpoch(qint64(openedAt * 1000));
        const QString since
            = e.since.isValid() ? QLocale().toString(HouseClock::at(e.since), QLocale::ShortFormat) : QString();
        if (e.code == ErrorCode::ShiftNotYours && !e.holderName.isEmpty() && !since.isEmpty())
            e.message = tr("%1's shift is open at this counter (since %2): no cash can be taken or paid out in it. "
                           "%1 signs in here and closes it, or a supervisor closes it for them (Cash → Close "
                           "shift…).")
                            .arg(e.holderName, since);
        else if (e.code == ErrorCode::ShiftAlreadyOpen && !e.holderName.isEmpty() && !since.isEmpty())
            e.message = tr("%1's shift is already open at this counter (since %2).").arg(e.holderName, since);
    }
    if (e.code == ErrorCode::CounterInUse) {
        e.counterName = answer.value(QLatin1String("counter")).toObject().value(QLatin1String("name")).toString();
        e.holderName = answer.value(QLatin1String("display_name")).toString();
        if (e.holderName.isEmpty())
            e.holderName = answer.value(QLatin1String("login")).toString();
        const double openedAt = answer.value(QLatin1String("opened_at")).toDouble(-1);
        if (openedAt >= 0)
            e.since = QDateTime::fromMSecsSinceEpoch(qint64(openedAt * 1000));
        if (!e.counterName.isEmpty() && !e.holderName.isEmpty() && e.since.isValid())
            e.message = tr("Counter %1 is in use by %2 since %3.")
                            .arg(e.counterName, e.holderName,
                                QLocale().toString(HouseClock::at(e.since), QLocale::ShortFormat));
    }
    return e;
}

ServiceError ServiceError::fromSql(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    ErrorCode code = ErrorCode::DatabaseError;
    if (state == QLatin1String("23505"))
        code = ErrorCode::SeatTaken; // the last line held: unique index on active order seats
    else if (state == QLatin1String("55P03"))
        code = ErrorCode::SeatsBusy;
    else if (state == QLatin1String("42501"))
        code = ErrorCode::PermissionDenied; // insufficient_privilege: the role may not
    else if (state == QLatin1String("23514") && error.databaseText().contains(QLatin1String("order_balance")))
        code = ErrorCode::OrderBalance; // check_order_balance (0018_money.sql) at commit
    else if (error.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")))
        code = ErrorCode::DatabaseUnavailable;
    return make(code, error.text());
}

bool ServiceError::isTransient() const
{
    switch (code) {
    // The seats' state may differ a moment later: never answer from memory.
    case ErrorCode::SeatConflict:
    case ErrorCode::SeatTaken:
    case ErrorCode::ShowPaused: // a manager may resume in a moment
    case ErrorCode::ShowClosed:
    case ErrorCode::SalesWindowClosed:
    case ErrorCode::CounterInUse:  // the other session may end or go stale
    case ErrorCode::ShiftNotOpen:  // the clerk opens one, then sells the same cart
    case ErrorCode::ShiftNotYours: // the other clerk's shift may be closed meanwhile
    case ErrorCode::NotHeld:
    case ErrorCode::SeatsBusy:
    case ErrorCode::OrderBusy:
    case ErrorCode::InProgress:
    case ErrorCode::RateLimited:
    case ErrorCode::DatabaseUnavailable:
    case ErrorCode::OutcomeUnknown:
    case ErrorCode::DatabaseError:
        return true;
    default:
        return false;
    }
}

} // namespace boxoffice
