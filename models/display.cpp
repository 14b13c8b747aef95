#include "display.h"

namespace boxoffice {

QColor Display::goodColor()
{
    return QColor(0x2e, 0x7d, 0x32);
}

QColor Display::warningColor()
{
    return QColor(0xef, 0x8f, 0x00);
}

QColor Display::criticalColor()
{
    return QColor(0xc6, 0x28, 0x28);
}

QColor Display::neutralColor()
{
    return QColor(0x78, 0x90, 0x9c);
}

QString Display::orderStatusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Pending:
        return tr("Awaiting payment");
    case OrderStatus::Paid:
        return tr("Paid");
    case OrderStatus::Cancelled:
        return tr("Cancelled");
    case OrderStatus::Expired:
        return tr("Expired");
    }
    return {};
}

QString Display::paymentMethodText(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Card:
        return tr("Card");
    case PaymentMethod::PromptPay:
        return tr("PromptPay");
    }
    return {};
}

QString Display::salesStateText(SalesState state)
{
    switch (state) {
    case SalesState::OnSale:
        return tr("On sale");
    case SalesState::Paused:
        return tr("Paused");
    case SalesState::Closed:
        return tr("Closed");
    }
    return {};
}

QColor Display::salesStateColor(SalesState state)
{
    switch (state) {
    case SalesState::OnSale:
        return goodColor();
    case SalesState::Paused:
        return warningColor();
    case SalesState::Closed:
        return criticalColor();
    }
    return neutralColor();
}

QString Display::staffRoleText(StaffRole role)
{
    switch (role) {
    case StaffRole::Clerk:
        return tr("Clerk");
    case StaffRole::Supervisor:
        return tr("Supervisor");
    case StaffRole::Manager:
        return tr("Manager");
    }
    return {};
}

QString Display::healthLevelText(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return tr("OK");
    case HealthLevel::Warning:
        return tr("Warning");
    case HealthLevel::Critical:
        return tr("Critical");
    }
    return {};
}

QColor Display::healthLevelColor(HealthLevel level)
{
    switch (level) {
    case HealthLevel::Ok:
        return goodColor();
    case HealthLevel::Warning:
        return warningColor();
    case HealthLevel::Critical:
        return criticalColor();
    }
    return neutralColor();
}

} // namespace boxoffice
