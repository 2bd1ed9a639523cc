#include "server/net/websocket_session.h"

#include "server/net/connection_registry.h"
#include "server/net/event_log.h"
#include "server/net/notification_hub.h"
#include "server/net/server_options.h"
#include "server/net/session_context.h"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <deque>
#include <memory>
#include <optional>
#include <string>

namespace medinexus::server::net {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
using ErrorCode = boost::system::error_code;

class WebSocketSession final : public Connection,
                               public NotificationSink,
                               public std::enable_shared_from_this<WebSocketSession> {
public:
    WebSocketSession(beast::ssl_stream<beast::tcp_stream> &&stream, WebSocketUpgrade &&upgrade,
                     const SessionContext &context)
        : context_(context), options_(context.options), ws_(std::move(stream)), closeTimer_(ws_.get_executor()),
          upgrade_(std::move(upgrade))
    {
    }

    WebSocketSession(const WebSocketSession &) = delete;
    WebSocketSession &operator=(const WebSocketSession &) = delete;

    ~WebSocketSession() override
    {
        unsubscribe();
        if (registration_) {
            context_.registry.remove(*registration_);
        }
    }

    /// Called on the connection's strand.
    void start()
    {
        registration_ = context_.registry.add(weak_from_this());
        if (!registration_) {
            hardClose(); // the server began shutting down meanwhile
            return;
        }
        beast::get_lowest_layer(ws_).expires_never(); // the websocket stream keeps its own timers
        websocket::stream_base::timeout timeouts{};
        timeouts.handshake_timeout = options_.handshakeTimeout; // also bounds the close handshake
        timeouts.idle_timeout = options_.webSocketIdleTimeout;
        timeouts.keep_alive_pings = true;
        ws_.set_option(timeouts);
        ws_.read_message_max(options_.webSocketMaxIncomingMessage);
        ws_.set_option(websocket::stream_base::decorator(
            [name = options_.serverName](websocket::response_type &response) {
                response.set(http::field::server, name);
            }));
        ws_.async_accept(upgrade_.request, [self = shared_from_this()](const ErrorCode &error) { self->onAccept(error); });
    }

    void deliver(std::shared_ptr<const std::string> message) override
    {
        asio::post(ws_.get_executor(), [self = shared_from_this(), message = std::move(message)]() mutable {
            self->enqueue(std::move(message));
        });
    }

    void beginShutdown() override
    {
        asio::post(ws_.get_executor(), [self = shared_from_this()] { self->onShutdownRequested(); });
    }

    void forceClose() override
    {
        asio::post(ws_.get_executor(), [self = shared_from_this()] { self->hardClose(); });
    }

private:
    enum class State { accepting, open, closing, closed };

    void log(LogLevel level, const std::string &message) const { logEvent(options_.eventLog, level, message); }

    void onAccept(const ErrorCode &error)
    {
        emitAccessLog(error ? 400U : 101U);
        upgrade_.request = {};
        if (state_ != State::accepting) {
            return;
        }
        if (error) {
            log(LogLevel::debug, "WebSocket handshake with " + upgrade_.peer.address + " failed: " + error.message());
            hardClose();
            return;
        }
        state_ = State::open;
        subscription_ = context_.hub.subscribe(upgrade_.subscriber, weak_from_this());
        read();
        if (shutdownRequested_) {
            startClose(websocket::close_code::going_away, "server shutting down");
        }
    }

    void emitAccessLog(unsigned status)
    {
        if (!options_.accessLog) {
            return;
        }
        AccessLogRecord record = upgrade_.record;
        record.status = status;
        record.duration = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                                upgrade_.started);
        try {
            options_.accessLog(record);
        } catch (...) {
            log(LogLevel::warning, "the access log sink threw; record dropped");
        }
    }

    // --- Reading: only to process control frames (pong, close) -----------------------

    void read()
    {
        ws_.async_read(readBuffer_, [self = shared_from_this()](const ErrorCode &error, std::size_t) {
            self->onRead(error);
        });
    }

    void onRead(const ErrorCode &error)
    {
        if (error) {
            // The peer closed (Beast answered its close frame), timed out or went away. While
            // our own close is in progress, its completion handler finishes the job.
            if (state_ == State::open) {
                if (error != websocket::error::closed) {
                    log(LogLevel::debug,
                        "WebSocket connection to " + upgrade_.peer.address + " ended: " + error.message());
                }
                hardClose();
            }
            return;
        }
        readBuffer_.consume(readBuffer_.size()); // clients have nothing to say on this channel
        read();
    }

    // --- Writing: one message at a time from a bounded queue ------------------------------

    void enqueue(std::shared_ptr<const std::string> message)
    {
        if (state_ != State::open) {
            return;
        }
        // A lone message always goes out; the bounds limit the backlog.
        const bool backlog = inFlight_ != nullptr || !queue_.empty();
        if (backlog && (queue_.size() >= options_.webSocketMaxQueuedMessages ||
                        queuedBytes_ + message->size() > options_.webSocketMaxQueuedBytes)) {
            log(LogLevel::warning, "closing the WebSocket subscriber at " + upgrade_.peer.address + ": " +
                                       std::to_string(queue_.size()) + " notifications (" +
                                       std::to_string(queuedBytes_) + " bytes) waiting, it reads too slowly");
            startClose(websocket::close_code::try_again_later, "subscriber too slow");
            return;
        }
        queuedBytes_ += message->size();
        queue_.push_back(std::move(message));
        if (!inFlight_) {
            writeNext();
        }
    }

    void writeNext()
    {
        inFlight_ = std::move(queue_.front());
        queue_.pop_front();
        queuedBytes_ -= inFlight_->size();
        ws_.text(true);
        ws_.async_write(asio::buffer(*inFlight_), [self = shared_from_this()](const ErrorCode &error, std::size_t) {
            self->onWritten(error);
        });
    }

    void onWritten(const ErrorCode &error)
    {
        inFlight_.reset();
        if (error) {
            if (state_ == State::open) {
                hardClose();
            }
            return;
        }
        if (state_ == State::open && !queue_.empty()) {
            writeNext();
        }
    }

    // --- Closing -------------------------------------------------------------------------

    void onShutdownRequested()
    {
        if (state_ == State::accepting) {
            shutdownRequested_ = true; // onAccept closes right after the handshake
        } else if (state_ == State::open) {
            startClose(websocket::close_code::going_away, "server shutting down");
        }
    }

    /// Close handshake after the frame being written (never mid-frame); queued messages are
    /// dropped. A peer that does not answer within closeTimeout is cut off.
    void startClose(websocket::close_code code, const char *reason)
    {
        if (state_ != State::open) {
            return;
        }
        state_ = State::closing;
        unsubscribe();
        queue_.clear();
        queuedBytes_ = 0;
        closeTimer_.expires_after(options_.closeTimeout);
        closeTimer_.async_wait([self = shared_from_this()](const ErrorCode &error) {
            if (!error) {
                self->hardClose();
            }
        });
        ws_.async_close(websocket::close_reason(code, reason),
                        [self = shared_from_this()](const ErrorCode &) { self->hardClose(); });
    }

    void hardClose()
    {
        if (state_ == State::closed) {
            return;
        }
        state_ = State::closed;
        unsubscribe();
        queue_.clear();
        queuedBytes_ = 0;
        closeTimer_.cancel();
        beast::get_lowest_layer(ws_).close(); // pending operations complete with operation_aborted
    }

    void unsubscribe() noexcept
    {
        if (subscription_) {
            context_.hub.unsubscribe(*subscription_);
            subscription_.reset();
        }
    }

    const SessionContext &context_;
    const ServerOptions &options_;
    websocket::stream<beast::ssl_stream<beast::tcp_stream>> ws_;
    asio::steady_timer closeTimer_;
    WebSocketUpgrade upgrade_;
    std::optional<ConnectionRegistry::Id> registration_;
    std::optional<NotificationHub::SubscriptionId> subscription_;

    State state_ = State::accepting;
    bool shutdownRequested_ = false;
    beast::flat_buffer readBuffer_;
    std::deque<std::shared_ptr<const std::string>> queue_;
    std::size_t queuedBytes_ = 0;
    std::shared_ptr<const std::string> inFlight_;
};

} // namespace

void startWebSocketSession(boost::beast::ssl_stream<boost::beast::tcp_stream> stream, WebSocketUpgrade upgrade,
                           const SessionContext &context)
{
    std::make_shared<WebSocketSession>(std::move(stream), std::move(upgrade), context)->start();
}

} // namespace medinexus::server::net
