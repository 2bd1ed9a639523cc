#pragma once

#include "server/api/api_call.h"
#include "server/api/api_reply.h"
#include "server/api/route_table.h"
#include "server/net/request_handler.h"

#include <functional>
#include <vector>

namespace medinexus::server {
class Authenticator;
class AuditService;
class ClinicalService;
class DirectoryService;
class HealthService;
class SessionService;
class SyncService;
} // namespace medinexus::server

namespace medinexus::server::api {

// The services the REST routes call. The API layer holds no SQL and no business rule:
// it parses, authenticates, calls a service and writes JSON.
struct ApiServices {
    Authenticator &authenticator;
    SessionService &sessions;
    ClinicalService &clinical;
    SyncService &sync;
    DirectoryService &directory;
    AuditService &audit;
    HealthService &health;
};

enum class Access { Public, Authenticated };

class RouteRegistry {
public:
    using Handler = std::function<Reply(Call &)>;
    struct Route {
        boost::beast::http::verb method;
        RoutePattern pattern;
        Access access;
        Handler handler;
    };

    void add(boost::beast::http::verb method, std::string_view pattern, Access access, Handler handler);
    const std::vector<Route> &routes() const { return routes_; }

private:
    std::vector<Route> routes_;
};

// Route groups, one file each.
void addAuthRoutes(RouteRegistry &routes, ApiServices &services);
void addPatientRoutes(RouteRegistry &routes, ApiServices &services);
void addSyncRoutes(RouteRegistry &routes, ApiServices &services);
void addDirectoryRoutes(RouteRegistry &routes, ApiServices &services);
void addAuditRoutes(RouteRegistry &routes, ApiServices &services);

// The transport's RequestHandler for /api/v1 and /healthz.
class ApiHandler final : public net::RequestHandler {
public:
    explicit ApiHandler(ApiServices services);

    net::Response handle(const net::Request &request, const net::PeerInfo &peer) override;
    std::optional<net::WebSocketSubscriber> authorizeWebSocket(const net::Request &request,
                                                               const net::PeerInfo &peer) override;

    // The path of the WebSocket that announces new changes.
    static constexpr std::string_view kNotificationsPath = "/api/v1/sync/notifications";

private:
    Reply dispatch(const net::Request &request, const net::PeerInfo &peer);
    std::optional<Principal> authenticate(const net::Request &request, const QString &peer);

    ApiServices services_;
    RouteRegistry routes_;
};

} // namespace medinexus::server::api
