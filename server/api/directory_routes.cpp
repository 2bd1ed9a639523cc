// Facilities and users: listed by every client, managed by administrators.
#include "server/api/api_handler.h"
#include "shared/security/secret_string.h"
#include "server/services/directory_service.h"
#include "server/services/service_error.h"

#include "shared/codec/model_json.h"

#include <QJsonArray>

namespace medinexus::server::api {

namespace http = boost::beast::http;

namespace {

// Takes the password out of a request body, so the rest decodes as a plain object and
// the text does not linger in the JSON.
SecretString takePassword(QJsonObject &body)
{
    const QJsonValue value = body.take(QStringLiteral("password"));
    if (!value.isString())
        throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"), QStringLiteral("password: expected a string"));
    return SecretString::fromUtf16(value.toString());
}

} // namespace

void addDirectoryRoutes(RouteRegistry &routes, ApiServices &services)
{
    DirectoryService &directory = services.directory;

    routes.add(http::verb::get, "/api/v1/facilities", Access::Authenticated, [&directory](Call &call) {
        return ok(QJsonObject{{QStringLiteral("facilities"), jsonArray(directory.listFacilities(call.principal()))}});
    });
    routes.add(http::verb::post, "/api/v1/facilities", Access::Authenticated, [&directory](Call &call) {
        return created(toJson(directory.createFacility(call.principal(), call.jsonBody())));
    });
    routes.add(http::verb::put, "/api/v1/facilities/{}", Access::Authenticated, [&directory](Call &call) {
        const QJsonObject body = call.jsonBody();
        return ok(toJson(directory.updateFacility(call.principal(), call.uuidParam(0), requiredInt(body, QStringLiteral("baseVersion")),
                                                  requiredObject(body, QStringLiteral("facility")))));
    });

    routes.add(http::verb::get, "/api/v1/users", Access::Authenticated, [&directory](Call &call) {
        return ok(QJsonObject{{QStringLiteral("users"), jsonArray(directory.listUsers(call.principal()))}});
    });
    routes.add(http::verb::post, "/api/v1/users", Access::Authenticated, [&directory](Call &call) {
        QJsonObject body = call.jsonBody();
        const SecretString password = takePassword(body);
        return created(toJson(directory.createUser(call.principal(), body, password)));
    });
    routes.add(http::verb::put, "/api/v1/users/{}", Access::Authenticated, [&directory](Call &call) {
        const QJsonObject body = call.jsonBody();
        return ok(toJson(directory.updateUser(call.principal(), call.uuidParam(0), requiredInt(body, QStringLiteral("baseVersion")),
                                              requiredObject(body, QStringLiteral("user")))));
    });
    routes.add(http::verb::post, "/api/v1/users/{}/password", Access::Authenticated, [&directory](Call &call) {
        QJsonObject body = call.jsonBody();
        const SecretString password = takePassword(body);
        directory.resetPassword(call.principal(), call.uuidParam(0), password);
        return ok(QJsonObject{{QStringLiteral("reset"), true}});
    });
}

} // namespace medinexus::server::api
