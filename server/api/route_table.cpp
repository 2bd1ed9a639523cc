#include "server/api/route_table.h"

namespace medinexus::server::api {

namespace {

std::vector<std::string_view> splitSegments(std::string_view path)
{
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    if (!path.empty() && path.front() == '/')
        start = 1;
    while (start <= path.size()) {
        const std::size_t end = path.find('/', start);
        const std::size_t stop = end == std::string_view::npos ? path.size() : end;
        segments.push_back(path.substr(start, stop - start));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return segments;
}

} // namespace

RoutePattern::RoutePattern(std::string_view pattern) : text_(pattern)
{
    for (std::string_view segment : splitSegments(pattern))
        segments_.emplace_back(segment);
}

std::optional<std::vector<std::string>> RoutePattern::match(std::string_view path) const
{
    const auto segments = splitSegments(path);
    if (segments.size() != segments_.size())
        return std::nullopt;
    std::vector<std::string> captures;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (segments_[i] == "{}") {
            if (segments[i].empty())
                return std::nullopt;
            captures.emplace_back(segments[i]);
        } else if (segments_[i] != segments[i]) {
            return std::nullopt;
        }
    }
    return captures;
}

std::pair<std::string_view, std::string_view> splitTarget(std::string_view target)
{
    const std::size_t question = target.find('?');
    if (question == std::string_view::npos)
        return {target, {}};
    return {target.substr(0, question), target.substr(question + 1)};
}

} // namespace medinexus::server::api
