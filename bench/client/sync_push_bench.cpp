#include "bench/client/sync_push_bench.h"

#include "bench/client/served_server.h"
#include "bench/common/bench_report.h"
#include "bench/common/synthetic_community.h"

#include "client/core/cache/local_changes.h"
#include "client/core/cache/outbox.h"
#include "client/core/cache/record_store.h"
#include "client/core/security/keychain.h"
#include "client/core/session/login_service.h"
#include "client/core/session/user_session.h"
#include "client/core/sync/sync_engine.h"

#include "shared/ids/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <memory>

namespace medinexus::client::bench {

using medinexus::bench::check;
using medinexus::bench::FigureRow;
using medinexus::bench::printRow;
using medinexus::bench::progress;
using medinexus::bench::Stopwatch;

namespace {

constexpr double kSyncTargetRatio = 2.0;

SecretString randomCacheKey()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->generate(words.begin(), words.end());
    SecretString key{QByteArrayView(reinterpret_cast<const char *>(words.data()), static_cast<qsizetype>(sizeof(words)))};
    secureWipe(words.data(), sizeof(words));
    return key;
}

struct CacheCounts {
    qint64 facilities = 0;
    qint64 users = 0;
    qint64 patients = 0;
    qint64 entries = 0;
    [[nodiscard]] qint64 rows() const { return facilities + users + patients + entries; }
};

CacheCounts countsOf(RecordStore &records)
{
    return {static_cast<qint64>(records.facilities().size()), static_cast<qint64>(records.users().size()),
            records.patientCount(), records.entryCount()};
}

// The physical cost of the same rows: written through RecordStore into a new SQLCipher cache
// in one transaction. Rows are read from the synced cache in chunks with the clock stopped.
double writeBaselineCache(RecordStore &source, const std::vector<Patient> &patients, const QString &path,
                          const CacheCounts &expected)
{
    CacheDatabase target = CacheDatabase::open(path, randomCacheKey(), true);
    RecordStore records(target.connection());
    const std::vector<Facility> facilities = source.facilities();
    const std::vector<User> users = source.users();
    double seconds = 0;
    Stopwatch stopwatch;
    sqlite::Transaction transaction(target.connection());
    for (const Facility &facility : facilities)
        records.putFacility(facility);
    for (const User &user : users)
        records.putUser(user);
    seconds += stopwatch.seconds();

    constexpr std::size_t kChunk = 500;
    for (std::size_t start = 0; start < patients.size(); start += kChunk) {
        const std::size_t end = std::min(patients.size(), start + kChunk);
        std::vector<std::vector<ClinicalEntry>> entries;
        entries.reserve(end - start);
        for (std::size_t i = start; i < end; ++i)
            entries.push_back(source.entriesOfPatient(patients[i].id));
        stopwatch.restart();
        for (std::size_t i = start; i < end; ++i) {
            records.putPatientFromServer(patients[i], true);
            for (const ClinicalEntry &entry : entries[i - start])
                records.putEntry(entry, false);
        }
        seconds += stopwatch.seconds();
    }
    stopwatch.restart();
    transaction.commit();
    seconds += stopwatch.seconds();

    const CacheCounts written = countsOf(records);
    check(written.rows() == expected.rows() && written.entries == expected.entries,
          QStringLiteral("the baseline cache holds the same rows as the synced one"));
    return seconds;
}

// A clinic's day offline: about one registration in ten, the rest entries a doctor writes.
int makeOfflineChanges(LocalChanges &local, const std::vector<Patient> &patients, int changes, int firstNewIndex,
                       quint32 seed, int &registrations)
{
    QRandomGenerator random(seed);
    std::vector<QUuid> pool;
    for (int i = 0; i < 300 && !patients.empty(); ++i)
        pool.push_back(patients[random.bounded(static_cast<quint32>(patients.size()))].id);
    const QDate today = QDate::currentDate();
    registrations = 0;
    for (int k = 0; k < changes; ++k) {
        if (pool.empty() || random.bounded(10) == 0) {
            const Patient registered = local.registerPatient(medinexus::bench::syntheticPatient(
                random, static_cast<std::uint32_t>(firstNewIndex + registrations), local.author().facilityId, today));
            pool.push_back(registered.id);
            ++registrations;
            continue;
        }
        ClinicalEntry draft;
        draft.patientId = pool[random.bounded(static_cast<quint32>(pool.size()))];
        switch (random.bounded(4)) {
        case 0: draft.body = medinexus::bench::syntheticObservation(random); break;
        case 1: draft.body = medinexus::bench::syntheticDiagnosis(random); break;
        case 2: draft.body = medinexus::bench::syntheticPrescription(random); break;
        default: draft.body = medinexus::bench::syntheticNote(random, false); break;
        }
        local.addEntry(std::move(draft));
    }
    return changes;
}

} // namespace

void runSyncPush(const SyncPushOptions &options)
{
    if (!QDir().mkpath(options.workDir))
        throw std::runtime_error("cannot create the work folder");
    ServedServer server(options.serverBinary, options.dataDir);
    progress(QStringLiteral("server pid %1 on port %2").arg(server.pid()).arg(server.port()));

    ServerProfile profile;
    profile.id = newUuidV7();
    profile.name = QStringLiteral("Benchmark community");
    profile.addresses = {QStringLiteral("127.0.0.1:%1").arg(server.port())};
    profile.pinnedCertificateSha256 = server.certificateFingerprint();

    // Without a D-Bus session (main() unsets it), the cache key takes the password-wrapped path.
    Keychain keychain(QStringLiteral("MediNexus-bench-%1").arg(uuidToString(newUuidV7())), std::chrono::seconds(2));
    LoginService login(QDir(options.workDir).filePath(QStringLiteral("device")), keychain);
    LoginResult result = login.login(profile, options.username, SecretString::fromUtf16(options.password));
    check(result.session != nullptr && !result.offline, QStringLiteral("online login of the benchmark doctor"));
    UserSession &session = *result.session;

    // The product's sync settings; live notifications play no part in a single sync.
    SyncSettings settings;
    settings.liveUpdates = false;
    auto engine = std::make_unique<SyncEngine>(session.syncSetup(settings));

    // --- initial sync into the empty cache ---
    const double serverCpuBeforeSync = medinexus::bench::processCpuSeconds(static_cast<pid_t>(server.pid()));
    const double clientCpuBeforeSync = medinexus::bench::ownCpuSeconds();
    Stopwatch stopwatch;
    const SyncEngine::Outcome synced = engine->syncOnce();
    const double syncSeconds = stopwatch.seconds();
    // Where the time went: the server's CPU, this process's CPU, the rest is waiting (fsync, I/O).
    const double syncServerCpu = medinexus::bench::processCpuSeconds(static_cast<pid_t>(server.pid())) - serverCpuBeforeSync;
    const double syncClientCpu = medinexus::bench::ownCpuSeconds() - clientCpuBeforeSync;
    check(synced == SyncEngine::Outcome::Synced, QStringLiteral("the initial sync succeeded"));

    CacheDatabase cache = session.openCache();
    RecordStore records(cache.connection());
    const CacheCounts counts = countsOf(records);
    check(counts.patients == options.expectedPatients,
          QStringLiteral("every patient arrived (%1 of %2)").arg(counts.patients).arg(options.expectedPatients));
    check(counts.entries == options.expectedEntries,
          QStringLiteral("every entry arrived (%1 of %2)").arg(counts.entries).arg(options.expectedEntries));
    check(counts.facilities > 1 && counts.users > 1, QStringLiteral("the directory arrived"));
    const double cacheMiB = static_cast<double>(QFileInfo(cache.path()).size()) / (1024.0 * 1024.0);
    progress(QStringLiteral("initial sync: %1 rows in %2 s (server CPU %3 s, client CPU %4 s); cache %5 MiB")
                 .arg(counts.rows()).arg(syncSeconds, 0, 'f', 2).arg(syncServerCpu, 0, 'f', 2).arg(syncClientCpu, 0, 'f', 2)
                 .arg(cacheMiB, 0, 'f', 1));

    const std::vector<Patient> patients = records.patients();
    const double baselineCpuBefore = medinexus::bench::ownCpuSeconds();
    const double baselineSeconds =
        writeBaselineCache(records, patients, QDir(options.workDir).filePath(QStringLiteral("baseline-cache.sqlite")), counts);
    progress(QStringLiteral("baseline: the same rows into SQLCipher in one transaction: %1 s (CPU incl. untimed reads %2 s)")
                 .arg(baselineSeconds, 0, 'f', 2).arg(medinexus::bench::ownCpuSeconds() - baselineCpuBefore, 0, 'f', 2));

    const QString size = QStringLiteral("%1 p + %2 e").arg(options.expectedPatients).arg(options.expectedEntries);
    const double ratio = syncSeconds / baselineSeconds;
    printRow(FigureRow{QStringLiteral("initial sync %1 (loopback TLS)").arg(size), syncSeconds, QStringLiteral("s"),
                       QStringLiteral("same rows into SQLCipher, 1 tx"), baselineSeconds,
                       QStringLiteral("ratio <= %1").arg(kSyncTargetRatio), ratio <= kSyncTargetRatio});
    const auto rows = static_cast<double>(counts.rows());
    printRow(FigureRow{QStringLiteral("initial sync %1: throughput").arg(size), rows / syncSeconds, QStringLiteral("rows/s"),
                       QStringLiteral("same rows into SQLCipher, 1 tx"), rows / baselineSeconds, {}, {}});

    // --- offline changes, then the sync that pushes them ---
    LocalChanges local(cache, session.user());
    int registrations = 0;
    const int made = makeOfflineChanges(local, patients, options.changes, options.expectedPatients, options.seed + 1,
                                        registrations);
    Outbox outbox(cache.connection());
    check(outbox.count() == made, QStringLiteral("every offline change is in the outbox"));
    QJsonArray pushed;
    for (const OutboxItem &item : outbox.oldest(made))
        pushed.append(sync::toJson(item.envelope));

    const double cpuBefore = medinexus::bench::processCpuSeconds(static_cast<pid_t>(server.pid()));
    stopwatch.restart();
    const SyncEngine::Outcome pushOutcome = engine->syncOnce();
    const double pushSeconds = stopwatch.seconds();
    const double serverCpu = medinexus::bench::processCpuSeconds(static_cast<pid_t>(server.pid())) - cpuBefore;
    check(pushOutcome == SyncEngine::Outcome::Synced, QStringLiteral("the push sync succeeded"));
    check(outbox.count() == 0 && outbox.rejectedCount() == 0,
          QStringLiteral("every pushed change acknowledged (%1 waiting, %2 refused)").arg(outbox.count()).arg(outbox.rejectedCount()));
    check(records.patientCount() == options.expectedPatients + registrations
              && records.entryCount() == options.expectedEntries + (made - registrations),
          QStringLiteral("the cache holds the pushed changes once"));
    progress(QStringLiteral("push: %1 changes (%2 registrations) in %3 s; server CPU %4 s")
                 .arg(made).arg(registrations).arg(pushSeconds, 0, 'f', 3).arg(serverCpu, 0, 'f', 3));
    engine.reset();  // closes its keep-alive connection, so that the server stops at once
    const int exitCode = server.stop();
    check(exitCode == 0, QStringLiteral("the server stopped cleanly (exit code %1)").arg(exitCode));

    QJsonObject measurements{{QStringLiteral("username"), options.username},
                             {QStringLiteral("pushBatch"), settings.pushBatch},
                             {QStringLiteral("pullPage"), settings.pullPage},
                             {QStringLiteral("wallSeconds"), pushSeconds},
                             {QStringLiteral("serverCpuSeconds"), serverCpu},
                             {QStringLiteral("changes"), pushed}};
    QFile file(options.measurementsFile);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(QJsonDocument(measurements).toJson()) < 0)
        throw std::runtime_error("cannot write the measurements file");
}

} // namespace medinexus::client::bench
