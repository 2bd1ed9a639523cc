// A COMMIT whose answer was lost: PostgreSQL committed the push, the server could not know
// (the connection broke before the answer) and said 503; the client sends the same push
// again, and the change id makes that resend a `duplicate`: the change is kept exactly once.
// The server does not retry a write itself: only the client knows the work is idempotent.
#include "tests/server/cluster/commit_cutting_proxy.h"
#include "tests/support/node_cluster.h"

#include "shared/ids/uuid.h"
#include "shared/sync/hlc.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace medinexus::test {
namespace {

TEST(LostCommitTest, APushWhoseCommitAnswerWasLostIsAnswered503AndItsResendIsADuplicateKeptOnce)
{
    PostgresCluster database;
    database.createDatabase(QStringLiteral("medinexus"));
    CommitCuttingProxy proxy(static_cast<std::uint16_t>(database.primaryPort()));
    ServerSetup setup;
    setup.kind = ServerSetup::Kind::demo;
    setup.demoPatients = 3;
    setup.setupArguments = {"--database", "host=127.0.0.1 port=" + std::to_string(proxy.port())
                                              + " dbname=medinexus user=postgres sslmode=disable connect_timeout=5"};
    ServerProcess server(MEDINEXUS_SERVER_BINARY, setup);

    const DemoDoctor doctor = loginDemoDoctor(server);
    HttpsClient &http = *doctor.http;
    const std::vector<QUuid> before = pullAllChangeIds(http);
    const std::vector<QUuid> patients = demoPatientIds(server);

    std::mt19937 random(7);
    HybridLogicalClock clock;
    const NotePush push = makeNotePush(newUuidV7(), doctor.id, doctor.facilityId, patients, 2, random, clock);
    const std::string_view body(push.body.constData(), static_cast<std::size_t>(push.body.size()));

    proxy.cutNextCommit();
    const HttpResponse cut = http.request("POST", "/api/v1/sync/push", body);
    ASSERT_EQ(proxy.cuts(), 1) << "no COMMIT went through the proxy; the push answered " << cut.describe() << "\n" << server.serveStderr();
    EXPECT_EQ(cut.status, 503u) << cut.describe();
    EXPECT_EQ(cut.errorCode(), QStringLiteral("unavailable"));

    // The client cannot know what happened: it resends the same push.
    const HttpResponse resent = http.request("POST", "/api/v1/sync/push", body);
    ASSERT_EQ(resent.status, 200u) << resent.describe();
    // Each change of a push is its own transaction (sync_service.h): the first one's COMMIT
    // was the one cut, so it is in the store, and the second was never tried.
    const QJsonArray results = resent.object().value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("duplicate"))
        << "the first attempt did commit: the resend must be recognised";
    EXPECT_EQ(results.at(1).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));

    const std::vector<QUuid> after = pullAllChangeIds(http);
    const auto problems = notExactlyOnce(push.changeIds, after);
    EXPECT_TRUE(problems.empty()) << problems.front();
    EXPECT_EQ(after.size(), before.size() + 2) << "the resend logged something more";
    const ProcessResult verify = server.runCli({"audit", "verify"});
    EXPECT_EQ(verify.exitCode, 0) << verify.describe();
}

} // namespace
} // namespace medinexus::test
