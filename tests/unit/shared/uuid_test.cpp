#include "shared/ids/uuid.h"

#include <QByteArray>
#include <QDateTime>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace medinexus;

namespace {

int versionOf(const QUuid &id)
{
    return id.data3 >> 12;
}

int variantBitsOf(const QUuid &id)
{
    return id.data4[0] >> 6;
}

int counterOf(const QUuid &id)
{
    return id.data3 & 0x0FFF;
}

// The 60 bits that the generator controls: timestamp and counter.
quint64 timeAndCounterOf(const QUuid &id)
{
    return (static_cast<quint64>(uuidV7UnixMs(id)) << 12) | static_cast<quint64>(counterOf(id));
}

// RFC 9562 Appendix A.6: a UUIDv7 for 2022-02-22 19:22:22 UTC.
constexpr auto kRfcExampleV7 = u"017F22E2-79B0-7CC3-98C4-DC0C0C07398F";
constexpr qint64 kRfcExampleUnixMs = 0x017F22E279B0;

} // namespace

TEST(UuidV7, HasVersion7AndRfcVariant)
{
    for (int i = 0; i < 1000; ++i) {
        const QUuid id = newUuidV7();
        ASSERT_EQ(versionOf(id), 7);
        ASSERT_EQ(variantBitsOf(id), 0b10);
        ASSERT_EQ(id.variant(), QUuid::DCE);
        ASSERT_TRUE(isUuidV7(id));
        ASSERT_FALSE(id.isNull());
    }
}

TEST(UuidV7, TimestampIsCloseToNow)
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QUuid id = newUuidV7();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    const qint64 stamped = uuidV7UnixMs(id);
    EXPECT_GE(stamped, before);
    // The process-wide generator may run a few ms ahead after a burst of ids (it borrows
    // the next millisecond when the counter is exhausted), never by seconds.
    EXPECT_LE(stamped, after + 1000);
}

TEST(UuidV7, RandomBitsDiffer)
{
    // Same generator, same fake millisecond: ids differ in counter and in rand_b.
    UuidV7Generator generator([] { return qint64{1'700'000'000'000}; });
    const QUuid a = generator.next();
    const QUuid b = generator.next();
    const QByteArray aBytes = a.toRfc4122();
    const QByteArray bBytes = b.toRfc4122();
    // 62 random bits colliding would be a 2^-62 event: in practice a broken generator.
    EXPECT_NE(aBytes.sliced(8), bBytes.sliced(8));
}

TEST(UuidV7, StrictlyIncreasingAndUniqueAcrossThreads)
{
    constexpr int kThreads = 4;
    constexpr int kPerThread = 25'000; // 100k ids in all
    std::vector<std::vector<QUuid>> perThread(kThreads);
    {
        std::vector<std::thread> threads;
        std::atomic<bool> go{false};
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                auto &ids = perThread[static_cast<std::size_t>(t)];
                ids.reserve(kPerThread);
                while (!go.load())
                    std::this_thread::yield();
                for (int i = 0; i < kPerThread; ++i)
                    ids.push_back(newUuidV7());
            });
        }
        go.store(true);
        for (auto &thread : threads)
            thread.join();
    }

    std::vector<QUuid> all;
    for (const auto &ids : perThread) {
        for (std::size_t i = 1; i < ids.size(); ++i) {
            ASSERT_LT(ids[i - 1].toRfc4122(), ids[i].toRfc4122()) << "at " << i;
            ASSERT_LT(uuidToString(ids[i - 1]), uuidToString(ids[i])) << "at " << i;
            ASSERT_LT(ids[i - 1], ids[i]) << "at " << i;
        }
        all.insert(all.end(), ids.begin(), ids.end());
    }
    ASSERT_EQ(all.size(), std::size_t{kThreads * kPerThread});

    // One process-wide counter: even the 60 timestamp+counter bits never repeat, so the
    // ids are unique without relying on the random bits.
    QSet<quint64> prefixes;
    QSet<QUuid> unique;
    for (const QUuid &id : all) {
        prefixes.insert(timeAndCounterOf(id));
        unique.insert(id);
    }
    EXPECT_EQ(prefixes.size(), qsizetype{kThreads * kPerThread});
    EXPECT_EQ(unique.size(), qsizetype{kThreads * kPerThread});

    // Byte order, canonical-string order and QUuid order agree on the whole set.
    std::vector<QUuid> byBytes = all;
    std::sort(byBytes.begin(), byBytes.end(),
              [](const QUuid &a, const QUuid &b) { return a.toRfc4122() < b.toRfc4122(); });
    std::vector<QUuid> byString = all;
    std::sort(byString.begin(), byString.end(),
              [](const QUuid &a, const QUuid &b) { return uuidToString(a) < uuidToString(b); });
    std::vector<QUuid> byQUuid = all;
    std::sort(byQUuid.begin(), byQUuid.end());
    EXPECT_EQ(byBytes, byString);
    EXPECT_EQ(byBytes, byQUuid);
    for (std::size_t i = 1; i < byBytes.size(); ++i)
        ASSERT_LT(timeAndCounterOf(byBytes[i - 1]), timeAndCounterOf(byBytes[i]));

    // An id made after all the threads finished sorts after every one of theirs.
    const QUuid later = newUuidV7();
    EXPECT_LT(byBytes.back().toRfc4122(), later.toRfc4122());
}

TEST(UuidV7Generator, NewMillisecondSeedsCounterWithTopBitClear)
{
    qint64 nowMs = 1'700'000'000'000;
    UuidV7Generator generator([&nowMs] { return nowMs; });
    for (int i = 0; i < 200; ++i) {
        ++nowMs;
        const QUuid id = generator.next();
        ASSERT_EQ(uuidV7UnixMs(id), nowMs);
        ASSERT_LT(counterOf(id), 0x800);
    }
}

TEST(UuidV7Generator, SameMillisecondIncrementsCounter)
{
    const qint64 nowMs = 1'700'000'000'000;
    UuidV7Generator generator([nowMs] { return nowMs; });
    const QUuid first = generator.next();
    const QUuid second = generator.next();
    EXPECT_EQ(uuidV7UnixMs(first), nowMs);
    EXPECT_EQ(uuidV7UnixMs(second), nowMs);
    EXPECT_EQ(counterOf(second), counterOf(first) + 1);
    EXPECT_LT(first.toRfc4122(), second.toRfc4122());
}

TEST(UuidV7Generator, ClockSteppingBackKeepsLastTimestamp)
{
    qint64 nowMs = 1'700'000'000'000;
    UuidV7Generator generator([&nowMs] { return nowMs; });
    const QUuid beforeStep = generator.next();
    nowMs -= 60'000; // NTP correction or a user fixing the clock
    const QUuid afterStep = generator.next();
    EXPECT_EQ(uuidV7UnixMs(afterStep), 1'700'000'000'000);
    EXPECT_EQ(counterOf(afterStep), counterOf(beforeStep) + 1);
    EXPECT_LT(beforeStep.toRfc4122(), afterStep.toRfc4122());

    nowMs = 1'700'000'000'005; // the clock passes the old time again
    const QUuid resumed = generator.next();
    EXPECT_EQ(uuidV7UnixMs(resumed), 1'700'000'000'005);
    EXPECT_LT(afterStep.toRfc4122(), resumed.toRfc4122());
}

TEST(UuidV7Generator, CounterOverflowBorrowsNextMillisecond)
{
    const qint64 nowMs = 1'700'000'000'000;
    UuidV7Generator generator([nowMs] { return nowMs; });
    // A seed is at most 2047, so at least 2049 ids fit in a millisecond and at most 4096.
    std::vector<QUuid> ids;
    for (int i = 0; i < 5000; ++i)
        ids.push_back(generator.next());
    for (std::size_t i = 1; i < ids.size(); ++i) {
        ASSERT_LT(ids[i - 1].toRfc4122(), ids[i].toRfc4122()) << "at " << i;
        const qint64 step = uuidV7UnixMs(ids[i]) - uuidV7UnixMs(ids[i - 1]);
        if (step == 0) {
            ASSERT_EQ(counterOf(ids[i]), counterOf(ids[i - 1]) + 1);
        } else {
            ASSERT_EQ(step, 1);
            ASSERT_EQ(counterOf(ids[i - 1]), 0x0FFF) << "advanced before the counter was full";
            ASSERT_LT(counterOf(ids[i]), 0x800);
        }
    }
    EXPECT_EQ(uuidV7UnixMs(ids.front()), nowMs);
    EXPECT_GE(uuidV7UnixMs(ids.back()), nowMs + 1);
    EXPECT_LE(uuidV7UnixMs(ids.back()), nowMs + 2);
}

TEST(UuidV7Generator, ClockBeforeEpochIsClampedToZero)
{
    UuidV7Generator generator([] { return qint64{-5000}; });
    const QUuid id = generator.next();
    EXPECT_TRUE(isUuidV7(id));
    EXPECT_EQ(uuidV7UnixMs(id), 0);
}

TEST(UuidV7, ExtractsTimestampOfRfcExample)
{
    const auto id = parseUuid(kRfcExampleV7);
    ASSERT_TRUE(id.has_value());
    EXPECT_TRUE(isUuidV7(*id));
    EXPECT_EQ(uuidV7UnixMs(*id), kRfcExampleUnixMs);
    EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(uuidV7UnixMs(*id), Qt::UTC),
              QDateTime(QDate(2022, 2, 22), QTime(19, 22, 22), Qt::UTC));
}

TEST(UuidV7, OtherVersionsAreNotV7)
{
    const auto v4 = parseUuid(u"919108f7-52d1-4320-9bac-f847db4148a8");
    ASSERT_TRUE(v4.has_value());
    EXPECT_FALSE(isUuidV7(*v4));
    EXPECT_EQ(uuidV7UnixMs(*v4), -1);

    EXPECT_FALSE(isUuidV7(QUuid()));
    EXPECT_EQ(uuidV7UnixMs(QUuid()), -1);

    // Version 7 but the Microsoft variant (110): not an RFC 9562 UUIDv7.
    const auto wrongVariant = parseUuid(u"017f22e2-79b0-7cc3-c8c4-dc0c0c07398f");
    ASSERT_TRUE(wrongVariant.has_value());
    EXPECT_FALSE(isUuidV7(*wrongVariant));
}

TEST(UuidFormat, CanonicalLowercaseWithoutBraces)
{
    const auto id = parseUuid(kRfcExampleV7);
    ASSERT_TRUE(id.has_value());
    EXPECT_EQ(uuidToString(*id), QStringLiteral("017f22e2-79b0-7cc3-98c4-dc0c0c07398f"));

    for (int i = 0; i < 1000; ++i) {
        const QString text = uuidToString(newUuidV7());
        ASSERT_EQ(text.size(), 36);
        ASSERT_EQ(text, text.toLower());
        ASSERT_FALSE(text.contains(QLatin1Char('{')));
    }
}

TEST(UuidParse, RoundTrips)
{
    for (int i = 0; i < 1000; ++i) {
        const QUuid id = newUuidV7();
        const auto parsed = parseUuid(uuidToString(id));
        ASSERT_TRUE(parsed.has_value());
        ASSERT_EQ(*parsed, id);
        // Uppercase, as other systems print it, reads back to the same id.
        ASSERT_EQ(parseUuid(uuidToString(id).toUpper()), id);
    }
}

TEST(UuidParse, MatchesQtForWellFormedInput)
{
    const QString text = QStringLiteral("919108f7-52d1-4320-9bac-f847db4148a8");
    EXPECT_EQ(parseUuid(text), QUuid::fromString(text));
    EXPECT_EQ(parseUuid(u"919108F7-52D1-4320-9BAC-F847DB4148A8"), QUuid::fromString(text));
    EXPECT_EQ(parseUuid(u"919108f7-52D1-4320-9bAc-f847db4148A8"), QUuid::fromString(text));
}

TEST(UuidParse, NilAndMaxParse)
{
    const auto nil = parseUuid(u"00000000-0000-0000-0000-000000000000");
    ASSERT_TRUE(nil.has_value());
    EXPECT_TRUE(nil->isNull());
    EXPECT_EQ(uuidToString(*nil), QStringLiteral("00000000-0000-0000-0000-000000000000"));

    const auto max = parseUuid(u"ffffffff-ffff-ffff-ffff-ffffffffffff");
    ASSERT_TRUE(max.has_value());
    EXPECT_EQ(max->toRfc4122(), QByteArray(16, '\xff'));
}

TEST(UuidParse, RejectsMalformedInput)
{
    const char16_t *const rejected[] = {
        u"",
        u"919108f7-52d1-4320-9bac-f847db4148a",     // 35 characters
        u"919108f7-52d1-4320-9bac-f847db4148a8a",   // 37 characters
        u"919108f7-52d1-4320-9bac-f847db4148ag",    // 'g' is not hex
        u"919108f7-52d1-4320-9bac-f847db4148a ",    // trailing space instead of a digit
        u"919108f7-52d1-4320-9bac-f847db4148a8 ",   // trailing space
        u" 919108f7-52d1-4320-9bac-f847db4148a8",   // leading space
        u"919108f7 52d1-4320-9bac-f847db4148a8",    // space for a hyphen
        u"919108f7-52d1-4320-9bac f847db4148a8",
        u"{919108f7-52d1-4320-9bac-f847db4148a8}",  // braces
        u"{919108f7-52d1-4320-9bac-f847db4148}",    // braces, 36 characters in all
        u"919108f752d143209bacf847db4148a8",        // no hyphens
        u"919108f752d1-4320-9bac-f847db4148a8-",    // hyphen moved
        u"919108f-752d1-4320-9bac-f847db4148a8",    // hyphen misplaced
        u"919108f7-52d1-4320-9bac-f847-b4148a8",    // an extra hyphen in a group
        u"919108f7_52d1_4320_9bac_f847db4148a8",    // wrong separator
        u"urn:uuid:919108f7-52d1-4320-9bac-f847",   // URN prefix
        u"0x19108f7-52d1-4320-9bac-f847db4148a8",   // hex prefix
        u"919108f7-52d1-4320-9bac-f847db4148a\u0661", // Arabic-Indic digit one
        u"919108f7-52d1-4320-9bac-f847db4148a\uff18", // fullwidth digit eight
        u"919108f7-52d1-4320-9bac\u2010f847db4148a8", // Unicode hyphen
    };
    for (const char16_t *text : rejected)
        EXPECT_FALSE(parseUuid(text).has_value()) << QString::fromUtf16(text).toStdString();
}
