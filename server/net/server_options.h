#pragma once

#include "server/net/access_log.h"
#include "server/net/event_log.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace medinexus::server::net {

/// Everything the HTTPS transport can be tuned with. The defaults suit a clinic server on a
/// slow rural link; tests shrink the timeouts.
struct ServerOptions {
    // --- Listening -------------------------------------------------------------------
    std::string address = "0.0.0.0"; ///< IPv4 or IPv6 literal ("::" listens dual-stack)
    std::uint16_t port = 8443;       ///< 0 picks a free port, see HttpsServer::localPort()
    std::size_t maxConnections = 1024; ///< further TCP connections are closed on accept

    // --- Threads ---------------------------------------------------------------------
    std::size_t ioThreads = 0;     ///< threads running the io_context; 0 = one per core
    std::size_t workerThreads = 0; ///< threads running RequestHandler code; 0 = max(4, 2 x cores)

    // --- HTTP limits -----------------------------------------------------------------
    std::uint64_t bodyLimit = 8 * 1024 * 1024; ///< larger request bodies get 413
    std::uint32_t headerLimit = 16 * 1024;     ///< request line + header fields; larger get 431

    // --- Per-connection timeouts -----------------------------------------------------
    std::chrono::milliseconds handshakeTimeout{10'000}; ///< TLS handshake (and WebSocket handshake)
    std::chrono::milliseconds idleTimeout{60'000};      ///< keep-alive: waiting for the next request
    /// From the first byte of a request until its header section is complete (slowloris).
    std::chrono::milliseconds headerTimeout{10'000};
    /// Reading a request body: bodyTimeout plus one second per minTransferRate bytes received,
    /// so a slow but steady upload over a rural link completes while a stalled or trickling
    /// one is cut off.
    std::chrono::milliseconds bodyTimeout{30'000};
    /// Writing a response: writeTimeout plus one second per minTransferRate bytes of body.
    std::chrono::milliseconds writeTimeout{30'000};
    /// Bytes per second a transfer is granted beyond the two timeouts above; 0 makes them
    /// fixed deadlines.
    std::uint32_t minTransferRate = 4096;
    /// Closing: TLS close_notify exchange, lingering after an error response, WebSocket close.
    std::chrono::milliseconds closeTimeout{3'000};
    /// Graceful shutdown: how long in-flight requests may take before connections are cut.
    std::chrono::milliseconds drainTimeout{10'000};

    // --- WebSocket notifications ------------------------------------------------------
    /// Ping after half of it without traffic; close when the peer stays silent for all of it.
    std::chrono::milliseconds webSocketIdleTimeout{60'000};
    std::size_t webSocketMaxQueuedMessages = 256; ///< per subscriber; beyond it the subscriber is closed
    std::size_t webSocketMaxQueuedBytes = 4 * 1024 * 1024; ///< per subscriber, likewise
    std::size_t webSocketMaxIncomingMessage = 4096; ///< clients only send control frames

    // --- Identity and hooks ----------------------------------------------------------
    std::string serverName = "MediNexus"; ///< the Server header
    AccessLogSink accessLog;              ///< optional; called once per answered request
    EventLogSink eventLog;                ///< optional; without it warnings/errors go to stderr

    /// Throws std::invalid_argument naming the first invalid field.
    void validate() const;
    [[nodiscard]] std::size_t effectiveIoThreads() const noexcept;
    [[nodiscard]] std::size_t effectiveWorkerThreads() const noexcept;
};

} // namespace medinexus::server::net
