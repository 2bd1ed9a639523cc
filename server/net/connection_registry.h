#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <unordered_map>
#include <vector>

namespace medinexus::server::net {

/// A live client connection (HTTP or WebSocket) as seen by graceful shutdown. Both functions
/// are thread-safe and return at once; the work happens on the connection's strand.
class Connection {
public:
    virtual ~Connection() = default;
    /// Finish what is in flight, then close cleanly (idle keep-alive connections close now).
    virtual void beginShutdown() = 0;
    /// Close the socket now, abandoning anything in flight.
    virtual void forceClose() = 0;
};

/// The set of live connections of one server. Thread-safe.
class ConnectionRegistry {
public:
    using Id = std::uint64_t;

    ConnectionRegistry() = default;
    ConnectionRegistry(const ConnectionRegistry &) = delete;
    ConnectionRegistry &operator=(const ConnectionRegistry &) = delete;

    /// Registers a connection; nullopt once shutdown has begun (the caller then closes it).
    [[nodiscard]] std::optional<Id> add(std::weak_ptr<Connection> connection);
    /// Deregisters; when this empties the registry during shutdown, the drain callback runs
    /// (on the calling thread, outside the lock).
    void remove(Id id) noexcept;

    [[nodiscard]] std::size_t size() const;
    [[nodiscard]] bool shuttingDown() const;

    /// Refuses further registrations, asks every connection to shut down and returns how many
    /// there were. If that is not zero, `onDrained` runs once when the last one deregisters.
    std::size_t beginShutdown(std::function<void()> onDrained);
    /// Forces every remaining connection closed.
    void forceCloseAll();
    /// Forgets the drain callback (before its target goes away).
    void clearDrainCallback() noexcept;

private:
    [[nodiscard]] std::vector<std::shared_ptr<Connection>> liveConnectionsLocked() const;

    mutable std::mutex mutex_;
    std::unordered_map<Id, std::weak_ptr<Connection>> connections_;
    Id nextId_ = 1;
    bool shuttingDown_ = false;
    std::function<void()> onDrained_;
};

} // namespace medinexus::server::net
