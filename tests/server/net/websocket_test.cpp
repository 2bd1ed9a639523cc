// WebSocket notifications on the HTTPS port: authorization, delivery, the bounded per-subscriber
// queue, ping keep-alive, deregistration and graceful shutdown.

#include "test_support.h"

#include <gtest/gtest.h>

namespace medinexus::server::net::test {
namespace {

using Clock = std::chrono::steady_clock;

bool anyEventContains(const std::vector<std::string> &events, std::string_view text)
{
    return std::any_of(events.begin(), events.end(),
                       [&](const std::string &event) { return event.find(text) != std::string::npos; });
}

TEST(WebSocketTest, AuthorizedSubscriberReceivesAPublishedMessageWithinTwoSeconds)
{
    TestServer server;
    WebSocketTestClient client(server.port());
    ASSERT_EQ(client.open("/notifications", "Bearer good-token"), 101U);
    ASSERT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 1; }, 2s));

    const auto published = Clock::now();
    EXPECT_EQ(server.hub().publish(R"({"type":"changes","facility":"facility-3"})"), 1U);
    const auto message = client.readText(2s);
    ASSERT_TRUE(message.has_value());
    EXPECT_EQ(*message, R"({"type":"changes","facility":"facility-3"})");
    EXPECT_LT(Clock::now() - published, 2s);

    ASSERT_TRUE(waitUntil([&] { return !server.accessLog().empty(); }, 2s));
    const AccessLogRecord record = server.accessLog().front();
    EXPECT_EQ(record.method, "GET");
    EXPECT_EQ(record.path, "/notifications");
    EXPECT_EQ(record.status, 101U);
}

TEST(WebSocketTest, UnauthorizedUpgradeIsRefusedWithJson)
{
    TestServer server;
    WebSocketTestClient anonymous(server.port());
    EXPECT_EQ(anonymous.open("/notifications"), 401U);
    EXPECT_TRUE(anonymous.refusalBody().starts_with(R"({"error":{"code":"unauthorized",)"))
        << anonymous.refusalBody();

    WebSocketTestClient wrongToken(server.port());
    EXPECT_EQ(wrongToken.open("/notifications", "Bearer stolen-token"), 403U);
    EXPECT_TRUE(wrongToken.refusalBody().starts_with(R"({"error":{"code":"forbidden",)"))
        << wrongToken.refusalBody();

    EXPECT_EQ(server.hub().subscriberCount(), 0U);
    EXPECT_EQ(server.handler().totalCalls(), 0U) << "upgrades go to authorizeWebSocket, not handle";
    EXPECT_TRUE(waitUntil([&] { return server.server().connectionCount() == 0; }, 3s));
}

TEST(WebSocketTest, FilteredPublishReachesOnlyMatchingSubscribers)
{
    TestServer server;
    WebSocketTestClient facility3(server.port());
    WebSocketTestClient facility4(server.port());
    ASSERT_EQ(facility3.open("/notifications", "Bearer good-token"), 101U);
    ASSERT_EQ(facility4.open("/notifications", "Bearer other-token"), 101U);
    ASSERT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 2; }, 2s));

    EXPECT_EQ(server.hub().publish("only facility 3",
                                   [](const WebSocketSubscriber &who) { return who.facilityId == "facility-3"; }),
              1U);
    EXPECT_EQ(server.hub().publish("everyone"), 2U);
    EXPECT_EQ(facility3.readText(2s), std::optional<std::string>("only facility 3"));
    EXPECT_EQ(facility3.readText(2s), std::optional<std::string>("everyone"));
    EXPECT_EQ(facility4.readText(2s), std::optional<std::string>("everyone"));
}

TEST(WebSocketTest, SubscriberIsDeregisteredWhenItCloses)
{
    TestServer server;
    WebSocketTestClient client(server.port());
    ASSERT_EQ(client.open("/notifications", "Bearer good-token"), 101U);
    ASSERT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 1; }, 2s));
    client.close();
    EXPECT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 0; }, 3s));
    EXPECT_TRUE(waitUntil([&] { return server.server().connectionCount() == 0; }, 3s));
    EXPECT_EQ(server.hub().publish("nobody listens"), 0U);
}

TEST(WebSocketTest, SlowSubscriberIsClosedWhenItsQueueOverflowsWhileOthersKeepReceiving)
{
    ServerOptions options = fastOptions();
    options.webSocketMaxQueuedMessages = 8;
    options.webSocketMaxQueuedBytes = 1024 * 1024;
    options.closeTimeout = 500ms;
    TestServer server(options);

    WebSocketTestClient slow(server.port(), withReceiveBuffer(4096)); // and never reads
    WebSocketTestClient healthy(server.port());
    ASSERT_EQ(slow.open("/notifications", "Bearer good-token"), 101U);
    ASSERT_EQ(healthy.open("/notifications", "Bearer other-token"), 101U);
    ASSERT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 2; }, 2s));

    std::atomic<int> healthyReceived{0};
    std::atomic<bool> sawLast{false};
    std::thread reader([&] {
        while (auto message = healthy.readText(10s)) {
            if (*message == "last") {
                sawLast = true;
                return;
            }
            ++healthyReceived;
        }
    });

    // Lock-step with the healthy reader, so that only the subscriber that does not read can
    // fall behind, however slow the machine.
    const std::string bulk(64 * 1024, 'n');
    int published = 0;
    constexpr int maximum = 2000; // 125 MiB: far beyond any socket buffering
    bool healthyKeptUp = true;
    while (healthyKeptUp && published < maximum && server.hub().subscriberCount() == 2) {
        server.hub().publish(bulk);
        ++published;
        healthyKeptUp = waitUntil([&] { return healthyReceived.load() == published; }, 5s);
    }
    EXPECT_TRUE(healthyKeptUp);
    EXPECT_LT(published, maximum) << "the slow subscriber was never dropped";
    EXPECT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 1; }, 5s));
    EXPECT_TRUE(anyEventContains(server.events(), "reads too slowly"));

    EXPECT_EQ(server.hub().publish("last"), 1U);
    reader.join();
    EXPECT_TRUE(sawLast.load());
    EXPECT_EQ(healthyReceived.load(), published) << "the healthy subscriber missed nothing";

    // The slow client eventually sees its connection end (close frame 1013 or a cut).
    EXPECT_TRUE(slow.readUntilClosed(10s).has_value());
}

TEST(WebSocketTest, QuietButResponsiveSubscriberIsKeptAliveByPings)
{
    ServerOptions options = fastOptions();
    options.webSocketIdleTimeout = 600ms; // ping after 300 ms of silence
    TestServer server(options);
    WebSocketTestClient client(server.port());
    ASSERT_EQ(client.open("/notifications", "Bearer good-token"), 101U);
    ASSERT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 1; }, 2s));

    std::optional<std::string> received;
    std::thread reader([&] { received = client.readText(5s); }); // reading answers the pings
    std::this_thread::sleep_for(1500ms);                         // two and a half idle timeouts
    EXPECT_EQ(server.hub().subscriberCount(), 1U);
    EXPECT_EQ(server.hub().publish("still here"), 1U);
    reader.join();
    EXPECT_EQ(received, std::optional<std::string>("still here"));
}

TEST(WebSocketTest, SilentSubscriberIsClosedAfterTheIdleTimeout)
{
    ServerOptions options = fastOptions();
    options.webSocketIdleTimeout = 400ms;
    TestServer server(options);
    WebSocketTestClient client(server.port()); // never reads, so never answers pings
    ASSERT_EQ(client.open("/notifications", "Bearer good-token"), 101U);
    ASSERT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 1; }, 2s));
    EXPECT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 0; }, 3s));
    EXPECT_TRUE(waitUntil([&] { return server.server().connectionCount() == 0; }, 3s));
}

TEST(WebSocketTest, StopClosesSubscribersWithGoingAway)
{
    TestServer server;
    WebSocketTestClient client(server.port());
    ASSERT_EQ(client.open("/notifications", "Bearer good-token"), 101U);
    ASSERT_TRUE(waitUntil([&] { return server.hub().subscriberCount() == 1; }, 2s));

    std::optional<unsigned> closeCode;
    std::thread reader([&] { closeCode = client.readUntilClosed(5s); });
    server.server().stop();
    reader.join();
    EXPECT_EQ(closeCode, std::optional<unsigned>(1001U));
    EXPECT_TRUE(server.waitForRunToReturn(5s));
    EXPECT_EQ(server.hub().subscriberCount(), 0U);
}

TEST(WebSocketTest, StopWhileUpgradesAreInProgressIsSafe)
{
    // Regression: an HTTP session that had just handed its stream to a WebSocket session was
    // still reachable by the shutdown sweep, which then used the moved-from stream.
    TestServer server;
    std::atomic<bool> finished{false};
    std::atomic<int> opened{0};
    std::vector<std::thread> clients;
    for (int i = 0; i < 4; ++i) {
        clients.emplace_back([&] {
            while (!finished) {
                WebSocketTestClient client(server.port());
                if (client.open("/notifications", "Bearer good-token") == 101U) {
                    ++opened;
                }
            }
        });
    }
    EXPECT_TRUE(waitUntil([&] { return opened.load() >= 40; }, 20s));
    server.server().stop();
    EXPECT_TRUE(server.waitForRunToReturn(10s));
    finished = true;
    for (auto &client : clients) {
        client.join();
    }
    EXPECT_EQ(server.server().connectionCount(), 0U);
    EXPECT_EQ(server.hub().subscriberCount(), 0U);
}

} // namespace
} // namespace medinexus::server::net::test
