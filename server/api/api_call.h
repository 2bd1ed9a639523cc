#pragma once

#include "server/services/principal.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <QJsonObject>
#include <QUrlQuery>
#include <QUuid>

#include <optional>
#include <string>
#include <vector>

namespace medinexus::server::api {

using HttpRequest = boost::beast::http::request<boost::beast::http::string_body>;

// One request as a route sees it: the path captures, the query, the caller.
class Call {
public:
    Call(const HttpRequest &request, std::vector<std::string> params, QUrlQuery query,
         std::optional<Principal> principal, QString peer);

    const HttpRequest &request() const { return request_; }
    const QString &peer() const { return peer_; }
    // The authenticated caller; routes that need one are only reached with one.
    const Principal &principal() const { return *principal_; }

    // The body as a JSON object, parsed strictly (duplicate keys, non-integers and
    // oversized nesting refused); throws ServiceError(BadRequest) with the position.
    QJsonObject jsonBody() const;
    // Path capture i as a UUID; a malformed one is a 404 (no such resource).
    QUuid uuidParam(std::size_t index) const;
    // Query parameters; a present but malformed integer is a 400.
    QString queryText(const QString &name) const;
    std::optional<qint64> queryInteger(const QString &name) const;

private:
    const HttpRequest &request_;
    std::vector<std::string> params_;
    QUrlQuery query_;
    std::optional<Principal> principal_;
    QString peer_;
};

// Reads a required integer member; throws ServiceError(BadRequest) naming the field.
int requiredInt(const QJsonObject &object, const QString &name);
// Reads a required object member; throws ServiceError(BadRequest) naming the field.
QJsonObject requiredObject(const QJsonObject &object, const QString &name);

} // namespace medinexus::server::api
