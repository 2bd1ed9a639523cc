#pragma once

#include "server/app/server_config.h"
#include "server/auth/authenticator.h"
#include "server/services/audit_service.h"
#include "server/services/change_applier.h"
#include "server/services/clinical_service.h"
#include "server/services/directory_service.h"
#include "server/services/health_service.h"
#include "server/services/session_service.h"
#include "server/services/sync_service.h"
#include "server/storage/store.h"

#include "shared/sync/hlc.h"

#include <functional>
#include <memory>

namespace medinexus::server {

// The store and every service over it, wired once; used by `serve`, by the
// administration verbs of the command line and by the demo-data generator.
class ServerContext {
public:
    using Notify = std::function<void()>;

    // Opens (and migrates) the configured store (store_factory.h).
    explicit ServerContext(const ServerConfig &config, Notify notify = [] {});
    // Over a store already open (`serve` waits for a PostgreSQL primary first).
    ServerContext(std::unique_ptr<Store> store, const ServerConfig &config, Notify notify = [] {});
    ~ServerContext();

    Store &store() { return *store_; }
    HybridLogicalClock &clock() { return clock_; }
    Authenticator &authenticator() { return *authenticator_; }
    ChangeApplier &applier() { return *applier_; }
    SessionService &sessions() { return *sessions_; }
    ClinicalService &clinical() { return *clinical_; }
    SyncService &sync() { return *sync_; }
    DirectoryService &directory() { return *directory_; }
    AuditService &audit() { return *audit_; }
    HealthService &health() { return *health_; }

private:
    std::unique_ptr<Store> store_;
    HybridLogicalClock clock_;
    std::unique_ptr<Authenticator> authenticator_;
    std::unique_ptr<ChangeApplier> applier_;
    std::unique_ptr<SessionService> sessions_;
    std::unique_ptr<ClinicalService> clinical_;
    std::unique_ptr<SyncService> sync_;
    std::unique_ptr<DirectoryService> directory_;
    std::unique_ptr<AuditService> audit_;
    std::unique_ptr<HealthService> health_;
};

} // namespace medinexus::server
