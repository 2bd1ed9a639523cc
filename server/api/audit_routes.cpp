// The audit log, for administrators.
#include "server/api/api_handler.h"
#include "server/services/audit_service.h"
#include "server/services/service_error.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <QJsonArray>

namespace medinexus::server::api {

namespace http = boost::beast::http;

namespace {

QJsonObject recordJson(const AuditRecord &record)
{
    const AuditEvent &event = record.event;
    QJsonObject json{{QStringLiteral("sequence"), record.sequence},
                     {QStringLiteral("at"), dateTimeToJsonString(event.at)},
                     {QStringLiteral("actorName"), event.actorName},
                     {QStringLiteral("action"), event.action},
                     {QStringLiteral("objectType"), event.objectType},
                     {QStringLiteral("objectId"), event.objectId},
                     {QStringLiteral("peer"), event.peer},
                     {QStringLiteral("outcome"), event.outcome},
                     {QStringLiteral("details"), event.details},
                     {QStringLiteral("hash"), QString::fromLatin1(record.hash.toHex())}};
    if (event.actorId)
        json.insert(QStringLiteral("actorId"), uuidToString(*event.actorId));
    return json;
}

std::optional<QDateTime> queryTime(const Call &call, const QString &name)
{
    const QString text = call.queryText(name);
    if (text.isEmpty())
        return std::nullopt;
    auto time = dateTimeFromJsonString(text);
    if (!time)
        throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"),
                           QStringLiteral("%1: expected YYYY-MM-DDTHH:MM:SS.mmmZ").arg(name));
    return time;
}

} // namespace

void addAuditRoutes(RouteRegistry &routes, ApiServices &services)
{
    AuditService &audit = services.audit;
    routes.add(http::verb::get, "/api/v1/audit", Access::Authenticated, [&audit](Call &call) {
        AuditQuery query;
        query.from = queryTime(call, QStringLiteral("from"));
        query.to = queryTime(call, QStringLiteral("to"));
        if (const QString actor = call.queryText(QStringLiteral("actorId")); !actor.isEmpty()) {
            query.actorId = parseUuid(actor);
            if (!query.actorId)
                throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"), QStringLiteral("actorId: expected a UUID"));
        }
        query.action = call.queryText(QStringLiteral("action"));
        query.objectId = call.queryText(QStringLiteral("objectId"));
        query.afterSequence = std::max<qint64>(0, call.queryInteger(QStringLiteral("after")).value_or(0));
        query.limit = static_cast<int>(std::clamp<qint64>(call.queryInteger(QStringLiteral("limit")).value_or(200), 1, AuditService::kMaxLimit));
        QJsonArray records;
        for (const auto &record : audit.query(call.principal(), query))
            records.append(recordJson(record));
        return ok(QJsonObject{{QStringLiteral("records"), records}});
    });
}

} // namespace medinexus::server::api
