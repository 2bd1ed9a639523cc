#pragma once

#include "server/net/websocket_subscriber.h"

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include <optional>
#include <string>

namespace medinexus::server::net {

using Request = boost::beast::http::request<boost::beast::http::string_body>;
using Response = boost::beast::http::response<boost::beast::http::string_body>;

/// The remote end of a connection.
struct PeerInfo {
    std::string address; ///< IP address as text; IPv4-mapped IPv6 addresses are shown as IPv4
    unsigned short port = 0;
};

/// The business side of the server. Both functions run on worker threads (never on I/O
/// threads), concurrently for different connections, and may block on the database or on
/// password hashing.
class RequestHandler {
public:
    virtual ~RequestHandler() = default;

    /// Answers one request. The transport then sets the version, keep-alive, Content-Length
    /// and Server header; a handler wanting the connection closed sets `keep_alive(false)`.
    /// An exception becomes a generic 500 (its text is never sent nor logged).
    virtual Response handle(const Request &request, const PeerInfo &peer) = 0;

    /// Decides a WebSocket upgrade request: the subscriber identity to register in the
    /// NotificationHub, or nullopt to refuse (401 without an Authorization header, 403 with one).
    virtual std::optional<WebSocketSubscriber> authorizeWebSocket(const Request &request, const PeerInfo &peer) = 0;
};

} // namespace medinexus::server::net
