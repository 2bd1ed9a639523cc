#include "client/core/net/api_client.h"

#include "shared/codec/canonical_json.h"
#include "tests/client/net/net_test_support.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <future>
#include <thread>
#include <utility>

namespace medinexus::client {
namespace {

using namespace test;

std::string describe(const ApiResponse &response)
{
    return "HTTP " + std::to_string(response.httpStatus) + ", failure " + toString(response.failure) + " (" +
           response.failureMessage.toStdString() + "), error " + response.errorCode.toStdString() + ", address " +
           response.address.toStdString();
}

// Logs in with a demo account and keeps the token in the client; returns the login answer.
ApiResponse login(ApiClient &client, const char *username = kDoctor)
{
    ApiResponse response = client.postSecret(QStringLiteral("/api/v1/auth/login"), demoLoginBody(username));
    if (response.ok() && response.json) {
        client.setBearerToken(
            SecretString::fromUtf16(response.json->value(QLatin1String("token")).toString()));
    }
    return response;
}

class ApiClientTest : public DemoServerTest {
protected:
    QString address() const { return loopbackAddress(server().port()); }
    QSslCertificate certificate() const { return serverCertificate(server()); }
};

TEST_F(ApiClientTest, LoginAndMeWithThePinnedCertificate)
{
    ApiClient client(pinnedProfile(certificate(), {address()}));
    EXPECT_FALSE(client.hasBearerToken());

    const ApiResponse loggedIn = login(client);
    ASSERT_TRUE(loggedIn.ok()) << describe(loggedIn);
    EXPECT_EQ(loggedIn.httpStatus, 200);
    ASSERT_TRUE(loggedIn.json);
    EXPECT_FALSE(loggedIn.json->value(QLatin1String("token")).toString().isEmpty());
    EXPECT_TRUE(client.hasBearerToken());
    EXPECT_EQ(loggedIn.address, address());

    const ApiResponse me = client.get(QStringLiteral("/api/v1/auth/me"));
    ASSERT_TRUE(me.ok()) << describe(me);
    ASSERT_TRUE(me.json);
    EXPECT_EQ(me.json->value(QLatin1String("user")).toObject().value(QLatin1String("username")).toString(),
              QString::fromUtf8(kDoctor));
    EXPECT_FALSE(me.json->value(QLatin1String("allowedActions")).toArray().isEmpty());
    EXPECT_TRUE(me.errorCode.isEmpty());

    // Without the token the same call is refused by the server.
    client.clearBearerToken();
    EXPECT_FALSE(client.hasBearerToken());
    const ApiResponse anonymous = client.get(QStringLiteral("/api/v1/auth/me"));
    EXPECT_EQ(anonymous.httpStatus, 401) << describe(anonymous);
    EXPECT_EQ(anonymous.failure, TransportFailure::None);
}

TEST_F(ApiClientTest, WritesWithPostAndPut)
{
    ApiClient client(pinnedProfile(certificate(), {address()}));
    ASSERT_TRUE(login(client).ok());
    const QByteArray patient = toCanonicalJson(QJsonObject{
        {QStringLiteral("givenNames"), QStringLiteral("Awa")},
        {QStringLiteral("familyName"), QStringLiteral("Faye")},
        {QStringLiteral("sex"), QStringLiteral("female")},
        {QStringLiteral("birthDate"), QStringLiteral("1990-04-02")},
    });
    const ApiResponse created = client.post(QStringLiteral("/api/v1/patients"), patient);
    ASSERT_EQ(created.httpStatus, 201) << describe(created);
    ASSERT_TRUE(created.json);
    const QString id = created.json->value(QLatin1String("id")).toString();
    QJsonObject changed = *created.json;
    changed.insert(QStringLiteral("village"), QStringLiteral("Bandafassi"));

    const ApiResponse updated = client.put(
        QStringLiteral("/api/v1/patients/") + id,
        toCanonicalJson(QJsonObject{{QStringLiteral("baseVersion"), 1}, {QStringLiteral("patient"), changed}}));
    ASSERT_TRUE(updated.ok()) << describe(updated) << " " << updated.body.toStdString();
    EXPECT_EQ(updated.json->value(QLatin1String("version")).toInteger(), 2);

    // The same edit on the old version: a conflict with the server's error code.
    const ApiResponse conflict = client.put(
        QStringLiteral("/api/v1/patients/") + id,
        toCanonicalJson(QJsonObject{{QStringLiteral("baseVersion"), 1}, {QStringLiteral("patient"), changed}}));
    EXPECT_EQ(conflict.httpStatus, 409) << describe(conflict);
    EXPECT_EQ(conflict.errorCode, QStringLiteral("version_conflict"));

    // A query with text that needs encoding reaches the server intact.
    const ApiResponse search = client.get(QStringLiteral("/api/v1/patients?q=Fayé Awa&limit=5"));
    ASSERT_TRUE(search.ok()) << describe(search);
    EXPECT_FALSE(search.json->value(QLatin1String("patients")).toArray().isEmpty());
}

TEST_F(ApiClientTest, WithoutPinOrCaTheSelfSignedServerIsUntrusted)
{
    ApiClient client(plainProfile({address()}));
    const ApiResponse response = client.get(QStringLiteral("/healthz"));
    EXPECT_EQ(response.failure, TransportFailure::TlsUntrusted) << describe(response);
    EXPECT_EQ(response.httpStatus, 0);
    EXPECT_FALSE(response.ok());
    EXPECT_TRUE(response.body.isEmpty());
    EXPECT_FALSE(response.failureMessage.isEmpty());

    // The login never leaves the client either.
    const ApiResponse loggedIn = login(client);
    EXPECT_EQ(loggedIn.failure, TransportFailure::TlsUntrusted) << describe(loggedIn);
    EXPECT_FALSE(client.hasBearerToken());
}

TEST_F(ApiClientTest, WithAWrongPinTheServerIsUntrusted)
{
    ServerProfile profile = pinnedProfile(certificate(), {address()});
    profile.pinnedCertificateSha256[0] = static_cast<char>(profile.pinnedCertificateSha256.at(0) ^ 0x01);
    ApiClient client(profile);
    const ApiResponse response = login(client);
    EXPECT_EQ(response.failure, TransportFailure::TlsUntrusted) << describe(response);
    EXPECT_EQ(response.httpStatus, 0);
    EXPECT_TRUE(response.failureMessage.contains(formatFingerprint(certificateSha256(certificate()))));
}

TEST_F(ApiClientTest, WithTheServerCertificateAsTrustedCaItWorks)
{
    ApiClient client(caProfile(certificate(), {address()}));
    const ApiResponse loggedIn = login(client);
    ASSERT_TRUE(loggedIn.ok()) << describe(loggedIn);
    const ApiResponse me = client.get(QStringLiteral("/api/v1/auth/me"));
    EXPECT_TRUE(me.ok()) << describe(me);
}

TEST_F(ApiClientTest, WithTheCaPathADnsNameOfTheCertificateWorks)
{
    // The certificate names localhost besides 127.0.0.1 and ::1.
    ApiClient client(caProfile(certificate(), {QStringLiteral("localhost:%1").arg(server().port())}));
    const ApiResponse response = client.get(QStringLiteral("/healthz"));
    EXPECT_TRUE(response.ok()) << describe(response);
}

TEST_F(ApiClientTest, ErrorBodiesGiveTheServerErrorCode)
{
    ApiClient client(pinnedProfile(certificate(), {address()}));

    const ApiResponse wrongPassword = client.postSecret(
        QStringLiteral("/api/v1/auth/login"),
        SecretString(toCanonicalJson(QJsonObject{{QStringLiteral("username"), QString::fromUtf8(kNurse)},
                                                 {QStringLiteral("password"), QStringLiteral("not the password")}})));
    EXPECT_EQ(wrongPassword.httpStatus, 401) << describe(wrongPassword);
    EXPECT_EQ(wrongPassword.failure, TransportFailure::None);
    EXPECT_EQ(wrongPassword.errorCode, QStringLiteral("invalid_credentials"));
    EXPECT_FALSE(wrongPassword.errorMessage.isEmpty());
    EXPECT_FALSE(wrongPassword.ok());

    const ApiResponse noSession = client.get(QStringLiteral("/api/v1/patients?q=diallo"));
    EXPECT_EQ(noSession.httpStatus, 401) << describe(noSession);
    EXPECT_FALSE(noSession.errorCode.isEmpty());

    ASSERT_TRUE(login(client).ok());
    const ApiResponse missing = client.get(QStringLiteral("/api/v1/no-such-route"));
    EXPECT_EQ(missing.httpStatus, 404) << describe(missing);
    EXPECT_EQ(missing.failure, TransportFailure::None);
    EXPECT_FALSE(missing.errorCode.isEmpty());
    ASSERT_TRUE(missing.json);
    EXPECT_TRUE(missing.json->contains(QLatin1String("error")));

    const ApiResponse badBody = client.post(QStringLiteral("/api/v1/patients"), QByteArray("{\"givenNames\":"));
    EXPECT_EQ(badBody.httpStatus, 400) << describe(badBody);
    EXPECT_FALSE(badBody.errorCode.isEmpty());
}

TEST_F(ApiClientTest, FailoverSkipsAClosedPort)
{
    const QString closed = loopbackAddress(closedPort());
    ApiClient client(pinnedProfile(certificate(), {closed, address()}));
    EXPECT_EQ(client.currentAddress(), closed);

    const ApiResponse loggedIn = login(client);
    ASSERT_TRUE(loggedIn.ok()) << describe(loggedIn);
    EXPECT_EQ(loggedIn.address, address());
    EXPECT_EQ(client.currentAddress(), address());

    // The next call starts at the address that answered.
    const ApiResponse me = client.get(QStringLiteral("/api/v1/auth/me"));
    EXPECT_TRUE(me.ok()) << describe(me);
    EXPECT_EQ(me.address, address());
    EXPECT_EQ(client.currentAddress(), address());
}

TEST_F(ApiClientTest, TlsRefusalIsNotSkippedByFailover)
{
    // First address: a server whose certificate the profile does not trust. The second one
    // would answer, but an untrusted certificate is a signal to stop, not to try elsewhere.
    auto other = startDemoServer(1);
    ApiClient client(pinnedProfile(certificate(), {loopbackAddress(other->port()), address()}));
    const ApiResponse response = client.get(QStringLiteral("/healthz"));
    EXPECT_EQ(response.failure, TransportFailure::TlsUntrusted) << describe(response);
    EXPECT_EQ(response.address, loopbackAddress(other->port()));
}

TEST_F(ApiClientTest, AllAddressesDownIsUnreachable)
{
    const QString first = loopbackAddress(closedPort());
    const QString second = loopbackAddress(closedPort());
    ApiClient client(pinnedProfile(certificate(), {first, second}), ApiClientOptions{5s});
    const ApiResponse response = client.get(QStringLiteral("/healthz"));
    EXPECT_EQ(response.failure, TransportFailure::Unreachable) << describe(response);
    EXPECT_EQ(response.httpStatus, 0);
    EXPECT_FALSE(response.failureMessage.isEmpty());
    EXPECT_EQ(response.address, second); // both tried, the last one reported
    EXPECT_EQ(client.currentAddress(), first);
}

TEST_F(ApiClientTest, ASilentServerIsUnreachableAtTheTimeout)
{
    SilentListener silent;
    ApiClient client(pinnedProfile(certificate(), {loopbackAddress(silent.port())}), ApiClientOptions{1s});
    const ApiResponse response = client.get(QStringLiteral("/healthz"));
    EXPECT_EQ(response.failure, TransportFailure::Unreachable) << describe(response);
    EXPECT_EQ(response.httpStatus, 0);
    EXPECT_EQ(silent.connections(), 1);
}

TEST_F(ApiClientTest, FailoverAfterATimeoutReachesTheNextAddress)
{
    SilentListener silent;
    ApiClient client(pinnedProfile(certificate(), {loopbackAddress(silent.port()), address()}), ApiClientOptions{1s});
    const ApiResponse response = client.get(QStringLiteral("/healthz"));
    EXPECT_TRUE(response.ok()) << describe(response);
    EXPECT_EQ(client.currentAddress(), address());
}

TEST_F(ApiClientTest, AbortFromAnotherThreadEndsAHangingCall)
{
    SilentListener silent;
    // A timeout far beyond the test: only abort() can end the call.
    ApiClient client(pinnedProfile(certificate(), {loopbackAddress(silent.port())}), ApiClientOptions{10min});
    std::promise<void> inFlight;
    silent.onConnection = [&inFlight, signalled = false]() mutable {
        if (!std::exchange(signalled, true)) {
            inFlight.set_value();
        }
    };
    std::thread aborter([&client, future = inFlight.get_future()] {
        future.wait();
        client.abort();
    });

    const ApiResponse response = client.get(QStringLiteral("/healthz"));
    aborter.join();
    EXPECT_EQ(response.failure, TransportFailure::Aborted) << describe(response);
    EXPECT_EQ(response.httpStatus, 0);

    // Further calls fail fast without connecting, until resetAbort().
    const ApiResponse again = client.get(QStringLiteral("/healthz"));
    EXPECT_EQ(again.failure, TransportFailure::Aborted) << describe(again);
    EXPECT_EQ(silent.connections(), 1);
}

TEST_F(ApiClientTest, ResetAbortMakesTheClientUsableAgain)
{
    ApiClient client(pinnedProfile(certificate(), {address()}));
    client.abort();
    EXPECT_EQ(client.get(QStringLiteral("/healthz")).failure, TransportFailure::Aborted);
    client.resetAbort();
    const ApiResponse response = client.get(QStringLiteral("/healthz"));
    EXPECT_TRUE(response.ok()) << describe(response);
    ASSERT_TRUE(response.json);
    EXPECT_EQ(response.json->value(QLatin1String("status")).toString(), QStringLiteral("ok"));
}

TEST_F(ApiClientTest, RefusesPathsThatAreNotAbsolute)
{
    ApiClient client(pinnedProfile(certificate(), {address()}));
    EXPECT_THROW(client.get(QStringLiteral("api/v1/auth/me")), std::invalid_argument);
    EXPECT_THROW(client.get(QStringLiteral("//evil.example/x")), std::invalid_argument);
}

TEST_F(ApiClientTest, UsedFromOneThreadOnly)
{
    ApiClient client(pinnedProfile(certificate(), {address()}));
    ASSERT_TRUE(client.get(QStringLiteral("/healthz")).ok());
    bool refused = false;
    std::thread other([&] {
        try {
            (void)client.get(QStringLiteral("/healthz"));
        } catch (const std::logic_error &) {
            refused = true;
        }
    });
    other.join();
    EXPECT_TRUE(refused);
}

// Kills and restarts its own server: the relay keeps one address while the server's port changes.
TEST(ApiClientRestartTest, KilledServerIsUnreachableThenWorksAgainAfterRestart)
{
    auto server = startDemoServer(1);
    const QSslCertificate certificate = serverCertificate(*server);
    TcpRelay relay(server->port());
    ApiClient client(pinnedProfile(certificate, {loopbackAddress(relay.port())}), ApiClientOptions{10s});
    ApiClient direct(pinnedProfile(certificate, {loopbackAddress(server->port())}), ApiClientOptions{10s});

    ASSERT_TRUE(login(client).ok());
    ASSERT_TRUE(client.get(QStringLiteral("/api/v1/auth/me")).ok());
    ASSERT_TRUE(direct.get(QStringLiteral("/healthz")).ok());

    server->kill();
    const ApiResponse viaRelay = client.get(QStringLiteral("/api/v1/auth/me"));
    EXPECT_EQ(viaRelay.failure, TransportFailure::Unreachable) << describe(viaRelay);
    const ApiResponse refused = direct.get(QStringLiteral("/healthz"));
    EXPECT_EQ(refused.failure, TransportFailure::Unreachable) << describe(refused);

    server->start(); // same data directory and certificate, a new port
    relay.setTarget(server->port());
    const ApiResponse me = client.get(QStringLiteral("/api/v1/auth/me"));
    EXPECT_TRUE(me.ok()) << describe(me); // the session survived the crash
    const ApiResponse again = login(client);
    EXPECT_TRUE(again.ok()) << describe(again);
}

} // namespace
} // namespace medinexus::client
