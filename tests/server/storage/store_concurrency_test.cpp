#include "store_test_support.h"

#include "server/audit/audit_chain.h"
#include "shared/ids/uuid.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

namespace medinexus::server::testing {
namespace {

class ConcurrencyTest : public StoreTest {};

TEST_P(ConcurrencyTest, PagingSeesEveryChangeExactlyOnceInOrder)
{
    constexpr int kChanges = 1000;
    std::vector<QUuid> logged;
    for (int batch = 0; batch < 10; ++batch) {
        auto write = store().beginWrite();
        for (int i = 0; i < kChanges / 10; ++i) {
            const sync::ChangeEnvelope change = makeAccessChange(newUuidV7(), user_.id, facility_.id);
            write->logChange(change, ChangeDisposition::Applied);
            logged.push_back(change.changeId);
        }
        write->commit();
    }

    std::vector<QUuid> pulled;
    std::vector<qint64> sequences;
    qint64 cursor = 0;
    int pages = 0;
    for (;;) {
        const PullPage page = store().pull(cursor, 7, {});
        ++pages;
        EXPECT_LE(page.changes.size(), 7u);
        for (const LoggedChange &change : page.changes) {
            pulled.push_back(change.change.changeId);
            sequences.push_back(change.sequence);
        }
        cursor = page.lastSequence;
        if (!page.hasMore)
            break;
        EXPECT_EQ(page.changes.size(), 7u);
    }
    EXPECT_EQ(pages, (kChanges + 6) / 7);
    EXPECT_EQ(pulled, logged);
    ASSERT_EQ(sequences.size(), static_cast<std::size_t>(kChanges));
    EXPECT_TRUE(std::is_sorted(sequences.begin(), sequences.end()));
    EXPECT_EQ(std::set<qint64>(sequences.begin(), sequences.end()).size(), sequences.size());
}

TEST_P(ConcurrencyTest, APullerPagingBesideFourWritersSeesEverySequenceExactlyOnce)
{
    constexpr int kWriters = 4;
    constexpr int kChangesPerWriter = 200;
    std::atomic<int> writersRunning{kWriters};
    std::mutex failuresMutex;
    std::vector<std::string> failures;

    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&] {
            try {
                for (int i = 0; i < kChangesPerWriter; ++i) {
                    auto write = store().beginWrite();
                    write->logChange(makeAccessChange(newUuidV7(), user_.id, facility_.id),
                                     ChangeDisposition::Applied);
                    write->commit();
                }
            } catch (const std::exception &e) {
                const std::lock_guard lock(failuresMutex);
                failures.emplace_back(e.what());
            }
            --writersRunning;
        });
    }

    std::vector<qint64> seen;
    std::thread puller([&] {
        qint64 cursor = 0;
        for (;;) {
            // Read the flag before the page: a page that starts after every writer finished
            // and has nothing more is the end.
            const bool writersDone = writersRunning.load() == 0;
            const PullPage page = store().pull(cursor, 7, {});
            for (const LoggedChange &change : page.changes)
                seen.push_back(change.sequence);
            cursor = page.lastSequence;
            if (writersDone && !page.hasMore)
                return;
            if (!page.hasMore)
                std::this_thread::yield();
        }
    });

    for (std::thread &writer : writers)
        writer.join();
    puller.join();
    ASSERT_TRUE(failures.empty()) << failures.front();

    ASSERT_EQ(seen.size(), static_cast<std::size_t>(kWriters * kChangesPerWriter));
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(std::set<qint64>(seen.begin(), seen.end()).size(), seen.size());
    EXPECT_EQ(pullAllSequences(store(), 500), seen);
}

TEST_P(ConcurrencyTest, LiveVerificationSeesAConsistentPointWhileWritersAppend)
{
    std::atomic<bool> stop{false};
    std::vector<std::thread> writers;
    for (int w = 0; w < 2; ++w) {
        writers.emplace_back([&, w] {
            for (int i = 0; !stop.load(); ++i) {
                if (i % 2 == 0) {
                    store().appendAudit(makeAuditEvent(w * 100000 + i));
                } else {
                    auto write = store().beginWrite();
                    write->appendAudit(makeAuditEvent(w * 100000 + i));
                    write->appendAudit(makeAuditEvent(w * 100000 + i + 50000));
                    write->commit();
                }
            }
        });
    }
    qint64 lastChecked = 0;
    // Verifications interleave with the writes until a good number of rows exist.
    for (int round = 0; round < 20 || (lastChecked < 200 && round < 100'000); ++round) {
        const AuditVerification result = store().verifyAudit();
        EXPECT_TRUE(result.ok) << result.problem.toStdString();
        EXPECT_GE(result.rowsChecked, lastChecked);
        lastChecked = result.rowsChecked;
    }
    stop = true;
    for (std::thread &writer : writers)
        writer.join();
    const AuditVerification final = store().verifyAudit();
    EXPECT_TRUE(final.ok) << final.problem.toStdString();
    EXPECT_GE(final.rowsChecked, 200);
}

TEST_P(ConcurrencyTest, ReadsRunWhileAWriteTransactionIsOpen)
{
    auto write = store().beginWrite();
    write->putFacility(makeFacility(QStringLiteral("Poste de santé")));
    std::optional<Facility> found;
    std::thread reader([&] { found = store().findFacility(facility_.id); });
    reader.join();  // would hang if reads waited for the writer
    EXPECT_TRUE(found);
    write->commit();
}

TEST_P(ConcurrencyTest, AWriteTransactionMayEndOnAnotherThread)
{
    auto write = store().beginWrite();
    write->appendAudit(makeAuditEvent(1));
    std::thread other([&] { write->commit(); });
    other.join();
    auto next = store().beginWrite();  // the writer was released
    next->appendAudit(makeAuditEvent(2));
    next->commit();
    EXPECT_TRUE(store().verifyAudit().ok);
}

MEDINEXUS_INSTANTIATE_STORE_SUITE(ConcurrencyTest);

} // namespace
} // namespace medinexus::server::testing
