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

using ConcurrencyTest = SqliteStoreFixture;

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

} // namespace
} // namespace medinexus::server::testing
