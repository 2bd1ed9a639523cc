// The pull cursor with many writers whose transactions commit out of order in time: a
// change that commits late must never be skipped by a cursor that already moved past a
// change that committed early ("sequence > cursor" is only safe when sequences become
// visible in increasing order, which both stores guarantee by serialising writers).

#include "store_test_support.h"

#include "shared/ids/uuid.h"

#include <atomic>
#include <chrono>
#include <mutex>
#include <random>
#include <set>
#include <thread>

namespace medinexus::server::testing {
namespace {

class PullCursorTest : public StoreTest {};

TEST_P(PullCursorTest, APullNeverReturnsAFastWritersChangeBeforeASlowOnesStillOpen)
{
    const sync::ChangeEnvelope slowChange = makeAccessChange(newUuidV7(), user_.id, facility_.id);
    const sync::ChangeEnvelope fastChange = makeAccessChange(newUuidV7(), user_.id, facility_.id);

    auto slow = store().beginWrite();
    const qint64 slowSequence = slow->logChange(slowChange, ChangeDisposition::Applied);

    std::atomic<bool> fastStarted{false};
    std::atomic<bool> fastCommitted{false};
    std::string fastFailure;
    std::thread fast([&] {
        try {
            fastStarted = true;
            auto write = store().beginWrite();  // waits for the slow writer
            write->logChange(fastChange, ChangeDisposition::Applied);
            write->commit();
            fastCommitted = true;
        } catch (const std::exception &e) {
            fastFailure = e.what();
        }
    });
    while (!fastStarted.load())
        std::this_thread::yield();
    // Give the fast writer every chance to get ahead (if it could).
    for (int i = 0; i < 20 && !fastCommitted.load(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));

    const PullPage during = store().pull(0, 100, {});
    EXPECT_TRUE(during.changes.empty()) << "a pull while the slow writer is open returned "
                                        << during.changes.size() << " change(s)";
    EXPECT_EQ(during.lastSequence, 0);
    EXPECT_FALSE(fastCommitted.load()) << "the fast writer committed while the slow one held its sequence";

    slow->commit();
    fast.join();
    ASSERT_TRUE(fastFailure.empty()) << fastFailure;

    const PullPage after = store().pull(during.lastSequence, 100, {});
    ASSERT_EQ(after.changes.size(), 2u);
    EXPECT_EQ(after.changes[0].change.changeId, slowChange.changeId);
    EXPECT_EQ(after.changes[0].sequence, slowSequence);
    EXPECT_EQ(after.changes[1].change.changeId, fastChange.changeId);
    EXPECT_GT(after.changes[1].sequence, slowSequence);
}

TEST_P(PullCursorTest, APullerBesideSlowAndFastWritersSeesEveryCommittedChangeOnceInOrder)
{
    constexpr int kWriters = 8;
    constexpr int kTransactionsPerWriter = 25;
    std::atomic<int> writersRunning{kWriters};
    std::mutex mutex;
    std::set<QUuid> committed;
    std::vector<std::string> failures;

    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            std::mt19937 random(static_cast<unsigned>(1000 + w));
            std::uniform_int_distribution<int> delayMs(0, 3);
            std::uniform_int_distribution<int> kind(0, 9);
            try {
                for (int i = 0; i < kTransactionsPerWriter; ++i) {
                    auto write = store().beginWrite();
                    std::vector<QUuid> ids;
                    const int changes = 1 + kind(random) % 3;
                    for (int c = 0; c < changes; ++c) {
                        const sync::ChangeEnvelope change = makeAccessChange(newUuidV7(), user_.id, facility_.id);
                        write->logChange(change, ChangeDisposition::Applied);
                        ids.push_back(change.changeId);
                    }
                    // Slow writers: one in five holds its sequences for a while before COMMIT;
                    // one in ten gives up (rolls back) and leaves a gap in the sequences.
                    const int roll = kind(random);
                    if (roll < 2)
                        std::this_thread::sleep_for(std::chrono::milliseconds(10 + delayMs(random) * 5));
                    else
                        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
                    if (roll == 9)
                        continue;  // destroyed uncommitted
                    write->commit();
                    const std::lock_guard lock(mutex);
                    committed.insert(ids.begin(), ids.end());
                }
            } catch (const std::exception &e) {
                const std::lock_guard lock(mutex);
                failures.emplace_back(e.what());
            }
            --writersRunning;
        });
    }

    std::vector<LoggedChange> seen;
    std::thread puller([&] {
        qint64 cursor = 0;
        for (;;) {
            const bool writersDone = writersRunning.load() == 0;
            const PullPage page = store().pull(cursor, 5, {});
            seen.insert(seen.end(), page.changes.begin(), page.changes.end());
            cursor = page.lastSequence;
            if (writersDone && !page.hasMore)
                return;
            if (!page.hasMore)
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
        }
    });
    for (std::thread &writer : writers)
        writer.join();
    puller.join();
    ASSERT_TRUE(failures.empty()) << failures.front();

    std::set<QUuid> seenIds;
    for (std::size_t i = 0; i < seen.size(); ++i) {
        EXPECT_TRUE(seenIds.insert(seen[i].change.changeId).second) << "pulled twice: sequence " << seen[i].sequence;
        if (i > 0) {
            EXPECT_LT(seen[i - 1].sequence, seen[i].sequence);
        }
    }
    EXPECT_EQ(seenIds, committed) << "pulled " << seenIds.size() << " of " << committed.size() << " committed changes";
    EXPECT_GT(committed.size(), static_cast<std::size_t>(kWriters));
}

MEDINEXUS_INSTANTIATE_STORE_SUITE(PullCursorTest);

} // namespace
} // namespace medinexus::server::testing
