#pragma once

#include "server/net/access_log.h"
#include "server/net/request_handler.h"
#include "server/net/websocket_subscriber.h"

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <chrono>

namespace medinexus::server::net {

struct SessionContext;

/// An HTTP upgrade request the RequestHandler has accepted.
struct WebSocketUpgrade {
    Request request;
    WebSocketSubscriber subscriber;
    PeerInfo peer;
    AccessLogRecord record; ///< method, path, peer of the upgrade request
    std::chrono::steady_clock::time_point started;
};

/// Completes the WebSocket handshake on an established TLS stream (whose executor is the
/// connection's strand), registers the subscriber in the NotificationHub and pushes published
/// messages until either side closes. Incoming data messages are read and discarded.
void startWebSocketSession(boost::beast::ssl_stream<boost::beast::tcp_stream> stream, WebSocketUpgrade upgrade,
                           const SessionContext &context);

} // namespace medinexus::server::net
