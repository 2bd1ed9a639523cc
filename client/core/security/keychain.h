#pragma once

#include "shared/security/secret_string.h"

#include <QString>

#include <chrono>

namespace medinexus::client {

enum class KeychainStatus {
    Ok,
    NotFound,     // the keychain works but holds no entry for this account
    Unavailable,  // no backend, no D-Bus session bus, locked, denied, or no answer in time
    Failed,       // the backend answered with another error
};

struct KeychainResult {
    KeychainStatus status = KeychainStatus::Failed;
    QString message;      // translated; names no secret
    SecretString secret;  // read(): the entry when status is Ok; empty otherwise
};

// The OS keychain through QtKeychain (Secret Service/KWallet on Linux, Credential Manager on
// Windows), synchronous: each call runs one QtKeychain job in a local QEventLoop on the
// calling thread, bounded by the timeout. Needs a QCoreApplication, and all Keychain objects
// of a process must be used from one thread (QtKeychain queues every job on one
// process-wide executor). On Linux the Secret Service answers through GLib, so Qt's GLib
// event dispatcher must be in use (the default; not with QT_NO_GLIB=1).
//
// A call that times out leaves its job pending in QtKeychain (the backend still holds it); it
// keeps QtKeychain's queue busy until the backend answers, so the next calls may time out too.
//
// QtKeychain's insecure fallback (the secret in clear in a QSettings file when no backend
// is available) is always off: no backend means Unavailable, never a plaintext copy.
class Keychain {
public:
    explicit Keychain(QString service = QStringLiteral("MediNexus"),
                      std::chrono::milliseconds timeout = std::chrono::seconds(10));

    const QString &service() const noexcept { return m_service; }

    KeychainResult read(const QString &account);
    KeychainResult write(const QString &account, const SecretString &secret);
    // Removing an entry that does not exist is Ok (or NotFound, depending on the backend).
    KeychainResult remove(const QString &account);

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace medinexus::client
