#include "server/net/https_server.h"

#include "server/net/connection_registry.h"
#include "server/net/event_log.h"
#include "server/net/http_session.h"
#include "server/net/session_context.h"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/system/system_error.hpp>

#include <atomic>
#include <csignal>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace medinexus::server::net {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using ErrorCode = boost::system::error_code;

namespace {

constexpr auto kAcceptRetryDelay = std::chrono::milliseconds(200);
constexpr auto kRejectLogInterval = std::chrono::seconds(10);

int concurrencyHint(std::size_t threads)
{
    return threads > 1 ? static_cast<int>(std::min<std::size_t>(threads, 1024)) : 1;
}

} // namespace

// Member order matters for destruction: the worker pool goes first (pending jobs hold
// sessions whose sockets belong to the io_context), then the I/O objects, then the
// io_context (destroying queued handlers, hence sessions), then the registry.
struct HttpsServer::Impl {
    Impl(ServerOptions serverOptions, asio::ssl::context &tlsContext, RequestHandler &requestHandler,
         NotificationHub &notificationHub)
        : options(std::move(serverOptions)), ioc(concurrencyHint(options.effectiveIoThreads())),
          strand(asio::make_strand(ioc)), acceptor(strand), drainTimer(strand), retryTimer(strand),
          workers(options.effectiveWorkerThreads()),
          context{options, tlsContext, requestHandler, notificationHub, registry, workers}
    {
    }

    ~Impl() { registry.clearDrainCallback(); }

    void log(LogLevel level, const std::string &message) const { logEvent(options.eventLog, level, message); }

    void listen()
    {
        ErrorCode error;
        const auto address = asio::ip::make_address(options.address, error);
        if (error) {
            throw boost::system::system_error(error, "invalid listen address \"" + options.address + "\"");
        }
        const tcp::endpoint endpoint(address, options.port);
        const std::string where = endpoint.address().to_string() + " port " + std::to_string(options.port);
        acceptor.open(endpoint.protocol(), error);
        if (!error) {
            acceptor.set_option(asio::socket_base::reuse_address(true), error);
        }
        if (!error) {
            acceptor.bind(endpoint, error);
        }
        if (!error) {
            acceptor.listen(asio::socket_base::max_listen_connections, error);
        }
        if (error) {
            throw boost::system::system_error(error, "cannot listen on " + where);
        }
        port = acceptor.local_endpoint().port();
    }

    void accept()
    {
        acceptor.async_accept(asio::make_strand(ioc), asio::bind_executor(strand, [this](const ErrorCode &error,
                                                                                          tcp::socket socket) {
                                  onAccept(error, std::move(socket));
                              }));
    }

    void onAccept(const ErrorCode &error, tcp::socket socket)
    {
        if (!acceptor.is_open()) {
            return; // shutting down
        }
        if (error) {
            if (error == asio::error::operation_aborted) {
                return;
            }
            log(LogLevel::warning, "accepting a connection failed: " + error.message());
            if (error == asio::error::no_descriptors || error == asio::error::no_buffer_space ||
                error == asio::error::no_memory) {
                // Out of file descriptors or memory: retrying at once would spin.
                retryTimer.expires_after(kAcceptRetryDelay);
                retryTimer.async_wait([this](const ErrorCode &timerError) {
                    if (!timerError && acceptor.is_open()) {
                        accept();
                    }
                });
                return;
            }
            accept();
            return;
        }
        if (registry.size() >= options.maxConnections) {
            const auto now = std::chrono::steady_clock::now();
            if (now - lastRejectLog >= kRejectLogInterval) {
                lastRejectLog = now;
                log(LogLevel::warning, "connection limit of " + std::to_string(options.maxConnections) +
                                           " reached; refusing new connections");
            }
            ErrorCode ignored;
            socket.close(ignored);
        } else {
            ErrorCode ignored;
            socket.set_option(tcp::no_delay(true), ignored);
            startHttpSession(std::move(socket), context);
        }
        accept();
    }

    void runIoLoop()
    {
        for (;;) {
            try {
                ioc.run();
                return;
            } catch (const std::exception &exception) {
                log(LogLevel::error, "I/O thread caught " + exceptionTypeName(exception) + "; continuing");
            } catch (...) {
                log(LogLevel::error, "I/O thread caught a non-standard exception; continuing");
            }
        }
    }

    /// On the strand.
    void beginShutdown()
    {
        ErrorCode ignored;
        acceptor.close(ignored);
        retryTimer.cancel();
        if (signals) {
            signals->cancel(ignored);
        }
        const std::size_t draining = registry.beginShutdown([this] {
            asio::post(strand, [this] {
                drainTimer.cancel();
                log(LogLevel::info, "all connections closed");
            });
        });
        if (draining == 0) {
            log(LogLevel::info, "shutting down: no open connections");
            return;
        }
        log(LogLevel::info, "shutting down: draining " + std::to_string(draining) + " connection(s)");
        drainTimer.expires_after(options.drainTimeout);
        drainTimer.async_wait([this](const ErrorCode &error) {
            if (error) {
                return; // drained in time
            }
            log(LogLevel::warning, "drain timeout: closing " + std::to_string(registry.size()) +
                                       " connection(s) with requests still in flight");
            registry.forceCloseAll();
        });
    }

    ServerOptions options;
    ConnectionRegistry registry;
    asio::io_context ioc;
    asio::strand<asio::io_context::executor_type> strand; // acceptor, timers, signals
    tcp::acceptor acceptor;
    asio::steady_timer drainTimer;
    asio::steady_timer retryTimer;
    std::optional<asio::signal_set> signals;
    asio::thread_pool workers;
    SessionContext context;

    std::uint16_t port = 0;
    std::atomic<bool> stopRequested{false};
    std::atomic<bool> runCalled{false};
    std::chrono::steady_clock::time_point lastRejectLog{};
};

HttpsServer::HttpsServer(ServerOptions options, asio::ssl::context &tls, RequestHandler &handler,
                         NotificationHub &hub)
{
    options.validate();
    impl_ = std::make_unique<Impl>(std::move(options), tls, handler, hub);
    impl_->listen();
    impl_->accept();
}

HttpsServer::~HttpsServer() = default;

std::uint16_t HttpsServer::localPort() const noexcept
{
    return impl_->port;
}

std::size_t HttpsServer::connectionCount() const
{
    return impl_->registry.size();
}

void HttpsServer::run()
{
    if (impl_->runCalled.exchange(true)) {
        throw std::logic_error("HttpsServer::run() may be called only once");
    }
    const std::size_t threadCount = impl_->options.effectiveIoThreads();
    std::vector<std::thread> threads;
    threads.reserve(threadCount - 1);
    try {
        for (std::size_t i = 1; i < threadCount; ++i) {
            threads.emplace_back([this] { impl_->runIoLoop(); });
        }
    } catch (...) {
        stop(); // could not start every thread: drain with those we have
    }
    impl_->runIoLoop();
    for (auto &thread : threads) {
        thread.join();
    }
    // Every handler has posted its response back by now (each holds work on the io_context),
    // so the pool is idle; join it so that no handler outlives run().
    impl_->workers.join();
}

void HttpsServer::runUntilSignalled()
{
    impl_->signals.emplace(impl_->ioc, SIGINT, SIGTERM);
    impl_->signals->async_wait(asio::bind_executor(impl_->strand, [this](const ErrorCode &error, int signalNumber) {
        if (!error) {
            impl_->log(LogLevel::info, "signal " + std::to_string(signalNumber) + " received, shutting down");
            stop();
        }
    }));
    run();
}

void HttpsServer::stop() noexcept
{
    if (impl_->stopRequested.exchange(true)) {
        return;
    }
    try {
        asio::post(impl_->strand, [impl = impl_.get()] { impl->beginShutdown(); });
    } catch (...) {
        // Allocation failure: nothing sensible left to do but stop the loop outright.
        impl_->ioc.stop();
    }
}

} // namespace medinexus::server::net
