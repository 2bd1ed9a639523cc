#pragma once

#include "server/services/change_applier.h"
#include "server/services/principal.h"
#include "server/storage/store.h"

#include "shared/sync/sync_messages.h"

#include <functional>
#include <vector>

namespace medinexus::server {

// Push and pull for clients that work offline.
class SyncService {
public:
    using Notify = std::function<void()>;

    static constexpr int kDefaultPullLimit = 500;
    static constexpr int kMaxPullLimit = static_cast<int>(sync::kMaxPullBatch);

    SyncService(Store &store, ChangeApplier &applier, Notify notify);

    // One outcome per change, in order. Each change commits on its own, so a refused
    // change never holds back the others, and a retry of the whole batch is safe.
    std::vector<ChangeOutcome> push(const Principal &principal, const std::vector<sync::ChangeEnvelope> &changes);

    // The next page of changes after `afterSequence`, restricted to what the caller's
    // role may read (an administrator pulls the directory, never clinical content).
    PullPage pull(const Principal &principal, qint64 afterSequence, int limit);

    // The object types a role receives when it pulls.
    static std::vector<ObjectType> pullableTypes(Role role);

private:
    Store &store_;
    ChangeApplier &applier_;
    Notify notify_;
};

} // namespace medinexus::server
