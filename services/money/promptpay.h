#pragma once

#include "db/result.h"
#include "money/money.h"

#include <QtCore/QByteArrayView>
#include <QtCore/QString>

#include <optional>

namespace boxoffice {

// The text of a Thai QR Payment code for a PromptPay credit transfer: an EMVCo
// merchant-presented QR payload (tag-length-value data objects, ending in a
// CRC), ready to be drawn as a QR code. No GUI; safe on any thread.
struct PromptPayRequest
{
    // Which PromptPay id receives the money (sub-tag of data object 29).
    enum class Kind {
        MobileNumber, // 10 digits "0XXXXXXXXX", or "+66" and 9 digits
        TaxId,        // 13 digits: a national ID card or a company's tax ID
        EWallet,      // 15 digits
    };
    // Whether the code is for one payment (dynamic, 12) or may be scanned
    // again and again (static, 11).
    enum class Use {
        OnePayment,
        Reusable,
    };

    Kind kind = Kind::MobileNumber;
    // As printed: spaces and dashes are ignored ("081-234-5678",
    // "+66 81 234 5678", "1-2345-67890-12-1"); anything else is refused.
    QString id;
    // Exact (satang), 0 or more; written as baht with two decimals
    // ("4.22"). None: the payer types the amount in the banking app.
    std::optional<Money> amount;
    Use use = Use::OnePayment;
};

// The payload, "000201" … "6304" and four upper-case hex digits: data objects
// 00, 01, 29 (the PromptPay AID A000000677010111 and the id), 53 (764, THB),
// 54 (the amount, if any), 58 (TH), 63 (the CRC). ErrorCode::InvalidRequest,
// with the reason in detail, for an id of the wrong length or with letters,
// a mobile number that is not Thai, or an amount below zero or longer than
// EMVCo's 13 characters.
Result<QString> promptPayPayload(const PromptPayRequest &request);

// The kind of a PromptPay id by its digits (spaces and dashes ignored): a
// mobile number ("0" and 9 digits, or "+66" and 9), a 13-digit national or
// tax id, a 15-digit e-wallet id; nullopt for anything else. Venues store
// their id as its digits (set_venue_promptpay_id checks it, check digit
// included); this tells the payload which sub-tag carries it.
std::optional<PromptPayRequest::Kind> promptPayKindOf(const QString &id);

// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF, no
// reflection, no final XOR) of the bytes, as EMVCo's data object 63 requires:
// computed over the whole payload up to and including "6304".
quint16 crc16CcittFalse(QByteArrayView data);

} // namespace boxoffice
