#pragma once

#include "server/net/request_handler.h"

#include <boost/beast/http/status.hpp>

#include <string>
#include <string_view>

namespace medinexus::server::net {

/// `text` as the contents of a JSON string literal (quotes, backslashes and control
/// characters escaped; UTF-8 passed through).
[[nodiscard]] std::string jsonEscape(std::string_view text);

/// {"error":{"code":"<code>","message":"<message>"}}
[[nodiscard]] std::string jsonErrorBody(std::string_view code, std::string_view message);

/// A complete JSON error response: Content-Type application/json, Cache-Control no-store,
/// Content-Length set. Every transport-level error uses it, and handlers may too.
[[nodiscard]] Response makeErrorResponse(boost::beast::http::status status, std::string_view code,
                                         std::string_view message, unsigned httpVersion = 11);

} // namespace medinexus::server::net
