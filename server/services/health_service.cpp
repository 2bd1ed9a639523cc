#include "server/services/health_service.h"

namespace medinexus::server {

HealthService::Status HealthService::check()
{
    try {
        store_.ping();
        return Status{true, {}};
    } catch (const StoreError &error) {
        // A permanent failure (a damaged store...) is unhealthy as well: the node must not
        // receive traffic either way. The message carries no secret (store_records.h).
        return Status{false, error.transient() ? QStringLiteral("store unavailable (retrying)")
                                               : QStringLiteral("store failing")};
    }
}

} // namespace medinexus::server
