-- A venue's own settings, set by a manager (set_venue_promptpay_id in
-- functions/admin.sql, audited there). First of them: the merchant's
-- PromptPay id that the counter's PromptPay QR codes pay. No id: the counter
-- does not offer PromptPay (there is no placeholder to pay by mistake).
SET LOCAL search_path = boxoffice, pg_catalog;

-- Stored as its digits only: a mobile number "0XXXXXXXXX", a 13-digit
-- national or tax id (its check digit is checked by the function), or a
-- 15-digit e-wallet id. The kind follows from the length. Clerks read it with
-- the rest of the venue (their SELECT on venue covers the new column).
ALTER TABLE venue
    ADD COLUMN promptpay_id text
        CHECK (promptpay_id ~ '^(0[0-9]{9}|[0-9]{13}|[0-9]{15})$');
