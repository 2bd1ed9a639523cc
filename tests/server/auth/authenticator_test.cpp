#include "server/auth/authenticator.h"

#include "tests/server/auth/auth_test_support.h"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <variant>
#include <vector>

using namespace std::chrono_literals;

namespace medinexus::server {
namespace {

using testing::TestClock;
using testing::TestStore;

const PasswordHasher &sharedHasher()
{
    static const PasswordHasher hasher;
    return hasher;
}

SecretString secret(const char *text)
{
    return SecretString{QByteArrayView(text)};
}

class AuthenticatorTest : public ::testing::Test {
protected:
    AuthenticatorTest()
    {
        aliceHash = sharedHasher().hashPassword(secret("Kolda-clinic-2025"));
        alice = db.addUser(QStringLiteral("alice"), aliceHash);
        bob = db.addUser(QStringLiteral("bob.sy"), sharedHasher().hashPassword(secret("bob's long password")));
    }

    TestStore db;
    TestClock clock;
    QByteArray aliceHash;
    User alice;
    User bob;
    Authenticator auth{db.store(), sharedHasher(), LoginThrottle(db.store()), SessionPolicy{},
                       [this] { return clock.now; }};
    const QString ward = QStringLiteral("10.0.0.7");

    LoginOutcome login(const QString &user, const char *password, const QString &peer)
    {
        return auth.login(user, secret(password), peer);
    }
    LoginSuccess loginOk(const QString &user, const char *password)
    {
        LoginOutcome outcome = login(user, password, ward);
        if (!std::holds_alternative<LoginSuccess>(outcome)) {
            ADD_FAILURE() << "login of " << user.toStdString() << " failed";
            return {};
        }
        return std::get<LoginSuccess>(std::move(outcome));
    }
    std::optional<AuthenticatedUser> use(const LoginSuccess &session) { return auth.authenticate(session.token.token.view()); }
    int failuresOf(const QString &key) { return db.store().loginFailures(key, clock.now.addDays(-1)).count; }
};

TEST_F(AuthenticatorTest, SuccessfulLoginCreatesASession)
{
    const LoginSuccess session = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    EXPECT_EQ(session.user, alice);
    EXPECT_EQ(session.absoluteExpiry, clock.now.addSecs(12 * 3600));
    EXPECT_TRUE(looksLikeSessionToken(session.token.token.view()));

    const auto stored = db.store().findSession(session.token.tokenHash);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->tokenHash, hashToken(session.token.token.view()));
    EXPECT_EQ(stored->userId, alice.id);
    EXPECT_EQ(stored->createdAt, clock.now);
    EXPECT_EQ(stored->lastSeenAt, clock.now);
    EXPECT_EQ(stored->absoluteExpiry, session.absoluteExpiry);
    // Only the hash is stored: the token itself opens nothing when used as a key.
    EXPECT_FALSE(db.store().findSession(session.token.token.view().toByteArray()).has_value());

    const auto user = use(session);
    ASSERT_TRUE(user.has_value());
    EXPECT_EQ(user->user, alice);
    EXPECT_EQ(user->tokenHash, session.token.tokenHash);
}

TEST_F(AuthenticatorTest, UsernameIsCaseInsensitiveAndTrimmed)
{
    const LoginSuccess session = loginOk(QStringLiteral(" Alice "), "Kolda-clinic-2025");
    EXPECT_EQ(session.user.id, alice.id);
}

TEST_F(AuthenticatorTest, EachLoginGetsItsOwnToken)
{
    const LoginSuccess first = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    const LoginSuccess second = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    EXPECT_NE(first.token.tokenHash, second.token.tokenHash);
    EXPECT_TRUE(use(first).has_value());
    EXPECT_TRUE(use(second).has_value());
}

TEST_F(AuthenticatorTest, UnknownUserWrongPasswordAndDeactivatedAccountLookTheSame)
{
    const User carol = db.addUser(QStringLiteral("carol"), sharedHasher().hashPassword(secret("carol-password")), false);
    const LoginOutcome wrongPassword = login(QStringLiteral("alice"), "not-her-password", ward);
    const LoginOutcome unknownUser = login(QStringLiteral("nobody"), "not-her-password", ward);
    const LoginOutcome invalidName = login(QStringLiteral("x"), "whatever", ward);
    const LoginOutcome deactivated = login(QStringLiteral("carol"), "carol-password", ward);  // right password

    for (const LoginOutcome *outcome : {&wrongPassword, &unknownUser, &invalidName, &deactivated})
        EXPECT_TRUE(std::holds_alternative<InvalidCredentials>(*outcome));
    // Each one counted as a failure of its name, existing or not.
    EXPECT_EQ(failuresOf(LoginThrottle::accountKey(u"alice")), 1);
    EXPECT_EQ(failuresOf(LoginThrottle::accountKey(u"nobody")), 1);
    EXPECT_EQ(failuresOf(LoginThrottle::accountKey(u"x")), 1);
    EXPECT_EQ(failuresOf(LoginThrottle::accountKey(u"carol")), 1);
    EXPECT_EQ(failuresOf(LoginThrottle::addressKey(ward)), 4);
    // No session for any of them.
    EXPECT_EQ(auth.endSessionsOf(carol.id), 0);
    EXPECT_EQ(auth.endSessionsOf(alice.id), 0);
}

TEST_F(AuthenticatorTest, ThrottlingDoesNotRevealWhichUsernamesExist)
{
    for (int i = 0; i < 5; ++i) {
        EXPECT_TRUE(std::holds_alternative<InvalidCredentials>(login(QStringLiteral("alice"), "guess", ward)));
        EXPECT_TRUE(std::holds_alternative<InvalidCredentials>(login(QStringLiteral("nobody"), "guess", ward)));
    }
    const LoginOutcome existing = login(QStringLiteral("alice"), "guess", QStringLiteral("192.0.2.1"));
    const LoginOutcome missing = login(QStringLiteral("nobody"), "guess", QStringLiteral("192.0.2.1"));
    ASSERT_TRUE(std::holds_alternative<LoginThrottled>(existing));
    ASSERT_TRUE(std::holds_alternative<LoginThrottled>(missing));
    EXPECT_EQ(std::get<LoginThrottled>(existing).retryAfter, std::get<LoginThrottled>(missing).retryAfter);
}

TEST_F(AuthenticatorTest, ThrottledLoginIsRefusedEvenWithTheRightPassword)
{
    for (int i = 0; i < 5; ++i)
        login(QStringLiteral("alice"), "guess", QStringLiteral("198.51.100.9"));
    const LoginOutcome refused = login(QStringLiteral("alice"), "Kolda-clinic-2025", ward);
    ASSERT_TRUE(std::holds_alternative<LoginThrottled>(refused));
    EXPECT_EQ(std::get<LoginThrottled>(refused).retryAfter, 1s);
    EXPECT_EQ(failuresOf(LoginThrottle::accountKey(u"alice")), 5);  // a refusal is no new failure

    clock.advance(1s);
    loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    EXPECT_EQ(failuresOf(LoginThrottle::accountKey(u"alice")), 0);
    EXPECT_EQ(failuresOf(LoginThrottle::addressKey(u"198.51.100.9")), 5);
}

// A burst of parallel guesses cannot overtake the throttle: while attempts are being
// verified they count as failures, so whatever the interleaving exactly the five free
// ones are verified and the rest are told to wait (the clock stands still here).
TEST_F(AuthenticatorTest, ParallelBurstGetsOnlyTheFreeAttempts)
{
    constexpr int kThreads = 8;
    std::atomic<int> invalid{0};
    std::atomic<int> throttled{0};
    std::atomic<bool> go{false};
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.emplace_back([&, i] {
            while (!go.load())
                std::this_thread::yield();
            const LoginOutcome outcome =
                auth.login(QStringLiteral("alice"), secret("guess"), QStringLiteral("203.0.113.%1").arg(i));
            if (std::holds_alternative<InvalidCredentials>(outcome))
                ++invalid;
            else if (std::holds_alternative<LoginThrottled>(outcome))
                ++throttled;
        });
    }
    go = true;
    for (std::thread &thread : threads)
        thread.join();
    EXPECT_EQ(invalid.load(), 5);
    EXPECT_EQ(throttled.load(), kThreads - 5);
    EXPECT_EQ(failuresOf(LoginThrottle::accountKey(u"alice")), 5);
}

TEST_F(AuthenticatorTest, IdleSessionExpires)
{
    const LoginSuccess session = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    clock.advance(29min);
    EXPECT_TRUE(use(session).has_value());  // and refreshed
    clock.advance(29min);
    EXPECT_TRUE(use(session).has_value());
    clock.advance(30min);
    EXPECT_FALSE(use(session).has_value());
    EXPECT_FALSE(db.store().findSession(session.token.tokenHash).has_value());  // deleted
    clock.now = session.absoluteExpiry.addSecs(-3600);
    EXPECT_FALSE(use(session).has_value());  // and stays gone
}

TEST_F(AuthenticatorTest, LastSeenIsWrittenAtMostOnceAMinute)
{
    const LoginSuccess session = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    const QDateTime loginTime = clock.now;
    clock.advance(59s);
    ASSERT_TRUE(use(session).has_value());
    EXPECT_EQ(db.store().findSession(session.token.tokenHash)->lastSeenAt, loginTime);
    clock.advance(1s);
    ASSERT_TRUE(use(session).has_value());
    EXPECT_EQ(db.store().findSession(session.token.tokenHash)->lastSeenAt, clock.now);
}

TEST_F(AuthenticatorTest, ActiveSessionStillEndsAtItsAbsoluteExpiry)
{
    const LoginSuccess session = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    while (clock.now.secsTo(session.absoluteExpiry) > 600) {
        clock.advance(10min);
        ASSERT_TRUE(use(session).has_value()) << clock.now.toString(Qt::ISODate).toStdString();
    }
    clock.now = session.absoluteExpiry.addSecs(-1);
    EXPECT_TRUE(use(session).has_value());
    clock.advance(1s);
    EXPECT_FALSE(use(session).has_value());
    EXPECT_FALSE(db.store().findSession(session.token.tokenHash).has_value());
}

TEST_F(AuthenticatorTest, LogoutRevokesOnlyThatSession)
{
    const LoginSuccess phone = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    const LoginSuccess desk = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    auth.logout(phone.token.token.view());
    EXPECT_FALSE(use(phone).has_value());
    EXPECT_FALSE(db.store().findSession(phone.token.tokenHash).has_value());
    EXPECT_TRUE(use(desk).has_value());
    auth.logout(phone.token.token.view());  // twice: nothing happens
    auth.logout("not a token");
    EXPECT_TRUE(use(desk).has_value());
}

TEST_F(AuthenticatorTest, DeactivatedUsersTokensAreRefused)
{
    const LoginSuccess session = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    db.setActive(alice.id, false);
    EXPECT_FALSE(use(session).has_value());
    EXPECT_FALSE(db.store().findSession(session.token.tokenHash).has_value());
    // Reactivation does not bring the old session back.
    db.setActive(alice.id, true);
    EXPECT_FALSE(use(session).has_value());
}

TEST_F(AuthenticatorTest, EndSessionsOfRevokesEverySessionOfTheUser)
{
    const LoginSuccess first = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    const LoginSuccess second = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    const LoginSuccess other = loginOk(QStringLiteral("bob.sy"), "bob's long password");
    EXPECT_EQ(auth.endSessionsOf(alice.id), 2);
    EXPECT_FALSE(use(first).has_value());
    EXPECT_FALSE(use(second).has_value());
    EXPECT_TRUE(use(other).has_value());
}

TEST_F(AuthenticatorTest, RoleChangesApplyToExistingSessions)
{
    const LoginSuccess session = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    {
        auto transaction = db.store().beginWrite();
        UserAccount account = *transaction->findUser(alice.id);
        account.user.role = Role::Nurse;
        ++account.user.version;
        transaction->putUser(account.user, std::nullopt);
        transaction->commit();
    }
    const auto user = use(session);
    ASSERT_TRUE(user.has_value());
    EXPECT_EQ(user->user.role, Role::Nurse);
}

TEST_F(AuthenticatorTest, MalformedOrUnknownTokensAreRefused)
{
    EXPECT_FALSE(auth.authenticate("").has_value());
    EXPECT_FALSE(auth.authenticate("Bearer abc").has_value());
    EXPECT_FALSE(auth.authenticate(QByteArray(43, 'A')).has_value());
    const IssuedToken neverStored = issueToken();
    EXPECT_FALSE(auth.authenticate(neverStored.token.view()).has_value());
}

TEST_F(AuthenticatorTest, WeakStoredHashIsUpgradedOnLogin)
{
    // Made with libargon2 at m=4096, t=1: an account from before the current policy.
    const QByteArray weak = QByteArrayLiteral(
        "$argon2id$v=19$m=4096,t=1,p=1$AwoRGB8mLTQ7QklQV15lbA$y71VzzlhZ5vDWIFoRctGcgn8HRpF356mIdys8TYSV74");
    const User dan = db.addUser(QStringLiteral("dan"), weak);
    loginOk(QStringLiteral("dan"), "correct horse battery");
    const auto account = db.store().findUser(dan.id);
    ASSERT_TRUE(account.has_value());
    EXPECT_NE(account->passwordHash, weak);
    EXPECT_FALSE(sharedHasher().needsRehash(account->passwordHash));
    EXPECT_TRUE(sharedHasher().verifyPassword(secret("correct horse battery"), account->passwordHash));
    EXPECT_EQ(account->user, dan);  // nothing else changed
    loginOk(QStringLiteral("dan"), "correct horse battery");
}

TEST_F(AuthenticatorTest, CurrentHashIsLeftAlone)
{
    loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    EXPECT_EQ(db.store().findUser(alice.id)->passwordHash, aliceHash);
}

TEST_F(AuthenticatorTest, PurgeDeletesSessionsPastTheirAbsoluteExpiry)
{
    const LoginSuccess session = loginOk(QStringLiteral("alice"), "Kolda-clinic-2025");
    EXPECT_EQ(auth.purgeExpiredSessions(), 0);
    clock.now = session.absoluteExpiry.addSecs(1);
    EXPECT_EQ(auth.purgeExpiredSessions(), 1);
    EXPECT_FALSE(db.store().findSession(session.token.tokenHash).has_value());
}

} // namespace
} // namespace medinexus::server
