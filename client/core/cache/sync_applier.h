#pragma once

// What the server said, applied to the cache: a pulled page, or the answers to a push. Each
// call is ONE local transaction (the pull cursor moves with the page it covers; outbox rows
// leave with the cache update their answer implies), so an interruption at any point either
// keeps the whole page / answer or none of it, and the next sync picks up from there.

#include "client/core/cache/cache_database.h"
#include "client/core/cache/outbox.h"
#include "client/core/cache/record_store.h"

#include "shared/sync/sync_messages.h"

#include <QUuid>

#include <stdexcept>
#include <vector>

namespace medinexus::client {

// The server's answer does not fit what was asked (wrong count or order of results).
class SyncProtocolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class SyncApplier {
public:
    SyncApplier(CacheDatabase &cache, QUuid currentUserId);

    struct PageOutcome {
        int changes = 0;
        int conflicts = 0;
        bool currentUserDeactivated = false;
    };
    // Applies one pull page and stores its nextCursor.
    PageOutcome applyPullPage(const sync::PullResponse &page);

    struct PushOutcome {
        int acknowledged = 0;  // accepted or duplicate
        int conflicts = 0;
        int rejected = 0;
    };
    // `sent`: the outbox items of the push, in order; `response`: one result per item.
    PushOutcome applyPushResponse(const std::vector<OutboxItem> &sent, const sync::PushResponse &response);
    // The server refused one change as malformed as a whole (HTTP 4xx for a batch of one).
    void rejectUnsendable(const OutboxItem &item, const QString &reason);

    // The server's list of open conflicts (GET /api/v1/conflicts) replaces the cached one.
    void replaceConflicts(const std::vector<CachedConflict> &conflicts);

    [[nodiscard]] std::optional<QString> pullCursor();

private:
    void rejectLocally(const sync::ChangeEnvelope &change, const QString &reason);

    CacheDatabase &cache_;
    RecordStore records_;
    Outbox outbox_;
    QUuid currentUserId_;
};

// The JSON form of a conflict in GET /api/v1/conflicts and GET /api/v1/patients/{id}.
std::optional<CachedConflict> conflictFromJson(const QJsonObject &json);

} // namespace medinexus::client
