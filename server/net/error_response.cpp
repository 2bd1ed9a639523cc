#include "server/net/error_response.h"

#include <boost/beast/http/field.hpp>

namespace medinexus::server::net {

std::string jsonEscape(std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 8);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (byte < 0x20 || byte == 0x7f) {
                out += "\\u00";
                out += hex[byte >> 4];
                out += hex[byte & 0x0f];
            } else {
                out += c;
            }
        }
    }
    return out;
}

std::string jsonErrorBody(std::string_view code, std::string_view message)
{
    std::string body = R"({"error":{"code":")";
    body += jsonEscape(code);
    body += R"(","message":")";
    body += jsonEscape(message);
    body += R"("}})";
    return body;
}

Response makeErrorResponse(boost::beast::http::status status, std::string_view code, std::string_view message,
                           unsigned httpVersion)
{
    namespace http = boost::beast::http;
    Response response{status, httpVersion};
    response.set(http::field::content_type, "application/json");
    response.set(http::field::cache_control, "no-store");
    response.body() = jsonErrorBody(code, message);
    response.prepare_payload();
    return response;
}

} // namespace medinexus::server::net
