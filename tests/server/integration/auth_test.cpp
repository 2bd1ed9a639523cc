// Logins, sessions and their end, against the real server binary over TLS.
#include "integration_support.h"

#include "shared/codec/model_json.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <thread>

namespace medinexus::itest {
namespace {

using Clock = std::chrono::steady_clock;

QStringList actionTokens(Role role)
{
    QStringList tokens;
    for (Action action : allowedActions(role)) {
        tokens << toToken(action);
    }
    return tokens;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

TEST(AuthTest, LoginReturnsTokenAccountAndAllowedActions)
{
    Community community;
    const Account nurse = community.createUser(Role::Nurse, QStringLiteral("inf.faye"));
    auto client = community.client();

    const HttpResponse login = client->login(nurse.username, nurse.password);
    ASSERT_EQ(login.status, 200u) << login.describe();
    const QJsonObject body = login.object();
    const QString token = body.value(QStringLiteral("token")).toString();
    EXPECT_EQ(token.size(), 43) << "32 random bytes in base64url";
    EXPECT_EQ(login.header("Cache-Control"), "no-store");
    EXPECT_EQ(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString(), nurse.id);
    EXPECT_EQ(body.value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("nurse"));
    EXPECT_FALSE(body.value(QStringLiteral("user")).toObject().contains(QStringLiteral("passwordHash")));
    EXPECT_EQ(stringList(body.value(QStringLiteral("allowedActions"))), actionTokens(Role::Nurse));
    EXPECT_EQ(body.value(QStringLiteral("idleTimeoutSeconds")).toInteger(), 30 * 60) << "the default idle timeout";
    const auto expiresAt = dateTimeFromJsonString(body.value(QStringLiteral("expiresAt")).toString());
    ASSERT_TRUE(expiresAt.has_value());
    const qint64 lifetime = QDateTime::currentDateTimeUtc().secsTo(*expiresAt);
    EXPECT_GT(lifetime, 12 * 3600 - 120);
    EXPECT_LE(lifetime, 12 * 3600);

    const HttpResponse me = client->get("/api/v1/auth/me");
    ASSERT_EQ(me.status, 200u) << me.describe();
    EXPECT_EQ(me.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(), nurse.username);
    EXPECT_EQ(stringList(me.object().value(QStringLiteral("allowedActions"))), actionTokens(Role::Nurse));

    // The username is case-insensitive and trimmed; the password is not.
    auto other = community.client();
    EXPECT_EQ(other->login(QStringLiteral("  INF.Faye "), nurse.password).status, 200u);
    EXPECT_EQ(other->login(nurse.username, nurse.password.toUpper()).status, 401u);
}

TEST(AuthTest, WrongPasswordUnknownUserAndDeactivatedAccountGetTheSameAnswer)
{
    Community community;
    const Account doctor = community.createUser(Role::Doctor, QStringLiteral("dr.kane"));
    const Account retired = community.createUser(Role::Doctor, QStringLiteral("dr.retired"));
    // Deactivate one account through the API.
    const HttpResponse users = community.admin().get("/api/v1/users");
    ASSERT_EQ(users.status, 200u) << users.describe();
    QJsonObject retiredUser;
    for (const QJsonValue &user : users.object().value(QStringLiteral("users")).toArray()) {
        if (user.toObject().value(QStringLiteral("id")).toString() == retired.id) {
            retiredUser = user.toObject();
        }
    }
    ASSERT_FALSE(retiredUser.isEmpty());
    const int version = retiredUser.value(QStringLiteral("version")).toInt();
    retiredUser.insert(QStringLiteral("active"), false);
    const HttpResponse deactivated = community.admin().put("/api/v1/users/" + str(retired.id),
                                                           QJsonObject{{QStringLiteral("baseVersion"), version},
                                                                       {QStringLiteral("user"), retiredUser}});
    ASSERT_EQ(deactivated.status, 200u) << deactivated.describe();

    auto client = community.client();
    const HttpResponse wrongPassword = client->login(doctor.username, QStringLiteral("not-the-password-1"));
    const HttpResponse unknownUser = client->login(QStringLiteral("dr.nobody"), QStringLiteral("not-the-password-1"));
    const HttpResponse inactive = client->login(retired.username, retired.password);
    const HttpResponse malformedName = client->login(QStringLiteral("Not A Valid Name!"), QStringLiteral("whatever-123"));
    for (const HttpResponse *response : {&wrongPassword, &unknownUser, &inactive, &malformedName}) {
        EXPECT_EQ(response->status, 401u) << response->describe();
        EXPECT_EQ(response->errorCode(), QStringLiteral("invalid_credentials"));
        EXPECT_EQ(response->body, wrongPassword.body) << "the answer must not tell which part was wrong";
        EXPECT_EQ(response->header("WWW-Authenticate"), "Bearer");
        EXPECT_FALSE(response->object().contains(QStringLiteral("token")));
    }
    EXPECT_TRUE(client->token().empty());
}

TEST(AuthTest, RepeatedFailuresAreThrottledWithRetryAfterThenTheRightPasswordWorksAgain)
{
    Community community;
    const Account nurse = community.createUser(Role::Nurse, QStringLiteral("inf.sarr"));
    auto client = community.client();

    // A few failures are free; then every attempt waits. Bounded: the throttle must engage
    // within 10 attempts.
    std::optional<HttpResponse> throttled;
    int failures = 0;
    for (int attempt = 0; attempt < 10 && !throttled; ++attempt) {
        HttpResponse response = client->login(nurse.username, QStringLiteral("wrong-password-%1").arg(attempt));
        if (response.status == 429) {
            throttled = std::move(response);
        } else {
            ASSERT_EQ(response.status, 401u) << response.describe();
            ++failures;
        }
    }
    ASSERT_TRUE(throttled.has_value()) << "no 429 after " << failures << " failed logins";
    EXPECT_GE(failures, 3) << "a couple of typos must not lock a clinician out";
    EXPECT_EQ(throttled->errorCode(), QStringLiteral("throttled"));
    const std::string retryAfter = throttled->header("Retry-After");
    ASSERT_FALSE(retryAfter.empty()) << throttled->describe();
    const int seconds = std::stoi(retryAfter);
    EXPECT_GE(seconds, 1);
    EXPECT_LE(seconds, 300);

    // While throttled, even the right password gets 429: no oracle for a guesser.
    const HttpResponse rightButThrottled = client->login(nurse.username, nurse.password);
    EXPECT_EQ(rightButThrottled.status, 429u) << rightButThrottled.describe();
    EXPECT_FALSE(rightButThrottled.header("Retry-After").empty());

    // Unknown usernames are throttled the same way (no account enumeration by timing of 429s).
    std::optional<unsigned> unknownThrottledAfter;
    for (int attempt = 0; attempt < 10 && !unknownThrottledAfter; ++attempt) {
        const HttpResponse response = client->login(QStringLiteral("inf.ghost"), QStringLiteral("wrong-password"));
        if (response.status == 429) {
            unknownThrottledAfter = static_cast<unsigned>(attempt);
        } else {
            ASSERT_EQ(response.status, 401u) << response.describe();
        }
    }
    ASSERT_TRUE(unknownThrottledAfter.has_value()) << "an unknown username is never throttled";
    // The same allowance as for a real account (give or take one attempt that a slow machine
    // lets through after the first one-second wait).
    EXPECT_GE(*unknownThrottledAfter + 1, static_cast<unsigned>(failures));
    EXPECT_LE(*unknownThrottledAfter, static_cast<unsigned>(failures) + 1);

    // Waiting as told is enough.
    const HttpResponse again = client->login(nurse.username, nurse.password);
    if (again.status == 429) {
        const int waitSeconds = std::stoi(again.header("Retry-After"));
        ASSERT_LE(waitSeconds, 5) << "the wait grows only with further failures";
        std::this_thread::sleep_for(std::chrono::seconds(waitSeconds) + 300ms);
        const HttpResponse afterWait = client->login(nurse.username, nurse.password);
        EXPECT_EQ(afterWait.status, 200u) << afterWait.describe();
    } else {
        EXPECT_EQ(again.status, 200u) << again.describe();
    }
}

TEST(AuthTest, LogoutRevokesThatTokenOnly)
{
    Community community;
    const Account doctor = community.createUser(Role::Doctor, QStringLiteral("dr.ba"));
    auto first = community.loggedIn(doctor);
    auto second = community.loggedIn(doctor);
    ASSERT_NE(first->token(), second->token());

    const HttpResponse logout = first->post("/api/v1/auth/logout", QJsonObject{});
    ASSERT_EQ(logout.status, 200u) << logout.describe();
    EXPECT_EQ(first->get("/api/v1/auth/me").status, 401u);
    EXPECT_EQ(first->get("/api/v1/patients?q=a").status, 401u);
    EXPECT_EQ(first->post("/api/v1/auth/logout", QJsonObject{}).status, 401u) << "a revoked token cannot log out again";
    // A new connection does not bring it back.
    first->disconnect();
    EXPECT_EQ(first->get("/api/v1/auth/me").status, 401u);

    EXPECT_EQ(second->get("/api/v1/auth/me").status, 200u) << "the other session stays open";
}

TEST(AuthTest, OwnPasswordChangeChecksTheCurrentOneAndEndsEverySession)
{
    Community community;
    const Account nurse = community.createUser(Role::Nurse, QStringLiteral("inf.sarr"));
    auto session = community.loggedIn(nurse);
    auto other = community.loggedIn(nurse);
    const QString newPassword = QStringLiteral("Nouveau-mot-de-passe-2026");

    const HttpResponse wrong = session->post("/api/v1/auth/password",
        QJsonObject{{QStringLiteral("currentPassword"), QStringLiteral("not-the-password")},
                    {QStringLiteral("newPassword"), newPassword}});
    EXPECT_EQ(wrong.status, 403u) << wrong.describe();
    EXPECT_EQ(wrong.errorCode(), QStringLiteral("wrong_password"));
    EXPECT_EQ(session->get("/api/v1/auth/me").status, 200u) << "a refused change leaves the session open";

    const HttpResponse weak = session->post("/api/v1/auth/password",
        QJsonObject{{QStringLiteral("currentPassword"), nurse.password}, {QStringLiteral("newPassword"), QStringLiteral("short")}});
    EXPECT_EQ(weak.status, 422u) << weak.describe();

    const HttpResponse changed = session->post("/api/v1/auth/password",
        QJsonObject{{QStringLiteral("currentPassword"), nurse.password}, {QStringLiteral("newPassword"), newPassword}});
    ASSERT_EQ(changed.status, 200u) << changed.describe();
    EXPECT_EQ(session->get("/api/v1/auth/me").status, 401u);
    EXPECT_EQ(other->get("/api/v1/auth/me").status, 401u);

    auto fresh = community.client();
    EXPECT_EQ(fresh->login(nurse.username, nurse.password).status, 401u) << "the old password no longer works";
    EXPECT_EQ(fresh->login(nurse.username, newPassword).status, 200u);
}

TEST(AuthTest, MissingMalformedAndForgedTokensAreRefused)
{
    Community community;
    auto client = community.client();
    const HttpResponse none = client->get("/api/v1/auth/me");
    EXPECT_EQ(none.status, 401u);
    EXPECT_EQ(none.header("WWW-Authenticate"), "Bearer");
    EXPECT_EQ(none.errorCode(), QStringLiteral("unauthenticated"));

    for (const std::string &authorization :
         {std::string("Bearer"), std::string("Bearer "), std::string("Basic YWRtaW46YWRtaW4="),
          std::string("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), std::string("bearer ") + community.admin().token(),
          std::string("Bearer ") + community.admin().token() + "x", std::string("Bearer ") + std::string(5000, 'A')}) {
        const HttpResponse response = client->request("GET", "/api/v1/auth/me", {}, {}, {{"Authorization", authorization}});
        EXPECT_EQ(response.status, 401u) << authorization.substr(0, 60) << ": " << response.describe();
    }
    // The genuine token works on the same connection.
    const HttpResponse genuine = client->request("GET", "/api/v1/auth/me", {}, {},
                                                 {{"Authorization", "Bearer " + community.admin().token()}});
    EXPECT_EQ(genuine.status, 200u) << genuine.describe();
}

TEST(AuthTest, PasswordResetAndDeactivationEndTheAccountsSessions)
{
    Community community;
    const Account nurse = community.createUser(Role::Nurse, QStringLiteral("inf.diop"));
    const Account pharmacist = community.createUser(Role::Pharmacist, QStringLiteral("ph.gueye"));
    auto nurseSession = community.loggedIn(nurse);
    auto pharmacistSession = community.loggedIn(pharmacist);

    const HttpResponse reset = community.admin().post("/api/v1/users/" + str(nurse.id) + "/password",
                                                      QJsonObject{{QStringLiteral("password"), QStringLiteral("Another-Secret-77")}});
    ASSERT_EQ(reset.status, 200u) << reset.describe();
    EXPECT_EQ(nurseSession->get("/api/v1/auth/me").status, 401u);
    auto fresh = community.client();
    EXPECT_EQ(fresh->login(nurse.username, nurse.password).status, 401u);
    EXPECT_EQ(fresh->login(nurse.username, QStringLiteral("Another-Secret-77")).status, 200u);

    // A refused new password says why, field by field.
    const HttpResponse weak = community.admin().post("/api/v1/users/" + str(nurse.id) + "/password",
                                                     QJsonObject{{QStringLiteral("password"), QStringLiteral("inf.diop-1234567")}});
    EXPECT_EQ(weak.status, 422u) << weak.describe();
    EXPECT_EQ(weak.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("fields")).toArray().first()
                  .toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("password"));

    const HttpResponse users = community.admin().get("/api/v1/users");
    QJsonObject user;
    for (const QJsonValue &value : users.object().value(QStringLiteral("users")).toArray()) {
        if (value.toObject().value(QStringLiteral("id")).toString() == pharmacist.id) {
            user = value.toObject();
        }
    }
    ASSERT_FALSE(user.isEmpty()) << users.describe();
    const int version = user.value(QStringLiteral("version")).toInt();
    user.insert(QStringLiteral("active"), false);
    const HttpResponse deactivate = community.admin().put(
        "/api/v1/users/" + str(pharmacist.id), QJsonObject{{QStringLiteral("baseVersion"), version}, {QStringLiteral("user"), user}});
    ASSERT_EQ(deactivate.status, 200u) << deactivate.describe();
    EXPECT_EQ(pharmacistSession->get("/api/v1/auth/me").status, 401u);
}

// [sessions] idle_timeout_seconds: a session unused for longer ends; one in use does not.
// (5 s is the smallest value the config accepts.)
TEST(AuthTest, IdleSessionExpiresWhileAnActiveOneLivesOn)
{
    Community community({{"sessions", "idle_timeout_seconds", "5"}, {"sessions", "absolute_lifetime_seconds", "600"}});
    const Account nurse = community.createUser(Role::Nurse, QStringLiteral("inf.ndour"));
    auto active = community.client();
    const HttpResponse login = active->login(nurse.username, nurse.password);
    ASSERT_EQ(login.status, 200u) << login.describe();
    ASSERT_EQ(login.object().value(QStringLiteral("idleTimeoutSeconds")).toInteger(), 5)
        << "[sessions] idle_timeout_seconds=5 in the config is not honoured";
    auto idle = community.loggedIn(nurse);

    // Used every second for 8 s (well past the idle timeout): it must not expire.
    const auto start = Clock::now();
    int uses = 0;
    while (Clock::now() - start < 8s && uses < 20) {
        const HttpResponse me = active->get("/api/v1/auth/me");
        ASSERT_EQ(me.status, 200u) << "a session in use expired after "
                                   << std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count()
                                   << " ms of activity (one request a second): " << me.describe();
        ++uses;
        std::this_thread::sleep_for(1s);
    }
    // The idle one, untouched for 8 s, is gone; the active one too once left alone for 6 s.
    EXPECT_EQ(idle->get("/api/v1/auth/me").status, 401u);
    std::this_thread::sleep_for(6s);
    EXPECT_EQ(active->get("/api/v1/auth/me").status, 401u);
    EXPECT_EQ(active->login(nurse.username, nurse.password).status, 200u) << "logging in again works";
}

// [sessions] absolute_lifetime_seconds: the session ends then, however busy.
TEST(AuthTest, AbsoluteLifetimeEndsEvenABusySession)
{
    Community community({{"sessions", "idle_timeout_seconds", "600"}, {"sessions", "absolute_lifetime_seconds", "5"}});
    const Account doctor = community.createUser(Role::Doctor, QStringLiteral("dr.sy"));
    auto client = community.client();
    const HttpResponse login = client->login(doctor.username, doctor.password);
    ASSERT_EQ(login.status, 200u) << login.describe();
    const auto expiresAt = dateTimeFromJsonString(login.object().value(QStringLiteral("expiresAt")).toString());
    ASSERT_TRUE(expiresAt.has_value());
    const qint64 lifetimeMs = QDateTime::currentDateTimeUtc().msecsTo(*expiresAt);
    ASSERT_LE(lifetimeMs, 5000) << "[sessions] absolute_lifetime_seconds=5 in the config is not honoured";
    ASSERT_GT(lifetimeMs, 2000);

    bool expired = false;
    int uses = 0;
    while (!expired && uses < 60) {
        const qint64 left = QDateTime::currentDateTimeUtc().msecsTo(*expiresAt);
        const HttpResponse me = client->get("/api/v1/auth/me");
        if (left > 300) {
            ASSERT_EQ(me.status, 200u) << "expired " << left << " ms early";
        } else if (left < -400) {
            ASSERT_EQ(me.status, 401u) << "still valid " << -left << " ms after its absolute expiry";
            expired = true;
        }
        ++uses;
        std::this_thread::sleep_for(250ms);
    }
    EXPECT_TRUE(expired);
}

} // namespace
} // namespace medinexus::itest
