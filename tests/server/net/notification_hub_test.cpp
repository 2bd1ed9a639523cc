// NotificationHub and ConnectionRegistry without any network: fan-out, filters, expiry,
// thread safety, and the drain bookkeeping graceful shutdown relies on.

#include "server/net/connection_registry.h"
#include "server/net/notification_hub.h"

#include <gtest/gtest.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace medinexus::server::net {
namespace {

class RecordingSink : public NotificationSink {
public:
    void deliver(std::shared_ptr<const std::string> message) override
    {
        const std::lock_guard lock(mutex_);
        received_.push_back(*message);
    }
    std::vector<std::string> received() const
    {
        const std::lock_guard lock(mutex_);
        return received_;
    }

private:
    mutable std::mutex mutex_;
    std::vector<std::string> received_;
};

TEST(NotificationHubTest, PublishReachesEveryLiveSubscriber)
{
    NotificationHub hub;
    auto first = std::make_shared<RecordingSink>();
    auto second = std::make_shared<RecordingSink>();
    (void)hub.subscribe({"u1", "f1"}, first);
    (void)hub.subscribe({"u2", "f2"}, second);
    EXPECT_EQ(hub.subscriberCount(), 2U);
    EXPECT_EQ(hub.publish("hello"), 2U);
    EXPECT_EQ(first->received(), std::vector<std::string>{"hello"});
    EXPECT_EQ(second->received(), std::vector<std::string>{"hello"});
}

TEST(NotificationHubTest, FilterSelectsSubscribers)
{
    NotificationHub hub;
    auto clinic = std::make_shared<RecordingSink>();
    auto pharmacy = std::make_shared<RecordingSink>();
    (void)hub.subscribe({"u1", "clinic"}, clinic);
    (void)hub.subscribe({"u2", "pharmacy"}, pharmacy);
    EXPECT_EQ(hub.publish("for the clinic", [](const WebSocketSubscriber &s) { return s.facilityId == "clinic"; }),
              1U);
    EXPECT_EQ(clinic->received(), std::vector<std::string>{"for the clinic"});
    EXPECT_TRUE(pharmacy->received().empty());
}

TEST(NotificationHubTest, UnsubscribeAndExpiryStopDelivery)
{
    NotificationHub hub;
    auto kept = std::make_shared<RecordingSink>();
    auto unsubscribed = std::make_shared<RecordingSink>();
    auto expired = std::make_shared<RecordingSink>();
    (void)hub.subscribe({"u1", "f"}, kept);
    const auto id = hub.subscribe({"u2", "f"}, unsubscribed);
    (void)hub.subscribe({"u3", "f"}, expired);
    hub.unsubscribe(id);
    expired.reset(); // a session that went away before deregistering
    EXPECT_EQ(hub.subscriberCount(), 1U);
    EXPECT_EQ(hub.publish("x"), 1U);
    EXPECT_TRUE(unsubscribed->received().empty());
    hub.unsubscribe(id); // twice is harmless
}

TEST(NotificationHubTest, ConcurrentPublishersAndSubscribersAreSafe)
{
    NotificationHub hub;
    auto steady = std::make_shared<RecordingSink>();
    (void)hub.subscribe({"steady", "f"}, steady);
    std::atomic<bool> done{false};
    std::thread churn([&] {
        while (!done) {
            auto transient = std::make_shared<RecordingSink>();
            const auto id = hub.subscribe({"transient", "f"}, transient);
            hub.unsubscribe(id);
        }
    });
    std::vector<std::thread> publishers;
    for (int t = 0; t < 4; ++t) {
        publishers.emplace_back([&hub] {
            for (int i = 0; i < 500; ++i) {
                hub.publish("m");
            }
        });
    }
    for (auto &publisher : publishers) {
        publisher.join();
    }
    done = true;
    churn.join();
    EXPECT_EQ(steady->received().size(), 2000U);
}

class FakeConnection : public Connection {
public:
    void beginShutdown() override { ++shutdowns; }
    void forceClose() override { ++forced; }
    int shutdowns = 0;
    int forced = 0;
};

TEST(ConnectionRegistryTest, ShutdownReachesEveryConnectionAndReportsTheDrain)
{
    ConnectionRegistry registry;
    auto a = std::make_shared<FakeConnection>();
    auto b = std::make_shared<FakeConnection>();
    const auto idA = registry.add(a);
    const auto idB = registry.add(b);
    ASSERT_TRUE(idA && idB);
    EXPECT_EQ(registry.size(), 2U);

    int drained = 0;
    EXPECT_EQ(registry.beginShutdown([&] { ++drained; }), 2U);
    EXPECT_TRUE(registry.shuttingDown());
    EXPECT_EQ(a->shutdowns, 1);
    EXPECT_EQ(b->shutdowns, 1);
    EXPECT_FALSE(registry.add(std::make_shared<FakeConnection>()).has_value()) << "no newcomers while draining";

    registry.forceCloseAll();
    EXPECT_EQ(a->forced, 1);
    registry.remove(*idA);
    EXPECT_EQ(drained, 0);
    registry.remove(*idB);
    EXPECT_EQ(drained, 1);
    EXPECT_EQ(registry.size(), 0U);
}

TEST(ConnectionRegistryTest, ShutdownWithoutConnectionsNeedsNoDrainCallback)
{
    ConnectionRegistry registry;
    bool called = false;
    EXPECT_EQ(registry.beginShutdown([&] { called = true; }), 0U);
    EXPECT_FALSE(called);
}

} // namespace
} // namespace medinexus::server::net
