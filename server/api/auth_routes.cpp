// Login, logout and the caller's own account.
#include "server/api/api_handler.h"
#include "server/services/service_error.h"
#include "server/services/directory_service.h"
#include "server/services/session_service.h"

#include "shared/codec/model_json.h"
#include "shared/permissions/permissions.h"

#include <QJsonArray>

#include <boost/beast/http/field.hpp>

namespace medinexus::server::api {

namespace http = boost::beast::http;

namespace {

QString requiredString(QJsonObject &body, const QString &name)
{
    const QJsonValue value = body.take(name);
    if (!value.isString())
        throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"), QStringLiteral("%1: expected a string").arg(name));
    return value.toString();
}

// What the caller may do, so a client can show or hide actions (the server still checks).
QJsonArray allowedActionsJson(Role role)
{
    QJsonArray actions;
    for (Action action : allowedActions(role))
        actions.append(toToken(action));
    return actions;
}

} // namespace

void addAuthRoutes(RouteRegistry &routes, ApiServices &services)
{
    SessionService &sessions = services.sessions;

    routes.add(http::verb::post, "/api/v1/auth/login", Access::Public, [&sessions](Call &call) {
        QJsonObject body = call.jsonBody();
        const QString username = requiredString(body, QStringLiteral("username"));
        const SecretString password = SecretString::fromUtf16(requiredString(body, QStringLiteral("password")));
        LoginResult result = sessions.login(username, password, call.peer());
        const QByteArrayView token = result.token.view();
        return ok(QJsonObject{{QStringLiteral("token"), QString::fromLatin1(token.data(), token.size())},
                              {QStringLiteral("expiresAt"), dateTimeToJsonString(result.absoluteExpiry)},
                              {QStringLiteral("idleTimeoutSeconds"), static_cast<qint64>(std::chrono::seconds(result.idleTimeout).count())},
                              {QStringLiteral("user"), toJson(result.user)},
                              {QStringLiteral("allowedActions"), allowedActionsJson(result.user.role)}});
    });

    routes.add(http::verb::post, "/api/v1/auth/logout", Access::Authenticated, [&sessions](Call &call) {
        const auto header = call.request()[http::field::authorization];
        const std::string_view token = std::string_view(header.data(), header.size()).substr(7);  // after "Bearer "
        sessions.logout(call.principal(), QByteArrayView(token.data(), static_cast<qsizetype>(token.size())));
        return ok(QJsonObject{{QStringLiteral("loggedOut"), true}});
    });

    DirectoryService &directory = services.directory;
    routes.add(http::verb::post, "/api/v1/auth/password", Access::Authenticated, [&directory](Call &call) {
        QJsonObject body = call.jsonBody();
        const SecretString current = SecretString::fromUtf16(requiredString(body, QStringLiteral("currentPassword")));
        const SecretString next = SecretString::fromUtf16(requiredString(body, QStringLiteral("newPassword")));
        directory.changeOwnPassword(call.principal(), current, next);
        return ok(QJsonObject{{QStringLiteral("changed"), true}});
    });

    routes.add(http::verb::get, "/api/v1/auth/me", Access::Authenticated, [](Call &call) {
        const User &user = call.principal().user;
        return ok(QJsonObject{{QStringLiteral("user"), toJson(user)},
                              {QStringLiteral("allowedActions"), allowedActionsJson(user.role)}});
    });
}

} // namespace medinexus::server::api
