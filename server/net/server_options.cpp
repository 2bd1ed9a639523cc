#include "server/net/server_options.h"

#include <algorithm>
#include <stdexcept>
#include <thread>

namespace medinexus::server::net {
namespace {

std::size_t coreCount() noexcept
{
    return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

void require(bool condition, const char *field, const char *rule)
{
    if (!condition) {
        throw std::invalid_argument(std::string("ServerOptions::") + field + " " + rule);
    }
}

} // namespace

void ServerOptions::validate() const
{
    using std::chrono::milliseconds;
    require(!address.empty(), "address", "must not be empty");
    require(maxConnections > 0, "maxConnections", "must be positive");
    require(bodyLimit > 0, "bodyLimit", "must be positive");
    require(headerLimit >= 1024, "headerLimit", "must be at least 1024 bytes");
    require(handshakeTimeout > milliseconds::zero(), "handshakeTimeout", "must be positive");
    require(idleTimeout > milliseconds::zero(), "idleTimeout", "must be positive");
    require(headerTimeout > milliseconds::zero(), "headerTimeout", "must be positive");
    require(bodyTimeout > milliseconds::zero(), "bodyTimeout", "must be positive");
    require(writeTimeout > milliseconds::zero(), "writeTimeout", "must be positive");
    require(closeTimeout > milliseconds::zero(), "closeTimeout", "must be positive");
    require(drainTimeout > milliseconds::zero(), "drainTimeout", "must be positive");
    require(webSocketIdleTimeout > milliseconds::zero(), "webSocketIdleTimeout", "must be positive");
    require(webSocketMaxQueuedMessages > 0, "webSocketMaxQueuedMessages", "must be positive");
    require(webSocketMaxQueuedBytes > 0, "webSocketMaxQueuedBytes", "must be positive");
    require(webSocketMaxIncomingMessage >= 125, "webSocketMaxIncomingMessage", "must be at least 125 bytes");
    require(!serverName.empty() && std::none_of(serverName.begin(), serverName.end(),
                                                [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }),
            "serverName", "must be non-empty printable text");
}

std::size_t ServerOptions::effectiveIoThreads() const noexcept
{
    return ioThreads > 0 ? ioThreads : coreCount();
}

std::size_t ServerOptions::effectiveWorkerThreads() const noexcept
{
    return workerThreads > 0 ? workerThreads : std::max<std::size_t>(4, 2 * coreCount());
}

} // namespace medinexus::server::net
