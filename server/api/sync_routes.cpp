// Sync: push a batch of offline changes, pull what changed after a cursor.
#include "server/api/api_handler.h"
#include "server/services/service_error.h"
#include "server/services/sync_service.h"

#include "shared/ids/uuid.h"
#include "shared/sync/sync_messages.h"

namespace medinexus::server::api {

namespace http = boost::beast::http;

namespace {

sync::PushStatus toPushStatus(ChangeOutcome::Status status)
{
    switch (status) {
    case ChangeOutcome::Status::Accepted: return sync::PushStatus::Accepted;
    case ChangeOutcome::Status::Duplicate: return sync::PushStatus::Duplicate;
    case ChangeOutcome::Status::Conflict: return sync::PushStatus::Conflict;
    case ChangeOutcome::Status::Rejected: return sync::PushStatus::Rejected;
    }
    return sync::PushStatus::Rejected;
}

// The cursor is opaque to clients; today it is the last sequence number they have seen.
qint64 parseCursor(const QString &cursor)
{
    if (cursor.isEmpty())
        return 0;
    bool ok = false;
    const qint64 sequence = cursor.toLongLong(&ok);
    if (!ok || sequence < 0)
        throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"), QStringLiteral("after: not a cursor this server issued"));
    return sequence;
}

} // namespace

void addSyncRoutes(RouteRegistry &routes, ApiServices &services)
{
    SyncService &syncService = services.sync;

    routes.add(http::verb::post, "/api/v1/sync/push", Access::Authenticated, [&syncService](Call &call) {
        const std::string &body = call.request().body();
        auto request = sync::decodePushRequest(QByteArrayView(body.data(), static_cast<qsizetype>(body.size())));
        if (!request)
            throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"),
                               QStringLiteral("Malformed push: %1").arg(request.error().toString()));
        const auto outcomes = syncService.push(call.principal(), request->changes);
        sync::PushResponse response;
        response.results.reserve(outcomes.size());
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            const ChangeOutcome &outcome = outcomes[i];
            sync::PushResult result;
            result.changeId = request->changes[i].changeId;
            result.status = toPushStatus(outcome.status);
            result.currentVersion = outcome.currentVersion;
            result.current = outcome.current;
            if (outcome.status == ChangeOutcome::Status::Rejected)
                result.reason = outcome.reasonCode + QStringLiteral(": ") + outcome.reason;
            response.results.push_back(std::move(result));
        }
        return ok(sync::toJson(response));
    });

    routes.add(http::verb::get, "/api/v1/sync/pull", Access::Authenticated, [&syncService](Call &call) {
        const qint64 after = parseCursor(call.queryText(QStringLiteral("after")));
        const int limit = static_cast<int>(std::clamp<qint64>(
            call.queryInteger(QStringLiteral("limit")).value_or(SyncService::kDefaultPullLimit), 1, SyncService::kMaxPullLimit));
        const PullPage page = syncService.pull(call.principal(), after, limit);
        sync::PullResponse response;
        response.changes.reserve(page.changes.size());
        for (const auto &logged : page.changes) {
            response.changes.push_back(logged.change);
            if (logged.disposition == ChangeDisposition::Conflict)
                response.conflicts.push_back(logged.change.changeId);
        }
        response.nextCursor = QString::number(page.lastSequence);
        response.hasMore = page.hasMore;
        return ok(sync::toJson(response));
    });
}

} // namespace medinexus::server::api
