#include "server/auth/login_throttle.h"

#include "tests/server/auth/auth_test_support.h"

#include <gtest/gtest.h>

#include <variant>
#include <vector>

using namespace std::chrono_literals;

namespace medinexus::server {
namespace {

using testing::TestClock;
using testing::TestStore;

class LoginThrottleTest : public ::testing::Test {
protected:
    TestStore db;
    TestClock clock;
    LoginThrottle throttle{db.store()};

    const QString alice = QStringLiteral("alice");
    const QString ward = QStringLiteral("10.0.0.7");
    const QString home = QStringLiteral("192.0.2.44");

    std::optional<std::chrono::seconds> wait(const QString &user, const QString &address)
    {
        return throttle.retryAfter(user, address, clock.now);
    }
    void fail(const QString &user, const QString &address) { throttle.recordFailure(user, address, clock.now); }
    int storedFailures(const QString &key)
    {
        return db.store().loginFailures(key, clock.now.addDays(-1)).count;
    }
};

TEST_F(LoginThrottleTest, FiveFreeFailuresThenDoublingDelays)
{
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(wait(alice, ward), std::nullopt) << "attempt " << i + 1;
        fail(alice, ward);
        clock.advance(1s);
    }
    // 5 failures, the last 1 s ago: the sixth attempt waits 1 s after it.
    EXPECT_EQ(wait(alice, ward), std::nullopt);
    fail(alice, ward);  // sixth failure

    std::chrono::seconds expected = 2s;
    for (int failures = 6; failures < 10; ++failures) {
        EXPECT_EQ(wait(alice, ward), expected) << failures << " failures";
        clock.advance(expected - 1s);
        EXPECT_EQ(wait(alice, ward), 1s);
        clock.advance(1s);
        EXPECT_EQ(wait(alice, ward), std::nullopt);
        fail(alice, ward);
        expected *= 2;
    }
    EXPECT_EQ(wait(alice, ward), 32s);
}

TEST_F(LoginThrottleTest, WaitIsRoundedUpToWholeSeconds)
{
    for (int i = 0; i < 5; ++i)
        fail(alice, ward);
    clock.now = clock.now.addMSecs(200);
    EXPECT_EQ(wait(alice, ward), 1s);
    clock.now = clock.now.addMSecs(800);
    EXPECT_EQ(wait(alice, ward), std::nullopt);
}

TEST_F(LoginThrottleTest, AccountDelayIsCappedAtFiveMinutes)
{
    // Someone keeps guessing the account as fast as allowed, from ever new addresses.
    std::chrono::seconds longest{0};
    for (int i = 0; i < 40; ++i) {
        const QString address = QStringLiteral("203.0.113.%1").arg(i);
        if (const auto w = wait(alice, address)) {
            longest = std::max(longest, *w);
            clock.advance(*w);
        }
        ASSERT_EQ(wait(alice, address), std::nullopt);
        fail(alice, address);
    }
    EXPECT_EQ(longest, 300s);
    // The clinician whose account it is never waits longer than five minutes.
    const auto w = wait(alice, ward);
    ASSERT_TRUE(w.has_value());
    EXPECT_LE(*w, 300s);
    clock.advance(*w);
    EXPECT_EQ(wait(alice, ward), std::nullopt);
}

TEST_F(LoginThrottleTest, FailuresOutsideTheWindowAreForgotten)
{
    for (int i = 0; i < 8; ++i)
        fail(alice, ward);
    EXPECT_TRUE(wait(alice, ward).has_value());
    clock.advance(15min + 1s);
    EXPECT_EQ(wait(alice, ward), std::nullopt);
    fail(alice, ward);
    EXPECT_EQ(wait(alice, ward), std::nullopt);  // one failure in the window, four free left
}

TEST_F(LoginThrottleTest, SuccessClearsTheAccountButNotTheAddress)
{
    for (int i = 0; i < 7; ++i)
        fail(alice, ward);
    EXPECT_TRUE(wait(alice, home).has_value());  // the account is throttled from anywhere

    throttle.recordSuccess(alice, ward);
    EXPECT_EQ(wait(alice, home), std::nullopt);
    EXPECT_EQ(storedFailures(LoginThrottle::accountKey(alice)), 0);
    EXPECT_EQ(storedFailures(LoginThrottle::addressKey(ward)), 7);
}

TEST_F(LoginThrottleTest, AccountAndAddressKeysAreIndependent)
{
    for (int i = 0; i < 5; ++i)
        fail(alice, ward);
    EXPECT_EQ(wait(alice, home), 1s);                        // account key
    EXPECT_EQ(wait(QStringLiteral("bob"), ward), std::nullopt);  // address far from its 20
}

TEST_F(LoginThrottleTest, SprayingManyUsernamesFromOneAddressIsThrottled)
{
    const QString attacker = QStringLiteral("198.51.100.9");
    for (int i = 0; i < 20; ++i) {
        const QString user = QStringLiteral("user%1").arg(i);
        ASSERT_EQ(wait(user, attacker), std::nullopt) << i;
        fail(user, attacker);
    }
    // No account has more than one failure, yet the address must now wait.
    EXPECT_EQ(wait(QStringLiteral("user20"), attacker), 1s);
    fail(QStringLiteral("user20"), attacker);
    clock.advance(1s);
    EXPECT_EQ(wait(QStringLiteral("user21"), attacker), 1s);
    // Other sources, and the sprayed accounts from elsewhere, are unaffected.
    EXPECT_EQ(wait(QStringLiteral("user3"), ward), std::nullopt);
}

TEST_F(LoginThrottleTest, AddressDelayIsCappedToo)
{
    const QString attacker = QStringLiteral("198.51.100.9");
    std::chrono::seconds longest{0};
    for (int i = 0; i < 60; ++i) {
        const QString user = QStringLiteral("user%1").arg(i);
        if (const auto w = wait(user, attacker)) {
            longest = std::max(longest, *w);
            clock.advance(*w);
        }
        fail(user, attacker);
    }
    EXPECT_EQ(longest, 300s);
}

TEST_F(LoginThrottleTest, UsernamesAreKeyedCaseInsensitively)
{
    for (int i = 0; i < 5; ++i)
        fail(QStringLiteral(" Alice"), ward);
    EXPECT_EQ(wait(QStringLiteral("ALICE"), home), 1s);
    EXPECT_EQ(LoginThrottle::accountKey(u" Alice "), QStringLiteral("user:alice"));
}

TEST_F(LoginThrottleTest, AddressKeys)
{
    EXPECT_EQ(LoginThrottle::addressKey(u"10.0.0.7"), QStringLiteral("addr:10.0.0.7"));
    EXPECT_EQ(LoginThrottle::addressKey(u"::ffff:10.0.0.7"), QStringLiteral("addr:10.0.0.7"));
    // One IPv6 client owns a /64: every address in it is one key.
    EXPECT_EQ(LoginThrottle::addressKey(u"2001:db8:1:2:aaaa::1"), QStringLiteral("addr:2001:db8:1:2::/64"));
    EXPECT_EQ(LoginThrottle::addressKey(u"2001:DB8:1:2:ffff:ffff:ffff:fffe"), QStringLiteral("addr:2001:db8:1:2::/64"));
    EXPECT_EQ(LoginThrottle::addressKey(u"[fe80::1%eth0]"), QStringLiteral("addr:fe80::/64"));
    EXPECT_NE(LoginThrottle::addressKey(u"2001:db8:1:3::1"), LoginThrottle::addressKey(u"2001:db8:1:2::1"));
    EXPECT_EQ(LoginThrottle::addressKey(u"unix"), QStringLiteral("addr:unix"));
    EXPECT_EQ(LoginThrottle::addressKey(QString(500, u'x')).size(), 5 + 64);
}

TEST_F(LoginThrottleTest, IPv6NeighboursShareTheAddressBudget)
{
    for (int i = 0; i < 20; ++i)
        fail(QStringLiteral("user%1").arg(i), QStringLiteral("2001:db8:5:6::%1").arg(i + 1, 0, 16));
    EXPECT_EQ(wait(QStringLiteral("user99"), QStringLiteral("2001:db8:5:6:dead:beef::1")), 1s);
}

TEST_F(LoginThrottleTest, AttemptsInFlightCountAsFailures)
{
    // A burst of parallel requests: only the free allowance gets through at once.
    std::vector<LoginThrottle::Attempt> admitted;
    for (int i = 0; i < 5; ++i) {
        auto admission = throttle.beginAttempt(alice, QStringLiteral("203.0.113.%1").arg(i), clock.now);
        ASSERT_TRUE(std::holds_alternative<LoginThrottle::Attempt>(admission)) << i;
        admitted.push_back(std::get<LoginThrottle::Attempt>(std::move(admission)));
    }
    auto sixth = throttle.beginAttempt(alice, home, clock.now);
    ASSERT_TRUE(std::holds_alternative<std::chrono::seconds>(sixth));
    EXPECT_EQ(std::get<std::chrono::seconds>(sixth), 1s);
    EXPECT_EQ(wait(alice, home), 1s);

    // They all fail: the stored failures take over from the in-flight count.
    for (int i = 0; i < 5; ++i)
        fail(alice, QStringLiteral("203.0.113.%1").arg(i));
    admitted.clear();
    EXPECT_EQ(wait(alice, home), 1s);
    clock.advance(1s);
    EXPECT_EQ(wait(alice, home), std::nullopt);

    // Past the free allowance, one attempt at a time.
    auto first = throttle.beginAttempt(alice, home, clock.now);
    ASSERT_TRUE(std::holds_alternative<LoginThrottle::Attempt>(first));
    auto second = throttle.beginAttempt(alice, ward, clock.now);
    EXPECT_TRUE(std::holds_alternative<std::chrono::seconds>(second));
}

TEST_F(LoginThrottleTest, ReleasedAttemptNoLongerCounts)
{
    for (int i = 0; i < 4; ++i)
        fail(alice, ward);
    {
        auto admission = throttle.beginAttempt(alice, ward, clock.now);
        ASSERT_TRUE(std::holds_alternative<LoginThrottle::Attempt>(admission));
        EXPECT_TRUE(wait(alice, ward).has_value());
        throttle.recordSuccess(alice, ward);
    }
    EXPECT_EQ(wait(alice, ward), std::nullopt);
    EXPECT_EQ(storedFailures(LoginThrottle::accountKey(alice)), 0);
}

TEST_F(LoginThrottleTest, RefusesAnInvalidPolicy)
{
    EXPECT_THROW(LoginThrottle(db.store(), ThrottlePolicy{5, 15min, 0s, 300s}), std::invalid_argument);
    EXPECT_THROW(LoginThrottle(db.store(), ThrottlePolicy{5, 0min, 1s, 300s}), std::invalid_argument);
    EXPECT_THROW(LoginThrottle(db.store(), kAccountThrottlePolicy, ThrottlePolicy{-1, 15min, 1s, 300s}),
                 std::invalid_argument);
}

} // namespace
} // namespace medinexus::server
