// The engine in its worker thread, as the GUI runs it: status through signals, a pull as soon
// as the server notifies a change, and automatic retries with backoff while the server is down.
#include "client_test_support.h"

#include "client/core/cache/record_store.h"
#include "client/core/sync/retry_backoff.h"
#include "client/core/sync/sync_worker.h"

#include "shared/ids/uuid.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <functional>

namespace medinexus::client::testing {
namespace {

// Processes events until `condition` holds; false after `timeout`.
bool waitFor(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeout.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

TEST(RetryBackoffTest, GrowsExponentiallyWithJitterUpToTheMaximum)
{
    double draw = 0.0;
    RetryBackoff backoff(std::chrono::seconds(2), std::chrono::seconds(60), [&] { return draw; });
    // The lowest draw gives half of each step, the highest (just below 1) all of it.
    EXPECT_EQ(backoff.nextDelay(), std::chrono::milliseconds(1000));
    EXPECT_EQ(backoff.nextDelay(), std::chrono::milliseconds(2000));
    EXPECT_EQ(backoff.nextDelay(), std::chrono::milliseconds(4000));
    draw = 0.999;
    EXPECT_NEAR(static_cast<double>(backoff.nextDelay().count()), 16000.0, 20.0);
    for (int i = 0; i < 100; ++i)
        EXPECT_LE(backoff.nextDelay(), std::chrono::seconds(60)) << "capped, even after many failures";
    backoff.reset();
    draw = 0.0;
    EXPECT_EQ(backoff.nextDelay(), std::chrono::milliseconds(1000));

    // With the real random source every delay lies in [step / 2, step].
    RetryBackoff random(std::chrono::milliseconds(100), std::chrono::seconds(10));
    for (int failure = 0; failure < 12; ++failure) {
        const auto step = std::min<qint64>(10'000, 100LL << failure);
        const auto delay = random.nextDelay().count();
        EXPECT_GE(delay, step / 2);
        EXPECT_LE(delay, step);
    }
}

TEST(SyncWorkerTest, PullsAsSoonAsTheServerNotifiesAndRetriesWhileItIsDown)
{
    auto server = startDemoServer(4, true);
    const ServerProfile profile = profileFor(*server);
    TwoClinics clinics(profile);
    auto &doctor = clinics.doctor;
    auto &nurse = clinics.nurse;

    SyncSettings live = testSyncSettings();
    live.liveUpdates = true;
    live.periodicInterval = std::chrono::minutes(10);  // only notifications and retries drive it
    live.retryInitial = std::chrono::milliseconds(200);
    live.retryMaximum = std::chrono::milliseconds(800);
    SyncWorker worker(nurse->syncSetup(live));
    std::vector<SyncStatus> statuses;
    int recordsChanged = 0;
    QObject::connect(&worker, &SyncWorker::statusChanged, [&](const SyncStatus &status) { statuses.push_back(status); });
    QObject::connect(&worker, &SyncWorker::recordsChanged, [&] { ++recordsChanged; });
    worker.start();
    const auto online = [&] {
        return !statuses.empty() && statuses.back().connectivity == SyncStatus::Connectivity::Online;
    };
    ASSERT_TRUE(waitFor(online, std::chrono::seconds(30)));
    EXPECT_GT(recordsChanged, 0) << "the first pull filled the cache";
    EXPECT_TRUE(statuses.back().lastSuccessfulSync.isValid());

    // Another clinic writes; the nurse's worker pulls it without being asked.
    SyncEngine engineA(doctor->syncSetup(testSyncSettings()));
    ASSERT_EQ(engineA.syncOnce(), SyncEngine::Outcome::Synced);
    const QUuid patientId = RecordStore(engineA.cache().connection()).patients().front().id;
    ClinicalEntry note;
    {
        CacheDatabase cache = doctor->openCache();
        note = LocalChanges(cache, doctor->user()).addEntry(noteFor(patientId, QStringLiteral("notified")));
    }
    ASSERT_EQ(engineA.syncOnce(), SyncEngine::Outcome::Synced);
    CacheDatabase nurseCache = nurse->openCache();
    const auto arrived = [&] { return RecordStore(nurseCache.connection()).entry(note.id).has_value(); };
    EXPECT_TRUE(waitFor(arrived, std::chrono::seconds(20))) << "pulled on the server's notification";

    // The server goes down: the worker reports offline and keeps the nurse's work queued; when
    // the server is back, its retries push it without anyone asking.
    server->kill();
    ClinicalEntry offlineNote;
    {
        LocalChanges changes(nurseCache, nurse->user());
        offlineNote = changes.addEntry(noteFor(patientId, QStringLiteral("written while the server was down")));
    }
    worker.requestSync();
    const auto offline = [&] {
        return !statuses.empty() && statuses.back().connectivity == SyncStatus::Connectivity::Offline
               && statuses.back().pendingChanges == 1 && !statuses.back().lastError.isEmpty();
    };
    ASSERT_TRUE(waitFor(offline, std::chrono::seconds(30)));
    server->start();
    const auto flushed = [&] { return online() && statuses.back().pendingChanges == 0; };
    EXPECT_TRUE(waitFor(flushed, std::chrono::seconds(30))) << "retried with backoff until the server answered";
    EXPECT_FALSE(RecordStore(nurseCache.connection()).isEntryPending(offlineNote.id));
    worker.shutdown();
    EXPECT_TRUE(worker.wait(10'000));
}

} // namespace
} // namespace medinexus::client::testing
