// Loss of the PostgreSQL primary under load: the test plays the fail-over manager's part
// (Patroni cannot run here) with SIGKILL of the primary then `pg_ctl promote` of the
// synchronous standby. Every change a client was told is saved must survive, exactly once,
// and the service must answer again within 15 seconds.
#include "tests/support/node_cluster.h"

#include <gtest/gtest.h>

#include <chrono>

namespace medinexus::test {
namespace {

using Clock = std::chrono::steady_clock;

PostgresCluster::Options primaryWithSynchronousStandby()
{
    PostgresCluster::Options options;
    options.withStandby = true;
    options.synchronousStandby = true;
    return options;
}

TEST(FailoverTest, PrimaryKilledUnderPushesLosesNoAcknowledgedChangeAndServiceReturnsWithin15Seconds)
{
    TwoNodeServer server(MEDINEXUS_SERVER_BINARY, primaryWithSynchronousStandby());
    PusherFleet fleet(server, 4);
    ASSERT_TRUE(fleet.waitForAcknowledged(10, std::chrono::seconds(60))) << joinedLines(fleet.failures());

    fleet.markOutageStart();
    const auto killedAt = Clock::now();
    server.database().killPrimary();
    server.database().promoteStandby();
    const bool recovered = fleet.waitForRecovery(std::chrono::seconds(40));
    const auto recoveredAt = Clock::now();
    // More pushes on the new primary, through both nodes.
    const bool continued = fleet.waitForAcknowledged(30, std::chrono::seconds(60));
    fleet.stop();

    ASSERT_TRUE(recovered) << "no pusher was acknowledged within 40 s of the kill\n" << joinedLines(fleet.failures());
    EXPECT_TRUE(continued);
    const auto outage = std::chrono::duration_cast<std::chrono::milliseconds>(recoveredAt - killedAt);
    EXPECT_LE(outage.count(), 15'000) << "every client saved again only after " << outage.count() << " ms";
    std::printf("[ fail-over ] every client acknowledged again %lld ms after the primary was killed\n",
                static_cast<long long>(outage.count()));

    EXPECT_TRUE(fleet.failures().empty()) << joinedLines(fleet.failures());
    std::uint64_t unavailable = 0, transport = 0, lostAnswers = 0;
    for (const auto &pusher : fleet.pushers()) {
        unavailable += pusher->report().unavailableAnswers;
        transport += pusher->report().transportErrors;
        lostAnswers += pusher->report().duplicatesAfterRetry;
    }
    // The outage was seen (503 answers or dropped connections), not skipped by luck.
    EXPECT_GT(unavailable + transport, 0u);
    std::printf("[ fail-over ] %llu answers 503, %llu transport errors, %llu changes committed whose answer was lost\n",
                static_cast<unsigned long long>(unavailable), static_cast<unsigned long long>(transport),
                static_cast<unsigned long long>(lostAnswers));

    // Every acknowledged change is in the new primary's log exactly once, read through each node.
    const std::vector<QUuid> acknowledged = fleet.acknowledged();
    ASSERT_GT(acknowledged.size(), 40u);
    for (ServerProcess *node : {&server.node1(), &server.node2()}) {
        HttpsClient http(node->port(), node->certificate());
        ASSERT_EQ(http.login(QStringLiteral("dr.diallo"), QString::fromLatin1(kDemoPassword)).status, 200u);
        const std::vector<QUuid> log = pullAllChangeIds(http);
        const auto problems = notExactlyOnce(acknowledged, log);
        EXPECT_TRUE(problems.empty()) << problems.size() << " acknowledged changes not exactly once, e.g. " << problems.front();
        // And no change at all is logged twice (a retried push whose first try committed).
        std::vector<QUuid> sorted = log;
        std::sort(sorted.begin(), sorted.end());
        EXPECT_EQ(std::adjacent_find(sorted.begin(), sorted.end()), sorted.end());
    }
    const ProcessResult verify = server.node2().runCli({"audit", "verify"});
    EXPECT_EQ(verify.exitCode, 0) << verify.describe();
}

TEST(FailoverTest, WhileNoPrimaryExistsNodesAnswer503WithAJsonBodyThenRecover)
{
    TwoNodeServer server(MEDINEXUS_SERVER_BINARY, primaryWithSynchronousStandby());
    HttpsClient http(server.node1().port(), server.node1().certificate());
    ASSERT_EQ(http.login(QStringLiteral("dr.diallo"), QString::fromLatin1(kDemoPassword)).status, 200u);

    server.database().killPrimary();
    // No promotion yet: the standby is read-only and libpq refuses it (target_session_attrs).
    const HttpResponse health = http.get("/healthz");
    EXPECT_EQ(health.status, 503u) << health.describe();
    EXPECT_EQ(health.errorCode(), QStringLiteral("unavailable"));
    EXPECT_FALSE(health.header("Retry-After").empty());
    const HttpResponse read = http.get("/api/v1/sync/pull?limit=10");
    EXPECT_EQ(read.status, 503u) << read.describe();
    EXPECT_EQ(read.errorCode(), QStringLiteral("unavailable"));
    // Nothing the server says names the database, its hosts or its error.
    EXPECT_EQ(read.body.find("127.0.0.1"), std::string::npos);
    EXPECT_EQ(read.body.find("postgres"), std::string::npos);

    server.database().promoteStandby();
    const auto deadline = Clock::now() + std::chrono::seconds(15);
    unsigned status = 0;
    while (Clock::now() < deadline && status != 200) {
        try {
            status = http.get("/api/v1/sync/pull?limit=10").status;
        } catch (const TransportError &) {
            status = 0;
        }
        if (status != 200)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(status, 200u) << "the same session did not read again within 15 s of the promotion";
    EXPECT_EQ(http.get("/healthz").status, 200u);
}

} // namespace
} // namespace medinexus::test
