#include "server/net/connection_registry.h"

namespace medinexus::server::net {

std::optional<ConnectionRegistry::Id> ConnectionRegistry::add(std::weak_ptr<Connection> connection)
{
    const std::lock_guard lock(mutex_);
    if (shuttingDown_) {
        return std::nullopt;
    }
    const Id id = nextId_++;
    connections_.emplace(id, std::move(connection));
    return id;
}

void ConnectionRegistry::remove(Id id) noexcept
{
    std::function<void()> drained;
    {
        const std::lock_guard lock(mutex_);
        connections_.erase(id);
        if (shuttingDown_ && connections_.empty() && onDrained_) {
            drained = std::move(onDrained_);
            onDrained_ = nullptr;
        }
    }
    if (drained) {
        try {
            drained();
        } catch (...) {
            // The callback only schedules work; a failure there must not escape a destructor.
        }
    }
}

std::size_t ConnectionRegistry::size() const
{
    const std::lock_guard lock(mutex_);
    return connections_.size();
}

bool ConnectionRegistry::shuttingDown() const
{
    const std::lock_guard lock(mutex_);
    return shuttingDown_;
}

std::vector<std::shared_ptr<Connection>> ConnectionRegistry::liveConnectionsLocked() const
{
    std::vector<std::shared_ptr<Connection>> live;
    live.reserve(connections_.size());
    for (const auto &[id, weak] : connections_) {
        if (auto connection = weak.lock()) {
            live.push_back(std::move(connection));
        }
    }
    return live;
}

std::size_t ConnectionRegistry::beginShutdown(std::function<void()> onDrained)
{
    std::vector<std::shared_ptr<Connection>> live;
    std::size_t count = 0;
    {
        const std::lock_guard lock(mutex_);
        shuttingDown_ = true;
        count = connections_.size();
        if (count > 0) {
            onDrained_ = std::move(onDrained);
        }
        live = liveConnectionsLocked();
    }
    // Outside the lock: dropping the last reference may destroy a connection, which calls remove().
    for (const auto &connection : live) {
        connection->beginShutdown();
    }
    return count;
}

void ConnectionRegistry::forceCloseAll()
{
    std::vector<std::shared_ptr<Connection>> live;
    {
        const std::lock_guard lock(mutex_);
        live = liveConnectionsLocked();
    }
    for (const auto &connection : live) {
        connection->forceClose();
    }
}

void ConnectionRegistry::clearDrainCallback() noexcept
{
    const std::lock_guard lock(mutex_);
    onDrained_ = nullptr;
}

} // namespace medinexus::server::net
