#include "shared/sync/hlc.h"

#include <QDateTime>
#include <QSet>

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <ostream>
#include <random>
#include <thread>
#include <vector>

namespace medinexus {
// Readable values in failure messages.
void PrintTo(const HlcTimestamp &timestamp, std::ostream *out)
{
    *out << '{' << timestamp.wallMs << ", " << timestamp.counter << '}';
}
} // namespace medinexus

using namespace medinexus;
using namespace std::chrono_literals;

namespace {

constexpr qint64 kStart = 1'718'000'000'000; // 2024-06-10

// A wall clock the test sets by hand; atomic so the thread test can move it too.
struct FakeClock {
    std::shared_ptr<std::atomic<qint64>> ms = std::make_shared<std::atomic<qint64>>(kStart);

    HybridLogicalClock::WallClock function() const
    {
        return [ms = ms] { return ms->load(); };
    }
    void set(qint64 value) const { ms->store(value); }
    void advance(qint64 delta) const { ms->fetch_add(delta); }
};

} // namespace

// --- HlcTimestamp --------------------------------------------------------------------------

TEST(HlcTimestamp, DefaultIsNull)
{
    const HlcTimestamp zero;
    EXPECT_TRUE(zero.isNull());
    EXPECT_TRUE(zero.isValid());
    EXPECT_FALSE((HlcTimestamp{0, 1}.isNull()));
    EXPECT_FALSE((HlcTimestamp{1, 0}.isNull()));
    EXPECT_EQ(zero.toString(), QStringLiteral("0000000000000-00000"));
}

TEST(HlcTimestamp, FixedWidthStringForm)
{
    EXPECT_EQ((HlcTimestamp{kStart, 3}.toString()), QStringLiteral("1718000000000-00003"));
    EXPECT_EQ((HlcTimestamp{42, 65535}.toString()), QStringLiteral("0000000000042-65535"));
    EXPECT_EQ((HlcTimestamp{HlcTimestamp::kMaxWallMs, 0}.toString()), QStringLiteral("9999999999999-00000"));
    EXPECT_EQ((HlcTimestamp{kStart, 3}.toString().size()), HlcTimestamp::kStringLength);
}

TEST(HlcTimestamp, OutOfRangeFieldsHaveNoStringForm)
{
    EXPECT_FALSE((HlcTimestamp{-1, 0}.isValid()));
    EXPECT_FALSE((HlcTimestamp{HlcTimestamp::kMaxWallMs + 1, 0}.isValid()));
    EXPECT_FALSE((HlcTimestamp{kStart, HlcTimestamp::kMaxCounter + 1}.isValid()));
    EXPECT_TRUE((HlcTimestamp{-1, 0}.toString().isEmpty()));
    EXPECT_TRUE((HlcTimestamp{HlcTimestamp::kMaxWallMs + 1, 0}.toString().isEmpty()));
    EXPECT_TRUE((HlcTimestamp{kStart, 70000}.toString().isEmpty()));
}

TEST(HlcTimestamp, ParseRoundTrips)
{
    const HlcTimestamp samples[] = {
        {0, 0}, {0, 1}, {kStart, 0}, {kStart, 17}, {kStart, 65535}, {HlcTimestamp::kMaxWallMs, 65535}, {1, 0},
    };
    for (const HlcTimestamp &sample : samples) {
        const auto parsed = HlcTimestamp::parse(sample.toString());
        ASSERT_TRUE(parsed.has_value()) << sample.toString().toStdString();
        EXPECT_EQ(*parsed, sample);
    }
    EXPECT_EQ(HlcTimestamp::parse(u"1718000000000-00003"), (HlcTimestamp{kStart, 3}));
}

TEST(HlcTimestamp, ParseIsStrict)
{
    const char16_t *const rejected[] = {
        u"",
        u"1718000000000-0003",     // counter too short
        u"1718000000000-000003",   // counter too long
        u"171800000000-00003",     // wall too short
        u"17180000000000-00003",   // wall too long
        u"1718000000000-65536",    // counter above 65535
        u"1718000000000-99999",
        u"1718000000000_00003",    // wrong separator
        u"1718000000000 00003",
        u"171800000000000003",     // no separator
        u"1718000000000-0000a",
        u"-718000000000-00003",    // sign
        u"+718000000000-00003",
        u"1718000000000--0003",
        u"1718000000000-+0003",
        u" 1718000000000-00003",   // whitespace
        u"1718000000000-00003 ",
        u"1718000000000-0000\u0663", // Arabic-Indic digit three
        u"\uff11718000000000-00003", // fullwidth digit one
    };
    for (const char16_t *text : rejected)
        EXPECT_FALSE(HlcTimestamp::parse(text).has_value()) << QString::fromUtf16(text).toStdString();
}

TEST(HlcTimestamp, StringOrderEqualsTimestampOrder)
{
    std::mt19937_64 random(20240610); // fixed seed: reproducible
    // Mix the full range with values clustered on few digits, where widths would matter.
    std::uniform_int_distribution<qint64> anyWall(0, HlcTimestamp::kMaxWallMs);
    std::uniform_int_distribution<qint64> smallWall(0, 20);
    std::uniform_int_distribution<quint32> anyCounter(0, HlcTimestamp::kMaxCounter);
    std::uniform_int_distribution<quint32> smallCounter(0, 20);
    std::vector<HlcTimestamp> timestamps;
    for (int i = 0; i < 5000; ++i) {
        const bool small = i % 2 == 0;
        timestamps.push_back({small ? smallWall(random) : anyWall(random),
                              small ? smallCounter(random) : anyCounter(random)});
    }
    for (std::size_t i = 0; i < timestamps.size(); ++i) {
        const HlcTimestamp &a = timestamps[i];
        for (const std::size_t j : {(i + 1) % timestamps.size(), (i * 7 + 3) % timestamps.size()}) {
            const HlcTimestamp &b = timestamps[j];
            const QString as = a.toString();
            const QString bs = b.toString();
            ASSERT_EQ(a < b, as < bs) << as.toStdString() << " vs " << bs.toStdString();
            ASSERT_EQ(a == b, as == bs) << as.toStdString() << " vs " << bs.toStdString();
        }
    }
}

// --- HybridLogicalClock ----------------------------------------------------------------------

TEST(HybridLogicalClock, StartsNullAndFollowsWallClock)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    EXPECT_TRUE(clock.current().isNull());

    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart, 0}));
    wall.advance(10);
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart + 10, 0}));
    EXPECT_EQ(clock.current(), (HlcTimestamp{kStart + 10, 0}));
}

TEST(HybridLogicalClock, CounterIncrementsWithinOneMillisecond)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart, 0}));
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart, 1}));
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart, 2}));
    wall.advance(1);
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart + 1, 0}));
}

TEST(HybridLogicalClock, MonotonicWhenWallClockStepsBack)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    const HlcTimestamp beforeStep = clock.now();
    wall.set(kStart - 3'600'000); // clock set back an hour
    HlcTimestamp previous = beforeStep;
    for (int i = 0; i < 100; ++i) {
        wall.advance(1);
        const HlcTimestamp next = clock.now();
        ASSERT_GT(next, previous);
        ASSERT_EQ(next.wallMs, kStart) << "stays on the latest time seen";
        previous = next;
    }
    wall.set(kStart + 5); // real time overtakes the logical time again
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart + 5, 0}));
}

TEST(HybridLogicalClock, CounterOverflowAdvancesWallTime)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    HlcTimestamp last;
    for (quint32 i = 0; i <= HlcTimestamp::kMaxCounter; ++i)
        last = clock.now();
    EXPECT_EQ(last, (HlcTimestamp{kStart, HlcTimestamp::kMaxCounter}));
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart + 1, 0}));
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart + 1, 1}));
}

TEST(HybridLogicalClock, ObserveRemoteAhead)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    clock.now();
    const HlcTimestamp remote{kStart + 2000, 7};
    EXPECT_EQ(clock.observe(remote), (HlcTimestamp{kStart + 2000, 8}));
    // Local events now follow the remote one, though our wall clock is behind it.
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart + 2000, 9}));
}

TEST(HybridLogicalClock, ObserveRemoteBehind)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    clock.now();
    clock.now(); // {kStart, 1}
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart - 5000, 40000}), (HlcTimestamp{kStart, 2}));

    // With the wall clock ahead of both, the receipt takes the wall time.
    wall.advance(3);
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart - 1, 9}), (HlcTimestamp{kStart + 3, 0}));
}

TEST(HybridLogicalClock, ObserveRemoteWithSameWallTime)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    clock.now(); // {kStart, 0}
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart, 5}), (HlcTimestamp{kStart, 6}));
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart, 2}), (HlcTimestamp{kStart, 7}));
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart, 7}), (HlcTimestamp{kStart, 8}));
}

TEST(HybridLogicalClock, ObserveRemoteWithFullCounterAdvancesWallTime)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart + 10, HlcTimestamp::kMaxCounter}), (HlcTimestamp{kStart + 11, 0}));
}

TEST(HybridLogicalClock, ObservedResultExceedsBothInputs)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    std::mt19937_64 random(7);
    std::uniform_int_distribution<qint64> offset(-3000, 3000);
    std::uniform_int_distribution<quint32> counter(0, 50);
    HlcTimestamp previous = clock.now();
    for (int i = 0; i < 10'000; ++i) {
        wall.advance(offset(random) / 1000); // wanders backwards and forwards
        const HlcTimestamp remote{wall.ms->load() + offset(random), counter(random)};
        const auto merged = clock.observe(remote);
        ASSERT_TRUE(merged.has_value());
        ASSERT_GT(*merged, previous);
        ASSERT_GT(*merged, remote);
        ASSERT_GE(merged->wallMs, wall.ms->load());
        previous = *merged;
        const HlcTimestamp local = clock.now();
        ASSERT_GT(local, previous);
        previous = local;
    }
}

TEST(HybridLogicalClock, RejectsRemoteBeyondMaxDriftWithoutChangingState)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function(), 60s);
    EXPECT_EQ(clock.maxDrift(), 60s);
    const HlcTimestamp before = clock.now();

    EXPECT_EQ(clock.observe(HlcTimestamp{kStart + 60'001, 0}), std::nullopt);
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart + 365LL * 24 * 3'600'000, 0}), std::nullopt);
    EXPECT_EQ(clock.current(), before);
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart, 1})) << "the next local event is unaffected";

    // Exactly at the limit is accepted.
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart + 60'000, 0}), (HlcTimestamp{kStart + 60'000, 1}));

    // The limit is measured from our wall clock, so the same remote is fine later.
    const HlcTimestamp farRemote{kStart + 200'000, 4};
    EXPECT_EQ(clock.observe(farRemote), std::nullopt);
    wall.advance(150'000);
    EXPECT_EQ(clock.observe(farRemote), (HlcTimestamp{kStart + 200'000, 5}));
}

TEST(HybridLogicalClock, RejectsInvalidRemoteWithoutChangingState)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    const HlcTimestamp before = clock.now();
    EXPECT_EQ(clock.observe(HlcTimestamp{kStart, HlcTimestamp::kMaxCounter + 1}), std::nullopt);
    EXPECT_EQ(clock.observe(HlcTimestamp{-1, 0}), std::nullopt);
    EXPECT_EQ(clock.current(), before);
}

TEST(HybridLogicalClock, DefaultDriftIsFiveMinutes)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    EXPECT_EQ(clock.maxDrift(), HybridLogicalClock::kDefaultMaxDrift);
    EXPECT_EQ(HybridLogicalClock::kDefaultMaxDrift, 5min);
    EXPECT_TRUE(clock.observe(HlcTimestamp{kStart + 300'000, 0}).has_value());
    EXPECT_FALSE(clock.observe(HlcTimestamp{kStart + 300'001, 0}).has_value());
}

TEST(HybridLogicalClock, NegativeDriftMeansNoneAhead)
{
    FakeClock wall;
    HybridLogicalClock clock(wall.function(), -10s);
    EXPECT_EQ(clock.maxDrift(), 0ms);
    EXPECT_TRUE(clock.observe(HlcTimestamp{kStart, 3}).has_value());
    EXPECT_FALSE(clock.observe(HlcTimestamp{kStart + 1, 0}).has_value());
}

TEST(HybridLogicalClock, RestoreKeepsTimestampsIncreasingAfterRestart)
{
    FakeClock wall;
    const HlcTimestamp persisted{kStart + 3'600'000, 12}; // saved before the clock went back
    HybridLogicalClock clock(wall.function());
    EXPECT_TRUE(clock.restore(persisted));
    EXPECT_EQ(clock.current(), persisted);
    EXPECT_EQ(clock.now(), (HlcTimestamp{kStart + 3'600'000, 13}));

    // Restoring an older value never moves the clock back.
    EXPECT_TRUE(clock.restore(HlcTimestamp{kStart, 0}));
    EXPECT_EQ(clock.current(), (HlcTimestamp{kStart + 3'600'000, 13}));

    EXPECT_FALSE(clock.restore(HlcTimestamp{-5, 0}));
    EXPECT_FALSE(clock.restore(HlcTimestamp{kStart, 65536}));
    EXPECT_EQ(clock.current(), (HlcTimestamp{kStart + 3'600'000, 13}));
}

TEST(HybridLogicalClock, WallClockOutOfRangeIsClamped)
{
    FakeClock wall;
    wall.set(-42);
    HybridLogicalClock clock(wall.function());
    EXPECT_EQ(clock.now(), (HlcTimestamp{0, 1})) << "never the null timestamp";
    EXPECT_EQ(clock.now(), (HlcTimestamp{0, 2}));
}

TEST(HybridLogicalClock, SystemClockIsUtcMilliseconds)
{
    HybridLogicalClock clock;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const HlcTimestamp stamp = clock.now();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    EXPECT_GE(stamp.wallMs, before);
    EXPECT_LE(stamp.wallMs, after);
    EXPECT_TRUE(HlcTimestamp::parse(stamp.toString()).has_value());
}

TEST(HybridLogicalClock, ThreadSafeAndUnique)
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 20'000;
    FakeClock wall;
    HybridLogicalClock clock(wall.function());
    std::vector<std::vector<HlcTimestamp>> perThread(kThreads);
    {
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                auto &stamps = perThread[static_cast<std::size_t>(t)];
                stamps.reserve(kPerThread);
                std::mt19937 random(static_cast<unsigned>(t));
                std::uniform_int_distribution<int> action(0, 9);
                while (!go.load())
                    std::this_thread::yield();
                for (int i = 0; i < kPerThread; ++i) {
                    switch (action(random)) {
                    case 0: // the wall clock moves, now and then backwards
                        wall.advance(t == 0 ? -2 : 1);
                        stamps.push_back(clock.now());
                        break;
                    case 1:
                    case 2: { // a remote change around the current time
                        const HlcTimestamp remote{wall.ms->load() + (i % 7) - 3, static_cast<quint32>(i % 5)};
                        const auto merged = clock.observe(remote);
                        ASSERT_TRUE(merged.has_value());
                        stamps.push_back(*merged);
                        break;
                    }
                    default:
                        stamps.push_back(clock.now());
                        break;
                    }
                }
            });
        }
        go.store(true);
        for (auto &thread : threads)
            thread.join();
    }

    QSet<QString> unique;
    HlcTimestamp highest;
    for (const auto &stamps : perThread) {
        ASSERT_EQ(stamps.size(), std::size_t{kPerThread});
        for (std::size_t i = 1; i < stamps.size(); ++i)
            ASSERT_LT(stamps[i - 1], stamps[i]) << "at " << i;
        for (const HlcTimestamp &stamp : stamps)
            unique.insert(stamp.toString());
        highest = std::max(highest, stamps.back());
    }
    EXPECT_EQ(unique.size(), qsizetype{kThreads * kPerThread});
    EXPECT_EQ(clock.current(), highest);
}
