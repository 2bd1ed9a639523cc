#include "client/core/cache/sync_applier.h"

#include "shared/codec/model_json.h"

#include <QSet>

namespace medinexus::client {

SyncApplier::SyncApplier(CacheDatabase &cache, QUuid currentUserId)
    : cache_(cache), records_(cache.connection()), outbox_(cache.connection()), currentUserId_(currentUserId)
{
}

std::optional<QString> SyncApplier::pullCursor()
{
    return cache_.metaValue(meta::kPullCursor);
}

SyncApplier::PageOutcome SyncApplier::applyPullPage(const sync::PullResponse &page)
{
    PageOutcome outcome;
    QSet<QUuid> conflicting(page.conflicts.begin(), page.conflicts.end());
    sqlite::Transaction transaction(cache_.connection());
    bool sawCurrentUser = false;
    for (const sync::ChangeEnvelope &change : page.changes) {
        auto payload = sync::decodePayload(change);
        if (!payload)
            throw SyncProtocolError("the server sent an undecodable change: " + payload.error().toString().toStdString());
        ++outcome.changes;
        if (conflicting.contains(change.changeId)) {
            // Kept by the server beside the current version, not applied.
            const auto *proposed = std::get_if<Patient>(&*payload);
            if (!proposed)
                throw SyncProtocolError("the server flagged a change that is not a patient as a conflict");
            CachedConflict conflict{change.changeId, proposed->id, change.baseVersion, *proposed,
                                    change.authorId, change.facilityId,
                                    QDateTime::fromMSecsSinceEpoch(change.hlc.wallMs).toUTC()};
            records_.addConflict(conflict);
            ++outcome.conflicts;
            continue;
        }
        std::visit(
            [&](const auto &object) {
                using T = std::decay_t<decltype(object)>;
                if constexpr (std::is_same_v<T, Facility>) {
                    records_.putFacility(object);
                } else if constexpr (std::is_same_v<T, User>) {
                    records_.putUser(object);
                    if (object.id == currentUserId_)
                        sawCurrentUser = true;
                } else if constexpr (std::is_same_v<T, Patient>) {
                    // A local edit still waiting stays visible until the server answers it.
                    const bool shown = !outbox_.pendingFor(ObjectType::Patient, object.id);
                    records_.putPatientFromServer(object, shown);
                } else if constexpr (std::is_same_v<T, ClinicalEntry>) {
                    records_.putEntry(object, false);
                }
                // Record accesses feed the server's audit log and are never pulled.
            },
            *payload);
    }
    // The account's state after the whole page counts: deactivated then reactivated is active.
    if (sawCurrentUser) {
        const auto me = records_.user(currentUserId_);
        outcome.currentUserDeactivated = me && !me->active;
    }
    if (outcome.currentUserDeactivated)
        cache_.setMetaValue(meta::kOfflineAccessRevoked, QStringLiteral("1"));
    if (!page.nextCursor.isEmpty())
        cache_.setMetaValue(meta::kPullCursor, page.nextCursor);
    transaction.commit();
    return outcome;
}

SyncApplier::PushOutcome SyncApplier::applyPushResponse(const std::vector<OutboxItem> &sent,
                                                        const sync::PushResponse &response)
{
    if (response.results.size() != sent.size())
        throw SyncProtocolError("the server answered a push with the wrong number of results");
    PushOutcome outcome;
    sqlite::Transaction transaction(cache_.connection());
    for (std::size_t i = 0; i < sent.size(); ++i) {
        const sync::ChangeEnvelope &change = sent[i].envelope;
        const sync::PushResult &result = response.results[i];
        if (result.changeId != change.changeId)
            throw SyncProtocolError("the server answered a push out of order");
        switch (result.status) {
        case sync::PushStatus::Accepted:
        case sync::PushStatus::Duplicate: {
            outbox_.remove(change.changeId);
            if (change.objectType == ObjectType::Entry) {
                records_.markEntryAcknowledged(change.objectId);
            } else if (change.objectType == ObjectType::Patient) {
                if (auto patient = sync::decodePatientPayload(change))
                    records_.putPatientFromServer(*patient, false);
            }
            ++outcome.acknowledged;
            break;
        }
        case sync::PushStatus::Conflict: {
            // The server kept this version beside its own: so does the cache, and the clinic
            // sees the server's current version with the conflict flagged.
            outbox_.remove(change.changeId);
            auto proposed = sync::decodePatientPayload(change);
            if (!proposed)
                throw SyncProtocolError("the server reported a conflict for a change that is not a patient");
            records_.addConflict({change.changeId, change.objectId, change.baseVersion, *proposed, change.authorId,
                                  change.facilityId, QDateTime::currentDateTimeUtc()});
            if (result.current) {
                auto current = patientFromJson(*result.current);
                if (!current)
                    throw SyncProtocolError("the server's current patient does not decode");
                records_.putPatientFromServer(*current, !outbox_.pendingFor(ObjectType::Patient, change.objectId));
            }
            ++outcome.conflicts;
            break;
        }
        case sync::PushStatus::Rejected:
            rejectLocally(change, result.reason);
            ++outcome.rejected;
            break;
        }
    }
    transaction.commit();
    return outcome;
}

void SyncApplier::rejectUnsendable(const OutboxItem &item, const QString &reason)
{
    sqlite::Transaction transaction(cache_.connection());
    rejectLocally(item.envelope, reason);
    transaction.commit();
}

void SyncApplier::rejectLocally(const sync::ChangeEnvelope &change, const QString &reason)
{
    // Kept in rejected_changes for the user to see; the cache goes back to the server's view.
    outbox_.reject(change, reason);
    if (change.objectType == ObjectType::Entry)
        records_.removePendingEntry(change.objectId);
    else if (change.objectType == ObjectType::Patient && !outbox_.pendingFor(ObjectType::Patient, change.objectId))
        records_.revertPatientToServer(change.objectId);
}

void SyncApplier::replaceConflicts(const std::vector<CachedConflict> &conflicts)
{
    sqlite::Transaction transaction(cache_.connection());
    records_.replaceConflicts(conflicts);
    transaction.commit();
}

std::optional<CachedConflict> conflictFromJson(const QJsonObject &json)
{
    CachedConflict conflict;
    const auto changeId = uuidFromJsonString(json.value(QStringLiteral("changeId")).toString());
    const auto patientId = uuidFromJsonString(json.value(QStringLiteral("patientId")).toString());
    const auto authorId = uuidFromJsonString(json.value(QStringLiteral("authorId")).toString());
    const auto facilityId = uuidFromJsonString(json.value(QStringLiteral("facilityId")).toString());
    const auto receivedAt = dateTimeFromJsonString(json.value(QStringLiteral("receivedAt")).toString());
    const QJsonValue baseVersion = json.value(QStringLiteral("baseVersion"));
    auto proposed = patientFromJson(json.value(QStringLiteral("proposed")).toObject());
    if (!changeId || !patientId || !authorId || !facilityId || !receivedAt || !baseVersion.isDouble() || !proposed)
        return std::nullopt;
    conflict.changeId = *changeId;
    conflict.patientId = *patientId;
    conflict.baseVersion = baseVersion.toInt();
    conflict.proposed = std::move(proposed).value();
    conflict.authorId = *authorId;
    conflict.facilityId = *facilityId;
    conflict.receivedAt = *receivedAt;
    return conflict;
}

} // namespace medinexus::client
