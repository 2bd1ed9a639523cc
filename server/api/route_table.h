#pragma once

#include <ostream>  // boost::core::string_view needs it complete

#include <boost/beast/http/verb.hpp>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace medinexus::server::api {

// Matches "/api/v1/patients/{}/entries"-style patterns segment by segment; each "{}"
// captures one path segment. No regular expressions on the request path.
class RoutePattern {
public:
    explicit RoutePattern(std::string_view pattern);

    // The captured segments when `path` matches, in order.
    std::optional<std::vector<std::string>> match(std::string_view path) const;
    const std::string &text() const { return text_; }

private:
    std::string text_;
    std::vector<std::string> segments_;  // "{}" for a capture
};

// Splits "/a/b?x=1" into the path and the raw query ("x=1").
std::pair<std::string_view, std::string_view> splitTarget(std::string_view target);

} // namespace medinexus::server::api
