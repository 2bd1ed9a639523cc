#include "client/core/net/tls_trust.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QSslSocket>
#include <QTimer>

#include <stdexcept>

namespace medinexus::client {

namespace {

// Errors that only say the chain does not lead to a CA we trust, or that the certificate names
// another host: what a pinned self-signed (or privately issued) certificate produces. Expiry,
// revocation, bad signatures and wrong purposes are never in this list.
bool isChainOrNameError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

bool isValidNow(const QSslCertificate &certificate)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return certificate.effectiveDate() <= now && now <= certificate.expiryDate();
}

QString describeErrors(const QList<QSslError> &errors)
{
    QStringList texts;
    for (const QSslError &error : errors) {
        texts.append(error.errorString());
    }
    return texts.join(QLatin1String("; "));
}

} // namespace

void requireOpenSslTlsBackend()
{
    const QString openssl = QStringLiteral("openssl");
    if (!QSslSocket::availableBackends().contains(openssl)) {
        throw std::runtime_error("Qt's OpenSSL TLS backend is not installed (plugin tls/libqopensslbackend)");
    }
    // activeBackend() only names the backend; setActiveBackend() fails once another one runs.
    if (QSslSocket::activeBackend() != openssl && !QSslSocket::setActiveBackend(openssl)) {
        throw std::runtime_error("another TLS backend than Qt's OpenSSL backend is already in use: " +
                                 QSslSocket::activeBackend().toStdString());
    }
}

QSslConfiguration tlsConfigurationFor(const ServerProfile &profile)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!profile.pinnedCertificateSha256.isEmpty()) {
        // No trust anchor at all: every handshake reports errors, so the pin is always checked
        // in decideTlsTrust() before a byte of the request is sent.
        configuration.setCaCertificates({});
    } else if (!profile.trustedCaCertificates.isEmpty()) {
        // Setting CAs turns off Qt's on-demand loading of the system store: add it explicitly.
        configuration.setCaCertificates(QSslConfiguration::systemCaCertificates() + profile.trustedCaCertificates);
    }
    return configuration;
}

bool leafMatchesProfile(const ServerProfile &profile, const QSslCertificate &leaf)
{
    if (profile.pinnedCertificateSha256.isEmpty()) {
        return true;
    }
    return !leaf.isNull() && certificateSha256(leaf) == profile.pinnedCertificateSha256;
}

TlsTrustDecision decideTlsTrust(const ServerProfile &profile, const QList<QSslCertificate> &peerChain,
                                const QList<QSslError> &errors)
{
    TlsTrustDecision decision;
    if (profile.pinnedCertificateSha256.isEmpty()) {
        decision.reason =
            QCoreApplication::translate("medinexus::client::TlsTrust", "The server's certificate is not trusted: %1")
                .arg(describeErrors(errors));
        return decision;
    }
    const QSslCertificate leaf = peerChain.isEmpty() ? QSslCertificate() : peerChain.front();
    if (leaf.isNull()) {
        decision.reason =
            QCoreApplication::translate("medinexus::client::TlsTrust", "The server presented no certificate.");
        return decision;
    }
    if (!leafMatchesProfile(profile, leaf)) {
        decision.reason =
            QCoreApplication::translate(
                "medinexus::client::TlsTrust",
                "The server's certificate (SHA-256 %1) is not the one this server profile trusts "
                "(SHA-256 %2).")
                .arg(formatFingerprint(certificateSha256(leaf)), formatFingerprint(profile.pinnedCertificateSha256));
        return decision;
    }
    if (!isValidNow(leaf)) {
        decision.reason = QCoreApplication::translate("medinexus::client::TlsTrust",
                                                      "The server's certificate is expired or not yet valid.");
        return decision;
    }
    for (const QSslError &error : errors) {
        if (!isChainOrNameError(error.error())) {
            decision.reason =
                QCoreApplication::translate("medinexus::client::TlsTrust", "The server's certificate is refused: %1")
                    .arg(error.errorString());
            return decision;
        }
    }
    decision.accepted = true;
    decision.errorsToIgnore = errors;
    return decision;
}

CertificateProbe probeServerCertificate(const QString &address, std::chrono::milliseconds timeout)
{
    CertificateProbe probe;
    const std::optional<ServerAddress> target = parseServerAddress(address);
    if (!target) {
        probe.error =
            QCoreApplication::translate("medinexus::client::TlsTrust", "\"%1\" is not a server address (host:port).")
                .arg(address);
        return probe;
    }
    requireOpenSslTlsBackend();

    QSslSocket socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    // QueryPeer: complete the handshake whatever the verification says (nothing is sent), and
    // keep the verification errors to tell whether the system CAs trust the certificate.
    configuration.setPeerVerifyMode(QSslSocket::QueryPeer);
    socket.setSslConfiguration(configuration);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    QObject::connect(&socket, &QSslSocket::encrypted, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QAbstractSocket::errorOccurred, &loop, &QEventLoop::quit);

    socket.connectToHostEncrypted(target->host, target->port);
    timer.start(timeout);
    if (!socket.isEncrypted() && socket.state() != QAbstractSocket::UnconnectedState) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }

    if (socket.isEncrypted()) {
        probe.reached = true;
        probe.certificate = socket.peerCertificate();
        probe.sha256 = certificateSha256(probe.certificate);
        probe.trustedBySystem = !probe.certificate.isNull() && socket.sslHandshakeErrors().isEmpty();
        socket.disconnectFromHost();
    } else if (timedOut) {
        probe.error = QCoreApplication::translate("medinexus::client::TlsTrust", "No answer from %1 within %2 s.")
                          .arg(address)
                          .arg(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
    } else {
        probe.error = QCoreApplication::translate("medinexus::client::TlsTrust", "Cannot reach %1: %2")
                          .arg(address, socket.errorString());
    }
    socket.abort();
    return probe;
}

} // namespace medinexus::client
