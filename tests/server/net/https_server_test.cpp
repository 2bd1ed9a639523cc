// HTTPS transport: keep-alive, TLS policy on the wire, limits, malformed input, timeouts,
// disconnects, handler failures, the access log and graceful shutdown. Real TLS on loopback.

#include "test_support.h"

#include <gtest/gtest.h>

#include <csignal>

namespace medinexus::server::net::test {
namespace {

using Clock = std::chrono::steady_clock;

std::chrono::milliseconds elapsedSince(Clock::time_point start)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
}

void expectJsonError(const HttpResponse &response, unsigned status, const std::string &code)
{
    EXPECT_EQ(response.status, status);
    EXPECT_EQ(response.header("content-type"), "application/json");
    EXPECT_TRUE(response.body.starts_with(R"({"error":{"code":")" + code + R"(","message":")"))
        << response.body;
    EXPECT_TRUE(response.body.ends_with(R"("}})")) << response.body;
    EXPECT_EQ(response.header("content-length"), std::to_string(response.body.size()));
}

bool anyEventContains(const std::vector<std::string> &events, std::string_view text)
{
    return std::any_of(events.begin(), events.end(),
                       [&](const std::string &event) { return event.find(text) != std::string::npos; });
}

// --- Keep-alive and basics --------------------------------------------------------------------

TEST(HttpsServerTest, ServesSeveralRequestsOnOneKeepAliveConnection)
{
    TestServer server;
    ASSERT_NE(server.port(), 0);
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    for (int i = 0; i < 3; ++i) {
        const std::string body = "request number " + std::to_string(i);
        const HttpResponse response = client.request("POST", "/echo", body);
        EXPECT_EQ(response.status, 200U);
        EXPECT_EQ(response.body, body);
        EXPECT_TRUE(response.keepAlive);
        EXPECT_EQ(response.header("server"), "MediNexus");
        EXPECT_EQ(response.header("content-length"), std::to_string(body.size()));
        EXPECT_EQ(response.header("x-echo-method"), "POST");
    }
    const auto ports = server.handler().peerPorts();
    ASSERT_EQ(ports.size(), 3U);
    EXPECT_EQ(ports[0], ports[1]); // one TCP connection
    EXPECT_EQ(ports[1], ports[2]);
    EXPECT_EQ(server.server().connectionCount(), 1U);
}

TEST(HttpsServerTest, HandlersRunOnWorkerThreadsNotOnIoThreads)
{
    ServerOptions options = fastOptions();
    options.ioThreads = 1; // the thread calling run() is then the only I/O thread
    TestServer server(options);
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    EXPECT_EQ(client.request("GET", "/").status, 200U);
    EXPECT_EQ(client.request("GET", "/").status, 200U);
    for (const auto &thread : server.handler().handlerThreads()) {
        EXPECT_NE(thread, server.runThread());
    }
}

TEST(HttpsServerTest, HeadResponseCarriesLengthButNoBody)
{
    TestServer server;
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    const HttpResponse head = client.request("HEAD", "/sleep?ms=0&size=100");
    EXPECT_EQ(head.status, 200U);
    EXPECT_EQ(head.header("content-length"), "100");
    EXPECT_TRUE(head.body.empty());
    // No stray body bytes: the next response on the connection parses cleanly.
    EXPECT_EQ(client.request("POST", "/echo", "next").body, "next");
}

TEST(HttpsServerTest, ExpectContinueGetsInterimResponseBeforeTheBody)
{
    TestServer server;
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    client.send("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
    const std::string interim = client.readRawHeader();
    EXPECT_TRUE(interim.starts_with("HTTP/1.1 100 Continue\r\n")) << interim;
    client.send("hello");
    const auto response = client.readResponse();
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->status, 200U);
    EXPECT_EQ(response->body, "hello");
}

TEST(HttpsServerTest, Http10AndHandlerRequestedCloseEndTheConnectionCleanly)
{
    TestServer server;
    TestClient http10(server.port());
    ASSERT_EQ(http10.connect(), "");
    http10.send("GET /plain HTTP/1.0\r\n\r\n");
    const auto response = http10.readResponse();
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->status, 200U);
    EXPECT_FALSE(response->keepAlive);
    EXPECT_EQ(http10.waitForClose(3s), "eof"); // TLS close_notify, not a truncation

    TestClient closing(server.port());
    ASSERT_EQ(closing.connect(), "");
    const HttpResponse closed = closing.request("GET", "/close");
    EXPECT_EQ(closed.header("connection"), "close");
    EXPECT_EQ(closing.waitForClose(3s), "eof");
}

TEST(HttpsServerTest, ConnectionsBeyondTheLimitAreRefused)
{
    ServerOptions options = fastOptions();
    options.maxConnections = 1;
    TestServer server(options);
    TestClient first(server.port());
    ASSERT_EQ(first.connect(), "");
    ASSERT_EQ(first.request("GET", "/").status, 200U);
    TestClient second(server.port());
    EXPECT_NE(second.connect(2s), "");
    first.shutdownTls();
    ASSERT_TRUE(waitUntil([&] { return server.server().connectionCount() == 0; }, 3s));
    TestClient third(server.port());
    ASSERT_EQ(third.connect(), "");
    EXPECT_EQ(third.request("GET", "/").status, 200U);
}

// --- TLS protocol versions and suites on the wire -----------------------------------------------

TEST(HttpsServerTlsTest, AcceptsTls12AndTls13)
{
    TestServer server;
    TestClient tls12(server.port(), onlyVersion(TlsVersion::tls1_2));
    ASSERT_EQ(tls12.connect(), "");
    EXPECT_EQ(tls12.tlsVersion(), "TLSv1.2");
    EXPECT_EQ(tls12.cipher(), "ECDHE-ECDSA-AES128-GCM-SHA256"); // the server's preference
    EXPECT_EQ(tls12.request("GET", "/").status, 200U);

    TestClient tls13(server.port(), onlyVersion(TlsVersion::tls1_3));
    ASSERT_EQ(tls13.connect(), "");
    EXPECT_EQ(tls13.tlsVersion(), "TLSv1.3");
    EXPECT_EQ(tls13.request("GET", "/").status, 200U);
}

TEST(HttpsServerTlsTest, RefusesTls10AndTls11)
{
    TestServer server;
    TestClient tls11(server.port(), onlyVersion(TlsVersion::tls1_1));
    EXPECT_NE(tls11.connect(), "");
    TestClient tls10(server.port(), onlyVersion(TlsVersion::tls1_0));
    EXPECT_NE(tls10.connect(), "");
    EXPECT_EQ(server.handler().totalCalls(), 0U);
}

TEST(HttpsServerTlsTest, RefusesCbcSuites)
{
    TestServer server;
    TestClient cbc(server.port(), onlyVersion(TlsVersion::tls1_2, "ECDHE-ECDSA-AES128-SHA256:ECDHE-ECDSA-AES256-SHA:"
                                                                  "ECDHE-ECDSA-AES128-SHA"));
    EXPECT_NE(cbc.connect(), "");
}

// --- Limits and malformed requests ---------------------------------------------------------------

TEST(HttpsServerLimitsTest, OversizeBodyGets413AndTheServerKeepsServing)
{
    ServerOptions options = fastOptions();
    options.bodyLimit = 1024;
    TestServer server(options);

    // Declared too large: refused as soon as the header is read.
    TestClient declared(server.port());
    ASSERT_EQ(declared.connect(), "");
    declared.send("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 4096\r\n\r\n" + std::string(512, 'a'));
    const auto refused = declared.readResponse();
    ASSERT_TRUE(refused.has_value());
    expectJsonError(*refused, 413, "payload_too_large");
    EXPECT_FALSE(refused->keepAlive);
    EXPECT_NE(declared.waitForClose(3s), "timeout");

    // Chunked: refused when the streamed body crosses the limit.
    TestClient chunked(server.port());
    ASSERT_EQ(chunked.connect(), "");
    const std::string chunk = "320\r\n" + std::string(800, 'b') + "\r\n";
    chunked.send("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk + chunk);
    const auto chunkedRefused = chunked.readResponse();
    ASSERT_TRUE(chunkedRefused.has_value());
    expectJsonError(*chunkedRefused, 413, "payload_too_large");

    // Others are still served, up to the limit.
    TestClient other(server.port());
    ASSERT_EQ(other.connect(), "");
    const std::string atLimit(1024, 'c');
    EXPECT_EQ(other.request("POST", "/echo", atLimit).body, atLimit);
    EXPECT_EQ(server.handler().callsFor("/echo"), 1U);
}

TEST(HttpsServerLimitsTest, ClientThatSendsTheWholeOversizeBodyStillReadsThe413)
{
    // The client writes all of its body before reading: the server must not reset the
    // connection (which could destroy the 413 in flight) but linger and discard.
    ServerOptions options = fastOptions();
    options.bodyLimit = 1024;
    TestServer server(options);
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    const std::size_t size = 256 * 1024;
    client.send("POST /echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + std::to_string(size) + "\r\n\r\n" +
                std::string(size, 'x'));
    const auto response = client.readResponse();
    ASSERT_TRUE(response.has_value());
    expectJsonError(*response, 413, "payload_too_large");
}

TEST(HttpsServerLimitsTest, BodyLimitAboveBeastsDefaultOfOneMebibyteIsHonoured)
{
    ServerOptions options = fastOptions();
    options.bodyLimit = 3 * 1024 * 1024;
    TestServer server(options);
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    const std::string body(2 * 1024 * 1024, 'm');
    const HttpResponse response = client.request("POST", "/echo", body);
    EXPECT_EQ(response.status, 200U);
    EXPECT_EQ(response.body.size(), body.size());
}

TEST(HttpsServerLimitsTest, DefaultBodyLimitIsEightMebibytes)
{
    EXPECT_EQ(ServerOptions{}.bodyLimit, 8U * 1024 * 1024);
}

TEST(HttpsServerLimitsTest, OversizeHeaderGets431)
{
    ServerOptions options = fastOptions();
    options.headerLimit = 2048;
    TestServer server(options);
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + std::string(4096, 'h') + "\r\n\r\n");
    const auto response = client.readResponse();
    ASSERT_TRUE(response.has_value());
    expectJsonError(*response, 431, "request_header_fields_too_large");
    EXPECT_EQ(server.handler().totalCalls(), 0U);
}

TEST(HttpsServerErrorsTest, MalformedRequestLineGets400JsonAndClose)
{
    TestServer server;
    for (const std::string request : {"GET / HTTP/1.1 trailing-garbage\r\nHost: x\r\n\r\n",
                                      "GET / HTTP/1.1\r\nBad Header: x\r\n\r\n",
                                      "POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
                                      "G(T / HTTP/1.1\r\nHost: x\r\n\r\n", "GET /\r\n\r\n"}) {
        TestClient client(server.port());
        ASSERT_EQ(client.connect(), "");
        client.send(request);
        const auto response = client.readResponse();
        ASSERT_TRUE(response.has_value()) << request;
        expectJsonError(*response, 400, "bad_request");
        EXPECT_FALSE(response->keepAlive);
        EXPECT_EQ(client.waitForClose(3s), "eof");
    }
    TestClient http2(server.port()); // Beast's parser accepts HTTP/1.0 and HTTP/1.1 only
    ASSERT_EQ(http2.connect(), "");
    http2.send("GET / HTTP/2.0\r\nHost: x\r\n\r\n");
    const auto unsupported = http2.readResponse();
    ASSERT_TRUE(unsupported.has_value());
    expectJsonError(*unsupported, 400, "bad_request");
    EXPECT_EQ(server.handler().totalCalls(), 0U);
}

TEST(HttpsServerErrorsTest, HandlerExceptionGets500WithoutTheExceptionText)
{
    TestServer server;
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    const HttpResponse response = client.request("GET", "/throw");
    expectJsonError(response, 500, "internal_error");
    EXPECT_EQ(response.body.find("SELECT"), std::string::npos);
    EXPECT_EQ(response.body.find("Secretpatient"), std::string::npos);
    EXPECT_TRUE(response.keepAlive); // the connection itself is fine
    EXPECT_EQ(client.request("GET", "/after").status, 200U);

    const auto events = server.events();
    EXPECT_TRUE(anyEventContains(events, "std::runtime_error")) << "the exception type is logged";
    EXPECT_FALSE(anyEventContains(events, "Secretpatient"));
    EXPECT_FALSE(anyEventContains(events, "SELECT"));
}

// --- Timeouts ------------------------------------------------------------------------------------

TEST(HttpsServerTimeoutsTest, SlowHeaderClientIsCutOffWhileOthersAreServed)
{
    ServerOptions options = fastOptions();
    options.headerTimeout = 1s;
    TestServer server(options);

    TestClient slow(server.port());
    ASSERT_EQ(slow.connect(), "");
    std::atomic<bool> slowFinished{false};
    std::chrono::milliseconds slowLasted{0};
    std::thread slowloris([&] {
        // ~120 bytes at one byte per 200 ms would take 24 s.
        const std::string request = "GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + std::string(80, 'p') +
                                    "\r\n\r\n";
        const auto start = Clock::now();
        for (const char byte : request) {
            if (!slow.trySend(std::string_view(&byte, 1), 1s).empty() || elapsedSince(start) > 10s) {
                break;
            }
            std::this_thread::sleep_for(200ms);
        }
        slowLasted = elapsedSince(start);
        slowFinished = true;
    });

    std::this_thread::sleep_for(300ms);
    TestClient normal(server.port());
    ASSERT_EQ(normal.connect(), "");
    const auto start = Clock::now();
    EXPECT_EQ(normal.request("GET", "/normal").status, 200U);
    EXPECT_LT(elapsedSince(start), 1s);
    EXPECT_FALSE(slowFinished.load()) << "the normal client was served while the slow one was still sending";

    slowloris.join();
    EXPECT_GE(slowLasted, 900ms);
    EXPECT_LT(slowLasted, 5s) << "cut off after the header timeout, not after the whole request";
    EXPECT_EQ(server.handler().callsFor("/slow"), 0U);
}

TEST(HttpsServerTimeoutsTest, IdleKeepAliveConnectionIsClosedCleanly)
{
    ServerOptions options = fastOptions();
    options.idleTimeout = 300ms;
    TestServer server(options);
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    EXPECT_EQ(client.request("GET", "/").status, 200U);
    const auto start = Clock::now();
    EXPECT_EQ(client.waitForClose(5s), "eof");
    EXPECT_GE(elapsedSince(start), 250ms);
    EXPECT_TRUE(waitUntil([&] { return server.server().connectionCount() == 0; }, 3s));
}

// --- Disconnects mid-request -----------------------------------------------------------------------

void expectNeverDispatched(void (TestClient::*disconnect)(), const std::string &path)
{
    TestServer server;
    {
        TestClient client(server.port());
        ASSERT_EQ(client.connect(), "");
        client.send("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n" +
                    std::string(300, 'p'));
        ASSERT_TRUE(waitUntil([&] { return server.server().connectionCount() == 1; }, 3s));
        std::this_thread::sleep_for(50ms); // let the server read what was sent
        (client.*disconnect)();
    }
    EXPECT_TRUE(waitUntil([&] { return server.server().connectionCount() == 0; }, 5s));
    EXPECT_EQ(server.handler().callsFor(path), 0U);

    TestClient next(server.port());
    ASSERT_EQ(next.connect(), "");
    EXPECT_EQ(next.request("GET", "/still-serving").status, 200U);
}

TEST(HttpsServerDisconnectTest, TcpResetMidBodyIsNeverDispatched)
{
    expectNeverDispatched(&TestClient::closeWithReset, "/reset-mid-body");
}

TEST(HttpsServerDisconnectTest, TlsTruncationMidBodyIsNeverDispatched)
{
    expectNeverDispatched(&TestClient::closeWithoutCloseNotify, "/truncated-mid-body");
}

TEST(HttpsServerDisconnectTest, TlsTruncationMidHeaderIsNeverDispatched)
{
    TestServer server;
    {
        TestClient client(server.port());
        ASSERT_EQ(client.connect(), "");
        client.send("GET /truncated-mid-header HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Unfinished: ab");
        std::this_thread::sleep_for(50ms);
        client.closeWithoutCloseNotify();
    }
    EXPECT_TRUE(waitUntil([&] { return server.server().connectionCount() == 0; }, 5s));
    EXPECT_EQ(server.handler().callsFor("/truncated-mid-header"), 0U);
}

TEST(HttpsServerDisconnectTest, CloseNotifyMidBodyIsNeverDispatched)
{
    TestServer server;
    {
        TestClient client(server.port());
        ASSERT_EQ(client.connect(), "");
        client.send("POST /closed-mid-body HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\nabc");
        client.shutdownTls(1s);
    }
    EXPECT_TRUE(waitUntil([&] { return server.server().connectionCount() == 0; }, 5s));
    EXPECT_EQ(server.handler().callsFor("/closed-mid-body"), 0U);
}

// --- Access log ---------------------------------------------------------------------------------------

TEST(HttpsServerAccessLogTest, RecordHasThePathWithoutTheQueryString)
{
    TestServer server;
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    EXPECT_EQ(client.request("GET", "/patients/search?name=Jane%20Secretpatient&born=1970").status, 200U);
    EXPECT_EQ(client.request("POST", "/echo", "secret-body", {{"Authorization", "Bearer secret-token"}}).status,
              200U);
    ASSERT_TRUE(waitUntil([&] { return server.accessLog().size() == 2; }, 3s));

    const auto log = server.accessLog();
    EXPECT_EQ(log[0].method, "GET");
    EXPECT_EQ(log[0].path, "/patients/search");
    EXPECT_EQ(log[0].status, 200U);
    EXPECT_GT(log[0].bytesSent, 0U);
    EXPECT_EQ(log[0].peerAddress, "127.0.0.1");
    EXPECT_GT(log[0].duration.count(), 0);
    EXPECT_EQ(log[1].path, "/echo");
    EXPECT_EQ(log[1].bytesReceived, std::string("secret-body").size());
    for (const auto &record : log) {
        for (const std::string *field : {&record.method, &record.path, &record.peerAddress}) {
            EXPECT_EQ(field->find('?'), std::string::npos);
            EXPECT_EQ(field->find("Secretpatient"), std::string::npos);
            EXPECT_EQ(field->find("secret"), std::string::npos);
        }
    }
}

TEST(HttpsServerAccessLogTest, TransportErrorsAreLoggedToo)
{
    ServerOptions options = fastOptions();
    options.bodyLimit = 16;
    TestServer server(options);
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    client.send("PUT /records/42?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n");
    ASSERT_TRUE(client.readResponse().has_value());
    ASSERT_TRUE(waitUntil([&] { return server.accessLog().size() == 1; }, 3s));
    const AccessLogRecord record = server.accessLog().front();
    EXPECT_EQ(record.method, "PUT");
    EXPECT_EQ(record.path, "/records/42");
    EXPECT_EQ(record.status, 413U);
}

// --- Graceful shutdown ----------------------------------------------------------------------------------

TEST(HttpsServerShutdownTest, StopDeliversTheInFlightResponseThenRunReturns)
{
    TestServer server;
    TestClient idle(server.port());
    ASSERT_EQ(idle.connect(), "");
    ASSERT_EQ(idle.request("GET", "/").status, 200U); // now an idle keep-alive connection

    TestClient busy(server.port());
    ASSERT_EQ(busy.connect(), "");
    const std::size_t size = 512 * 1024;
    busy.send("GET /sleep?ms=500&size=" + std::to_string(size) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    ASSERT_TRUE(waitUntil([&] { return server.handler().sleepsStarted.load() == 1; }, 3s));

    const auto stopped = Clock::now();
    server.server().stop();
    const auto response = busy.readResponse(5s);
    ASSERT_TRUE(response.has_value());
    EXPECT_EQ(response->status, 200U);
    ASSERT_EQ(response->body.size(), size);
    EXPECT_EQ(response->body, std::string(size, 'z'));
    EXPECT_FALSE(response->keepAlive);
    EXPECT_GE(elapsedSince(stopped), 300ms) << "the handler's sleep was not cut short";
    EXPECT_EQ(busy.waitForClose(3s), "eof");
    EXPECT_EQ(idle.waitForClose(3s), "eof");
    EXPECT_TRUE(server.waitForRunToReturn(5s));

    TestClient late(server.port());
    EXPECT_NE(late.connect(1s), "") << "no longer accepting";
}

TEST(HttpsServerShutdownTest, DrainTimeoutCutsRequestsThatTakeTooLong)
{
    ServerOptions options = fastOptions();
    options.drainTimeout = 300ms;
    TestServer server(options);
    TestClient busy(server.port());
    ASSERT_EQ(busy.connect(), "");
    busy.send("GET /sleep?ms=1500 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    ASSERT_TRUE(waitUntil([&] { return server.handler().sleepsStarted.load() == 1; }, 3s));

    const auto stopped = Clock::now();
    server.server().stop();
    EXPECT_FALSE(busy.readResponse(5s).has_value());
    EXPECT_LT(elapsedSince(stopped), 1300ms) << "cut at the drain timeout, before the handler finished";
    EXPECT_TRUE(server.waitForRunToReturn(5s));
    EXPECT_EQ(server.handler().sleepsFinished.load(), 1) << "run() waits for handlers still running";
    EXPECT_TRUE(anyEventContains(server.events(), "drain timeout"));
}

TEST(HttpsServerShutdownTest, StopWithoutConnectionsReturnsPromptly)
{
    TestServer server;
    const auto start = Clock::now();
    EXPECT_TRUE(server.stopAndWait(5s));
    EXPECT_LT(elapsedSince(start), 1s);
}

TEST(HttpsServerShutdownTest, RunUntilSignalledStopsOnSigterm)
{
    TestServer server(fastOptions(), TestServer::RunMode::runUntilSignalled);
    TestClient client(server.port());
    ASSERT_EQ(client.connect(), "");
    ASSERT_EQ(client.request("GET", "/").status, 200U); // run() is running, so the signal set is installed
    ASSERT_EQ(std::raise(SIGTERM), 0);
    EXPECT_EQ(client.waitForClose(3s), "eof");
    EXPECT_TRUE(server.waitForRunToReturn(5s));
}

} // namespace
} // namespace medinexus::server::net::test
