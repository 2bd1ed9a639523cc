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

using ConcurrencyTest = StoreTest;

TEST_F(ConcurrencyTest, PagingSeesEveryChangeExactlyOnceInOrder)
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

TEST_F(ConcurrencyTest, APullerPagingBesideFourWritersSeesEverySequenceExactlyOnce)
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

TEST_F(ConcurrencyTest, ABackupTakenWhileTwoThreadsWriteIsAVerifiablePrefix)
{
    std::atomic<bool> stop{false};
    std::atomic<int> committed{0};
    std::mutex failuresMutex;
    std::vector<std::string> failures;
    std::vector<std::thread> writers;
    for (int w = 0; w < 2; ++w) {
        writers.emplace_back([&, w] {
            try {
                for (int i = 0; !stop.load() || i < 20; ++i) {
                    auto write = store().beginWrite();
                    write->logChange(makeAccessChange(newUuidV7(), user_.id, facility_.id),
                                     ChangeDisposition::Applied);
                    write->appendAudit(makeAuditEvent(w * 100000 + i));
                    write->commit();
                    ++committed;
                }
            } catch (const std::exception &e) {
                const std::lock_guard lock(failuresMutex);
                failures.emplace_back(e.what());
            }
        });
    }
    while (committed.load() < 30)
        std::this_thread::yield();
    const QString backupPath = filePath(QStringLiteral("backup.db"));
    store().backupTo(backupPath);
    const int committedAfterBackup = committed.load();
    while (committed.load() < committedAfterBackup + 10)
        std::this_thread::yield();
    stop = true;
    for (std::thread &writer : writers)
        writer.join();
    ASSERT_TRUE(failures.empty()) << failures.front();

    std::unique_ptr<SqliteStore> copy = SqliteStore::open(backupPath);
    const AuditVerification copyVerification = copy->verifyAudit();
    EXPECT_TRUE(copyVerification.ok) << copyVerification.problem.toStdString();
    EXPECT_GE(copyVerification.rowsChecked, 30);

    std::vector<QUuid> live;
    std::vector<QUuid> backedUp;
    for (qint64 cursor = 0;;) {
        const PullPage page = store().pull(cursor, 1000, {});
        for (const LoggedChange &change : page.changes)
            live.push_back(change.change.changeId);
        cursor = page.lastSequence;
        if (!page.hasMore)
            break;
    }
    for (qint64 cursor = 0;;) {
        const PullPage page = copy->pull(cursor, 1000, {});
        for (const LoggedChange &change : page.changes)
            backedUp.push_back(change.change.changeId);
        cursor = page.lastSequence;
        if (!page.hasMore)
            break;
    }
    ASSERT_GE(backedUp.size(), 30u);
    ASSERT_LT(backedUp.size(), live.size());  // writes went on after the backup
    EXPECT_TRUE(std::equal(backedUp.begin(), backedUp.end(), live.begin()));
    // Each change was written with its audit row: the snapshot holds both or neither.
    EXPECT_EQ(static_cast<std::size_t>(copyVerification.rowsChecked), backedUp.size());

    const AuditVerification liveVerification = store().verifyAudit();
    EXPECT_TRUE(liveVerification.ok) << liveVerification.problem.toStdString();
    EXPECT_EQ(static_cast<std::size_t>(liveVerification.rowsChecked), live.size());
}

TEST_F(ConcurrencyTest, LiveVerificationSeesAConsistentPointWhileWritersAppend)
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
    const AuditVerification final = verifyAuditChain(store(), AuditHeadFile(store().auditHeadPath()));
    EXPECT_TRUE(final.ok) << final.problem.toStdString();
    EXPECT_GE(final.rowsChecked, 200);
}

TEST_F(ConcurrencyTest, TwoProcessesOnOneStoreKeepOneConsistentHeadFile)
{
    // What `medinexus-server backup` or `audit verify` does beside a running server: a
    // second SqliteStore on the same file, with its own writer gate.
    std::unique_ptr<SqliteStore> second = SqliteStore::open(dbPath());
    constexpr int kRowsEach = 150;
    std::thread first([&] {
        for (int i = 0; i < kRowsEach; ++i)
            store().appendAudit(makeAuditEvent(i));
    });
    std::thread other([&] {
        for (int i = 0; i < kRowsEach; ++i) {
            auto write = second->beginWrite();
            write->appendAudit(makeAuditEvent(1000 + i));
            write->commit();
        }
    });
    for (int round = 0; round < 10; ++round) {
        const AuditVerification result = second->verifyAudit();
        EXPECT_TRUE(result.ok) << result.problem.toStdString();
    }
    first.join();
    other.join();

    const auto lines = AuditHeadFile(store().auditHeadPath()).readAll();
    ASSERT_EQ(lines.size(), static_cast<std::size_t>(2 * kRowsEach));  // no line twice
    const AuditVerification result = verifyAuditChain(store(), AuditHeadFile(store().auditHeadPath()));
    EXPECT_TRUE(result.ok) << result.problem.toStdString();
    EXPECT_EQ(result.rowsChecked, 2 * kRowsEach);

    const QString backupPath = filePath(QStringLiteral("backup.db"));
    second->backupTo(backupPath);
    EXPECT_TRUE(SqliteStore::open(backupPath)->verifyAudit().ok);
}

TEST_F(ConcurrencyTest, ReadsRunWhileAWriteTransactionIsOpen)
{
    auto write = store().beginWrite();
    write->putFacility(makeFacility(QStringLiteral("Poste de santé")));
    std::optional<Facility> found;
    std::thread reader([&] { found = store().findFacility(facility_.id); });
    reader.join();  // would hang if reads waited for the writer
    EXPECT_TRUE(found);
    write->commit();
}

TEST_F(ConcurrencyTest, AWriteTransactionMayEndOnAnotherThread)
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

} // namespace
} // namespace medinexus::server::testing
