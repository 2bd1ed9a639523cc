// The JSON error shape, access-log path stripping and option validation.

#include "server/net/access_log.h"
#include "server/net/error_response.h"
#include "server/net/server_options.h"

#include <gtest/gtest.h>

#include <stdexcept>

namespace medinexus::server::net {
namespace {

namespace http = boost::beast::http;

TEST(ErrorResponseTest, HasTheCommonJsonShape)
{
    const Response response = makeErrorResponse(http::status::payload_too_large, "payload_too_large", "Too big.");
    EXPECT_EQ(response.result(), http::status::payload_too_large);
    EXPECT_EQ(response.body(), R"({"error":{"code":"payload_too_large","message":"Too big."}})");
    EXPECT_EQ(response[http::field::content_type], "application/json");
    EXPECT_EQ(response[http::field::cache_control], "no-store");
    EXPECT_EQ(response[http::field::content_length], std::to_string(response.body().size()));
}

TEST(ErrorResponseTest, EscapesJsonSpecialCharacters)
{
    EXPECT_EQ(jsonEscape("plain"), "plain");
    EXPECT_EQ(jsonEscape("quote\" backslash\\ newline\n tab\t"), R"(quote\" backslash\\ newline\n tab\t)");
    EXPECT_EQ(jsonEscape(std::string_view("\x01\x1f\x7f", 3)), R"(\u0001\u001f\u007f)");
    EXPECT_EQ(jsonEscape("Zürich"), "Zürich");
    EXPECT_EQ(jsonErrorBody("c\"", "m"), R"({"error":{"code":"c\"","message":"m"}})");
}

TEST(AccessLogTest, PathWithoutQueryStripsQueryAndFragment)
{
    EXPECT_EQ(pathWithoutQuery("/patients/search?name=Doe&born=1970"), "/patients/search");
    EXPECT_EQ(pathWithoutQuery("/a#frag"), "/a");
    EXPECT_EQ(pathWithoutQuery("/plain"), "/plain");
    EXPECT_EQ(pathWithoutQuery("/?"), "/");
    EXPECT_EQ(pathWithoutQuery("https://clinic.example:8443/x/y?z=1"), "/x/y");
    EXPECT_EQ(pathWithoutQuery("HTTP://host?q=/secret"), "/");
    EXPECT_EQ(pathWithoutQuery("*"), "*");
}

TEST(ServerOptionsTest, DefaultsAreValidAndInvalidValuesAreNamed)
{
    EXPECT_NO_THROW(ServerOptions{}.validate());
    EXPECT_GE(ServerOptions{}.effectiveIoThreads(), 1U);
    EXPECT_GE(ServerOptions{}.effectiveWorkerThreads(), 4U);

    ServerOptions zeroLimit;
    zeroLimit.bodyLimit = 0;
    try {
        zeroLimit.validate();
        FAIL() << "expected std::invalid_argument";
    } catch (const std::invalid_argument &error) {
        EXPECT_NE(std::string(error.what()).find("bodyLimit"), std::string::npos);
    }
    ServerOptions injected;
    injected.serverName = "MediNexus\r\nX-Evil: 1";
    EXPECT_THROW(injected.validate(), std::invalid_argument);
    ServerOptions noTimeout;
    noTimeout.headerTimeout = std::chrono::milliseconds::zero();
    EXPECT_THROW(noTimeout.validate(), std::invalid_argument);
}

} // namespace
} // namespace medinexus::server::net
