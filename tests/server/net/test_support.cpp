#include "test_support.h"

#include "server/net/certificate.h"
#include "server/net/event_log.h"
#include "server/net/tls_context.h"

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
#include <cstdlib>
#include <stdexcept>

namespace medinexus::server::net::test {
namespace {

namespace fs = std::filesystem;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
namespace websocket = beast::websocket;
using tcp = asio::ip::tcp;
using ErrorCode = boost::system::error_code;
using Clock = std::chrono::steady_clock;

std::string lowerCase(std::string_view text)
{
    std::string out(text);
    for (char &c : out) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

std::size_t queryParameter(std::string_view query, std::string_view name, std::size_t fallback)
{
    const std::string key = std::string(name) + "=";
    std::size_t position = 0;
    while (position < query.size()) {
        const std::size_t end = std::min(query.find('&', position), query.size());
        const std::string_view pair = query.substr(position, end - position);
        if (pair.starts_with(key)) {
            return static_cast<std::size_t>(std::strtoull(std::string(pair.substr(key.size())).c_str(), nullptr, 10));
        }
        position = end + 1;
    }
    return fallback;
}

ssl::context makeClientContext(const ClientTlsOptions &options)
{
    ssl::context context(ssl::context::tls_client);
    context.load_verify_file(sharedTestCertificate().certificate.string());
    context.set_verify_mode(ssl::verify_peer);
    SSL_CTX *native = context.native_handle();
    int version = 0;
    switch (options.version) {
    case TlsVersion::any:
        break;
    case TlsVersion::tls1_0:
        version = TLS1_VERSION;
        break;
    case TlsVersion::tls1_1:
        version = TLS1_1_VERSION;
        break;
    case TlsVersion::tls1_2:
        version = TLS1_2_VERSION;
        break;
    case TlsVersion::tls1_3:
        version = TLS1_3_VERSION;
        break;
    }
    if (version != 0) {
        SSL_CTX_set_min_proto_version(native, version);
        SSL_CTX_set_max_proto_version(native, version);
    }
    if (version == TLS1_VERSION || version == TLS1_1_VERSION) {
        SSL_CTX_set_security_level(native, 0); // OpenSSL 3 refuses to even offer them otherwise
    }
    if (!options.tls12CipherList.empty() &&
        SSL_CTX_set_cipher_list(native, options.tls12CipherList.c_str()) != 1) {
        throw std::runtime_error("client cipher list rejected by OpenSSL: " + options.tls12CipherList);
    }
    return context;
}

/// Runs one asynchronous operation on `ioc` to completion; `lowest` bounds it with `timeout`
/// (on expiry the socket is closed and the operation fails with beast::error::timeout).
template <typename Start>
ErrorCode runOperation(asio::io_context &ioc, beast::tcp_stream &lowest, std::chrono::milliseconds timeout,
                       Start &&start)
{
    std::optional<ErrorCode> result;
    lowest.expires_after(timeout);
    start([&result](ErrorCode error, auto &&...) { result = error; });
    ioc.restart();
    ioc.run();
    if (lowest.socket().is_open()) {
        lowest.expires_never();
    }
    return result.value_or(asio::error::operation_aborted);
}

std::string describeClose(const ErrorCode &error)
{
    if (error == asio::error::eof) {
        return "eof";
    }
    if (error == ssl::error::stream_truncated) {
        return "truncated";
    }
    if (error == asio::error::connection_reset) {
        return "reset";
    }
    if (error == beast::error::timeout) {
        return "timeout";
    }
    return error.message();
}

std::string connectTcpSocket(asio::io_context &ioc, beast::tcp_stream &lowest, std::uint16_t port,
                             const ClientTlsOptions &options, std::chrono::milliseconds timeout)
{
    const tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), port);
    if (options.receiveBufferSize > 0) {
        lowest.socket().open(tcp::v4());
        lowest.socket().set_option(asio::socket_base::receive_buffer_size(options.receiveBufferSize));
    }
    const ErrorCode error =
        runOperation(ioc, lowest, timeout, [&](auto handler) { lowest.async_connect(endpoint, std::move(handler)); });
    return error ? error.message() : std::string{};
}

} // namespace

// --- TempDir, certificate, helpers ------------------------------------------------------------

TempDir::TempDir()
{
    std::string pattern = (fs::temp_directory_path() / "medinexus-net-test-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("mkdtemp failed for " + pattern);
    }
    path_ = pattern;
}

TempDir::~TempDir()
{
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

const TestCertificate &sharedTestCertificate()
{
    static const TempDir directory;
    static const TestCertificate certificate = [] {
        TestCertificate files{directory.path() / "server.crt", directory.path() / "server.key"};
        createSelfSignedCertificate(SelfSignedCertificateOptions{}, files.certificate, files.privateKey);
        return files;
    }();
    return certificate;
}

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (!condition()) {
        if (Clock::now() >= deadline) {
            return false;
        }
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

// --- TestHandler ----------------------------------------------------------------------------

Response TestHandler::handle(const Request &request, const PeerInfo &peer)
{
    const std::string target(request.target());
    const std::size_t question = target.find('?');
    const std::string path = target.substr(0, question);
    const std::string query = question == std::string::npos ? std::string{} : target.substr(question + 1);
    {
        const std::lock_guard lock(mutex_);
        paths_.push_back(path);
        ports_.push_back(peer.port);
        threads_.push_back(std::this_thread::get_id());
    }

    Response response{http::status::ok, request.version()};
    response.set(http::field::content_type, "text/plain");
    if (path == "/echo") {
        response.body() = request.body();
        response.set("X-Echo-Method", request.method_string());
    } else if (path == "/sleep") {
        ++sleepsStarted;
        std::this_thread::sleep_for(std::chrono::milliseconds(queryParameter(query, "ms", 100)));
        response.body() = std::string(queryParameter(query, "size", 16), 'z');
        ++sleepsFinished;
    } else if (path == "/throw") {
        throw std::runtime_error(std::string(secretText));
    } else if (path == "/close") {
        response.body() = "closing";
        response.keep_alive(false);
    } else {
        response.body() = "ok";
    }
    return response;
}

std::optional<WebSocketSubscriber> TestHandler::authorizeWebSocket(const Request &request, const PeerInfo &)
{
    const auto authorization = request.find(http::field::authorization);
    if (authorization != request.end()) {
        if (authorization->value() == "Bearer good-token") {
            return WebSocketSubscriber{"user-7", "facility-3"};
        }
        if (authorization->value() == "Bearer other-token") {
            return WebSocketSubscriber{"user-8", "facility-4"};
        }
    }
    return std::nullopt;
}

std::size_t TestHandler::callsFor(std::string_view path) const
{
    const std::lock_guard lock(mutex_);
    return static_cast<std::size_t>(std::count(paths_.begin(), paths_.end(), path));
}

std::size_t TestHandler::totalCalls() const
{
    const std::lock_guard lock(mutex_);
    return paths_.size();
}

std::vector<unsigned short> TestHandler::peerPorts() const
{
    const std::lock_guard lock(mutex_);
    return ports_;
}

std::vector<std::thread::id> TestHandler::handlerThreads() const
{
    const std::lock_guard lock(mutex_);
    return threads_;
}

// --- TestServer -----------------------------------------------------------------------------

ServerOptions fastOptions()
{
    ServerOptions options;
    options.address = "127.0.0.1";
    options.port = 0;
    options.ioThreads = 2;
    options.workerThreads = 4;
    options.handshakeTimeout = 3s;
    options.idleTimeout = 3s;
    options.headerTimeout = 3s;
    options.bodyTimeout = 3s;
    options.writeTimeout = 3s;
    options.closeTimeout = 1s;
    options.drainTimeout = 5s;
    options.webSocketIdleTimeout = 5s;
    return options;
}

TestServer::TestServer(ServerOptions options, RunMode mode)
{
    const TestCertificate &certificate = sharedTestCertificate();
    tls_ = std::make_unique<ssl::context>(makeServerTlsContext(certificate.certificate, certificate.privateKey));
    options.accessLog = [this](const AccessLogRecord &record) {
        const std::lock_guard lock(mutex_);
        accessLog_.push_back(record);
    };
    options.eventLog = [this](LogLevel level, std::string_view message) {
        const std::lock_guard lock(mutex_);
        events_.push_back(std::string(toString(level)) + ": " + std::string(message));
    };
    server_ = std::make_unique<HttpsServer>(std::move(options), *tls_, handler_, hub_);
    thread_ = std::thread([this, mode] {
        if (mode == RunMode::runUntilSignalled) {
            server_->runUntilSignalled();
        } else {
            server_->run();
        }
        const std::lock_guard lock(mutex_);
        returned_ = true;
        returnedSignal_.notify_all();
    });
}

TestServer::~TestServer()
{
    server_->stop();
    if (thread_.joinable()) {
        thread_.join();
    }
}

bool TestServer::stopAndWait(std::chrono::milliseconds timeout)
{
    server_->stop();
    return waitForRunToReturn(timeout);
}

bool TestServer::waitForRunToReturn(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(mutex_);
    return returnedSignal_.wait_for(lock, timeout, [this] { return returned_; });
}

std::vector<AccessLogRecord> TestServer::accessLog() const
{
    const std::lock_guard lock(mutex_);
    return accessLog_;
}

std::vector<std::string> TestServer::events() const
{
    const std::lock_guard lock(mutex_);
    return events_;
}

// --- TestClient -----------------------------------------------------------------------------

ClientTlsOptions onlyVersion(TlsVersion version, std::string tls12CipherList)
{
    ClientTlsOptions options;
    options.version = version;
    options.tls12CipherList = std::move(tls12CipherList);
    return options;
}

ClientTlsOptions withReceiveBuffer(int bytes)
{
    ClientTlsOptions options;
    options.receiveBufferSize = bytes;
    return options;
}

std::string HttpResponse::header(const std::string &lowerCaseName) const
{
    const auto found = headers.find(lowerCaseName);
    return found == headers.end() ? std::string{} : found->second;
}

struct TestClient::Impl {
    Impl(std::uint16_t serverPort, ClientTlsOptions tlsOptions)
        : port(serverPort), options(std::move(tlsOptions)), context(makeClientContext(options)), stream(ioc, context)
    {
    }

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(stream); }

    template <typename Start>
    ErrorCode run(std::chrono::milliseconds timeout, Start &&start)
    {
        return runOperation(ioc, lowest(), timeout, std::forward<Start>(start));
    }

    std::uint16_t port;
    ClientTlsOptions options;
    asio::io_context ioc;
    ssl::context context;
    beast::ssl_stream<beast::tcp_stream> stream;
    beast::flat_buffer buffer;
};

TestClient::TestClient(std::uint16_t port, ClientTlsOptions tls) : impl_(std::make_unique<Impl>(port, std::move(tls)))
{
}

TestClient::~TestClient() = default;

std::string TestClient::connectTcp(std::chrono::milliseconds timeout)
{
    return connectTcpSocket(impl_->ioc, impl_->lowest(), impl_->port, impl_->options, timeout);
}

std::string TestClient::connect(std::chrono::milliseconds timeout)
{
    if (std::string error = connectTcp(timeout); !error.empty()) {
        return error;
    }
    impl_->stream.set_verify_callback(ssl::host_name_verification("127.0.0.1"));
    const ErrorCode error = impl_->run(timeout, [&](auto handler) {
        impl_->stream.async_handshake(ssl::stream_base::client, std::move(handler));
    });
    return error ? error.message() : std::string{};
}

std::string TestClient::tlsVersion() const
{
    return SSL_get_version(impl_->stream.native_handle());
}

std::string TestClient::cipher() const
{
    return SSL_CIPHER_get_name(SSL_get_current_cipher(impl_->stream.native_handle()));
}

std::string TestClient::trySend(std::string_view bytes, std::chrono::milliseconds timeout)
{
    const ErrorCode error = impl_->run(timeout, [&](auto handler) {
        asio::async_write(impl_->stream, asio::buffer(bytes.data(), bytes.size()), std::move(handler));
    });
    return error ? error.message() : std::string{};
}

void TestClient::send(std::string_view bytes, std::chrono::milliseconds timeout)
{
    if (std::string error = trySend(bytes, timeout); !error.empty()) {
        throw std::runtime_error("sending failed: " + error);
    }
}

HttpResponse TestClient::request(const std::string &method, const std::string &target, const std::string &body,
                                 const std::vector<std::pair<std::string, std::string>> &headers)
{
    http::request<http::string_body> request;
    request.method_string(method);
    request.target(target);
    request.version(11);
    request.set(http::field::host, "127.0.0.1");
    for (const auto &[name, value] : headers) {
        request.set(name, value);
    }
    request.body() = body;
    request.prepare_payload();
    const ErrorCode error =
        impl_->run(5s, [&](auto handler) { http::async_write(impl_->stream, request, std::move(handler)); });
    if (error) {
        throw std::runtime_error("writing the request failed: " + error.message());
    }
    auto response = readResponse(5s, method == "HEAD");
    if (!response) {
        throw std::runtime_error("no response to " + method + " " + target);
    }
    return *response;
}

std::optional<HttpResponse> TestClient::readResponse(std::chrono::milliseconds timeout, bool headRequest)
{
    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    parser.skip(headRequest);
    const ErrorCode error = impl_->run(
        timeout, [&](auto handler) { http::async_read(impl_->stream, impl_->buffer, parser, std::move(handler)); });
    if (error) {
        return std::nullopt;
    }
    const auto &message = parser.get();
    HttpResponse response;
    response.status = message.result_int();
    response.body = message.body();
    response.keepAlive = message.keep_alive();
    for (const auto &field : message) {
        response.headers[lowerCase(field.name_string())] = std::string(field.value());
    }
    return response;
}

std::string TestClient::readRawHeader(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        const std::string data = beast::buffers_to_string(impl_->buffer.data());
        if (const std::size_t end = data.find("\r\n\r\n"); end != std::string::npos) {
            impl_->buffer.consume(end + 4);
            return data.substr(0, end + 4);
        }
        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (remaining <= 0ms) {
            return {};
        }
        std::size_t received = 0;
        const ErrorCode error = impl_->run(remaining, [&](auto handler) {
            impl_->stream.async_read_some(impl_->buffer.prepare(4096),
                                          [&received, handler = std::move(handler)](ErrorCode readError,
                                                                                    std::size_t n) mutable {
                                              received = n;
                                              handler(readError);
                                          });
        });
        impl_->buffer.commit(received);
        if (error) {
            return {};
        }
    }
}

std::string TestClient::waitForClose(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    std::array<char, 16 * 1024> data{};
    for (;;) {
        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (remaining <= 0ms) {
            return "timeout";
        }
        const ErrorCode error = impl_->run(
            remaining, [&](auto handler) { impl_->stream.async_read_some(asio::buffer(data), std::move(handler)); });
        if (error) {
            return describeClose(error);
        }
    }
}

void TestClient::shutdownTls(std::chrono::milliseconds timeout)
{
    impl_->run(timeout, [&](auto handler) { impl_->stream.async_shutdown(std::move(handler)); });
}

void TestClient::closeWithoutCloseNotify()
{
    ErrorCode ignored;
    impl_->lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
    impl_->lowest().socket().close(ignored);
}

void TestClient::closeWithReset()
{
    ErrorCode ignored;
    impl_->lowest().socket().set_option(asio::socket_base::linger(true, 0), ignored);
    impl_->lowest().socket().close(ignored);
}

// --- WebSocketTestClient ----------------------------------------------------------------------

struct WebSocketTestClient::Impl {
    Impl(std::uint16_t serverPort, ClientTlsOptions tlsOptions)
        : port(serverPort), options(std::move(tlsOptions)), context(makeClientContext(options)), ws(ioc, context)
    {
    }

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(ws); }

    template <typename Start>
    ErrorCode run(std::chrono::milliseconds timeout, Start &&start)
    {
        return runOperation(ioc, lowest(), timeout, std::forward<Start>(start));
    }

    std::uint16_t port;
    ClientTlsOptions options;
    asio::io_context ioc;
    ssl::context context;
    websocket::stream<beast::ssl_stream<beast::tcp_stream>> ws;
    beast::flat_buffer buffer;
    std::string refusalBody;
};

WebSocketTestClient::WebSocketTestClient(std::uint16_t port, ClientTlsOptions tls)
    : impl_(std::make_unique<Impl>(port, std::move(tls)))
{
}

WebSocketTestClient::~WebSocketTestClient() = default;

unsigned WebSocketTestClient::open(const std::string &target, const std::string &authorization)
{
    if (!connectTcpSocket(impl_->ioc, impl_->lowest(), impl_->port, impl_->options, 5s).empty()) {
        return 0;
    }
    impl_->ws.next_layer().set_verify_callback(ssl::host_name_verification("127.0.0.1"));
    ErrorCode error = impl_->run(5s, [&](auto handler) {
        impl_->ws.next_layer().async_handshake(ssl::stream_base::client, std::move(handler));
    });
    if (error) {
        return 0;
    }
    impl_->ws.set_option(websocket::stream_base::decorator([authorization](websocket::request_type &request) {
        if (!authorization.empty()) {
            request.set(http::field::authorization, authorization);
        }
    }));
    websocket::response_type response;
    error = impl_->run(5s, [&](auto handler) {
        impl_->ws.async_handshake(response, "127.0.0.1", target, std::move(handler));
    });
    impl_->refusalBody = response.body();
    return response.result_int();
}

const std::string &WebSocketTestClient::refusalBody() const
{
    return impl_->refusalBody;
}

std::optional<std::string> WebSocketTestClient::readText(std::chrono::milliseconds timeout)
{
    impl_->buffer.clear();
    const ErrorCode error =
        impl_->run(timeout, [&](auto handler) { impl_->ws.async_read(impl_->buffer, std::move(handler)); });
    if (error) {
        return std::nullopt;
    }
    return beast::buffers_to_string(impl_->buffer.data());
}

std::optional<unsigned> WebSocketTestClient::readUntilClosed(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    for (;;) {
        const auto remaining = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
        if (remaining <= 0ms) {
            return std::nullopt;
        }
        impl_->buffer.clear();
        const ErrorCode error =
            impl_->run(remaining, [&](auto handler) { impl_->ws.async_read(impl_->buffer, std::move(handler)); });
        if (!error) {
            continue;
        }
        if (error == websocket::error::closed) {
            return static_cast<unsigned>(impl_->ws.reason().code);
        }
        if (error == beast::error::timeout) {
            return std::nullopt;
        }
        return 0U;
    }
}

void WebSocketTestClient::close(std::chrono::milliseconds timeout)
{
    impl_->run(timeout,
               [&](auto handler) { impl_->ws.async_close(websocket::close_code::normal, std::move(handler)); });
}

} // namespace medinexus::server::net::test
