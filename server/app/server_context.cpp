#include "server/app/server_context.h"

#include "server/app/store_factory.h"

#include <algorithm>

namespace medinexus::server {

ServerContext::ServerContext(const ServerConfig &config, Notify notify)
    : ServerContext(openStore(config), config, std::move(notify))
{
}

ServerContext::ServerContext(std::unique_ptr<Store> store, const ServerConfig &config, Notify notify)
    : store_(std::move(store))
{
    SessionPolicy policy;
    policy.idleTimeout = config.sessionIdleTimeout;
    policy.absoluteLifetime = config.sessionAbsoluteLifetime;
    // lastSeenAt is written at most once per touchInterval: keep it well below the idle timeout.
    policy.touchInterval = std::min(policy.touchInterval, config.sessionIdleTimeout / 4);
    authenticator_ = std::make_unique<Authenticator>(*store_, PasswordHasher{}, LoginThrottle(*store_), policy);
    applier_ = std::make_unique<ChangeApplier>(*store_, clock_);
    sessions_ = std::make_unique<SessionService>(*store_, *authenticator_);
    clinical_ = std::make_unique<ClinicalService>(*store_, *applier_, clock_, notify);
    sync_ = std::make_unique<SyncService>(*store_, *applier_, notify);
    directory_ = std::make_unique<DirectoryService>(*store_, *authenticator_, authenticator_->hasher(), clock_, notify);
    audit_ = std::make_unique<AuditService>(*store_);
    health_ = std::make_unique<HealthService>(*store_);
}

ServerContext::~ServerContext() = default;

} // namespace medinexus::server
