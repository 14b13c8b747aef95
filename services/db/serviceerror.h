#pragma once

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QMetaType>
#include <QtCore/QString>

class QJsonObject;
class QSqlError;

namespace boxoffice {

Q_NAMESPACE

// Every refusal the engine can give. The SQL functions answer with a code
// string; fromCode() maps it here. Codes never change meaning once shipped.
enum class ErrorCode {
    None,
    EmptySeatList,
    TooManySeats,
    DuplicateSeat,
    UnknownShow,
    UnknownSeat,
    SeatNotInShow,
    ShowPaused,
    ShowClosed,
    InvalidDuration,
    UnknownTerminal,
    UnknownClerk,
    UnknownTicketType,
    WrongTicketType,
    InvalidPaymentMethod,
    InvalidRequest,
    SeatConflict, // held or sold by someone else
    SeatsBusy,    // another transaction has the rows locked right now
    SeatTaken,    // the database's unique index refused a double sale
    NotHeld,
    UnknownOrder,
    OrderNotActive,
    OrderBusy,
    SeatNotInOrder,
    SeatCountMismatch,
    ReasonRequired,
    IdempotencyMismatch,
    PossibleDuplicate, // similar-order check: a similar order minutes ago; confirm first
    InProgress,        // in-flight guard: the same order is being processed
    RateLimited,       // rate limit
    SignInFailed,      // unknown user or wrong password (never says which)
    LockedOut,         // too many wrong passwords: wait
    PermissionDenied,  // the database refused: this account's role may not do it
    InvalidConfig,     // malformed connection string or settings
    DatabaseUnavailable,
    OutcomeUnknown,       // connection lost mid-call and could not be resolved
    DatabaseError,        // anything else the database said (logged, not shown raw)
    CounterNotRegistered, // this device id is not a registered counter (a manager registers it)
    CounterInUse,         // another open session has the counter (or the login is at another counter)
    NotYourCounter,       // acting for a counter that is not the one of the caller's open session
    NoCounterSession,     // a staff login with no open counter session called a counter function
    SalesWindowClosed,    // the show's sales window is over (or not open yet)
    UnknownVenue,         // no venue with this id
    InvalidPromptPayId,   // not a mobile number, 13-digit id with a valid check digit, or 15-digit e-wallet id
    // The back office (issue 11).
    InvalidValue,           // a field's value is refused: {"field", "problem", "max"/"min"/"other"} (see fieldName)
    NameTaken,              // a unique name is in use: {"field", "value"} (user name, venue name, …)
    UnknownZone,            // a ticket type the venue does not have: {"value"}
    UnknownStaff,           // no staff member with this id or user name
    LastManager,            // the change would leave no active manager
    ShowCancelled,          // the show is cancelled: nothing more is sold or changed for it
    LayoutInUse,            // a re-import would remove or re-zone seats that are sold or held: {"seats"}
    PasswordChangeRequired, // a reset password: choose a new one before going on
    WeakPassword,           // a new password too short or the same as the user name: {"min"}
    // Money at the counter (issue 12).
    PaymentsMismatch,    // the tenders do not sum to the total: {"total", "paid"}
    TenderedShort,       // cash handed over is less than the tender's amount: {"amount", "tendered"}
    RefundExceedsPaid,   // more would go back than the payments took: {"amount", "refundable"}
    UnknownPriceType,    // no such price type, or not one the show sells for that ticket type: {"value"}
    ApprovalRequired,    // a comp, a discount below the limit or a late return needs a supervisor: {"reason"}
    ApprovalInvalid,     // the approval is unknown, already used, too old, or not a supervisor's
    SeatAlreadyReturned, // a seat of the order was returned before: {"seats"}
    ShiftNotOpen,        // the counter has no open shift (open one with a counted float)
    ShiftAlreadyOpen,    // the counter's shift is already open: {"shift"} (whose, since when)
    ShiftNotYours,       // the counter's open shift is another clerk's: {"shift"} (whose, since when)
    OrderBalance,        // the database's last check: an order's payments would not match its total
    // The gate (issue 13).
    OrderNotPaid,      // tickets are printed for paid orders only: {"status"}
    UnknownTicket,     // no current ticket of this show has the code (pass-out)
    NotInside,         // pass-out of a ticket that is not admitted or already out
    PassOutNotAllowed, // the show does not allow pass-out and re-entry (a manager's setting)
};
Q_ENUM_NS(ErrorCode)

// A seat named in an error, with who has it and for how long.
struct SeatIssue
{
    int seatId = 0;
    QString label;
    QString state;  // available, held, sold, blocked (empty if unknown)
    QString holder; // terminal name, if held
    int holderId = 0;
    int secondsLeft = -1;
    qint64 orderId = 0;
};

struct ServiceError
{
    Q_DECLARE_TR_FUNCTIONS(ServiceError)

public:
    ErrorCode code = ErrorCode::DatabaseError;
    QList<SeatIssue> seats;
    QString message;    // translated, for the clerk
    QString detail;     // technical detail for the log; never shown raw
    qint64 orderId = 0; // the order concerned (duplicate, mismatch, …)
    // CounterInUse: which counter, who has it (display name, else login) and
    // since when (the session's opening). ShiftNotYours, ShiftAlreadyOpen:
    // whose shift is open (holderName) since when. Empty otherwise.
    QString counterName;
    QString holderName;
    QDateTime since;
    // InvalidValue, NameTaken, UnknownZone: the field concerned (e.g.
    // "title", "starts_at") and the value refused, when the answer names them.
    QString field;
    QString value;
    // PaymentsMismatch: the total and what the tenders add up to;
    // TenderedShort: the tender's amount and the cash handed over;
    // RefundExceedsPaid: the amount asked and what can still go back.
    // Baht with satang as the database wrote them ("999.99"); empty otherwise.
    QString amount;
    QString other;

    // Builds the error from a function's {"ok": false, "code": …} answer.
    static ServiceError fromJson(const QJsonObject &answer);
    static ServiceError make(ErrorCode code, const QString &detail = {});
    // InvalidValue made here (a file's or form's field): `problem` is one of
    // missing, too_long, negative, in_past, malformed, out_of_range, before,
    // after, not_utf8; `limit` the maximum or minimum, or the other field.
    static ServiceError invalidValue(const QString &field, const QString &problem, const QString &limit = {});
    // The translated name of a field, e.g. "starts_at" → "start time".
    static QString fieldName(const QString &field);
    static ServiceError fromSql(const QSqlError &error);
    // Could the same request get another answer a moment later (busy,
    // offline, seats taken that may be freed)? Such answers are not remembered.
    bool isTransient() const;
};

ErrorCode errorCodeFromString(const QString &code);
// The clerk's sentence for a code and its seats, in the current language.
QString describe(ErrorCode code, const QList<SeatIssue> &seats = {});
// "A-12, A-13 are held by Counter 3 for 4:10 more; B-1 is sold"
QString describeSeatIssues(const QList<SeatIssue> &seats);

} // namespace boxoffice

Q_DECLARE_METATYPE(boxoffice::ServiceError)
