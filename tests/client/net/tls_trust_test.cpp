#include "client/core/net/tls_trust.h"

#include "client/core/net/api_client.h"
#include "tests/client/net/net_test_support.h"
#include "tests/client/net/tls_test_server.h"

#include <QDateTime>

#include <gtest/gtest.h>

namespace medinexus::client {
namespace {

using namespace test;

class TlsTrustTest : public DemoServerTest {};

TEST_F(TlsTrustTest, ProbeReturnsTheCertificateOfTheServerFile)
{
    const QSslCertificate expected = serverCertificate(server());
    const CertificateProbe probe = probeServerCertificate(loopbackAddress(server().port()), 10s);
    ASSERT_TRUE(probe.reached) << probe.error.toStdString();
    EXPECT_TRUE(probe.error.isEmpty());
    EXPECT_EQ(probe.certificate, expected);
    EXPECT_EQ(probe.sha256, expected.digest(QCryptographicHash::Sha256));
    EXPECT_EQ(probe.sha256.size(), 32);
    // Self-signed: no system CA vouches for it, the user has to confirm the fingerprint.
    EXPECT_FALSE(probe.trustedBySystem);
    // What the user is shown.
    EXPECT_FALSE(probe.certificate.subjectInfo(QSslCertificate::CommonName).isEmpty());
    EXPECT_LE(probe.certificate.effectiveDate(), QDateTime::currentDateTimeUtc());
    EXPECT_GT(probe.certificate.expiryDate(), QDateTime::currentDateTimeUtc());
}

TEST_F(TlsTrustTest, ProbeOfAClosedPortIsNotReached)
{
    const CertificateProbe probe = probeServerCertificate(loopbackAddress(closedPort()), 10s);
    EXPECT_FALSE(probe.reached);
    EXPECT_FALSE(probe.error.isEmpty());
    EXPECT_TRUE(probe.certificate.isNull());
    EXPECT_TRUE(probe.sha256.isEmpty());
}

TEST_F(TlsTrustTest, ProbeOfASilentServerEndsAtTheTimeout)
{
    SilentListener silent;
    const CertificateProbe probe = probeServerCertificate(loopbackAddress(silent.port()), 500ms);
    EXPECT_FALSE(probe.reached);
    EXPECT_FALSE(probe.error.isEmpty());
    EXPECT_EQ(silent.connections(), 1);
}

TEST_F(TlsTrustTest, ProbeRefusesAnInvalidAddress)
{
    const CertificateProbe probe = probeServerCertificate(QStringLiteral("no port here"), 1s);
    EXPECT_FALSE(probe.reached);
    EXPECT_FALSE(probe.error.isEmpty());
}

TEST_F(TlsTrustTest, PinnedDecisionAcceptsChainAndNameErrorsOfThePinnedLeafOnly)
{
    const QSslCertificate leaf = serverCertificate(server());
    const ServerProfile pinned = pinnedProfile(leaf, {loopbackAddress(server().port())});
    const QList<QSslError> chainErrors{QSslError(QSslError::SelfSignedCertificate, leaf),
                                       QSslError(QSslError::HostNameMismatch, leaf)};

    const TlsTrustDecision accepted = decideTlsTrust(pinned, {leaf}, chainErrors);
    EXPECT_TRUE(accepted.accepted);
    EXPECT_EQ(accepted.errorsToIgnore, chainErrors);

    // Expiry is never waived, nor a wrong purpose or a bad signature.
    for (const QSslError::SslError refused :
         {QSslError::CertificateExpired, QSslError::CertificateNotYetValid, QSslError::InvalidPurpose,
          QSslError::CertificateSignatureFailed, QSslError::CertificateRevoked}) {
        const QList<QSslError> errors{QSslError(QSslError::SelfSignedCertificate, leaf), QSslError(refused, leaf)};
        const TlsTrustDecision decision = decideTlsTrust(pinned, {leaf}, errors);
        EXPECT_FALSE(decision.accepted) << static_cast<int>(refused);
        EXPECT_FALSE(decision.reason.isEmpty());
    }

    // Another leaf: refused whatever the errors.
    ServerProfile otherPin = pinned;
    otherPin.pinnedCertificateSha256 = QByteArray(32, '\x11');
    const TlsTrustDecision wrongPin = decideTlsTrust(otherPin, {leaf}, chainErrors);
    EXPECT_FALSE(wrongPin.accepted);
    EXPECT_TRUE(wrongPin.reason.contains(formatFingerprint(certificateSha256(leaf))));

    // No certificate presented.
    EXPECT_FALSE(decideTlsTrust(pinned, {}, chainErrors).accepted);
}

TEST_F(TlsTrustTest, WithoutPinNoErrorIsEverWaived)
{
    const QSslCertificate leaf = serverCertificate(server());
    for (const ServerProfile &profile : {plainProfile({loopbackAddress(1)}), caProfile(leaf, {loopbackAddress(1)})}) {
        const TlsTrustDecision decision =
            decideTlsTrust(profile, {leaf}, {QSslError(QSslError::HostNameMismatch, leaf)});
        EXPECT_FALSE(decision.accepted);
        EXPECT_TRUE(decision.errorsToIgnore.isEmpty());
        EXPECT_FALSE(decision.reason.isEmpty());
    }
}

TEST_F(TlsTrustTest, ConfigurationPerTrustMode)
{
    const QSslCertificate leaf = serverCertificate(server());
    const QSslConfiguration pinned = tlsConfigurationFor(pinnedProfile(leaf, {loopbackAddress(1)}));
    EXPECT_TRUE(pinned.caCertificates().isEmpty());
    EXPECT_EQ(pinned.peerVerifyMode(), QSslSocket::VerifyPeer);
    EXPECT_EQ(pinned.protocol(), QSsl::TlsV1_2OrLater);

    const QSslConfiguration withCa = tlsConfigurationFor(caProfile(leaf, {loopbackAddress(1)}));
    EXPECT_TRUE(withCa.caCertificates().contains(leaf));
    EXPECT_GE(withCa.caCertificates().size(), QSslConfiguration::systemCaCertificates().size() + 1);
    EXPECT_EQ(withCa.peerVerifyMode(), QSslSocket::VerifyPeer);
}

// Certificates the real server never serves: a pin does not waive their validity period.
TEST(TlsValidityTest, APinnedCertificateOutsideItsValidityIsRefused)
{
    using namespace std::chrono;
    struct Case {
        const char *what;
        hours notBefore;
        hours notAfter;
        bool accepted;
    };
    for (const Case &c : {Case{"valid", hours(-1), hours(24), true}, Case{"expired", hours(-48), hours(-24), false},
                          Case{"not yet valid", hours(24), hours(48), false}}) {
        SCOPED_TRACE(c.what);
        const GeneratedCertificate identity = generateCertificate(c.notBefore, c.notAfter);
        TlsTestServer server(identity);
        ApiClient client(pinnedProfile(identity.certificate, {loopbackAddress(server.port())}), ApiClientOptions{10s});
        const ApiResponse response = client.get(QStringLiteral("/healthz"));
        if (c.accepted) {
            EXPECT_TRUE(response.ok()) << toString(response.failure) << " " << response.failureMessage.toStdString();
            EXPECT_EQ(server.requestsAnswered(), 1);
        } else {
            EXPECT_EQ(response.failure, TransportFailure::TlsUntrusted) << response.failureMessage.toStdString();
            EXPECT_EQ(server.requestsAnswered(), 0); // the request never left the client
        }
    }
}

} // namespace
} // namespace medinexus::client
