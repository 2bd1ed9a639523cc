#pragma once

#include "server/net/websocket_subscriber.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace medinexus::server::net {

/// Receives published messages: a WebSocket session (or a test double).
class NotificationSink {
public:
    virtual ~NotificationSink() = default;
    /// Queues a text message for sending. Called from any thread; must not block.
    virtual void deliver(std::shared_ptr<const std::string> message) = 0;
};

/// Fans notifications out to the live WebSocket subscribers. Thread-safe: business code
/// publishes from any worker thread. Each subscriber has its own bounded outgoing queue
/// (ServerOptions::webSocketMaxQueued*); one that falls too far behind is closed instead of
/// buffering without limit. Must outlive the HttpsServer that uses it.
class NotificationHub {
public:
    using SubscriptionId = std::uint64_t;
    using Filter = std::function<bool(const WebSocketSubscriber &subscriber)>;

    NotificationHub() = default;
    NotificationHub(const NotificationHub &) = delete;
    NotificationHub &operator=(const NotificationHub &) = delete;

    /// Sends `text` as a WebSocket text message to every live subscriber; returns how many it
    /// was queued for.
    std::size_t publish(std::string text);
    /// The same, to the subscribers for which `filter` returns true (e.g. one facility).
    /// `filter` runs on the calling thread, outside the hub's lock.
    std::size_t publish(std::string text, const Filter &filter);

    [[nodiscard]] std::size_t subscriberCount() const;

    /// Used by WebSocket sessions once their handshake is done, and by tests.
    [[nodiscard]] SubscriptionId subscribe(WebSocketSubscriber subscriber, std::weak_ptr<NotificationSink> sink);
    void unsubscribe(SubscriptionId id) noexcept;

private:
    struct Entry {
        std::shared_ptr<const WebSocketSubscriber> subscriber;
        std::weak_ptr<NotificationSink> sink;
    };

    mutable std::mutex mutex_;
    std::unordered_map<SubscriptionId, Entry> entries_;
    SubscriptionId nextId_ = 1;
};

} // namespace medinexus::server::net
