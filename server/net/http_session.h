#pragma once

#include <boost/asio/ip/tcp.hpp>

namespace medinexus::server::net {

struct SessionContext;

/// Serves HTTPS on an accepted TCP connection until it closes: TLS handshake, HTTP/1.1
/// keep-alive, limits and timeouts from ServerOptions, requests handed to the worker pool,
/// WebSocket upgrades handed to a WebSocket session. The socket's executor must be a strand.
void startHttpSession(boost::asio::ip::tcp::socket socket, const SessionContext &context);

} // namespace medinexus::server::net
