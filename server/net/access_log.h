#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace medinexus::server::net {

/// One answered request. Deliberately holds no body, no header (Authorization!) and no
/// query string (patient search terms travel there).
struct AccessLogRecord {
    std::string method;               ///< "GET"; empty when the request line could not be parsed
    std::string path;                 ///< target without query string or fragment; empty if unparsed
    unsigned status = 0;              ///< HTTP status sent (101 for a WebSocket upgrade)
    std::uint64_t bytesReceived = 0;  ///< request body bytes
    std::uint64_t bytesSent = 0;      ///< response bytes written, header included
    std::chrono::microseconds duration{0}; ///< first request byte until the response was written
    std::string peerAddress;          ///< client IP address
};

/// Called from I/O threads after each response: must be thread-safe and quick.
using AccessLogSink = std::function<void(const AccessLogRecord &record)>;

/// The path of a request target: "/patients/search?name=Doe" -> "/patients/search".
/// An absolute-form target ("https://host:8443/x?y") yields "/x".
[[nodiscard]] std::string pathWithoutQuery(std::string_view target);

} // namespace medinexus::server::net
