// Hostile and broken clients: malformed JSON, wrong types, oversized bodies, wrong media types,
// unknown routes and methods, slow headers, connections cut mid-body or mid-TLS-record. After
// each, the server must still serve a normal request, and it must stop cleanly at the end.
#include "integration_support.h"

#include "shared/ids/uuid.h"

#include <gtest/gtest.h>

#include <thread>

namespace medinexus::itest {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kBodyLimit = 4096; // the smallest body_limit_bytes the config accepts

std::string rawRequest(const std::string &method, const std::string &target, const std::vector<std::string> &headers,
                       const std::string &body, std::optional<std::size_t> contentLength = std::nullopt)
{
    std::string text = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &header : headers) {
        text += header + "\r\n";
    }
    text += "Content-Length: " + std::to_string(contentLength.value_or(body.size())) + "\r\n\r\n" + body;
    return text;
}

class RobustnessTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        community_ = std::make_unique<Community>(std::vector<ConfigValue>{
            {"server", "body_limit_bytes", std::to_string(kBodyLimit)},
            {"server", "header_timeout_seconds", "2"},
            {"server", "handshake_timeout_seconds", "2"},
        });
        doctorAccount_ = community_->createUser(Role::Doctor, QStringLiteral("dr.cisse"));
        doctor_ = community_->loggedIn(doctorAccount_);
    }

    /// A normal request on a new connection, and one on the kept-alive doctor connection.
    void expectStillServing(const std::string &after)
    {
        SCOPED_TRACE("after " + after);
        auto fresh = community_->client();
        const HttpResponse health = fresh->get("/healthz");
        EXPECT_EQ(health.status, 200u) << health.describe();
        const HttpResponse me = doctor_->get("/api/v1/auth/me");
        EXPECT_EQ(me.status, 200u) << me.describe();
    }

    std::string bearer() const { return "Authorization: Bearer " + doctor_->token(); }

    std::unique_ptr<RawTlsConnection> rawConnection()
    {
        auto connection = std::make_unique<RawTlsConnection>(community_->server().port(), community_->server().certificate());
        connection->connect();
        return connection;
    }

    std::unique_ptr<Community> community_;
    Account doctorAccount_;
    std::unique_ptr<HttpsClient> doctor_;
};

TEST_F(RobustnessTest, MalformedJsonIs400WithAJsonErrorBody)
{
    const std::vector<std::pair<std::string, std::string>> bodies = {
        {"truncated object", R"({"givenNames": "Awa", "familyName": )"},
        {"not JSON at all", "givenNames=Awa&familyName=Ba"},
        {"duplicate key", R"({"givenNames":"Awa","givenNames":"Awa2","familyName":"Ba","sex":"female","birthDate":"1990-01-01"})"},
        {"fraction", R"({"givenNames":"Awa","familyName":"Ba","sex":"female","estimatedBirthYear":1990.5})"},
        {"top-level array", R"([{"givenNames":"Awa"}])"},
        {"trailing garbage", R"({"givenNames":"Awa"} {})"},
        {"deep nesting", std::string(1500, '[') + std::string(1500, ']')}, // under the body limit
        {"invalid UTF-8", "{\"givenNames\":\"\xC3\x28\"}"},
        {"lone surrogate", R"({"givenNames":"\ud800"})"},
        {"empty body", ""},
    };
    for (const auto &[name, body] : bodies) {
        SCOPED_TRACE(name);
        const HttpResponse response = doctor_->request("POST", "/api/v1/patients", body, "application/json");
        EXPECT_EQ(response.status, 400u) << response.describe();
        EXPECT_EQ(response.header("Content-Type").rfind("application/json", 0), 0u) << response.describe();
        ASSERT_TRUE(response.json.has_value()) << "the error body is JSON: " << response.describe();
        EXPECT_EQ(response.errorCode(), QStringLiteral("malformed"));
        EXPECT_FALSE(response.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString().isEmpty());
    }
    const HttpResponse login = doctor_->request("POST", "/api/v1/auth/login", R"({"username":"dr.cisse",)");
    EXPECT_EQ(login.status, 400u) << login.describe();
    EXPECT_EQ(searchIds(*doctor_, "q=awa").size(), 0) << "nothing malformed was registered";
    expectStillServing("malformed JSON");
}

TEST_F(RobustnessTest, WrongTypesAndUnknownMembersAre400)
{
    const auto post = [&](const std::string &target, const QJsonObject &body) { return doctor_->post(target, body); };
    auto client = community_->client();
    EXPECT_EQ(client->post("/api/v1/auth/login", QJsonObject{{QStringLiteral("username"), 5}, {QStringLiteral("password"), QStringLiteral("x")}}).status, 400u);
    EXPECT_EQ(client->post("/api/v1/auth/login", QJsonObject{{QStringLiteral("username"), QStringLiteral("dr.cisse")}}).status, 400u);
    EXPECT_EQ(client->post("/api/v1/auth/login", QJsonObject{{QStringLiteral("username"), QStringLiteral("dr.cisse")},
                                                             {QStringLiteral("password"), QJsonArray{}}}).status,
              400u);

    QJsonObject numericName = patientJson(QStringLiteral("x"), QStringLiteral("y"));
    numericName.insert(QStringLiteral("givenNames"), 5);
    const HttpResponse typed = post("/api/v1/patients", numericName);
    EXPECT_EQ(typed.status, 400u) << typed.describe();
    EXPECT_NE(typed.body.find("givenNames"), std::string::npos) << "the error names the member: " << typed.describe();

    QJsonObject unknownMember = patientJson(QStringLiteral("x"), QStringLiteral("y"));
    unknownMember.insert(QStringLiteral("bloodGroup"), QStringLiteral("O+"));
    EXPECT_EQ(post("/api/v1/patients", unknownMember).status, 400u);
    QJsonObject badToken = patientJson(QStringLiteral("x"), QStringLiteral("y"));
    badToken.insert(QStringLiteral("sex"), QStringLiteral("F"));
    EXPECT_EQ(post("/api/v1/patients", badToken).status, 400u);
    QJsonObject nullMember = patientJson(QStringLiteral("x"), QStringLiteral("y"));
    nullMember.insert(QStringLiteral("phone"), QJsonValue::Null);
    EXPECT_EQ(post("/api/v1/patients", nullMember).status, 400u);
    QJsonObject badId = patientJson(QStringLiteral("x"), QStringLiteral("y"));
    badId.insert(QStringLiteral("id"), 12);
    EXPECT_EQ(post("/api/v1/patients", badId).status, 400u);

    const QString patient = registerPatient(*doctor_, patientJson(QStringLiteral("Typed"), QStringLiteral("Patient"))).value(QStringLiteral("id")).toString();
    const QJsonObject current = readRecord(*doctor_, patient).value(QStringLiteral("patient")).toObject();
    EXPECT_EQ(doctor_->put("/api/v1/patients/" + str(patient), QJsonObject{{QStringLiteral("baseVersion"), QStringLiteral("1")},
                                                                          {QStringLiteral("patient"), current}}).status,
              400u);
    EXPECT_EQ(doctor_->put("/api/v1/patients/" + str(patient), QJsonObject{{QStringLiteral("baseVersion"), 1},
                                                                          {QStringLiteral("patient"), QStringLiteral("v2")}}).status,
              400u);
    QJsonObject surgery = entryJson(EntryKind::Note);
    surgery.insert(QStringLiteral("kind"), QStringLiteral("surgery"));
    EXPECT_EQ(post("/api/v1/patients/" + str(patient) + "/entries", surgery).status, 400u);
    QJsonObject stringVitals = entryJson(EntryKind::Observation);
    stringVitals.insert(QStringLiteral("body"), QJsonObject{{QStringLiteral("vitals"), QJsonObject{{QStringLiteral("pulsePerMinute"), QStringLiteral("80")}}},
                                                            {QStringLiteral("nursingText"), QString()}});
    EXPECT_EQ(post("/api/v1/patients/" + str(patient) + "/entries", stringVitals).status, 400u);
    EXPECT_EQ(readRecord(*doctor_, patient).value(QStringLiteral("entries")).toArray().size(), 0);
    expectStillServing("wrong types");
}

TEST_F(RobustnessTest, OversizedBodiesAre413)
{
    QJsonObject big = patientJson(QStringLiteral("Big"), QStringLiteral("Body"));
    big.insert(QStringLiteral("address"), QString(kBodyLimit, QLatin1Char('a')));
    const HttpResponse response = doctor_->post("/api/v1/patients", big);
    EXPECT_EQ(response.status, 413u) << response.describe();
    EXPECT_TRUE(response.json.has_value()) << response.describe();
    EXPECT_EQ(response.errorCode(), QStringLiteral("payload_too_large"));
    expectStillServing("a body over the limit");

    // A huge announced length is refused from the header, without reading the body.
    auto raw = rawConnection();
    const auto start = Clock::now();
    ASSERT_TRUE(raw->send(rawRequest("POST", "/api/v1/patients", {bearer(), "Content-Type: application/json"}, "{\"a\":",
                                     std::size_t{1} << 30)));
    const auto answer = raw->readResponse(5s);
    ASSERT_TRUE(answer.has_value()) << "no answer to a 1 GiB Content-Length; received: " << raw->received();
    EXPECT_EQ(answer->status, 413u) << answer->describe();
    EXPECT_LT(Clock::now() - start, 3s);
    EXPECT_NE(raw->waitForClose(5s), "timeout") << "the connection is closed after the refusal";
    expectStillServing("a 1 GiB Content-Length");

    // Just under the limit is fine.
    QJsonObject fits = patientJson(QStringLiteral("Small"), QStringLiteral("Enough"));
    fits.insert(QStringLiteral("address"), QString(500, QLatin1Char('a')));
    EXPECT_EQ(doctor_->post("/api/v1/patients", fits).status, 201u);
}

TEST_F(RobustnessTest, BodiesThatAreNotJsonAre415)
{
    const std::string login = R"({"username":"dr.cisse","password":"x"})";
    auto client = community_->client();
    for (const std::string &type : {std::string("text/plain"), std::string("application/x-www-form-urlencoded"),
                                    std::string("multipart/form-data; boundary=x"), std::string("application/xml")}) {
        const HttpResponse response = client->request("POST", "/api/v1/auth/login", login, type);
        EXPECT_EQ(response.status, 415u) << type << ": " << response.describe();
        EXPECT_EQ(response.errorCode(), QStringLiteral("unsupported_media_type"));
    }
    const HttpResponse untyped = client->request("POST", "/api/v1/auth/login", login, "");
    EXPECT_EQ(untyped.status, 415u) << "a body without Content-Type: " << untyped.describe();
    const HttpResponse charset = client->request("POST", "/api/v1/auth/login", login, "application/json; charset=utf-8");
    EXPECT_EQ(charset.status, 401u) << "application/json with a charset is JSON: " << charset.describe();
    expectStillServing("unsupported media types");
}

TEST_F(RobustnessTest, UnknownRoutesAre404AndWrongMethods405)
{
    for (const std::string &target : {std::string("/api/v1/nothing"), std::string("/"), std::string("/api/v2/patients"),
                                      std::string("/api/v1/patients/") + str(uuidToString(newUuidV7())) + "/entries/x",
                                      std::string("/api/v1/patients/../users"), std::string("/healthz/")}) {
        const HttpResponse response = doctor_->get(target);
        EXPECT_EQ(response.status, 404u) << target << ": " << response.describe();
        EXPECT_TRUE(response.json.has_value()) << response.describe();
        EXPECT_EQ(response.errorCode(), QStringLiteral("not_found"));
    }
    const HttpResponse deletion = doctor_->del("/api/v1/patients");
    EXPECT_EQ(deletion.status, 405u) << deletion.describe();
    EXPECT_NE(deletion.header("Allow").find("GET"), std::string::npos) << deletion.describe();
    EXPECT_NE(deletion.header("Allow").find("POST"), std::string::npos) << deletion.describe();
    const HttpResponse getLogin = doctor_->get("/api/v1/auth/login");
    EXPECT_EQ(getLogin.status, 405u);
    EXPECT_EQ(getLogin.header("Allow"), "POST");
    EXPECT_EQ(doctor_->request("PATCH", "/api/v1/patients/" + str(uuidToString(newUuidV7())), "{}").status, 405u);
    EXPECT_EQ(doctor_->request("PUT", "/api/v1/conflicts", "{}").status, 405u);
    EXPECT_EQ(doctor_->request("BREW", "/api/v1/patients").status / 100, 4u) << "an unknown method";
    expectStillServing("404 and 405");
}

TEST_F(RobustnessTest, HugeHeadersAre431)
{
    auto client = community_->client();
    const HttpResponse response = client->request("GET", "/healthz", {}, {}, {{"X-Padding", std::string(20 * 1024, 'x')}});
    EXPECT_EQ(response.status, 431u) << response.describe();
    expectStillServing("a huge header");
}

// A client sending its header a byte at a time is cut off by the header timeout; meanwhile
// everyone else is served.
TEST_F(RobustnessTest, SlowHeaderClientIsDisconnected)
{
    auto slow = rawConnection();
    ASSERT_TRUE(slow->send("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "));
    const auto start = Clock::now();
    std::string closed = "timeout";
    int bytes = 0;
    while (Clock::now() - start < 15s && bytes < 100) {
        closed = slow->waitForClose(250ms);
        if (closed != "timeout") {
            break;
        }
        if (!slow->send("x")) {
            closed = "send failed";
            break;
        }
        ++bytes;
        if (bytes % 4 == 0) {
            auto other = community_->client();
            EXPECT_EQ(other->get("/healthz").status, 200u) << "a slow client blocks others";
        }
    }
    const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start);
    EXPECT_NE(closed, "timeout") << "still connected after " << elapsed.count() << " ms of trickled header";
    EXPECT_EQ(slow->received(), "") << "no response to an incomplete header";
    EXPECT_LT(elapsed, 4s) << "cut after " << elapsed.count()
                           << " ms: the [server] header_timeout_seconds=2 config key is not honoured (default 10 s)";
    expectStillServing("a slow header");
}

// A client that vanishes in the middle of a body (TCP reset, or TCP close without TLS
// close_notify) leaves nothing behind: no half-applied write, no stuck worker.
TEST_F(RobustnessTest, ConnectionsCutMidBodyOrMidTlsLeaveNothingBehind)
{
    QJsonObject patient = patientJson(QStringLiteral("Halfway"), QStringLiteral("There"));
    const std::string body = toJsonText(patient);
    const std::vector<std::string> headers = {bearer(), "Content-Type: application/json"};
    for (int round = 0; round < 10; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        {
            auto raw = rawConnection();
            ASSERT_TRUE(raw->send(rawRequest("POST", "/api/v1/patients", headers, body.substr(0, body.size() / 2), body.size())));
            std::this_thread::sleep_for(20ms);
            raw->abortTcp();
        }
        {
            auto raw = rawConnection();
            ASSERT_TRUE(raw->send(rawRequest("POST", "/api/v1/patients", headers, body.substr(0, body.size() - 1), body.size())));
            std::this_thread::sleep_for(20ms);
            raw->closeWithoutCloseNotify();
        }
        {
            auto raw = rawConnection();
            const std::string request = rawRequest("POST", "/api/v1/patients", headers, body);
            ASSERT_TRUE(raw->send(request.substr(0, 40))); // in the middle of the request line/headers
            raw->closeWithoutCloseNotify();
        }
        {
            auto raw = rawConnection(); // handshake done, then gone without a byte
            raw->abortTcp();
        }
    }
    expectStillServing("connections cut mid-body");
    EXPECT_EQ(searchIds(*doctor_, "q=halfway").size(), 0) << "an incomplete body was dispatched";

    // The same request sent whole works on a raw connection too.
    auto raw = rawConnection();
    ASSERT_TRUE(raw->send(rawRequest("POST", "/api/v1/patients", headers, body)));
    const auto answer = raw->readResponse(10s);
    ASSERT_TRUE(answer.has_value()) << raw->received();
    EXPECT_EQ(answer->status, 201u) << answer->describe();
    EXPECT_EQ(searchIds(*doctor_, "q=halfway").size(), 1);

    const std::string log = community_->server().serveStderr();
    EXPECT_EQ(log.find("[error]"), std::string::npos) << log;
}

TEST_F(RobustnessTest, NonTlsBytesOnTheTlsPortAreDropped)
{
    for (const std::string &garbage : {std::string("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"), std::string(3000, '\x16'),
                                       std::string(3000, '\0')}) {
        RawTlsConnection plain(community_->server().port(), community_->server().certificate());
        plain.connectTcpOnly();
        plain.sendPlain(garbage);
        EXPECT_NE(plain.waitForClose(3s), "timeout") << "the server keeps a connection that cannot be TLS";
    }
    expectStillServing("plain bytes on the TLS port");
}

// A ClientHello that never completes holds a connection only until the handshake timeout
// (server/handshake_timeout_seconds, 2 s here), and nobody else waits meanwhile.
TEST_F(RobustnessTest, StalledTlsHandshakeIsCut)
{
    RawTlsConnection stalled(community_->server().port(), community_->server().certificate());
    stalled.connectTcpOnly();
    const auto start = Clock::now();
    // A TLS record header announcing 512 bytes of ClientHello, then only a few of them.
    ASSERT_TRUE(stalled.sendPlain(std::string("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11) + std::string(20, 'A')));
    expectStillServing("a stalled handshake began");
    const std::string closed = stalled.waitForClose(15s);
    EXPECT_NE(closed, "timeout") << "a half-sent ClientHello holds its connection for good";
    EXPECT_LT(Clock::now() - start, 5s) << "the handshake_timeout_seconds=2 config key is not honoured (default 10 s)";
    expectStillServing("a stalled handshake");
}

TEST_F(RobustnessTest, KeepAliveServesManyRequestsOnOneConnection)
{
    auto client = community_->loggedIn(doctorAccount_);
    const int before = client->connectionsOpened();
    for (int i = 0; i < 50; ++i) {
        ASSERT_EQ(client->get("/api/v1/auth/me").status, 200u);
    }
    EXPECT_EQ(client->connectionsOpened(), before) << "keep-alive: one connection for every request";

    // Pipelined requests on a raw connection are answered in order.
    auto raw = rawConnection();
    const std::string one = "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    ASSERT_TRUE(raw->send(one + one + one));
    const auto countAnswers = [&raw] {
        const std::string received = raw->received();
        int count = 0;
        for (std::size_t at = received.find("HTTP/1.1 200"); at != std::string::npos; at = received.find("HTTP/1.1 200", at + 1)) {
            ++count;
        }
        return count;
    };
    int answers = 0;
    for (int i = 0; i < 50 && answers < 3; ++i) {
        raw->waitForClose(100ms);
        answers = countAnswers();
    }
    const std::string received = raw->received();
    EXPECT_EQ(answers, 3) << received;
}

} // namespace
} // namespace medinexus::itest
