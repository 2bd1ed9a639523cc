#include "server/net/notification_hub.h"

#include <utility>
#include <vector>

namespace medinexus::server::net {

std::size_t NotificationHub::publish(std::string text)
{
    return publish(std::move(text), Filter{});
}

std::size_t NotificationHub::publish(std::string text, const Filter &filter)
{
    const auto message = std::make_shared<const std::string>(std::move(text));
    std::vector<std::pair<std::shared_ptr<const WebSocketSubscriber>, std::shared_ptr<NotificationSink>>> targets;
    {
        const std::lock_guard lock(mutex_);
        targets.reserve(entries_.size());
        for (auto it = entries_.begin(); it != entries_.end();) {
            if (auto sink = it->second.sink.lock()) {
                targets.emplace_back(it->second.subscriber, std::move(sink));
                ++it;
            } else {
                it = entries_.erase(it); // its session is gone without unsubscribing yet
            }
        }
    }
    // Outside the lock: deliver() posts to the session's strand, and dropping the last
    // reference to a session unsubscribes it.
    std::size_t delivered = 0;
    for (const auto &[subscriber, sink] : targets) {
        if (filter && !filter(*subscriber)) {
            continue;
        }
        sink->deliver(message);
        ++delivered;
    }
    return delivered;
}

std::size_t NotificationHub::subscriberCount() const
{
    const std::lock_guard lock(mutex_);
    std::size_t live = 0;
    for (const auto &[id, entry] : entries_) {
        if (!entry.sink.expired()) {
            ++live;
        }
    }
    return live;
}

NotificationHub::SubscriptionId NotificationHub::subscribe(WebSocketSubscriber subscriber,
                                                           std::weak_ptr<NotificationSink> sink)
{
    auto shared = std::make_shared<const WebSocketSubscriber>(std::move(subscriber));
    const std::lock_guard lock(mutex_);
    const SubscriptionId id = nextId_++;
    entries_.emplace(id, Entry{std::move(shared), std::move(sink)});
    return id;
}

void NotificationHub::unsubscribe(SubscriptionId id) noexcept
{
    const std::lock_guard lock(mutex_);
    entries_.erase(id);
}

} // namespace medinexus::server::net
