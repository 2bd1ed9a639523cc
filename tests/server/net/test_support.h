#pragma once

// Test support for the transport tests: a self-signed certificate, a trivial RequestHandler,
// a server running on its own thread, and raw HTTPS/WebSocket clients with timeouts. The
// Beast client code lives in test_support.cpp so that the test files stay light to compile.

#include "server/net/access_log.h"
#include "server/net/https_server.h"
#include "server/net/notification_hub.h"
#include "server/net/request_handler.h"
#include "server/net/server_options.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace boost::asio::ssl {
class context;
}

namespace medinexus::server::net::test {

using namespace std::chrono_literals;

/// A fresh directory under the system temp directory, removed with its contents.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    [[nodiscard]] const std::filesystem::path &path() const { return path_; }

private:
    std::filesystem::path path_;
};

/// An EC P-256 certificate for localhost/127.0.0.1 made by createSelfSignedCertificate(),
/// created once per test process.
struct TestCertificate {
    std::filesystem::path certificate;
    std::filesystem::path privateKey;
};
const TestCertificate &sharedTestCertificate();

/// Polls `condition` until it holds or `timeout` passes.
bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout);

/// Routes (by path; the query string carries parameters):
///   /echo           200, body = request body, X-Echo-Method = method
///   /sleep?ms=N&size=M  sleeps N ms, then 200 with M bytes of 'z' (default 16)
///   /throw          throws std::runtime_error carrying fake SQL and a patient name
///   /close          200 with keep_alive(false)
///   anything else   200 "ok"
/// WebSocket: "Authorization: Bearer good-token" is user-7 of facility-3, "Bearer other-token"
/// user-8 of facility-4; anything else is refused.
class TestHandler : public RequestHandler {
public:
    static constexpr std::string_view secretText = "SELECT * FROM patients WHERE name = 'Jane Secretpatient'";

    Response handle(const Request &request, const PeerInfo &peer) override;
    std::optional<WebSocketSubscriber> authorizeWebSocket(const Request &request, const PeerInfo &peer) override;

    [[nodiscard]] std::size_t callsFor(std::string_view path) const;
    [[nodiscard]] std::size_t totalCalls() const;
    [[nodiscard]] std::vector<unsigned short> peerPorts() const;
    [[nodiscard]] std::vector<std::thread::id> handlerThreads() const;

    std::atomic<int> sleepsStarted{0};
    std::atomic<int> sleepsFinished{0};

private:
    mutable std::mutex mutex_;
    std::vector<std::string> paths_;
    std::vector<unsigned short> ports_;
    std::vector<std::thread::id> threads_;
};

/// Small timeouts so that every test is quick.
ServerOptions fastOptions();

/// An HttpsServer on 127.0.0.1 port 0, run() on its own thread, with the TestHandler, a
/// NotificationHub and recording log sinks.
class TestServer {
public:
    enum class RunMode { run, runUntilSignalled };
    explicit TestServer(ServerOptions options = fastOptions(), RunMode mode = RunMode::run);
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    [[nodiscard]] std::uint16_t port() const { return server_->localPort(); }
    HttpsServer &server() { return *server_; }
    NotificationHub &hub() { return hub_; }
    TestHandler &handler() { return handler_; }

    /// Calls stop() and waits for run() to return; false on timeout.
    bool stopAndWait(std::chrono::milliseconds timeout = 10s);
    /// Waits for run() to return; false on timeout.
    bool waitForRunToReturn(std::chrono::milliseconds timeout);
    [[nodiscard]] std::vector<AccessLogRecord> accessLog() const;
    [[nodiscard]] std::vector<std::string> events() const;
    [[nodiscard]] std::thread::id runThread() const { return thread_.get_id(); }

private:
    TestHandler handler_;
    NotificationHub hub_;
    std::unique_ptr<boost::asio::ssl::context> tls_;
    std::unique_ptr<HttpsServer> server_;
    std::thread thread_;

    mutable std::mutex mutex_;
    std::condition_variable returnedSignal_;
    bool returned_ = false;
    std::vector<AccessLogRecord> accessLog_;
    std::vector<std::string> events_;
};

enum class TlsVersion { any, tls1_0, tls1_1, tls1_2, tls1_3 };

struct ClientTlsOptions {
    TlsVersion version = TlsVersion::any;
    std::string tls12CipherList; ///< restricts the TLS <= 1.2 suites offered
    int receiveBufferSize = 0;   ///< SO_RCVBUF before connecting; 0 = system default
};

/// Client offering only `version` (and, if given, only these TLS <= 1.2 suites).
ClientTlsOptions onlyVersion(TlsVersion version, std::string tls12CipherList = {});
/// Client with a small socket receive buffer (a slow reader fills up sooner).
ClientTlsOptions withReceiveBuffer(int bytes);

struct HttpResponse {
    unsigned status = 0;
    std::string body;
    std::map<std::string, std::string> headers; ///< lower-case names
    bool keepAlive = false;
    [[nodiscard]] std::string header(const std::string &lowerCaseName) const;
};

/// A raw HTTPS client: verifies the server certificate against the test certificate and the
/// 127.0.0.1 subject alternative name.
class TestClient {
public:
    explicit TestClient(std::uint16_t port, ClientTlsOptions tls = {});
    ~TestClient();
    TestClient(const TestClient &) = delete;
    TestClient &operator=(const TestClient &) = delete;

    /// TCP connect and TLS handshake; the error message, or empty on success.
    std::string connect(std::chrono::milliseconds timeout = 5s);
    /// TCP connect only (for tests that refuse to speak TLS properly).
    std::string connectTcp(std::chrono::milliseconds timeout = 5s);
    [[nodiscard]] std::string tlsVersion() const;
    [[nodiscard]] std::string cipher() const;

    /// Writes raw bytes over TLS; throws on failure.
    void send(std::string_view bytes, std::chrono::milliseconds timeout = 5s);
    /// Writes raw bytes over TLS; the error message, or empty on success.
    std::string trySend(std::string_view bytes, std::chrono::milliseconds timeout = 5s);
    /// Sends a request (Host, Content-Length added) and reads the response; throws on failure.
    HttpResponse request(const std::string &method, const std::string &target, const std::string &body = {},
                         const std::vector<std::pair<std::string, std::string>> &headers = {});
    /// Reads one response (without a body for HEAD); nullopt when the connection ends or
    /// times out first.
    std::optional<HttpResponse> readResponse(std::chrono::milliseconds timeout = 5s, bool headRequest = false);
    /// Reads raw bytes until "\r\n\r\n" (an interim response); empty on failure.
    std::string readRawHeader(std::chrono::milliseconds timeout = 5s);
    /// Reads until the server ends the connection: "eof" (TLS close_notify), "truncated"
    /// (TCP close without close_notify), "reset", "timeout" or another error text.
    std::string waitForClose(std::chrono::milliseconds timeout);
    /// Sends TLS close_notify and waits for the server's.
    void shutdownTls(std::chrono::milliseconds timeout = 2s);
    /// Closes the TCP connection without TLS close_notify (FIN).
    void closeWithoutCloseNotify();
    /// Aborts the TCP connection (RST, via SO_LINGER 0).
    void closeWithReset();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// A WebSocket client over TLS.
class WebSocketTestClient {
public:
    explicit WebSocketTestClient(std::uint16_t port, ClientTlsOptions tls = {});
    ~WebSocketTestClient();
    WebSocketTestClient(const WebSocketTestClient &) = delete;
    WebSocketTestClient &operator=(const WebSocketTestClient &) = delete;

    /// Connects and performs the upgrade; the status of the server's answer (101 when it
    /// succeeded; 0 if none came). `authorization` is sent as the Authorization header if not empty.
    unsigned open(const std::string &target, const std::string &authorization = {});
    [[nodiscard]] const std::string &refusalBody() const;

    /// Reads the next text message (answering pings meanwhile); nullopt on close or timeout.
    std::optional<std::string> readText(std::chrono::milliseconds timeout);
    /// Reads and discards until the server closes; the close code it sent (0 when the
    /// connection ended without a close frame), nullopt on timeout.
    std::optional<unsigned> readUntilClosed(std::chrono::milliseconds timeout);
    /// Sends a close frame and waits for the server's answer.
    void close(std::chrono::milliseconds timeout = 2s);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace medinexus::server::net::test
