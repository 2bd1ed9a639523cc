#pragma once

#include "shared/validation/validation_error.h"

#include <QString>

#include <chrono>
#include <optional>
#include <stdexcept>

namespace medinexus::server {

// Why a request could not be served, in terms of the service, not of HTTP: the API
// layer maps each kind to a status code (400, 401, 403, 404, 409, 422, 429, 503).
enum class ServiceErrorKind {
    BadRequest,       // malformed input (JSON form, unknown fields, bad identifiers)
    Unauthenticated,  // no valid session
    Forbidden,        // the role may not do this
    NotFound,
    Conflict,         // e.g. an edit based on an outdated version, a taken username
    Invalid,          // the shared validation rules refused the content
    Throttled,        // too many failed logins; retryAfter says when to try again
    Unavailable,      // the store is unreachable (fail-over in progress)
};

// Thrown by services; `code` is a stable machine token, `message` is English and free of
// patient data (clients show their own translation of the code, or the validation
// messages, which they compute with the same shared rules).
class ServiceError : public std::runtime_error {
public:
    ServiceError(ServiceErrorKind kind, QString code, const QString &message,
                 ValidationErrors validation = {}, std::optional<std::chrono::seconds> retryAfter = {})
        : std::runtime_error(message.toStdString())
        , kind_(kind), code_(std::move(code)), message_(message)
        , validation_(std::move(validation)), retryAfter_(retryAfter)
    {
    }

    ServiceErrorKind kind() const { return kind_; }
    const QString &code() const { return code_; }
    const QString &message() const { return message_; }
    const ValidationErrors &validation() const { return validation_; }
    std::optional<std::chrono::seconds> retryAfter() const { return retryAfter_; }

private:
    ServiceErrorKind kind_;
    QString code_;
    QString message_;
    ValidationErrors validation_;
    std::optional<std::chrono::seconds> retryAfter_;
};

} // namespace medinexus::server
