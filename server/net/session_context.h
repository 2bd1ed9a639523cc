#pragma once

namespace boost::asio {
class thread_pool;
namespace ssl {
class context;
}
} // namespace boost::asio

namespace medinexus::server::net {

struct ServerOptions;
class RequestHandler;
class NotificationHub;
class ConnectionRegistry;

/// What every session of one HttpsServer shares; all of it outlives the sessions.
struct SessionContext {
    const ServerOptions &options;
    boost::asio::ssl::context &tls;
    RequestHandler &handler;
    NotificationHub &hub;
    ConnectionRegistry &registry;
    boost::asio::thread_pool &workers; ///< runs RequestHandler code, never I/O
};

} // namespace medinexus::server::net
