#include "server/api/api_reply.h"

namespace medinexus::server::api {

Reply ok(QJsonValue body)
{
    return Reply{200, std::move(body), {}};
}

Reply created(QJsonValue body)
{
    return Reply{201, std::move(body), {}};
}

QJsonObject errorBody(const QString &code, const QString &message, const ValidationErrors &fields)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!fields.empty()) {
        // The field, the stable code and the English message; clients show their own
        // translation, computed with the same shared rules.
        QJsonArray list;
        for (const auto &field : fields) {
            list.append(QJsonObject{{QStringLiteral("field"), field.field},
                                    {QStringLiteral("code"), field.code},
                                    {QStringLiteral("message"), field.englishMessage()}});
        }
        error.insert(QStringLiteral("fields"), list);
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

Reply errorReply(unsigned status, const QString &code, const QString &message)
{
    return Reply{status, errorBody(code, message), {}};
}

unsigned statusFor(ServiceErrorKind kind)
{
    switch (kind) {
    case ServiceErrorKind::BadRequest: return 400;
    case ServiceErrorKind::Unauthenticated: return 401;
    case ServiceErrorKind::Forbidden: return 403;
    case ServiceErrorKind::NotFound: return 404;
    case ServiceErrorKind::Conflict: return 409;
    case ServiceErrorKind::Invalid: return 422;
    case ServiceErrorKind::Throttled: return 429;
    case ServiceErrorKind::Unavailable: return 503;
    }
    return 500;
}

Reply errorReply(const ServiceError &error)
{
    Reply reply{statusFor(error.kind()), errorBody(error.code(), error.message(), error.validation()), {}};
    if (error.retryAfter())
        reply.headers.emplace_back("Retry-After", std::to_string(error.retryAfter()->count()));
    if (error.kind() == ServiceErrorKind::Unauthenticated)
        reply.headers.emplace_back("WWW-Authenticate", "Bearer");
    return reply;
}

} // namespace medinexus::server::api
