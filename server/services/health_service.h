#pragma once

#include "server/storage/store.h"

#include <QString>

namespace medinexus::server {

// What /healthz reports: whether this node can serve requests now. A node whose store
// cannot be reached (no PostgreSQL primary during a fail-over) answers 503, so a load
// balancer sends clients to a node that can serve them.
class HealthService {
public:
    struct Status {
        bool storeAvailable = false;
        QString problem;  // empty when available; never patient data nor connection details
    };

    explicit HealthService(Store &store) : store_(store) {}

    Status check();

private:
    Store &store_;
};

} // namespace medinexus::server
