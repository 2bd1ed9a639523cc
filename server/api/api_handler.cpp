#include "server/api/api_handler.h"

#include "server/auth/authenticator.h"
#include "server/services/health_service.h"
#include "server/services/service_error.h"
#include "server/storage/store_records.h"

#include "shared/codec/canonical_json.h"
#include "shared/ids/uuid.h"
#include "shared/version.h"

#include <boost/beast/http/field.hpp>

namespace medinexus::server::api {

namespace http = boost::beast::http;

namespace {

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::optional<std::string_view> bearerToken(const net::Request &request)
{
    const auto header = request[http::field::authorization];
    constexpr std::string_view prefix = "Bearer ";
    if (header.size() <= prefix.size() || header.substr(0, prefix.size()) != prefix)
        return std::nullopt;
    return std::string_view(header.data() + prefix.size(), header.size() - prefix.size());
}

bool hasJsonBody(const net::Request &request)
{
    const auto type = request[http::field::content_type];
    constexpr std::string_view json = "application/json";
    return type.size() >= json.size() && type.substr(0, json.size()) == json;
}

net::Response toResponse(const Reply &reply, const net::Request &request)
{
    net::Response response{static_cast<http::status>(reply.status), request.version()};
    response.set(http::field::content_type, "application/json; charset=utf-8");
    response.set(http::field::cache_control, "no-store");  // clinical data is never cached
    for (const auto &[name, value] : reply.headers)
        response.set(name, value);
    const QByteArray body = toCanonicalJson(reply.body.isUndefined() ? QJsonValue(QJsonObject{}) : reply.body);
    response.body().assign(body.constData(), static_cast<std::size_t>(body.size()));
    response.keep_alive(request.keep_alive());
    response.prepare_payload();
    return response;
}

} // namespace

void RouteRegistry::add(http::verb method, std::string_view pattern, Access access, Handler handler)
{
    routes_.push_back(Route{method, RoutePattern(pattern), access, std::move(handler)});
}

ApiHandler::ApiHandler(ApiServices services) : services_(services)
{
    // Load balancers poll it: 200 only while this node can reach its store (a PostgreSQL
    // primary), else 503, so that traffic goes to a node that can serve it.
    routes_.add(http::verb::get, "/healthz", Access::Public, [this](Call &) {
        const HealthService::Status status = services_.health.check();
        if (!status.storeAvailable) {
            Reply reply = errorReply(503, QStringLiteral("unavailable"), status.problem);
            reply.headers.emplace_back("Retry-After", "1");
            return reply;
        }
        return ok(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                              {QStringLiteral("version"), QString::fromLatin1(kVersion)}});
    });
    addAuthRoutes(routes_, services_);
    addPatientRoutes(routes_, services_);
    addSyncRoutes(routes_, services_);
    addDirectoryRoutes(routes_, services_);
    addAuditRoutes(routes_, services_);
}

std::optional<Principal> ApiHandler::authenticate(const net::Request &request, const QString &peer)
{
    const auto token = bearerToken(request);
    if (!token)
        return std::nullopt;
    auto user = services_.authenticator.authenticate(QByteArrayView(token->data(), static_cast<qsizetype>(token->size())));
    if (!user)
        return std::nullopt;
    return Principal{user->user, peer};
}

Reply ApiHandler::dispatch(const net::Request &request, const net::PeerInfo &peer)
{
    const auto [path, rawQuery] = splitTarget(std::string_view(request.target().data(), request.target().size()));
    const QString peerAddress = QString::fromStdString(peer.address);

    bool pathMatched = false;
    std::string allowed;
    for (const auto &route : routes_.routes()) {
        auto captures = route.pattern.match(path);
        if (!captures)
            continue;
        pathMatched = true;
        if (route.method != request.method()) {
            allowed += (allowed.empty() ? "" : ", ") + std::string(http::to_string(route.method));
            continue;
        }
        if ((request.method() == http::verb::post || request.method() == http::verb::put) && !request.body().empty()
            && !hasJsonBody(request))
            return errorReply(415, QStringLiteral("unsupported_media_type"), QStringLiteral("Send the body as application/json."));

        std::optional<Principal> principal;
        if (route.access == Access::Authenticated) {
            principal = authenticate(request, peerAddress);
            if (!principal)
                return errorReply(ServiceError(ServiceErrorKind::Unauthenticated, QStringLiteral("unauthenticated"),
                                               QStringLiteral("Log in first: the session is missing, expired or revoked.")));
        }
        Call call(request, std::move(*captures), QUrlQuery(toQString(rawQuery)), std::move(principal), peerAddress);
        return route.handler(call);
    }
    if (pathMatched) {
        Reply reply = errorReply(405, QStringLiteral("method_not_allowed"), QStringLiteral("This method is not allowed here."));
        reply.headers.emplace_back("Allow", allowed);
        return reply;
    }
    return errorReply(404, QStringLiteral("not_found"), QStringLiteral("No such resource."));
}

net::Response ApiHandler::handle(const net::Request &request, const net::PeerInfo &peer)
{
    try {
        return toResponse(dispatch(request, peer), request);
    } catch (const ServiceError &error) {
        return toResponse(errorReply(error), request);
    } catch (const StoreError &error) {
        if (!error.transient())
            throw;  // the transport answers 500 without details and logs the type
        Reply reply = errorReply(503, QStringLiteral("unavailable"), QStringLiteral("The store is busy or failing over; retry shortly."));
        reply.headers.emplace_back("Retry-After", "1");
        return toResponse(reply, request);
    }
}

std::optional<net::WebSocketSubscriber> ApiHandler::authorizeWebSocket(const net::Request &request, const net::PeerInfo &peer)
{
    const auto [path, rawQuery] = splitTarget(std::string_view(request.target().data(), request.target().size()));
    if (path != kNotificationsPath)
        return std::nullopt;
    const auto principal = authenticate(request, QString::fromStdString(peer.address));
    if (!principal || !principal->may(Action::SyncDirectory))
        return std::nullopt;
    return net::WebSocketSubscriber{uuidToString(principal->user.id).toStdString(),
                                    uuidToString(principal->user.facilityId).toStdString()};
}

} // namespace medinexus::server::api
