#include "server/net/http_session.h"

#include "server/net/access_log.h"
#include "server/net/connection_registry.h"
#include "server/net/error_response.h"
#include "server/net/event_log.h"
#include "server/net/request_handler.h"
#include "server/net/server_options.h"
#include "server/net/session_context.h"
#include "server/net/websocket_session.h"

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl/error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/read.hpp>
#include <boost/beast/http/serializer.hpp>
#include <boost/beast/http/write.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace medinexus::server::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = asio::ssl;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using ErrorCode = boost::system::error_code;

constexpr std::size_t kReadChunk = 16 * 1024; // one TLS record
constexpr std::size_t kDrainChunk = 16 * 1024;

/// A syntax error in the request (as opposed to the peer going away or a limit being hit).
bool isMalformedRequest(const ErrorCode &error)
{
    if (error.category() != http::make_error_code(http::error::bad_method).category()) {
        return false;
    }
    switch (static_cast<http::error>(error.value())) {
    case http::error::bad_line_ending:
    case http::error::bad_method:
    case http::error::bad_target:
    case http::error::bad_version:
    case http::error::bad_status:
    case http::error::bad_reason:
    case http::error::bad_field:
    case http::error::bad_value:
    case http::error::bad_content_length:
    case http::error::bad_transfer_encoding:
    case http::error::bad_chunk:
    case http::error::bad_chunk_extension:
    case http::error::bad_obs_fold:
    case http::error::multiple_content_length:
    case http::error::unexpected_body:
        return true;
    default:
        return false;
    }
}

std::string peerAddressText(const tcp::endpoint &endpoint)
{
    const auto address = endpoint.address();
    if (address.is_v6() && address.to_v6().is_v4_mapped()) {
        return asio::ip::make_address_v4(asio::ip::v4_mapped, address.to_v6()).to_string();
    }
    return address.to_string();
}

class HttpSession final : public Connection, public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket &&socket, const SessionContext &context, PeerInfo peer)
        : context_(context), options_(context.options), executor_(socket.get_executor()),
          stream_(std::move(socket), context.tls), idleTimer_(executor_), peer_(std::move(peer))
    {
    }

    HttpSession(const HttpSession &) = delete;
    HttpSession &operator=(const HttpSession &) = delete;

    ~HttpSession() override
    {
        if (registration_) {
            context_.registry.remove(*registration_);
        }
    }

    void start()
    {
        registration_ = context_.registry.add(weak_from_this());
        if (!registration_) {
            return; // shutting down: the socket closes with this object
        }
        asio::dispatch(executor_, [self = shared_from_this()] { self->handshake(); });
    }

    void beginShutdown() override
    {
        asio::post(executor_, [self = shared_from_this()] { self->onShutdownRequested(); });
    }

    void forceClose() override
    {
        asio::post(executor_, [self = shared_from_this()] { self->closeSocket(); });
    }

private:
    enum class State {
        handshaking,   // TLS handshake
        waiting,       // keep-alive: waiting for the first byte of the next request
        readingHeader, // request line and header fields
        continuing,    // writing "100 Continue"
        readingBody,
        handling,      // the handler runs on a worker thread
        writing,
        closing,       // TLS close_notify exchange, then lingering
        closed,
        handedOver,    // the stream now belongs to a WebSocket session
    };

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(stream_); }

    void log(LogLevel level, const std::string &message) const { logEvent(options_.eventLog, level, message); }

    // --- TLS handshake -----------------------------------------------------------------

    void handshake()
    {
        state_ = State::handshaking;
        lowest().expires_after(options_.handshakeTimeout);
        stream_.async_handshake(ssl::stream_base::server,
                                [self = shared_from_this()](const ErrorCode &error) { self->onHandshake(error); });
    }

    void onHandshake(const ErrorCode &error)
    {
        if (state_ != State::handshaking) {
            return;
        }
        if (error) {
            log(LogLevel::debug, "TLS handshake with " + peer_.address + " failed: " + error.message());
            closeSocket();
            return;
        }
        waitForRequest();
    }

    // --- Reading a request -------------------------------------------------------------

    void waitForRequest()
    {
        if (shuttingDown_) {
            startClose();
            return;
        }
        lowest().expires_never();
        parser_.emplace();
        parser_->body_limit(options_.bodyLimit);
        parser_->header_limit(options_.headerLimit);
        requestVersion_ = 11;
        requestKeepAlive_ = false;
        headOnly_ = false;
        lingerOnClose_ = false;
        bodyBytesRead_ = 0;
        record_ = AccessLogRecord{};
        record_.peerAddress = peer_.address;

        if (buffer_.size() > 0) { // the client pipelined the next request
            beginRequest();
            return;
        }
        if (buffer_.capacity() > 4 * kReadChunk) {
            buffer_.shrink_to_fit(); // idle keep-alive connections should hold little memory
        }
        state_ = State::waiting;
        idleTimer_.expires_after(options_.idleTimeout);
        idleTimer_.async_wait([self = shared_from_this()](const ErrorCode &error) {
            if (!error && self->state_ == State::waiting) {
                ErrorCode ignored;
                self->lowest().socket().cancel(ignored); // onFirstBytes then closes cleanly
            }
        });
        stream_.async_read_some(buffer_.prepare(kReadChunk),
                                [self = shared_from_this()](const ErrorCode &error, std::size_t bytes) {
                                    self->onFirstBytes(error, bytes);
                                });
    }

    void onFirstBytes(const ErrorCode &error, std::size_t bytes)
    {
        if (state_ != State::waiting) {
            return;
        }
        idleTimer_.cancel();
        buffer_.commit(bytes);
        if (error) {
            if (error == asio::error::operation_aborted || error == asio::error::eof) {
                // Idle timeout or shutdown (we cancelled), or the client's close_notify: a clean close.
                startClose();
            } else {
                closeSocket(); // reset or truncation between requests: nothing to answer
            }
            return;
        }
        beginRequest();
    }

    void beginRequest()
    {
        state_ = State::readingHeader;
        requestStart_ = Clock::now();
        lowest().expires_at(requestStart_ + options_.headerTimeout);
        http::async_read_header(stream_, buffer_, *parser_,
                                [self = shared_from_this()](const ErrorCode &error, std::size_t) {
                                    self->onHeader(error);
                                });
    }

    void onHeader(const ErrorCode &error)
    {
        if (state_ != State::readingHeader) {
            return;
        }
        if (error) {
            onReadFailed(error);
            return;
        }
        const Request &request = parser_->get();
        noteRequestHeader(request);
        const auto expect = request.find(http::field::expect);
        if (!parser_->is_done() && request.version() == 11 && expect != request.end() &&
            beast::iequals(expect->value(), "100-continue")) {
            sendContinue();
            return;
        }
        readBody();
    }

    /// Beast's parser accepts only HTTP/1.0 and HTTP/1.1.
    void noteRequestHeader(const Request &request)
    {
        record_.method = std::string(request.method_string());
        record_.path = pathWithoutQuery(request.target());
        requestVersion_ = request.version() == 10 ? 10 : 11;
        requestKeepAlive_ = request.keep_alive();
        headOnly_ = request.method() == http::verb::head;
    }

    void sendContinue()
    {
        state_ = State::continuing;
        continue_.emplace(http::status::continue_, 11);
        lowest().expires_after(options_.writeTimeout);
        http::async_write(stream_, *continue_, [self = shared_from_this()](const ErrorCode &error, std::size_t) {
            if (self->state_ != State::continuing) {
                return;
            }
            self->continue_.reset();
            if (error) {
                self->closeSocket();
                return;
            }
            self->readBody();
        });
    }

    void readBody()
    {
        if (parser_->is_done()) {
            onRequestRead();
            return;
        }
        state_ = State::readingBody;
        bodyStart_ = Clock::now();
        readSomeBody();
    }

    /// `base` plus the time `bytes` take at ServerOptions::minTransferRate.
    Clock::duration transferAllowance(std::chrono::milliseconds base, std::uint64_t bytes) const
    {
        auto allowance = std::chrono::duration_cast<Clock::duration>(base);
        if (options_.minTransferRate > 0) {
            allowance += std::chrono::duration_cast<Clock::duration>(std::chrono::milliseconds(
                static_cast<std::chrono::milliseconds::rep>(bytes * 1000 / options_.minTransferRate)));
        }
        return allowance;
    }

    void readSomeBody()
    {
        // The deadline grows with what has arrived, so a client sending at least
        // minTransferRate never runs into it, while a stalled or trickling one does.
        lowest().expires_at(bodyStart_ + transferAllowance(options_.bodyTimeout, bodyBytesRead_));
        http::async_read_some(stream_, buffer_, *parser_,
                              [self = shared_from_this()](const ErrorCode &error, std::size_t bytes) {
                                  self->onSomeBody(error, bytes);
                              });
    }

    void onSomeBody(const ErrorCode &error, std::size_t bytes)
    {
        if (state_ != State::readingBody) {
            return;
        }
        if (error) {
            onReadFailed(error);
            return;
        }
        bodyBytesRead_ += bytes;
        if (parser_->is_done()) {
            onRequestRead();
        } else {
            readSomeBody();
        }
    }

    void onReadFailed(const ErrorCode &error)
    {
        // A Content-Length over the limit fails the header read, after the start line and the
        // fields have been parsed into the message.
        if (record_.method.empty() && (parser_->is_header_done() || error == http::error::body_limit)) {
            noteRequestHeader(parser_->get());
        }
        if (error == http::error::body_limit) {
            reject(http::status::payload_too_large, "payload_too_large",
                   "The request body exceeds the limit of " + std::to_string(options_.bodyLimit) + " bytes.");
        } else if (error == http::error::header_limit || error == http::error::buffer_overflow) {
            reject(http::status::request_header_fields_too_large, "request_header_fields_too_large",
                   "The request header exceeds the limit of " + std::to_string(options_.headerLimit) + " bytes.");
        } else if (isMalformedRequest(error)) {
            reject(http::status::bad_request, "bad_request", "The request is not valid HTTP/1.1.");
        } else {
            // Timeout (the stream is already closed), the peer going away, or a TLS
            // truncation mid-message: the request is incomplete and is never dispatched.
            log(LogLevel::debug, "incomplete request from " + peer_.address + " dropped: " + error.message());
            closeSocket();
        }
    }

    void onRequestRead()
    {
        lowest().expires_never();
        auto request = std::make_shared<Request>(parser_->release());
        parser_.reset();
        record_.bytesReceived = request->body().size();
        if (beast::websocket::is_upgrade(*request)) {
            authorizeUpgrade(std::move(request));
        } else {
            dispatch(std::move(request));
        }
    }

    // --- Handing the request to a worker ------------------------------------------------

    void dispatch(std::shared_ptr<Request> request)
    {
        state_ = State::handling;
        // The guard keeps the io_context running while the handler works, so that the
        // response can be posted back even when nothing else is pending (graceful shutdown).
        auto work = asio::make_work_guard(executor_);
        asio::post(context_.workers,
                   [self = shared_from_this(), request = std::move(request), work = std::move(work)]() mutable {
                       Response response = self->invokeHandler(*request);
                       asio::post(work.get_executor(), [self, response = std::move(response)]() mutable {
                           self->onHandled(std::move(response));
                       });
                       work.reset();
                   });
    }

    /// Runs on a worker thread: touches only immutable session state.
    Response invokeHandler(const Request &request) const
    {
        const std::string where = std::string(request.method_string()) + " " + pathWithoutQuery(request.target());
        try {
            Response response = context_.handler.handle(request, peer_);
            if (response.result_int() < 200) {
                log(LogLevel::error, "request handler answered " + where + " with informational status " +
                                         std::to_string(response.result_int()) + "; sent 500 instead");
            } else {
                if (request.method() != http::verb::head || !response.body().empty() ||
                    !response.has_content_length()) {
                    response.prepare_payload(); // throws for a body on 204/304
                }
                return response;
            }
        } catch (const std::exception &exception) {
            log(LogLevel::error, "request handler threw " + exceptionTypeName(exception) + " on " + where);
        } catch (...) {
            log(LogLevel::error, "request handler threw a non-standard exception on " + where);
        }
        return makeErrorResponse(http::status::internal_server_error, "internal_error",
                                 "The server could not process the request.", request.version() == 10 ? 10 : 11);
    }

    void onHandled(Response response)
    {
        if (state_ != State::handling) { // force-closed while the handler ran
            record_.status = response.result_int();
            emitAccessLog(0);
            return;
        }
        writeResponse(std::move(response), false);
    }

    // --- WebSocket upgrade --------------------------------------------------------------

    void authorizeUpgrade(std::shared_ptr<Request> request)
    {
        if (shuttingDown_) {
            reject(http::status::service_unavailable, "service_unavailable", "The server is shutting down.");
            return;
        }
        state_ = State::handling;
        auto work = asio::make_work_guard(executor_);
        asio::post(context_.workers, [self = shared_from_this(), request = std::move(request),
                                      work = std::move(work)]() mutable {
            std::optional<WebSocketSubscriber> subscriber;
            bool failed = false;
            try {
                subscriber = self->context_.handler.authorizeWebSocket(*request, self->peer_);
            } catch (const std::exception &exception) {
                failed = true;
                self->log(LogLevel::error, "WebSocket authorization threw " + exceptionTypeName(exception));
            } catch (...) {
                failed = true;
                self->log(LogLevel::error, "WebSocket authorization threw a non-standard exception");
            }
            asio::post(work.get_executor(),
                       [self, request = std::move(request), subscriber = std::move(subscriber), failed]() mutable {
                           self->onUpgradeDecided(std::move(request), std::move(subscriber), failed);
                       });
            work.reset();
        });
    }

    void onUpgradeDecided(std::shared_ptr<Request> request, std::optional<WebSocketSubscriber> subscriber,
                          bool failed)
    {
        if (state_ != State::handling) {
            return;
        }
        if (failed) {
            writeResponse(makeErrorResponse(http::status::internal_server_error, "internal_error",
                                            "The server could not process the request.", requestVersion_),
                          true);
            return;
        }
        if (!subscriber) {
            if (request->find(http::field::authorization) == request->end()) {
                Response response = makeErrorResponse(http::status::unauthorized, "unauthorized",
                                                      "Authentication is required to open a notification channel.",
                                                      requestVersion_);
                response.set(http::field::www_authenticate, "Bearer");
                writeResponse(std::move(response), true);
            } else {
                writeResponse(makeErrorResponse(http::status::forbidden, "forbidden",
                                                "This notification channel is not available to the caller.",
                                                requestVersion_),
                              true);
            }
            return;
        }
        if (shuttingDown_) {
            reject(http::status::service_unavailable, "service_unavailable", "The server is shutting down.");
            return;
        }
        state_ = State::handedOver;
        idleTimer_.cancel();
        WebSocketUpgrade upgrade{std::move(*request), std::move(*subscriber), peer_, std::move(record_),
                                 requestStart_};
        startWebSocketSession(std::move(stream_), std::move(upgrade), context_);
        // The WebSocket session has registered itself (or closed, if shutdown began); this
        // object no longer owns a connection.
        if (registration_) {
            context_.registry.remove(*registration_);
            registration_.reset();
        }
    }

    // --- Writing the response -------------------------------------------------------------

    /// Answers a request the transport itself refuses, then closes the connection.
    void reject(http::status status, std::string_view code, const std::string &message)
    {
        lingerOnClose_ = true; // unread request bytes may still be arriving
        writeResponse(makeErrorResponse(status, code, message, requestVersion_), true);
    }

    void writeResponse(Response response, bool closeAfterwards)
    {
        keepAlive_ = !closeAfterwards && !shuttingDown_ && requestKeepAlive_ && response.keep_alive();
        response.version(requestVersion_);
        response.keep_alive(keepAlive_);
        response.set(http::field::server, options_.serverName);
        record_.status = response.result_int();
        response_.emplace(std::move(response));
        serializer_.emplace(*response_);
        state_ = State::writing;
        lowest().expires_after(transferAllowance(options_.writeTimeout, headOnly_ ? 0 : response_->body().size()));
        auto onWritten = [self = shared_from_this()](const ErrorCode &error, std::size_t bytes) {
            self->onWritten(error, bytes);
        };
        if (headOnly_) {
            http::async_write_header(stream_, *serializer_, std::move(onWritten));
        } else {
            http::async_write(stream_, *serializer_, std::move(onWritten));
        }
    }

    void onWritten(const ErrorCode &error, std::size_t bytes)
    {
        emitAccessLog(bytes);
        serializer_.reset();
        response_.reset();
        if (state_ != State::writing) {
            return;
        }
        if (error) {
            log(LogLevel::debug, "writing the response to " + peer_.address + " failed: " + error.message());
            closeSocket();
            return;
        }
        if (!keepAlive_) {
            startClose();
            return;
        }
        waitForRequest();
    }

    void emitAccessLog(std::uint64_t bytesSent)
    {
        if (!options_.accessLog) {
            return;
        }
        record_.bytesSent = bytesSent;
        record_.duration = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - requestStart_);
        try {
            options_.accessLog(record_);
        } catch (...) {
            log(LogLevel::warning, "the access log sink threw; record dropped");
        }
    }

    // --- Closing ------------------------------------------------------------------------------

    void onShutdownRequested()
    {
        shuttingDown_ = true;
        switch (state_) {
        case State::handshaking:
            closeSocket(); // nothing exchanged yet
            break;
        case State::waiting: {
            idleTimer_.cancel();
            ErrorCode ignored;
            lowest().socket().cancel(ignored); // onFirstBytes sends close_notify
            break;
        }
        default:
            break; // requests in flight finish; their response says "Connection: close"
        }
    }

    /// TLS close_notify exchange, bounded by closeTimeout, then the TCP close.
    void startClose()
    {
        if (state_ == State::closing || state_ == State::closed || state_ == State::handedOver) {
            return;
        }
        state_ = State::closing;
        idleTimer_.cancel();
        lowest().expires_after(options_.closeTimeout);
        stream_.async_shutdown([self = shared_from_this()](const ErrorCode &error) { self->onTlsShutdown(error); });
    }

    void onTlsShutdown(const ErrorCode &error)
    {
        if (state_ != State::closing) {
            return;
        }
        if (lingerOnClose_ && error && error != asio::error::eof && error != beast::error::timeout) {
            // After an error response the client may still be sending the request we did not
            // read. Closing now would answer its data with a TCP reset that can destroy our
            // response in flight; half-close and discard its data until it stops or the
            // deadline set in startClose() passes.
            ErrorCode ignored;
            lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
            drainBuffer_.resize(kDrainChunk);
            drain();
            return;
        }
        closeSocket();
    }

    void drain()
    {
        lowest().async_read_some(asio::buffer(drainBuffer_),
                                 [self = shared_from_this()](const ErrorCode &error, std::size_t) {
                                     if (self->state_ != State::closing) {
                                         return;
                                     }
                                     if (error) {
                                         self->closeSocket();
                                     } else {
                                         self->drain();
                                     }
                                 });
    }

    void closeSocket()
    {
        if (state_ == State::closed || state_ == State::handedOver) {
            return;
        }
        state_ = State::closed;
        idleTimer_.cancel();
        ErrorCode ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        lowest().close();
    }

    const SessionContext &context_;
    const ServerOptions &options_;
    /// The connection's strand. Kept apart from stream_, which is moved out on a WebSocket
    /// handover while this object may still be reached through a posted handler.
    const asio::any_io_executor executor_;
    beast::ssl_stream<beast::tcp_stream> stream_;
    asio::steady_timer idleTimer_;
    const PeerInfo peer_;
    std::optional<ConnectionRegistry::Id> registration_;

    State state_ = State::handshaking;
    bool shuttingDown_ = false;

    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::optional<http::response<http::empty_body>> continue_;
    std::optional<Response> response_;
    std::optional<http::response_serializer<http::string_body>> serializer_;
    std::vector<char> drainBuffer_;

    unsigned requestVersion_ = 11;
    bool requestKeepAlive_ = false;
    bool keepAlive_ = false;
    bool headOnly_ = false;
    bool lingerOnClose_ = false;
    Clock::time_point requestStart_{};
    Clock::time_point bodyStart_{};
    std::uint64_t bodyBytesRead_ = 0;
    AccessLogRecord record_;
};

} // namespace

void startHttpSession(tcp::socket socket, const SessionContext &context)
{
    ErrorCode error;
    const tcp::endpoint remote = socket.remote_endpoint(error);
    if (error) {
        return; // the peer is already gone
    }
    PeerInfo peer{peerAddressText(remote), remote.port()};
    std::make_shared<HttpSession>(std::move(socket), context, std::move(peer))->start();
}

} // namespace medinexus::server::net
