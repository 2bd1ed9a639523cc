// `audit verify` against a store edited behind the server's back, and backups taken while the
// server writes, restored into a new data directory with `restore`.
#include "integration_support.h"

#include "shared/ids/uuid.h"
#include "shared/storage/sqlite_connection.h"

#include <gtest/gtest.h>

#include <atomic>
#include <fstream>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

namespace medinexus::itest {
namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

/// "audit chain intact: N rows verified" -> N (or -1).
long long verifiedRows(const ProcessResult &result)
{
    static const std::regex intact(R"(audit chain intact: (\d+) rows verified)");
    std::smatch match;
    if (!std::regex_search(result.out, match, intact)) {
        return -1;
    }
    return std::stoll(match[1].str());
}

/// What an attacker with the file (and the server stopped) does: the append-only triggers are
/// in the same file, so they go first.
void tamper(const fs::path &store, const char *sql)
{
    sqlite::OpenOptions options;
    options.create = false;
    options.walJournal = false; // keep the file's journal mode as it is
    auto db = sqlite::Connection::open(QString::fromStdString(store.string()), options);
    db.exec("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete;");
    db.exec(sql);
    ASSERT_EQ(db.changes(), 1) << sql;
}

void someActivity(Community &community)
{
    const Account doctor = community.createUser(Role::Doctor, QStringLiteral("dr.ndiaye"));
    auto client = community.loggedIn(doctor);
    const QString patient = registerPatient(*client, patientJson(QStringLiteral("Audited"), QStringLiteral("Patient"))).value(QStringLiteral("id")).toString();
    addEntry(*client, patient, entryJson(EntryKind::Note));
    readRecord(*client, patient);
    client->login(doctor.username, QStringLiteral("a-wrong-password"));
}

TEST(AuditVerifyTest, PassesThenNamesTheEditedRow)
{
    Community community;
    someActivity(community);
    community.stopServer();

    const ProcessResult intact = community.server().runCli({"audit", "verify"});
    ASSERT_EQ(intact.exitCode, 0) << intact.describe();
    const long long rows = verifiedRows(intact);
    ASSERT_GE(rows, 6) << intact.describe();

    // One row edited in place: its outcome rewritten, as someone covering a failed login would.
    const long long edited = rows / 2;
    tamper(community.server().storeFile(),
           ("UPDATE audit_log SET outcome = 'ok-edited' WHERE sequence = " + std::to_string(edited)).c_str());

    const ProcessResult broken = community.server().runCli({"audit", "verify"});
    EXPECT_EQ(broken.exitCode, 1) << broken.describe();
    EXPECT_NE(broken.err.find("audit chain BROKEN"), std::string::npos) << broken.describe();
    EXPECT_NE(broken.err.find("first bad row: sequence " + std::to_string(edited) + "\n"), std::string::npos) << broken.describe();
    EXPECT_EQ(verifiedRows(broken), -1);
}

TEST(AuditVerifyTest, NamesRowsCutOffTheEnd)
{
    Community community;
    someActivity(community);
    community.stopServer();
    const ProcessResult intact = community.server().runCli({"audit", "verify"});
    ASSERT_EQ(intact.exitCode, 0) << intact.describe();
    const long long rows = verifiedRows(intact);
    ASSERT_GT(rows, 2);

    // The last row deleted: the chain of the table alone still holds, the head file does not.
    tamper(community.server().storeFile(), ("DELETE FROM audit_log WHERE sequence = " + std::to_string(rows)).c_str());
    const ProcessResult broken = community.server().runCli({"audit", "verify"});
    EXPECT_EQ(broken.exitCode, 1) << broken.describe();
    EXPECT_NE(broken.err.find("first bad row: sequence " + std::to_string(rows) + "\n"), std::string::npos) << broken.describe();
}

TEST(AuditLogApiTest, FiltersAndPagesTheLog)
{
    Community community;
    someActivity(community);
    HttpsClient &admin = community.admin();
    const HttpResponse users = admin.get("/api/v1/users");
    QString doctorId;
    for (const QJsonValue &user : users.object().value(QStringLiteral("users")).toArray()) {
        if (user.toObject().value(QStringLiteral("username")).toString() == QStringLiteral("dr.ndiaye")) {
            doctorId = user.toObject().value(QStringLiteral("id")).toString();
        }
    }
    ASSERT_FALSE(doctorId.isEmpty());

    const auto records = [&](const std::string &query) {
        const HttpResponse response = admin.get("/api/v1/audit?" + query);
        EXPECT_EQ(response.status, 200u) << query << ": " << response.describe();
        return response.object().value(QStringLiteral("records")).toArray();
    };
    const QJsonArray byDoctor = records("actorId=" + str(doctorId));
    ASSERT_GE(byDoctor.size(), 3) << "register, entry, read";
    for (const QJsonValue &record : byDoctor) {
        EXPECT_EQ(record.toObject().value(QStringLiteral("actorId")).toString(), doctorId);
        EXPECT_EQ(record.toObject().value(QStringLiteral("hash")).toString().size(), 64);
    }
    const QJsonArray failedLogins = records("action=auth.login");
    bool sawFailure = false;
    for (const QJsonValue &record : failedLogins) {
        EXPECT_EQ(record.toObject().value(QStringLiteral("action")).toString(), QStringLiteral("auth.login"));
        sawFailure = sawFailure || record.toObject().value(QStringLiteral("outcome")).toString() == QStringLiteral("failed");
    }
    EXPECT_TRUE(sawFailure) << "a failed login is audited";

    // Pages by sequence: no overlap, increasing.
    const QJsonArray first = records("limit=3");
    ASSERT_EQ(first.size(), 3);
    const qint64 last = first.last().toObject().value(QStringLiteral("sequence")).toInteger();
    const QJsonArray second = records("limit=3&after=" + std::to_string(last));
    ASSERT_EQ(second.size(), 3);
    qint64 previous = 0;
    for (const QJsonArray &page : {first, second}) {
        for (const QJsonValue &record : page) {
            const qint64 sequence = record.toObject().value(QStringLiteral("sequence")).toInteger();
            EXPECT_GT(sequence, previous);
            previous = sequence;
        }
    }
    EXPECT_TRUE(records("from=2999-01-01T00:00:00.000Z").isEmpty());
    EXPECT_TRUE(records("to=2000-01-01T00:00:00.000Z").isEmpty());
    EXPECT_FALSE(records("from=2000-01-01T00:00:00.000Z&to=2999-01-01T00:00:00.000Z").isEmpty());
    for (const std::string &bad : {std::string("from=yesterday"), std::string("actorId=42"), std::string("limit=many"),
                                   std::string("to=2024-01-01")}) {
        EXPECT_EQ(admin.get("/api/v1/audit?" + bad).status, 400u) << bad;
    }
    // Reading the log is itself audited.
    EXPECT_FALSE(records("action=audit.query").isEmpty());
}

struct Writers {
    std::mutex mutex;
    std::vector<QString> acked; // in acknowledgement order
    std::vector<std::string> failures;
    std::atomic<bool> stop{false};
    std::atomic<int> count{0};

    std::vector<QString> snapshot()
    {
        const std::lock_guard lock(mutex);
        return acked;
    }
};

/// Registers patients until told to stop (bounded), recording the acknowledged ids.
void writeUntilStopped(Community &community, const Account &account, Writers &writers)
{
    try {
        auto client = community.loggedIn(account);
        const auto deadline = Clock::now() + 90s;
        for (int i = 0; i < 5000 && !writers.stop.load() && Clock::now() < deadline; ++i) {
            QJsonObject patient = patientJson(QStringLiteral("Backup"), account.username + QString::number(i));
            const QString id = uuidToString(newUuidV7());
            patient.insert(QStringLiteral("id"), id);
            const HttpResponse response = client->post("/api/v1/patients", patient);
            if (response.status != 201) {
                const std::lock_guard lock(writers.mutex);
                writers.failures.push_back(response.describe());
                return;
            }
            addEntry(*client, id, entryJson(EntryKind::Observation));
            const std::lock_guard lock(writers.mutex);
            writers.acked.push_back(id);
            ++writers.count;
        }
    } catch (const std::exception &error) {
        const std::lock_guard lock(writers.mutex);
        writers.failures.push_back(error.what());
    }
}

bool waitForCount(const Writers &writers, int atLeast, std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (writers.count.load() < atLeast && Clock::now() < deadline) {
        std::this_thread::sleep_for(10ms);
    }
    return writers.count.load() >= atLeast;
}

TEST(BackupTest, BackupsTakenWhileTwoClientsWriteRestoreToVerifiedServingStores)
{
    Community community;
    const Account doctor = community.createUser(Role::Doctor, QStringLiteral("dr.backup"));
    const Account nurse = community.createUser(Role::Nurse, QStringLiteral("inf.backup"));
    const fs::path backups = community.server().scratchDir() / "backups";

    Writers writers;
    std::thread first([&] { writeUntilStopped(community, doctor, writers); });
    std::thread second([&] { writeUntilStopped(community, nurse, writers); });

    struct Backup {
        fs::path file;
        std::vector<QString> ackedBefore;
    };
    std::vector<Backup> taken;
    std::vector<std::string> problems;
    for (int round = 1; round <= 3; ++round) {
        if (!waitForCount(writers, 8 * round, 60s)) {
            problems.push_back("the writers stalled");
            break;
        }
        Backup backup;
        backup.ackedBefore = writers.snapshot();
        const ProcessResult result = community.server().runCli({"backup"}, {"--output", backups.string()});
        static const std::regex written(R"(backup written: (\S+))");
        std::smatch match;
        if (result.exitCode != 0 || !std::regex_search(result.out, match, written)) {
            problems.push_back("backup " + std::to_string(round) + ": " + result.describe());
            continue;
        }
        backup.file = match[1].str();
        taken.push_back(backup);
    }
    writers.stop = true;
    first.join();
    second.join();
    ASSERT_TRUE(problems.empty()) << problems.front();
    ASSERT_TRUE(writers.failures.empty()) << writers.failures.front();
    ASSERT_EQ(taken.size(), 3u);
    EXPECT_GT(writers.snapshot().size(), taken.back().ackedBefore.size()) << "the writes went on during the backups";

    // The live store is intact after two processes worked on it.
    community.stopServer();
    const ProcessResult live = community.server().runCli({"audit", "verify"});
    EXPECT_EQ(live.exitCode, 0) << "the live store after online backups: " << live.describe();

    for (std::size_t i = 0; i < taken.size(); ++i) {
        SCOPED_TRACE("backup " + std::to_string(i + 1) + ": " + taken[i].file.string());
        EXPECT_TRUE(fs::exists(taken[i].file));
        EXPECT_EQ(fs::status(taken[i].file).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write)
            << "backups hold patient data: owner only";

        ServerSetup targetSetup;
        targetSetup.start = false;
        ServerProcess target(serverBinary(), targetSetup);
        const ProcessResult restored = target.runCli({"restore"}, {"--from", taken[i].file.string()});
        ASSERT_EQ(restored.exitCode, 0) << restored.describe();
        const ProcessResult verified = target.runCli({"audit", "verify"});
        EXPECT_EQ(verified.exitCode, 0) << verified.describe();
        if (i + 1 < taken.size()) {
            continue;
        }

        // The last one serves, with every write acknowledged before the backup began.
        target.start();
        HttpsClient client(target.port(), target.certificate());
        const HttpResponse login = client.login(doctor.username, doctor.password);
        ASSERT_EQ(login.status, 200u) << "the restored store has the accounts: " << login.describe();
        for (const QString &id : taken[i].ackedBefore) {
            const HttpResponse record = client.get("/api/v1/patients/" + str(id));
            EXPECT_EQ(record.status, 200u) << "acknowledged before the backup but missing: " << str(id);
            EXPECT_EQ(record.object().value(QStringLiteral("entries")).toArray().size(), 1);
        }
        const QString added = registerPatient(client, patientJson(QStringLiteral("After"), QStringLiteral("Restore"))).value(QStringLiteral("id")).toString();
        EXPECT_EQ(readRecord(client, added).value(QStringLiteral("patient")).toObject().value(QStringLiteral("familyName")).toString(),
                  QStringLiteral("Restore"));
        client.disconnect();
        expectCleanStop(target);
        const ProcessResult afterUse = target.runCli({"audit", "verify"});
        EXPECT_EQ(afterUse.exitCode, 0) << afterUse.describe();
    }
}

TEST(BackupTest, RestoreRefusesARunningServerAMissingFileAndATamperedBackup)
{
    Community community;
    someActivity(community);
    const fs::path backups = community.server().scratchDir() / "backups";
    const ProcessResult backup = community.server().runCli({"backup"}, {"--output", backups.string()});
    ASSERT_EQ(backup.exitCode, 0) << backup.describe();
    static const std::regex written(R"(backup written: (\S+))");
    std::smatch match;
    ASSERT_TRUE(std::regex_search(backup.out, match, written)) << backup.describe();
    const fs::path file = match[1].str();

    const ProcessResult whileRunning = community.server().runCli({"restore"}, {"--from", file.string()});
    EXPECT_EQ(whileRunning.exitCode, 1) << whileRunning.describe();
    EXPECT_NE(whileRunning.err.find("stop it first"), std::string::npos) << whileRunning.describe();

    const ProcessResult missing = community.server().runCli({"restore"}, {"--from", (backups / "nope.db").string()});
    EXPECT_NE(missing.exitCode, 0) << missing.describe();

    community.stopServer();
    // A backup edited after it was written is refused, and the current store kept.
    const fs::path copy = backups / "edited.db";
    fs::copy_file(file, copy);
    fs::copy_file(file.string() + ".audit-head", copy.string() + ".audit-head");
    tamper(copy, "UPDATE audit_log SET peer = '10.0.0.66' WHERE sequence = 2");
    const ProcessResult refused = community.server().runCli({"restore"}, {"--from", copy.string()});
    EXPECT_EQ(refused.exitCode, 1) << refused.describe();
    EXPECT_NE(refused.err.find("does not verify"), std::string::npos) << refused.describe();
    const ProcessResult stillIntact = community.server().runCli({"audit", "verify"});
    EXPECT_EQ(stillIntact.exitCode, 0) << stillIntact.describe();
    community.server().start();
    auto admin = community.client();
    EXPECT_EQ(admin->login(community.adminAccount().username, community.adminAccount().password).status, 200u);
}

} // namespace
} // namespace medinexus::itest
