#pragma once

// Synchronous clients for tests against a real MediNexus server on loopback:
//   - HttpsClient: HTTP/1.1 over TLS with keep-alive, JSON helpers and a bearer token;
//   - RawTlsConnection: byte-level access for robustness tests (slow senders, abrupt TCP
//     close mid-body, TLS dropped without close_notify, garbage before the handshake);
//   - WebSocketClient: the notification channel (wss, Authorization header on the upgrade)
//     with a read that gives up after a timeout but leaves the stream usable.
//
// Every client VERIFIES the server: its certificate must chain to the given CA file (the data
// directory's self-signed tls/server.crt) and name the host (default 127.0.0.1, checked against
// the certificate's IP subject alternative name). Nothing disables verification.
//
// Every operation is bounded in time; failures of the transport throw TransportError. Each
// object owns its own io_context and is used from one thread at a time.

#include <QJsonObject>
#include <QString>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace medinexus::test {

using namespace std::chrono_literals;

/// The connection failed, timed out or the server's answer was not HTTP.
class TransportError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct TlsTrust {
    std::filesystem::path caFile;    ///< PEM certificate(s) to trust
    std::string host = "127.0.0.1"; ///< connect to, and verify the certificate against, this
};

struct HttpResponse {
    unsigned status = 0;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers; ///< in order, names as sent
    bool keepAlive = false;
    /// The body parsed with the project's strict JSON parser, when it is a JSON object.
    std::optional<QJsonObject> json;

    /// The first header of that name (case-insensitive); "" when absent.
    [[nodiscard]] std::string header(std::string_view name) const;
    [[nodiscard]] bool hasHeader(std::string_view name) const;
    /// json or an empty object.
    [[nodiscard]] QJsonObject object() const { return json.value_or(QJsonObject{}); }
    /// error.code of an error body ("" otherwise).
    [[nodiscard]] QString errorCode() const;
    [[nodiscard]] bool is2xx() const { return status >= 200 && status < 300; }
    /// "HTTP <status> <body (truncated)>" for assertion messages.
    [[nodiscard]] std::string describe() const;
};

/// Serialises a QJsonObject compactly (UTF-8).
std::string toJsonText(const QJsonObject &object);

class HttpsClient {
public:
    HttpsClient(std::uint16_t port, TlsTrust trust, std::chrono::milliseconds timeout = 30s);
    HttpsClient(std::uint16_t port, const std::filesystem::path &caFile, std::chrono::milliseconds timeout = 30s);
    ~HttpsClient();
    HttpsClient(const HttpsClient &) = delete;
    HttpsClient &operator=(const HttpsClient &) = delete;
    HttpsClient(HttpsClient &&) noexcept;
    HttpsClient &operator=(HttpsClient &&) noexcept;

    /// Sent as "Authorization: Bearer <token>" on every request while set.
    void setToken(std::string token);
    void clearToken();
    [[nodiscard]] const std::string &token() const;

    /// One request on the kept-alive connection (connecting first when there is none). The body
    /// is sent with Content-Type `contentType` when not empty. Throws TransportError.
    HttpResponse request(std::string_view method, std::string_view target, std::string_view body = {},
                         std::string_view contentType = "application/json",
                         const std::vector<std::pair<std::string, std::string>> &extraHeaders = {});
    HttpResponse get(std::string_view target);
    HttpResponse post(std::string_view target, const QJsonObject &body);
    HttpResponse put(std::string_view target, const QJsonObject &body);
    HttpResponse del(std::string_view target);

    /// POST /api/v1/auth/login; on 200 the token is kept for later requests.
    HttpResponse login(const QString &username, const QString &password);

    /// Closes the connection (TLS close_notify, bounded); the next request reconnects.
    void disconnect();
    /// How many TCP+TLS connections this client opened so far (keep-alive checks).
    [[nodiscard]] int connectionsOpened() const;
    [[nodiscard]] std::uint16_t port() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Byte-level TLS (or plain TCP) connection. Bytes the server sends are collected in the
/// background of every call, so a test can interleave sending and checking for the close.
class RawTlsConnection {
public:
    RawTlsConnection(std::uint16_t port, TlsTrust trust);
    RawTlsConnection(std::uint16_t port, const std::filesystem::path &caFile);
    ~RawTlsConnection();
    RawTlsConnection(const RawTlsConnection &) = delete;
    RawTlsConnection &operator=(const RawTlsConnection &) = delete;

    /// TCP connect and verified TLS handshake. Throws TransportError.
    void connect(std::chrono::milliseconds timeout = 10s);
    /// TCP connect only; then sendPlain() talks to the TLS port without TLS.
    void connectTcpOnly(std::chrono::milliseconds timeout = 10s);

    /// Writes bytes over TLS; false when the connection is gone (or the write timed out).
    bool send(std::string_view bytes, std::chrono::milliseconds timeout = 10s);
    /// Writes bytes on the TCP socket, bypassing TLS.
    bool sendPlain(std::string_view bytes, std::chrono::milliseconds timeout = 10s);

    /// Waits for one complete HTTP response in what the server sent; nullopt when the
    /// connection ends or `timeout` passes first.
    std::optional<HttpResponse> readResponse(std::chrono::milliseconds timeout = 10s);
    /// Waits until the server ends the connection. Returns how it ended: "eof" (TLS
    /// close_notify), "truncated" (TCP closed without close_notify), "reset", another error
    /// text, or "timeout" when it is still open after `timeout` (the connection stays usable).
    std::string waitForClose(std::chrono::milliseconds timeout);
    /// True once the server has ended the connection (as observed so far, without waiting).
    [[nodiscard]] bool closedByPeer() const;
    /// Every byte the server sent so far (decrypted).
    [[nodiscard]] std::string received() const;

    /// Aborts the TCP connection: RST (SO_LINGER 0), no TLS close_notify.
    void abortTcp();
    /// Closes the TCP connection with a FIN but without TLS close_notify (a dropped TLS session).
    void closeWithoutCloseNotify();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// The sync notification channel.
class WebSocketClient {
public:
    WebSocketClient(std::uint16_t port, TlsTrust trust);
    WebSocketClient(std::uint16_t port, const std::filesystem::path &caFile);
    ~WebSocketClient();
    WebSocketClient(const WebSocketClient &) = delete;
    WebSocketClient &operator=(const WebSocketClient &) = delete;

    /// Connects and upgrades `target` with "Authorization: Bearer <token>" (none when the token
    /// is empty). Returns the HTTP status of the answer: 101 when open, else the refusal
    /// (its body in refusalBody()). Throws TransportError when no answer came.
    unsigned open(const std::string &target, const std::string &bearerToken, std::chrono::milliseconds timeout = 10s);
    [[nodiscard]] const std::string &refusalBody() const;
    [[nodiscard]] bool isOpen() const;

    /// The next text message; nullopt when none arrives within `timeout` (the channel stays
    /// open and a later call may still get it) or the channel closed (see closed()).
    std::optional<std::string> readText(std::chrono::milliseconds timeout);
    /// Reads until the server closes the channel: its close code (1001 going away, ...), 0 when
    /// the connection ended without a close frame, nullopt when still open after `timeout`.
    std::optional<unsigned> waitForClose(std::chrono::milliseconds timeout);
    [[nodiscard]] bool closed() const;
    /// Sends a close frame and waits (bounded) for the server's.
    void close(std::chrono::milliseconds timeout = 5s);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace medinexus::test
