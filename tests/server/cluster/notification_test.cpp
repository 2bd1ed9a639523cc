// WebSocket notifications across nodes: a client subscribed to one node hears of a change
// pushed through another, through PostgreSQL's LISTEN/NOTIFY, once per write; a replayed push
// that changed nothing wakes nobody.
#include "tests/support/node_cluster.h"

#include "shared/codec/canonical_json.h"
#include "shared/ids/uuid.h"
#include "shared/sync/hlc.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace medinexus::test {
namespace {

using namespace std::chrono_literals;

TEST(NotificationTest, AChangePushedThroughOneNodeIsAnnouncedOnceToSubscribersOfEveryNode)
{
    TwoNodeServer server(MEDINEXUS_SERVER_BINARY, PostgresCluster::Options{});
    const DemoDoctor demo = loginDemoDoctor(server.node1());
    HttpsClient &doctor = *demo.http;

    WebSocketClient onOtherNode(server.node2().port(), server.node2().certificate());
    ASSERT_EQ(onOtherNode.open("/api/v1/sync/notifications", doctor.token()), 101u) << onOtherNode.refusalBody();
    WebSocketClient onSameNode(server.node1().port(), server.node1().certificate());
    ASSERT_EQ(onSameNode.open("/api/v1/sync/notifications", doctor.token()), 101u) << onSameNode.refusalBody();
    // A listener reconnecting announces itself once (notifications may have been missed):
    // drain whatever came before the write.
    while (onOtherNode.readText(300ms)) {
    }
    while (onSameNode.readText(300ms)) {
    }

    std::mt19937 random(11);
    HybridLogicalClock clock;
    const NotePush push = makeNotePush(newUuidV7(), demo.id, demo.facilityId, server.patients(), 1, random, clock);
    const std::string_view body(push.body.constData(), static_cast<std::size_t>(push.body.size()));
    ASSERT_EQ(doctor.request("POST", "/api/v1/sync/push", body).status, 200u);

    for (WebSocketClient *socket : {&onOtherNode, &onSameNode}) {
        const auto message = socket->readText(5s);
        ASSERT_TRUE(message.has_value()) << "no notification within 5 s of a push through node 1";
        auto parsed = parseJsonObject(QByteArray::fromStdString(*message));
        ASSERT_TRUE(parsed.ok()) << *message;
        EXPECT_EQ(parsed->value(QStringLiteral("type")).toString(), QStringLiteral("changes"));
        EXPECT_FALSE(socket->readText(500ms).has_value()) << "one write was announced twice";
    }

    // The same push again: `duplicate`, nothing written, nobody woken.
    const HttpResponse replay = doctor.request("POST", "/api/v1/sync/push", body);
    ASSERT_EQ(replay.status, 200u);
    EXPECT_EQ(replay.object().value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString(),
              QStringLiteral("duplicate"));
    EXPECT_FALSE(onOtherNode.readText(1s).has_value()) << "a replay that changed nothing woke the other node's clients";
    EXPECT_TRUE(onOtherNode.isOpen());
}

} // namespace
} // namespace medinexus::test
