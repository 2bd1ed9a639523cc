// A client process killed with SIGKILL at 50+ random moments while it logs in, writes, pushes and
// pulls, restarted each time: in the end every note any run committed locally is on the server
// exactly once (each run's notes a gapless prefix of what it meant to write), and the cache is
// exactly the server's view.
#include "client_test_support.h"

#include "client/core/cache/record_store.h"

#include "shared/ids/uuid.h"

#include <gtest/gtest.h>

#include <csignal>
#include <map>
#include <random>
#include <thread>

namespace medinexus::client::testing {
namespace {

TEST(ClientCrashTest, KilledAtRandomMomentsDuringPushAndPullLosesAndDuplicatesNothing)
{
    auto server = startDemoServer(6);
    const ServerProfile profile = profileFor(*server);

    // Another clinic's history to pull, several pages of it, so that kills land in pulls too.
    QUuid patientId;
    {
        Device other;
        auto colleague = other.session(profile, QStringLiteral("dr.sow"));
        ASSERT_TRUE(colleague);
        SyncEngine engine(colleague->syncSetup(testSyncSettings()));
        ASSERT_EQ(engine.syncOnce(), SyncEngine::Outcome::Synced);
        CacheDatabase cache = colleague->openCache();
        patientId = RecordStore(cache.connection()).patients().front().id;
        LocalChanges changes(cache, colleague->user());
        for (int i = 0; i < 800; ++i)
            changes.addEntry(noteFor(patientId, QStringLiteral("history %1").arg(i)));
        ASSERT_EQ(engine.syncOnce(), SyncEngine::Outcome::Synced);
    }

    QTemporaryDir device;
    ASSERT_TRUE(device.isValid());
    constexpr int kNotes = 150;
    const auto argsFor = [&](const std::string &tag) {
        return std::vector<std::string>{device.path().toStdString(), uuidToString(profile.id).toStdString(),
                                        profile.addresses.front().toStdString(),
                                        profile.pinnedCertificateSha256.toHex().toStdString(), "dr.diallo", kDemoPassword,
                                        uuidToString(patientId).toStdString(), std::to_string(kNotes), tag};
    };

    const unsigned seed = std::random_device{}();
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> delayMs(30, 900);
    int killed = 0;
    int finishedBeforeKill = 0;
    for (int run = 0; killed < 52 && run < 90; ++run) {
        medinexus::test::ChildProcess probe(CLIENT_SYNC_PROBE, argsFor("r" + std::to_string(run)));
        std::this_thread::sleep_for(std::chrono::milliseconds(delayMs(random)));
        if (probe.running()) {
            probe.signal(SIGKILL);
            ++killed;
        } else {
            ++finishedBeforeKill;
            ASSERT_EQ(probe.exitCode(), 0) << "seed " << seed << ": " << probe.err();
        }
        probe.wait(std::chrono::seconds(30));
    }
    EXPECT_GE(killed, 50) << "seed " << seed << "; runs that finished first: " << finishedBeforeKill;

    // The last run goes to the end.
    const auto last = medinexus::test::runProcess(CLIENT_SYNC_PROBE, argsFor("final"), {}, std::chrono::seconds(180));
    ASSERT_EQ(last.exitCode, 0) << "seed " << seed << ": " << last.describe();
    const auto marker = last.out.find("DONE ");
    ASSERT_NE(marker, std::string::npos) << last.describe();
    const QByteArray cacheDigestText = QByteArray::fromStdString(last.out.substr(marker + 5, 64));

    // Exactly once on the server, and the cache is the server's view.
    std::map<QString, std::map<int, int>> copiesByRun;  // tag -> note number -> copies
    for (const ClinicalEntry &entry : serverEntries(*server, QStringLiteral("dr.diallo"))) {
        const auto *note = std::get_if<NoteBody>(&entry.body);
        if (!note || !note->text.startsWith(QStringLiteral("probe note ")))
            continue;
        const QString tag = note->text.mid(11).section(QLatin1Char('#'), 0, 0);
        ++copiesByRun[tag][note->text.section(QLatin1Char('#'), 1).toInt()];
    }
    ASSERT_EQ(copiesByRun[QStringLiteral("final")].size(), static_cast<std::size_t>(kNotes)) << "seed " << seed;
    int committedByKilledRuns = 0;
    for (const auto &[tag, copies] : copiesByRun) {
        int expected = 0;
        for (const auto &[number, count] : copies) {
            EXPECT_EQ(number, expected++) << "a gap in run " << tag.toStdString() << " (seed " << seed << ")";
            EXPECT_EQ(count, 1) << "note " << tag.toStdString() << "#" << number << " (seed " << seed << ")";
        }
        if (tag != QStringLiteral("final"))
            committedByKilledRuns += static_cast<int>(copies.size());
    }
    RecordProperty("notes_committed_by_killed_runs", committedByKilledRuns);
    EXPECT_EQ(cacheDigestText, serverDigest(*server, QStringLiteral("dr.diallo"))) << "seed " << seed;
}

} // namespace
} // namespace medinexus::client::testing
