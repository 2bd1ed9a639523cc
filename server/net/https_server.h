#pragma once

#include "server/net/server_options.h"

#include <cstddef>
#include <cstdint>
#include <memory>

namespace boost::asio::ssl {
class context;
}

namespace medinexus::server::net {

class RequestHandler;
class NotificationHub;

/// The HTTPS + WebSocket server: a listener, an io_context run by ServerOptions::ioThreads
/// threads, and a separate worker pool (ServerOptions::workerThreads) that runs the
/// RequestHandler, so that I/O threads never run handler code.
///
/// Lifetime: `tls`, `handler` and `hub` must outlive the server. Call run() (or
/// runUntilSignalled()) once; destroy the server only after it has returned, or when it was
/// never called.
class HttpsServer {
public:
    /// Binds and listens at once (so localPort() is known before run()).
    /// Throws std::invalid_argument for invalid options, boost::system::system_error when the
    /// address cannot be bound.
    HttpsServer(ServerOptions options, boost::asio::ssl::context &tls, RequestHandler &handler, NotificationHub &hub);
    ~HttpsServer();

    HttpsServer(const HttpsServer &) = delete;
    HttpsServer &operator=(const HttpsServer &) = delete;

    /// The bound port (the chosen one when ServerOptions::port was 0).
    [[nodiscard]] std::uint16_t localPort() const noexcept;

    /// Serves until stop(), then drains and returns: stops accepting, lets requests in flight
    /// finish and their responses be written (cut after ServerOptions::drainTimeout), closes
    /// idle keep-alive connections (TLS close_notify) and WebSockets (close code 1001), and
    /// waits for handlers still running. The calling thread is one of the I/O threads.
    /// Throws std::logic_error when called a second time.
    void run();

    /// run(), with SIGINT and SIGTERM calling stop().
    void runUntilSignalled();

    /// Begins the graceful shutdown; returns at once. Thread-safe and idempotent; may be
    /// called before run() (run() then only drains) and from handlers.
    void stop() noexcept;

    /// Live HTTP and WebSocket connections.
    [[nodiscard]] std::size_t connectionCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace medinexus::server::net
