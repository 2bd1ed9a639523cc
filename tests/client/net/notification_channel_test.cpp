#include "client/core/net/notification_channel.h"

#include "shared/codec/canonical_json.h"
#include "tests/client/net/net_test_support.h"
#include "tests/support/https_client.h"

#include <QJsonObject>

#include <gtest/gtest.h>

namespace medinexus::client {
namespace {

using namespace test;

// Counts what a channel emitted.
struct ChannelEvents {
    explicit ChannelEvents(NotificationChannel &channel)
    {
        QObject::connect(&channel, &NotificationChannel::opened, &channel, [this] { ++opened; });
        QObject::connect(&channel, &NotificationChannel::changesAvailable, &channel, [this] { ++changes; });
        QObject::connect(&channel, &NotificationChannel::disconnected, &channel, [this](const QString &reason) {
            ++disconnected;
            lastReason = reason;
        });
    }
    int opened = 0;
    int changes = 0;
    int disconnected = 0;
    QString lastReason;
};

// A session token for a demo account, obtained by the test's own HTTPS client.
std::string demoToken(const medinexus::test::ServerProcess &server, const char *username)
{
    medinexus::test::HttpsClient http(server.port(), server.certificate());
    const medinexus::test::HttpResponse response =
        http.login(QString::fromUtf8(username), QString::fromUtf8(medinexus::test::kDemoPassword));
    if (!response.is2xx()) {
        throw std::runtime_error("demo login failed: " + response.describe());
    }
    return http.token();
}

QJsonObject newPatient()
{
    return QJsonObject{
        {QStringLiteral("givenNames"), QStringLiteral("Mariama")},
        {QStringLiteral("familyName"), QStringLiteral("Ba")},
        {QStringLiteral("sex"), QStringLiteral("female")},
        {QStringLiteral("estimatedBirthYear"), 1975},
    };
}

constexpr auto kWait = 20s;

class NotificationChannelTest : public DemoServerTest {
protected:
    ServerProfile profile() const
    {
        return pinnedProfile(serverCertificate(server()), {loopbackAddress(server().port())});
    }
    QString address() const { return loopbackAddress(server().port()); }
};

TEST_F(NotificationChannelTest, OpensAndReportsChangesWrittenByAnotherClient)
{
    NotificationChannel channel(profile());
    ChannelEvents events(channel);
    channel.open(address(), SecretString(QByteArray::fromStdString(demoToken(server(), kNurse))));
    ASSERT_TRUE(waitUntil([&] { return events.opened == 1 || events.disconnected > 0; }, kWait));
    ASSERT_EQ(events.opened, 1) << events.lastReason.toStdString();
    EXPECT_TRUE(channel.isOpen());
    EXPECT_EQ(events.changes, 0);

    // Another clinic (the test's own HTTPS client) registers a patient.
    medinexus::test::HttpsClient other(server().port(), server().certificate());
    ASSERT_TRUE(other.login(QString::fromUtf8(kDoctor), QString::fromUtf8(medinexus::test::kDemoPassword)).is2xx());
    const medinexus::test::HttpResponse created = other.post("/api/v1/patients", newPatient());
    ASSERT_EQ(created.status, 201u) << created.describe();

    EXPECT_TRUE(waitUntil([&] { return events.changes >= 1; }, kWait));
    EXPECT_EQ(events.disconnected, 0) << events.lastReason.toStdString();

    // A second write, a second notification.
    const int before = events.changes;
    ASSERT_EQ(other.post("/api/v1/patients", newPatient()).status, 201u);
    EXPECT_TRUE(waitUntil([&] { return events.changes > before; }, kWait));

    // close() ends the channel without a disconnected() signal: that was the caller's choice.
    channel.close();
    EXPECT_FALSE(channel.isOpen());
    waitUntil([] { return false; }, 200ms);
    EXPECT_EQ(events.disconnected, 0);
}

TEST_F(NotificationChannelTest, ABadTokenGivesDisconnected)
{
    NotificationChannel channel(profile());
    ChannelEvents events(channel);
    channel.open(address(), SecretString(QByteArray("not-a-valid-session-token")));
    ASSERT_TRUE(waitUntil([&] { return events.disconnected > 0; }, kWait));
    EXPECT_EQ(events.opened, 0);
    EXPECT_EQ(events.disconnected, 1);
    EXPECT_FALSE(events.lastReason.isEmpty());
    EXPECT_FALSE(events.lastReason.contains(QLatin1String("not-a-valid-session-token")));
    EXPECT_FALSE(channel.isOpen());

    // The same object opens fine afterwards with a valid token.
    channel.open(address(), SecretString(QByteArray::fromStdString(demoToken(server(), kNurse))));
    ASSERT_TRUE(waitUntil([&] { return events.opened == 1 || events.disconnected > 1; }, kWait));
    EXPECT_EQ(events.opened, 1) << events.lastReason.toStdString();
    channel.close();
}

TEST_F(NotificationChannelTest, AnUntrustedCertificateGivesDisconnectedWithoutOpening)
{
    NotificationChannel channel(plainProfile({address()}));
    ChannelEvents events(channel);
    channel.open(address(), SecretString(QByteArray::fromStdString(demoToken(server(), kNurse))));
    ASSERT_TRUE(waitUntil([&] { return events.disconnected > 0; }, kWait));
    EXPECT_EQ(events.opened, 0);
    EXPECT_EQ(events.disconnected, 1);
    EXPECT_FALSE(channel.isOpen());
}

TEST_F(NotificationChannelTest, AnInvalidAddressGivesDisconnected)
{
    NotificationChannel channel(profile());
    ChannelEvents events(channel);
    channel.open(QStringLiteral("not an address"), SecretString(QByteArray("token")));
    EXPECT_EQ(events.disconnected, 0); // reported asynchronously, like every other failure
    ASSERT_TRUE(waitUntil([&] { return events.disconnected > 0; }, kWait));
    EXPECT_EQ(events.opened, 0);
}

// Stops its own server.
TEST(NotificationChannelStopTest, ServerStopGivesDisconnected)
{
    auto server = startDemoServer(1);
    const QString address = loopbackAddress(server->port());
    NotificationChannel channel(pinnedProfile(serverCertificate(*server), {address}));
    ChannelEvents events(channel);
    channel.open(address, SecretString(QByteArray::fromStdString(demoToken(*server, kNurse))));
    ASSERT_TRUE(waitUntil([&] { return events.opened == 1 || events.disconnected > 0; }, kWait));
    ASSERT_EQ(events.opened, 1) << events.lastReason.toStdString();

    server->stop();
    ASSERT_TRUE(waitUntil([&] { return events.disconnected > 0; }, kWait));
    EXPECT_EQ(events.disconnected, 1);
    EXPECT_FALSE(events.lastReason.isEmpty());
    EXPECT_FALSE(channel.isOpen());
}

TEST(NotificationChannelStopTest, AKilledServerGivesDisconnected)
{
    auto server = startDemoServer(1);
    const QString address = loopbackAddress(server->port());
    NotificationChannel channel(pinnedProfile(serverCertificate(*server), {address}));
    ChannelEvents events(channel);
    channel.open(address, SecretString(QByteArray::fromStdString(demoToken(*server, kNurse))));
    ASSERT_TRUE(waitUntil([&] { return events.opened == 1 || events.disconnected > 0; }, kWait));
    ASSERT_EQ(events.opened, 1) << events.lastReason.toStdString();

    server->kill();
    ASSERT_TRUE(waitUntil([&] { return events.disconnected > 0; }, kWait));
    EXPECT_EQ(events.disconnected, 1);
    EXPECT_FALSE(channel.isOpen());
}

} // namespace
} // namespace medinexus::client
