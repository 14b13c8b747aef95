#pragma once

#include "db/serviceerror.h"

#include <utility>
#include <variant>

namespace boxoffice {

// The value of a call that has nothing to return but may fail.
struct Done
{
};

// Errors are values inside the services (std::expected is C++23; this is the
// small part of it we need). Only the UI turns an error into a dialog.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(ServiceError error) : m_value(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    const T *operator->() const { return &std::get<T>(m_value); }
    const T &operator*() const { return value(); }

    const ServiceError &error() const { return std::get<ServiceError>(m_value); }
    ErrorCode code() const { return ok() ? ErrorCode::None : error().code; }

private:
    std::variant<T, ServiceError> m_value;
};

} // namespace boxoffice
