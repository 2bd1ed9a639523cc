#include "server/services/sync_service.h"

#include "server/services/service_error.h"

#include <algorithm>

namespace medinexus::server {

SyncService::SyncService(Store &store, ChangeApplier &applier, Notify notify)
    : store_(store), applier_(applier), notify_(std::move(notify))
{
}

std::vector<ObjectType> SyncService::pullableTypes(Role role)
{
    std::vector<ObjectType> types;
    if (isAllowed(role, Action::SyncDirectory)) {
        types.push_back(ObjectType::Facility);
        types.push_back(ObjectType::User);
    }
    if (isAllowed(role, Action::SyncClinicalData)) {
        types.push_back(ObjectType::Patient);
        types.push_back(ObjectType::Entry);
    }
    // RecordAccess changes only feed the audit log; they are never pulled.
    return types;
}

std::vector<ChangeOutcome> SyncService::push(const Principal &principal, const std::vector<sync::ChangeEnvelope> &changes)
{
    principal.require(Action::SyncClinicalData);
    std::vector<ChangeOutcome> outcomes;
    outcomes.reserve(changes.size());
    bool wrote = false;
    for (const auto &change : changes) {
        outcomes.push_back(applier_.apply(principal, change));
        const auto status = outcomes.back().status;
        wrote = wrote || status == ChangeOutcome::Status::Accepted || status == ChangeOutcome::Status::Conflict;
    }
    if (wrote)
        notify_();
    return outcomes;
}

PullPage SyncService::pull(const Principal &principal, qint64 afterSequence, int limit)
{
    const auto types = pullableTypes(principal.user.role);
    if (types.empty())
        throw ServiceError(ServiceErrorKind::Forbidden, QStringLiteral("forbidden"),
                           refusalMessage(principal.user.role, Action::SyncDirectory));
    if (afterSequence < 0)
        throw ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"), QStringLiteral("after: must not be negative"));
    limit = std::clamp(limit, 1, kMaxPullLimit);
    return store_.pull(afterSequence, limit, types);
}

} // namespace medinexus::server
