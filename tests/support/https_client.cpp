#include "tests/support/https_client.h"

#include "shared/codec/canonical_json.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/ssl/host_name_verification.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/buffers_to_string.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <boost/beast/websocket/stream.hpp>

#include <openssl/ssl.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <deque>
#include <functional>

namespace medinexus::test {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using ErrorCode = boost::system::error_code;
using Clock = std::chrono::steady_clock;
using TlsStream = beast::ssl_stream<beast::tcp_stream>;

// Grace beyond an operation's own deadline (enforced by beast::tcp_stream's timer) before the
// socket is closed from here: the io_context loop below can never outlive both.
constexpr auto kGrace = std::chrono::seconds(2);
constexpr std::uint64_t kResponseBodyLimit = 256ull * 1024 * 1024;

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

/// Runs `ioc` until `done()` holds or `deadline` passes; returns done(). Never spins: when the
/// io_context has no work left it returns at once.
bool runUntil(asio::io_context &ioc, const std::function<bool()> &done, Clock::time_point deadline)
{
    while (!done()) {
        const auto now = Clock::now();
        if (now >= deadline) {
            return false;
        }
        if (ioc.stopped()) {
            ioc.restart();
        }
        const std::size_t handled = ioc.run_one_for(deadline - now);
        if (handled == 0 && ioc.stopped()) {
            return done();
        }
    }
    return true;
}

ssl::context makeClientContext(const TlsTrust &trust)
{
    ssl::context context(ssl::context::tls_client);
    context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                        ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    ErrorCode error;
    context.load_verify_file(trust.caFile.string(), error);
    if (error) {
        throw TransportError("cannot load the CA file " + trust.caFile.string() + ": " + error.message());
    }
    context.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
    return context;
}

bool isIpLiteral(const std::string &host)
{
    ErrorCode error;
    asio::ip::make_address(host, error);
    return !error;
}

/// Verification of the peer against the trusted CA and the host; SNI for a DNS name.
void prepareTls(TlsStream &stream, const TlsTrust &trust)
{
    stream.set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert);
    stream.set_verify_callback(ssl::host_name_verification(trust.host));
    if (!isIpLiteral(trust.host)) {
        // SSL_set_tlsext_host_name() is a macro with a C cast; this is what it expands to.
        if (SSL_ctrl(stream.native_handle(), SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name,
                     static_cast<void *>(const_cast<char *>(trust.host.c_str()))) != 1) {
            throw TransportError("cannot set the TLS server name");
        }
    }
}

std::vector<tcp::endpoint> endpointsFor(asio::io_context &ioc, const TlsTrust &trust, std::uint16_t port)
{
    ErrorCode error;
    const auto address = asio::ip::make_address(trust.host, error);
    if (!error) {
        return {tcp::endpoint(address, port)};
    }
    tcp::resolver resolver(ioc);
    const auto results = resolver.resolve(trust.host, std::to_string(port), error);
    if (error) {
        throw TransportError("cannot resolve " + trust.host + ": " + error.message());
    }
    std::vector<tcp::endpoint> endpoints;
    for (const auto &entry : results) {
        endpoints.push_back(entry.endpoint());
    }
    return endpoints;
}

/// Runs one asynchronous operation started by `start(handler)` to completion within `timeout`.
/// `lowest` is the tcp_stream under it: its timer bounds the operation; should it not complete
/// anyway, the socket is closed and the aborted operation awaited.
template <typename Start>
ErrorCode runOperation(asio::io_context &ioc, beast::tcp_stream &lowest, std::chrono::milliseconds timeout,
                       Start &&start, std::size_t *transferred = nullptr)
{
    bool done = false;
    ErrorCode result;
    lowest.expires_after(timeout);
    start([&](const ErrorCode &error, std::size_t bytes = 0) {
        done = true;
        result = error;
        if (transferred != nullptr) {
            *transferred = bytes;
        }
    });
    if (!runUntil(ioc, [&] { return done; }, Clock::now() + timeout + kGrace)) {
        lowest.close();
        runUntil(ioc, [&] { return done; }, Clock::now() + kGrace);
        if (!done) {
            throw TransportError("an I/O operation did not complete even after its socket was closed");
        }
        return beast::error::timeout;
    }
    return result;
}

std::string describeClose(const ErrorCode &error)
{
    if (error == asio::error::eof || error == ssl::error::stream_truncated) {
        // SSL_read returns 0 with close_notify ("eof"); a TCP FIN without it is a truncation.
        return error == asio::error::eof ? "eof" : "truncated";
    }
    if (error == asio::error::connection_reset || error == asio::error::broken_pipe) {
        return "reset";
    }
    if (error == beast::error::timeout) {
        return "timeout";
    }
    return error.message();
}

HttpResponse toHttpResponse(http::response<http::string_body> &&message)
{
    HttpResponse response;
    response.status = message.result_int();
    response.keepAlive = message.keep_alive();
    for (const auto &field : message) {
        response.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    response.body = std::move(message.body());
    JsonLimits limits;
    limits.maxBytes = static_cast<qsizetype>(kResponseBodyLimit);
    limits.maxValues = 10'000'000;
    auto parsed = parseJsonObject(QByteArrayView(response.body.data(), static_cast<qsizetype>(response.body.size())), limits);
    if (parsed) {
        response.json = std::move(*parsed);
    }
    return response;
}

} // namespace

// --- HttpResponse ----------------------------------------------------------------------------

std::string HttpResponse::header(std::string_view name) const
{
    for (const auto &[key, value] : headers) {
        if (equalsIgnoringCase(key, name)) {
            return value;
        }
    }
    return {};
}

bool HttpResponse::hasHeader(std::string_view name) const
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto &h) { return equalsIgnoringCase(h.first, name); });
}

QString HttpResponse::errorCode() const
{
    return object().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

std::string HttpResponse::describe() const
{
    std::string text = "HTTP " + std::to_string(status) + " " + body.substr(0, 600);
    if (body.size() > 600) {
        text += "...";
    }
    return text;
}

std::string toJsonText(const QJsonObject &object)
{
    const QByteArray bytes = toCanonicalJson(QJsonValue(object));
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

// --- HttpsClient ------------------------------------------------------------------------------

struct HttpsClient::Impl {
    Impl(std::uint16_t p, TlsTrust t, std::chrono::milliseconds d)
        : port(p), trust(std::move(t)), timeout(d), context(makeClientContext(trust))
    {
    }

    ~Impl() { dropConnection(); }

    void dropConnection()
    {
        if (stream) {
            ErrorCode ignored;
            beast::get_lowest_layer(*stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
            beast::get_lowest_layer(*stream).close();
            // Let aborted handlers (none are pending between calls) finish.
            ioc.restart();
            ioc.poll();
            stream.reset();
        }
        alive = false;
    }

    void connect()
    {
        dropConnection();
        stream.emplace(ioc, context);
        prepareTls(*stream, trust);
        auto &lowest = beast::get_lowest_layer(*stream);
        const auto endpoints = endpointsFor(ioc, trust, port);
        ErrorCode error = runOperation(ioc, lowest, timeout, [&](auto handler) {
            lowest.async_connect(endpoints, [handler](const ErrorCode &e, const tcp::endpoint &) mutable { handler(e); });
        });
        if (error) {
            dropConnection();
            throw TransportError("connect to " + trust.host + ":" + std::to_string(port) + " failed: " + error.message());
        }
        error = runOperation(ioc, lowest, timeout, [&](auto handler) {
            stream->async_handshake(ssl::stream_base::client, [handler](const ErrorCode &e) mutable { handler(e); });
        });
        if (error) {
            dropConnection();
            throw TransportError("TLS handshake with " + trust.host + ":" + std::to_string(port) + " failed: " + error.message());
        }
        buffer.clear();
        alive = true;
        ++opened;
    }

    HttpResponse request(std::string_view method, std::string_view target, std::string_view body,
                         std::string_view contentType, const std::vector<std::pair<std::string, std::string>> &extra)
    {
        if (!alive) {
            connect();
        }
        http::request<http::string_body> message;
        const http::verb verb = http::string_to_verb(method);
        if (verb == http::verb::unknown) {
            message.method_string(method);
        } else {
            message.method(verb);
        }
        message.target(target);
        message.version(11);
        message.set(http::field::host, trust.host + ":" + std::to_string(port));
        message.set(http::field::user_agent, "medinexus-integration-test");
        if (!token.empty()) {
            message.set(http::field::authorization, "Bearer " + token);
        }
        if (!body.empty() && !contentType.empty()) {
            message.set(http::field::content_type, contentType);
        }
        for (const auto &[name, value] : extra) {
            message.set(name, value);
        }
        message.body() = std::string(body);
        message.keep_alive(true);
        message.prepare_payload();

        auto &lowest = beast::get_lowest_layer(*stream);
        ErrorCode error = runOperation(ioc, lowest, timeout, [&](auto handler) {
            http::async_write(*stream, message, [handler](const ErrorCode &e, std::size_t n) mutable { handler(e, n); });
        });
        if (error) {
            dropConnection();
            throw TransportError("sending " + std::string(method) + " " + std::string(target) + " failed: " + error.message());
        }
        http::response_parser<http::string_body> parser;
        parser.body_limit(kResponseBodyLimit);
        parser.header_limit(64 * 1024);
        error = runOperation(ioc, lowest, timeout, [&](auto handler) {
            http::async_read(*stream, buffer, parser, [handler](const ErrorCode &e, std::size_t n) mutable { handler(e, n); });
        });
        if (error) {
            dropConnection();
            throw TransportError("reading the answer to " + std::string(method) + " " + std::string(target) +
                                 " failed: " + error.message());
        }
        HttpResponse response = toHttpResponse(parser.release());
        if (!response.keepAlive) {
            dropConnection();
        } else {
            lowest.expires_never();
        }
        return response;
    }

    void shutdown()
    {
        if (stream && alive) {
            auto &lowest = beast::get_lowest_layer(*stream);
            try {
                runOperation(ioc, lowest, std::chrono::milliseconds(2000), [&](auto handler) {
                    stream->async_shutdown([handler](const ErrorCode &e) mutable { handler(e); });
                });
            } catch (const TransportError &) {
                // closing anyway
            }
        }
        dropConnection();
    }

    std::uint16_t port;
    TlsTrust trust;
    std::chrono::milliseconds timeout;
    asio::io_context ioc;
    ssl::context context;
    std::optional<TlsStream> stream;
    beast::flat_buffer buffer;
    bool alive = false;
    int opened = 0;
    std::string token;
};

HttpsClient::HttpsClient(std::uint16_t port, TlsTrust trust, std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>(port, std::move(trust), timeout))
{
}

HttpsClient::HttpsClient(std::uint16_t port, const std::filesystem::path &caFile, std::chrono::milliseconds timeout)
    : HttpsClient(port, TlsTrust{caFile, "127.0.0.1"}, timeout)
{
}

HttpsClient::~HttpsClient() = default;
HttpsClient::HttpsClient(HttpsClient &&) noexcept = default;
HttpsClient &HttpsClient::operator=(HttpsClient &&) noexcept = default;

void HttpsClient::setToken(std::string token)
{
    impl_->token = std::move(token);
}

void HttpsClient::clearToken()
{
    impl_->token.clear();
}

const std::string &HttpsClient::token() const
{
    return impl_->token;
}

HttpResponse HttpsClient::request(std::string_view method, std::string_view target, std::string_view body,
                                  std::string_view contentType, const std::vector<std::pair<std::string, std::string>> &extraHeaders)
{
    return impl_->request(method, target, body, contentType, extraHeaders);
}

HttpResponse HttpsClient::get(std::string_view target)
{
    return request("GET", target);
}

HttpResponse HttpsClient::post(std::string_view target, const QJsonObject &body)
{
    return request("POST", target, toJsonText(body));
}

HttpResponse HttpsClient::put(std::string_view target, const QJsonObject &body)
{
    return request("PUT", target, toJsonText(body));
}

HttpResponse HttpsClient::del(std::string_view target)
{
    return request("DELETE", target);
}

HttpResponse HttpsClient::login(const QString &username, const QString &password)
{
    HttpResponse response = post("/api/v1/auth/login", QJsonObject{{QStringLiteral("username"), username},
                                                                   {QStringLiteral("password"), password}});
    if (response.status == 200) {
        impl_->token = response.object().value(QStringLiteral("token")).toString().toStdString();
    }
    return response;
}

void HttpsClient::disconnect()
{
    impl_->shutdown();
}

int HttpsClient::connectionsOpened() const
{
    return impl_->opened;
}

std::uint16_t HttpsClient::port() const
{
    return impl_->port;
}

// --- RawTlsConnection ---------------------------------------------------------------------------

struct RawTlsConnection::Impl {
    Impl(std::uint16_t p, TlsTrust t) : port(p), trust(std::move(t)), context(makeClientContext(trust)) {}

    ~Impl() { abort(); }

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(*stream); }

    void openTcp(std::chrono::milliseconds timeout)
    {
        stream.emplace(ioc, context);
        prepareTls(*stream, trust);
        const auto endpoints = endpointsFor(ioc, trust, port);
        const ErrorCode error = runOperation(ioc, lowest(), timeout, [&](auto handler) {
            lowest().async_connect(endpoints, [handler](const ErrorCode &e, const tcp::endpoint &) mutable { handler(e); });
        });
        if (error) {
            throw TransportError("connect failed: " + error.message());
        }
        lowest().expires_never();
    }

    void handshake(std::chrono::milliseconds timeout)
    {
        const ErrorCode error = runOperation(ioc, lowest(), timeout, [&](auto handler) {
            stream->async_handshake(ssl::stream_base::client, [handler](const ErrorCode &e) mutable { handler(e); });
        });
        if (error) {
            throw TransportError("TLS handshake failed: " + error.message());
        }
        lowest().expires_never();
        tls = true;
    }

    /// Keeps one read outstanding: whatever the server sends is collected, and its close noted.
    void armRead()
    {
        if (reading || closeReason || !stream) {
            return;
        }
        reading = true;
        auto onRead = [this](const ErrorCode &error, std::size_t bytes) {
            reading = false;
            received.append(chunk.data(), bytes);
            if (error) {
                closeReason = describeClose(error);
                return;
            }
            armRead();
        };
        if (tls) {
            stream->async_read_some(asio::buffer(chunk), onRead);
        } else {
            lowest().async_read_some(asio::buffer(chunk), onRead);
        }
    }

    bool write(std::string_view bytes, std::chrono::milliseconds timeout, bool plain)
    {
        if (!stream || closeReason) {
            return false;
        }
        armRead();
        writing = true;
        ErrorCode result;
        auto onWritten = [this, &result](const ErrorCode &error, std::size_t) {
            writing = false;
            result = error;
        };
        if (plain || !tls) {
            asio::async_write(lowest().socket(), asio::buffer(bytes.data(), bytes.size()), onWritten);
        } else {
            asio::async_write(*stream, asio::buffer(bytes.data(), bytes.size()), onWritten);
        }
        if (!runUntil(ioc, [&] { return !writing; }, Clock::now() + timeout)) {
            abort(); // waits for the aborted write too
            return false;
        }
        return !result;
    }

    std::optional<HttpResponse> parseResponse()
    {
        if (received.empty()) {
            return std::nullopt;
        }
        http::response_parser<http::string_body> parser;
        parser.body_limit(kResponseBodyLimit);
        parser.eager(true);
        std::size_t offset = 0;
        while (!parser.is_done() && offset < received.size()) {
            ErrorCode error;
            const std::size_t used = parser.put(asio::buffer(received.data() + offset, received.size() - offset), error);
            offset += used;
            if (error == http::error::need_more) {
                break;
            }
            if (error || used == 0) {
                return std::nullopt;
            }
        }
        if (!parser.is_done()) {
            return std::nullopt;
        }
        return toHttpResponse(parser.release());
    }

    /// Closes the socket (RST when `reset`), lets the aborted operations finish, then drops the
    /// stream: pending SSL operations touch it until their handlers ran.
    void closeSocket(bool reset)
    {
        if (!stream) {
            return;
        }
        ErrorCode ignored;
        if (reset) {
            lowest().socket().set_option(asio::socket_base::linger(true, 0), ignored);
        } else {
            lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
        }
        lowest().close();
        runUntil(ioc, [&] { return !reading && !writing; }, Clock::now() + kGrace);
        stream.reset();
        if (!closeReason) {
            closeReason = "closed by the client";
        }
    }

    void abort() { closeSocket(true); }

    std::uint16_t port;
    TlsTrust trust;
    asio::io_context ioc;
    ssl::context context;
    std::optional<TlsStream> stream;
    bool tls = false;
    bool reading = false;
    bool writing = false;
    std::array<char, 16 * 1024> chunk{};
    std::string received;
    std::optional<std::string> closeReason;
};

RawTlsConnection::RawTlsConnection(std::uint16_t port, TlsTrust trust)
    : impl_(std::make_unique<Impl>(port, std::move(trust)))
{
}

RawTlsConnection::RawTlsConnection(std::uint16_t port, const std::filesystem::path &caFile)
    : RawTlsConnection(port, TlsTrust{caFile, "127.0.0.1"})
{
}

RawTlsConnection::~RawTlsConnection() = default;

void RawTlsConnection::connect(std::chrono::milliseconds timeout)
{
    impl_->openTcp(timeout);
    impl_->handshake(timeout);
    impl_->armRead();
}

void RawTlsConnection::connectTcpOnly(std::chrono::milliseconds timeout)
{
    impl_->openTcp(timeout);
    impl_->armRead();
}

bool RawTlsConnection::send(std::string_view bytes, std::chrono::milliseconds timeout)
{
    return impl_->write(bytes, timeout, false);
}

bool RawTlsConnection::sendPlain(std::string_view bytes, std::chrono::milliseconds timeout)
{
    return impl_->write(bytes, timeout, true);
}

std::optional<HttpResponse> RawTlsConnection::readResponse(std::chrono::milliseconds timeout)
{
    impl_->armRead();
    std::optional<HttpResponse> response;
    runUntil(impl_->ioc,
             [&] {
                 response = impl_->parseResponse();
                 return response.has_value() || impl_->closeReason.has_value();
             },
             Clock::now() + timeout);
    if (!response) {
        response = impl_->parseResponse();
    }
    return response;
}

std::string RawTlsConnection::waitForClose(std::chrono::milliseconds timeout)
{
    impl_->armRead();
    if (!runUntil(impl_->ioc, [&] { return impl_->closeReason.has_value(); }, Clock::now() + timeout)) {
        return "timeout";
    }
    return *impl_->closeReason;
}

bool RawTlsConnection::closedByPeer() const
{
    return impl_->closeReason.has_value();
}

std::string RawTlsConnection::received() const
{
    return impl_->received;
}

void RawTlsConnection::abortTcp()
{
    impl_->abort();
}

void RawTlsConnection::closeWithoutCloseNotify()
{
    impl_->closeSocket(false);
}

// --- WebSocketClient ---------------------------------------------------------------------------

struct WebSocketClient::Impl {
    using Stream = websocket::stream<TlsStream>;

    Impl(std::uint16_t p, TlsTrust t) : port(p), trust(std::move(t)), context(makeClientContext(trust)) {}

    ~Impl()
    {
        if (ws) {
            beast::get_lowest_layer(*ws).close();
            runUntil(ioc, [&] { return !reading; }, Clock::now() + kGrace);
        }
    }

    void armRead()
    {
        if (reading || closedFlag || !ws || !open) {
            return;
        }
        reading = true;
        readBuffer.clear();
        ws->async_read(readBuffer, [this](const ErrorCode &error, std::size_t) {
            reading = false;
            if (error) {
                closedFlag = true;
                closeCode = error == websocket::error::closed ? static_cast<unsigned>(ws->reason().code) : 0u;
                return;
            }
            messages.push_back(beast::buffers_to_string(readBuffer.data()));
            armRead();
        });
    }

    std::uint16_t port;
    TlsTrust trust;
    asio::io_context ioc;
    ssl::context context;
    std::optional<Stream> ws;
    bool open = false;
    bool reading = false;
    bool closedFlag = false;
    unsigned closeCode = 0;
    beast::flat_buffer readBuffer;
    std::deque<std::string> messages;
    std::string refusal;
};

WebSocketClient::WebSocketClient(std::uint16_t port, TlsTrust trust)
    : impl_(std::make_unique<Impl>(port, std::move(trust)))
{
}

WebSocketClient::WebSocketClient(std::uint16_t port, const std::filesystem::path &caFile)
    : WebSocketClient(port, TlsTrust{caFile, "127.0.0.1"})
{
}

WebSocketClient::~WebSocketClient() = default;

unsigned WebSocketClient::open(const std::string &target, const std::string &bearerToken, std::chrono::milliseconds timeout)
{
    Impl &d = *impl_;
    d.ws.emplace(d.ioc, d.context);
    prepareTls(d.ws->next_layer(), d.trust);
    auto &lowest = beast::get_lowest_layer(*d.ws);
    const auto endpoints = endpointsFor(d.ioc, d.trust, d.port);
    ErrorCode error = runOperation(d.ioc, lowest, timeout, [&](auto handler) {
        lowest.async_connect(endpoints, [handler](const ErrorCode &e, const tcp::endpoint &) mutable { handler(e); });
    });
    if (error) {
        throw TransportError("WebSocket connect failed: " + error.message());
    }
    error = runOperation(d.ioc, lowest, timeout, [&](auto handler) {
        d.ws->next_layer().async_handshake(ssl::stream_base::client, [handler](const ErrorCode &e) mutable { handler(e); });
    });
    if (error) {
        throw TransportError("WebSocket TLS handshake failed: " + error.message());
    }
    d.ws->set_option(websocket::stream_base::decorator([bearerToken](websocket::request_type &request) {
        request.set(http::field::user_agent, "medinexus-integration-test");
        if (!bearerToken.empty()) {
            request.set(http::field::authorization, "Bearer " + bearerToken);
        }
    }));
    websocket::response_type response;
    const std::string host = d.trust.host + ":" + std::to_string(d.port);
    error = runOperation(d.ioc, lowest, timeout, [&](auto handler) {
        d.ws->async_handshake(response, host, target, [handler](const ErrorCode &e) mutable { handler(e); });
    });
    if (!error) {
        // From here the WebSocket's own timeouts apply (the server pings; we answer).
        lowest.expires_never();
        d.ws->set_option(websocket::stream_base::timeout::suggested(beast::role_type::client));
        d.open = true;
        d.armRead();
        return 101;
    }
    d.refusal = response.body();
    if (response.result_int() != 0) {
        return response.result_int();
    }
    throw TransportError("WebSocket upgrade failed without an answer: " + error.message());
}

const std::string &WebSocketClient::refusalBody() const
{
    return impl_->refusal;
}

bool WebSocketClient::isOpen() const
{
    return impl_->open && !impl_->closedFlag;
}

std::optional<std::string> WebSocketClient::readText(std::chrono::milliseconds timeout)
{
    Impl &d = *impl_;
    d.armRead();
    runUntil(d.ioc, [&] { return !d.messages.empty() || d.closedFlag; }, Clock::now() + timeout);
    if (d.messages.empty()) {
        return std::nullopt;
    }
    std::string message = std::move(d.messages.front());
    d.messages.pop_front();
    return message;
}

std::optional<unsigned> WebSocketClient::waitForClose(std::chrono::milliseconds timeout)
{
    Impl &d = *impl_;
    d.armRead();
    if (!runUntil(d.ioc, [&] { return d.closedFlag; }, Clock::now() + timeout)) {
        return std::nullopt;
    }
    return d.closeCode;
}

bool WebSocketClient::closed() const
{
    return impl_->closedFlag;
}

void WebSocketClient::close(std::chrono::milliseconds timeout)
{
    Impl &d = *impl_;
    if (!d.ws || !d.open || d.closedFlag) {
        return;
    }
    bool done = false;
    d.ws->async_close(websocket::close_code::normal, [&](const ErrorCode &) { done = true; });
    runUntil(d.ioc, [&] { return done && !d.reading; }, Clock::now() + timeout);
    beast::get_lowest_layer(*d.ws).close();
    runUntil(d.ioc, [&] { return done && !d.reading; }, Clock::now() + kGrace);
    d.closedFlag = true;
}

} // namespace medinexus::test
