#pragma once

#include "client/core/net/server_profile.h"

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <chrono>

namespace medinexus::client {

// The one TLS policy of the client, used by every HTTPS and WebSocket connection:
// - a pinned fingerprint: the leaf must match it exactly; then chain errors (self-signed,
//   untrusted, unknown issuer) and a host-name mismatch are accepted for that certificate
//   only; expiry / not-yet-valid are still refused. Only the pin is trusted: the
//   configuration holds no CA at all, so every handshake goes through sslErrors and the
//   pin check (a certificate from a public CA that is not the pinned one is refused);
// - otherwise the system CAs plus trustedCaCertificates, with normal host-name checking.
// There is no option to ignore TLS errors.

// Qt's OpenSSL TLS backend (the only one the client uses): selects it, or throws
// std::runtime_error when the plugin is missing or another backend is already active.
void requireOpenSslTlsBackend();

// TLS 1.2 or later, peer verification on, and the CAs of the profile's trust mode.
QSslConfiguration tlsConfigurationFor(const ServerProfile &profile);

// What to do with the errors a handshake reported (the sslErrors signal).
struct TlsTrustDecision {
    bool accepted = false;
    QList<QSslError> errorsToIgnore; // exactly the reported errors, when accepted
    QString reason;                  // translated, for the user and the log, when refused
};
// `peerChain`: the certificates the server presented, leaf first.
TlsTrustDecision decideTlsTrust(const ServerProfile &profile, const QList<QSslCertificate> &peerChain,
                                const QList<QSslError> &errors);
// For a handshake that reported no error: with a pin the leaf must still match it.
bool leafMatchesProfile(const ServerProfile &profile, const QSslCertificate &leaf);

// First contact (like SSH): probe an address, get the presented certificate, its fingerprint,
// whether the system CAs already trust it (chain and host name), and its subject/validity for
// the user to confirm. Nothing is sent over the connection. Blocks the calling thread (a
// local event loop) for at most `timeout`.
struct CertificateProbe {
    bool reached = false;
    QString error; // translated, when not reached
    QSslCertificate certificate;
    QByteArray sha256;
    bool trustedBySystem = false;
};
CertificateProbe probeServerCertificate(const QString &address, std::chrono::milliseconds timeout);

} // namespace medinexus::client
