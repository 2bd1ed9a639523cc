#include "server/net/access_log.h"

namespace medinexus::server::net {

std::string pathWithoutQuery(std::string_view target)
{
    // absolute-form (RFC 9112 3.2.2): drop scheme and authority.
    for (const std::string_view scheme : {std::string_view{"https://"}, std::string_view{"http://"}}) {
        if (target.size() >= scheme.size()) {
            bool matches = true;
            for (std::size_t i = 0; i < scheme.size(); ++i) {
                const char c = target[i];
                const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
                if (lower != scheme[i]) {
                    matches = false;
                    break;
                }
            }
            if (matches) {
                // The authority ends at the first '/', '?' or '#'.
                const std::size_t end = target.find_first_of("/?#", scheme.size());
                target = (end == std::string_view::npos || target[end] != '/') ? std::string_view{"/"}
                                                                               : target.substr(end);
                break;
            }
        }
    }
    const std::size_t end = target.find_first_of("?#");
    return std::string(target.substr(0, end));
}

} // namespace medinexus::server::net
