#pragma once

// The baseline of the push benchmark: the changes a client pushed, applied again in-process
// through the server's push service (SyncService::push, i.e. ChangeApplier with one store
// transaction per change), followed by the pull of those changes (SyncService::pull), as the
// client's sync did over TLS. No network, no HTTP, no JSON transport, no client side.

#include "shared/sync/change_envelope.h"

#include <QString>

#include <vector>

namespace medinexus::server::bench {

struct PushBaseline {
    int changes = 0;
    int pulled = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;  // this process, all threads
};

// The pushed changes come with fresh change and object ids (and patient numbers), so that
// they are new work for the store and not answered "duplicate"; payloads are otherwise
// the client's. Every change must be accepted.
PushBaseline runPushBaseline(const QString &dataDir, const QString &username,
                             const std::vector<sync::ChangeEnvelope> &pushed, int pushBatch, int pullPage);

} // namespace medinexus::server::bench
