#pragma once

#include "server/services/service_error.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <string>
#include <utility>
#include <vector>

namespace medinexus::server::api {

// What a route answers: a status, a JSON body and optional extra headers. The handler
// turns it into the HTTP response (canonical JSON, content type, keep-alive).
struct Reply {
    unsigned status = 200;
    QJsonValue body;
    std::vector<std::pair<std::string, std::string>> headers;
};

Reply ok(QJsonValue body);

// A JSON array of objects that have a toJson() overload (model types).
template <typename T>
QJsonArray jsonArray(const std::vector<T> &items)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(toJson(item));
    return array;
}

Reply created(QJsonValue body);

// The JSON error body every failure uses: {"error": {"code", "message", "fields"?}}.
QJsonObject errorBody(const QString &code, const QString &message, const ValidationErrors &fields = {});
Reply errorReply(unsigned status, const QString &code, const QString &message);
// The HTTP status for a service error kind (400, 401, 403, 404, 409, 422, 429, 503).
unsigned statusFor(ServiceErrorKind kind);
Reply errorReply(const ServiceError &error);

} // namespace medinexus::server::api
