#pragma once

// Client-core tests against the real server: a demo community served on loopback TLS, and
// "devices" (a data folder each, with its own caches) whose users log in through the real
// LoginService and sync through the real SyncEngine.

#include "client/core/cache/local_changes.h"
#include "client/core/net/server_profile.h"
#include "client/core/security/keychain.h"
#include "client/core/session/login_service.h"
#include "client/core/sync/sync_engine.h"

#include "tests/support/https_client.h"
#include "tests/support/server_process.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace medinexus::client::testing {

using medinexus::test::ServerProcess;
using medinexus::test::ServerSetup;

inline const char *kDemoPassword = medinexus::test::kDemoPassword;

// A demo community (admin, dr.diallo, dr.sow, inf.ndiaye, ph.camara; kDemoPassword).
std::unique_ptr<ServerProcess> startDemoServer(int patients = 6, bool keepPort = false);

// The SHA-256 of the server's certificate, as a profile pins it after first contact.
QByteArray certificateFingerprint(const ServerProcess &server);
// A profile for `addresses` ("127.0.0.1:port"), pinned to the server's certificate.
ServerProfile profileFor(const ServerProcess &server, const QStringList &addresses, const QUuid &id = QUuid());
ServerProfile profileFor(const ServerProcess &server);
// An address where nothing listens.
QString closedAddress();

// A demo server, the profile that reaches it and the same profile with an address where
// nothing answers (an offline clinic).
struct Community {
    explicit Community(int patients = 6, bool keepPort = false);
    std::unique_ptr<ServerProcess> server;
    ServerProfile profile;
    ServerProfile unreachable;
};

// Argon2 parameters cheap enough for tests that log in many times.
Argon2Parameters cheapArgon2();

// One computer: a data folder, a keychain (without D-Bus in these tests: the password-wrapped
// key path) and the login service.
class Device {
public:
    explicit Device(LoginSettings settings = {});
    [[nodiscard]] QString dataRoot() const { return dir_.path(); }
    LoginResult login(const ServerProfile &profile, const QString &username, const QString &password = QString::fromLatin1(kDemoPassword));
    LoginResult loginOffline(const ServerProfile &profile, const QString &username,
                             const QString &password = QString::fromLatin1(kDemoPassword));
    // Logs in and fails the test when it does not succeed.
    std::unique_ptr<UserSession> session(const ServerProfile &profile, const QString &username);
    [[nodiscard]] Keychain &keychain() { return *keychain_; }

private:
    QTemporaryDir dir_;
    std::unique_ptr<Keychain> keychain_;
    LoginService login_;
};

// Two clinics, each a device with one user logged in online: a doctor and a nurse.
struct TwoClinics {
    explicit TwoClinics(const ServerProfile &profile);
    Device clinicA;
    Device clinicB;
    std::unique_ptr<UserSession> doctor;  // dr.diallo at clinic A
    std::unique_ptr<UserSession> nurse;   // inf.ndiaye at clinic B
};

// Engine settings for tests: no live timers, short timeouts.
SyncSettings testSyncSettings();

// A fingerprint of every cached patient and entry (id and canonical JSON), to compare a cache
// with the server's view of the same user.
QByteArray cacheDigest(CacheDatabase &cache);
// The same fingerprint of what `username` pulls from the server, from the start.
QByteArray serverDigest(const ServerProcess &server, const QString &username);

// Every entry `username` pulls from the server, from the start (by sync pull, in pages, so
// that any number of entries can be read).
std::vector<ClinicalEntry> serverEntries(const ServerProcess &server, const QString &username);

// A nursing note with `text` for `patientId`.
ClinicalEntry noteFor(const QUuid &patientId, const QString &text);

} // namespace medinexus::client::testing
