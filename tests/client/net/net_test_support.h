#pragma once

// Helpers for the network-layer tests: the real server, its certificate, profiles that trust
// it in each of the ways the client supports, and two small loopback TCP tools (a listener
// that never answers, a relay whose target can move when the server restarts on a new port).

#include "client/core/net/server_profile.h"
#include "shared/security/secret_string.h"
#include "tests/support/server_process.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <memory>

namespace medinexus::client::test {

using namespace std::chrono_literals;

inline constexpr const char *kDoctor = "dr.diallo";
inline constexpr const char *kNurse = "inf.ndiaye";

// A started demo server (throws with the binary's output when it cannot start).
std::unique_ptr<medinexus::test::ServerProcess> startDemoServer(int patients = 2);

// A fixture whose tests share one demo server, started once per test suite.
class DemoServerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_server = startDemoServer(); }
    static void TearDownTestSuite() { s_server.reset(); }
    static medinexus::test::ServerProcess &server() { return *s_server; }

private:
    static inline std::unique_ptr<medinexus::test::ServerProcess> s_server;
};

// The server's self-signed certificate (data directory tls/server.crt).
QSslCertificate serverCertificate(const medinexus::test::ServerProcess &server);

QString loopbackAddress(quint16 port);

// Profiles for one address: pinned to the certificate, trusting it as a CA, or neither.
ServerProfile pinnedProfile(const QSslCertificate &certificate, const QStringList &addresses);
ServerProfile caProfile(const QSslCertificate &certificate, const QStringList &addresses);
ServerProfile plainProfile(const QStringList &addresses);

// {"username":..,"password":kDemoPassword} held as a secret.
SecretString demoLoginBody(const char *username);

// Runs the event loop until `done()` holds or `timeout` passes; returns done().
bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout);

// A loopback port nothing listens on (bound, then released).
quint16 closedPort();

// Accepts TCP connections and never sends a byte: a server that hangs.
class SilentListener : public QObject {
public:
    SilentListener();
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }
    // Called (in this object's thread) for every accepted connection.
    std::function<void()> onConnection;

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets; // children of m_server
    int m_connections = 0;
};

// Forwards every loopback connection to 127.0.0.1:<target>. The target may change (a server
// restarted on a new port); a connection whose target cannot be reached is closed.
class TcpRelay : public QObject {
public:
    explicit TcpRelay(quint16 target);
    quint16 port() const { return m_server.serverPort(); }
    void setTarget(quint16 target) { m_target = target; }

private:
    void relay(QTcpSocket *incoming);

    QTcpServer m_server;
    quint16 m_target;
};

} // namespace medinexus::client::test
