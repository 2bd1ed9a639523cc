// The administration verbs of the binary: init, demo, user, facility (what an operator does on
// the server's machine), and what they leave behind when they fail.
#include "integration_support.h"

#include <gtest/gtest.h>

#include <QFile>

#include <fstream>
#include <regex>

namespace medinexus::itest {
namespace {

namespace fs = std::filesystem;

void writeFile(const fs::path &path, const std::string &text)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    ASSERT_TRUE(out.good()) << path;
}

std::string readFile(const fs::path &path)
{
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll().toStdString();
}

TEST(CliTest, VersionAndUsage)
{
    const ProcessResult version = runProcess(serverBinary(), {"--version"}, {}, 30s);
    EXPECT_EQ(version.exitCode, 0) << version.describe();
    EXPECT_TRUE(std::regex_search(version.out, std::regex(R"(^medinexus-server \d+\.\d+\.\d+)"))) << version.out;
    const ProcessResult unknown = runProcess(serverBinary(), {"frobnicate"}, {}, 30s);
    EXPECT_EQ(unknown.exitCode, 2) << unknown.describe();
    const ProcessResult noDataDir = runProcess(serverBinary(), {"audit", "verify"}, {}, 30s);
    EXPECT_EQ(noDataDir.exitCode, 2) << noDataDir.describe();
}

// A refused administrator password must not leave a half-made data directory that the next,
// corrected `init` then refuses to touch.
TEST(CliTest, InitWithARefusedPasswordCanBeRetried)
{
    TempDir temp("medinexus-init");
    const fs::path data = temp.path() / "data";
    const ProcessResult refused = runProcess(serverBinary(), {"init", "--data-dir", data.string(), "--admin-user", "admin"},
                                             "admin-password-2026\n", 60s);
    EXPECT_EQ(refused.exitCode, 1) << refused.describe();
    EXPECT_NE(refused.err.find("password"), std::string::npos) << refused.describe();

    const ProcessResult retried = runProcess(serverBinary(), {"init", "--data-dir", data.string(), "--admin-user", "admin"},
                                             "Integration-Test-Pw-2026\n", 60s);
    EXPECT_EQ(retried.exitCode, 0) << "after a refused password, init cannot be run again: " << retried.describe();

    // And a real store is never overwritten.
    if (retried.exitCode == 0) {
        const ProcessResult again = runProcess(serverBinary(), {"init", "--data-dir", data.string()}, "Another-Password-2026\n", 60s);
        EXPECT_EQ(again.exitCode, 1) << again.describe();
        EXPECT_NE(again.err.find("never overwritten"), std::string::npos) << again.describe();
    }
}

// Packages keep the configuration under /etc (--config) and generate it with `config`: the
// printed file must read back to the same values, and `init` must not write a second file.
TEST(CliTest, ConfigPrintsTheEffectiveConfigurationAndInitKeepsAnExplicitFile)
{
    TempDir temp("medinexus-config");
    const fs::path data = temp.path() / "data";
    const ProcessResult defaults = runProcess(serverBinary(), {"config", "--data-dir", data.string(), "--listen", "0.0.0.0:9443"}, {}, 30s);
    ASSERT_EQ(defaults.exitCode, 0) << defaults.describe();
    EXPECT_NE(defaults.out.find("listen=0.0.0.0:9443\n"), std::string::npos) << defaults.out;
    EXPECT_NE(defaults.out.find("interval_minutes=0\n"), std::string::npos) << defaults.out;
    EXPECT_FALSE(fs::exists(data)) << "printing the configuration must not create the data directory";

    // An operator's edit is printed back; a malformed value is named.
    const fs::path etc = temp.path() / "etc" / "server.conf";
    fs::create_directories(etc.parent_path());
    std::string edited = defaults.out;
    edited.replace(edited.find("interval_minutes=0"), 18, "interval_minutes=60");
    writeFile(etc, edited);
    const ProcessResult printed = runProcess(serverBinary(), {"config", "--data-dir", data.string(), "--config", etc.string()}, {}, 30s);
    ASSERT_EQ(printed.exitCode, 0) << printed.describe();
    EXPECT_EQ(printed.out, edited);
    writeFile(etc, "[server]\nlisten=nowhere\n");
    const ProcessResult malformed = runProcess(serverBinary(), {"config", "--data-dir", data.string(), "--config", etc.string()}, {}, 30s);
    EXPECT_EQ(malformed.exitCode, 1) << malformed.describe();
    EXPECT_NE(malformed.err.find("server/listen"), std::string::npos) << malformed.describe();
    const ProcessResult missing = runProcess(serverBinary(), {"config", "--data-dir", data.string(), "--config", (temp.path() / "none.conf").string()}, {}, 30s);
    EXPECT_EQ(missing.exitCode, 1) << missing.describe();

    writeFile(etc, edited);
    const ProcessResult init = runProcess(serverBinary(), {"init", "--data-dir", data.string(), "--config", etc.string()},
                                          "Integration-Test-Pw-2026\n", 60s);
    ASSERT_EQ(init.exitCode, 0) << init.describe();
    EXPECT_TRUE(fs::exists(data / "store.db"));
    EXPECT_FALSE(fs::exists(data / "medinexus-server.conf")) << "init wrote a second configuration beside --config";
    EXPECT_EQ(readFile(etc), edited) << "init changed the operator's configuration file";
}

TEST(CliTest, ADatabaseConnectionStringRoundTripsAndIsNeverTakenWithAPassword)
{
    TempDir temp("medinexus-cli");
    const fs::path data = temp.path() / "data";
    // Several hosts: commas, which an unquoted INI value would split.
    const std::string conninfo = "host=db1.example,db2.example port=5432,5432 dbname=medinexus target_session_attrs=read-write";
    const ProcessResult printed = runProcess(serverBinary(), {"config", "--data-dir", data.string(), "--database", conninfo}, {}, 30s);
    ASSERT_EQ(printed.exitCode, 0) << printed.describe();
    EXPECT_NE(printed.out.find("database=\"" + conninfo + "\"\n"), std::string::npos) << printed.out;
    const fs::path etc = temp.path() / "server.conf";
    writeFile(etc, printed.out);
    const ProcessResult reread = runProcess(serverBinary(), {"config", "--data-dir", data.string(), "--config", etc.string()}, {}, 30s);
    EXPECT_EQ(reread.out, printed.out);
    // Written by hand without quotes, the hosts are not lost (that would mean the embedded store).
    writeFile(etc, "[storage]\ndatabase=host=db1,db2 dbname=medinexus\n");
    const ProcessResult unquoted = runProcess(serverBinary(), {"config", "--data-dir", data.string(), "--config", etc.string()}, {}, 30s);
    EXPECT_NE(unquoted.out.find("database=\"host=db1,db2 dbname=medinexus\"\n"), std::string::npos) << unquoted.out;

    // A password in the connection string is refused before anything is created or connected.
    for (const std::string &secret : {std::string("host=127.0.0.1 port=1 dbname=medinexus password=hunter2"),
                                      std::string("postgresql://medinexus:hunter2@127.0.0.1:1/medinexus")}) {
        const ProcessResult init = runProcess(serverBinary(), {"init", "--data-dir", data.string(), "--database", secret},
                                              "Integration-Test-Pw-2026\n", 60s);
        EXPECT_EQ(init.exitCode, 1) << init.describe();
        EXPECT_NE(init.err.find("passfile"), std::string::npos) << init.describe();
        EXPECT_EQ(init.err.find("hunter2"), std::string::npos) << "the password was echoed: " << init.describe();
        EXPECT_EQ(init.out.find("hunter2"), std::string::npos) << init.describe();
    }
    EXPECT_FALSE(fs::exists(data / "medinexus-server.conf"));
}

TEST(CliTest, EmbeddedStoreVerbsSayWhatToDoOnPostgres)
{
    TempDir temp("medinexus-cli");
    const fs::path data = temp.path() / "data";
    const std::string database = "host=127.0.0.1 port=1 dbname=medinexus";
    for (const std::vector<std::string> &verb : {std::vector<std::string>{"backup"}, std::vector<std::string>{"restore", "--from", "x.db"}}) {
        std::vector<std::string> arguments = verb;
        arguments.insert(arguments.end(), {"--data-dir", data.string(), "--database", database});
        const ProcessResult result = runProcess(serverBinary(), arguments, {}, 30s);
        EXPECT_EQ(result.exitCode, 1) << result.describe();
        EXPECT_NE(result.err.find("pg-basebackup.sh"), std::string::npos) << result.describe();
    }

    // Only a node on PostgreSQL can be joined: an embedded store belongs to one process.
    ServerSetup stopped;
    stopped.start = false;
    ServerProcess embedded(serverBinary(), stopped);
    const ProcessResult join = runProcess(serverBinary(), {"join", "--data-dir", data.string(), "--from", embedded.dataDir().string()}, {}, 30s);
    EXPECT_EQ(join.exitCode, 1) << join.describe();
    EXPECT_NE(join.err.find("embedded store"), std::string::npos) << join.describe();
    EXPECT_FALSE(fs::exists(data));
}

TEST(CliTest, DemoCommunityServesEveryRole)
{
    ServerSetup setup;
    setup.kind = ServerSetup::Kind::demo;
    setup.demoPatients = 12;
    ServerProcess server(serverBinary(), setup);
    EXPECT_NE(server.initResult().out.find("demo community created with 12 patients"), std::string::npos) << server.initResult().describe();

    for (const auto &[username, role] : std::vector<std::pair<QString, Role>>{{QStringLiteral("admin"), Role::Admin},
                                                                             {QStringLiteral("dr.diallo"), Role::Doctor},
                                                                             {QStringLiteral("dr.sow"), Role::Doctor},
                                                                             {QStringLiteral("inf.ndiaye"), Role::Nurse},
                                                                             {QStringLiteral("ph.camara"), Role::Pharmacist}}) {
        SCOPED_TRACE(str(username));
        HttpsClient client(server.port(), server.certificate());
        const HttpResponse login = client.login(username, QString::fromLatin1(kDemoPassword));
        ASSERT_EQ(login.status, 200u) << login.describe();
        EXPECT_EQ(login.object().value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(), toToken(role));
        if (isAllowed(role, Action::SearchPatients)) {
            const HttpResponse year = client.get("/api/v1/patients?birthYear=1990&limit=200");
            EXPECT_EQ(year.status, 200u);
            const PullResult pulled = pullAll(client, {}, 500);
            int patients = 0;
            for (const auto &change : pulled.changes) {
                patients += change.objectType == QStringLiteral("patient") ? 1 : 0;
            }
            EXPECT_GE(patients, 12);
        }
    }
    expectCleanStop(server);
    const ProcessResult verify = server.runCli({"audit", "verify"});
    EXPECT_EQ(verify.exitCode, 0) << verify.describe();
}

TEST(CliTest, UserAndFacilityVerbsWorkOnTheStoreTheServerUses)
{
    ServerSetup setup;
    setup.start = false;
    ServerProcess server(serverBinary(), setup);

    const ProcessResult facility = server.runCli({"facility", "add"}, {"--name", "Poste de santé de Ngor", "--kind", "clinic", "--village", "Ngor"});
    ASSERT_EQ(facility.exitCode, 0) << facility.describe();
    const ProcessResult facilities = server.runCli({"facility", "list"});
    EXPECT_NE(facilities.out.find("Poste de santé de Ngor"), std::string::npos) << facilities.describe();

    const ProcessResult added = server.runCli({"user", "add"}, {"--username", "inf.cli", "--display-name", "Nurse CLI", "--role", "nurse",
                                                                 "--facility", "Poste de santé de Ngor"},
                                              "Cli-Password-2026\n");
    ASSERT_EQ(added.exitCode, 0) << added.describe();
    const ProcessResult weak = server.runCli({"user", "add"}, {"--username", "inf.weak", "--display-name", "Weak", "--role", "nurse",
                                                                "--facility", "Poste de santé de Ngor"},
                                             "short\n");
    EXPECT_EQ(weak.exitCode, 1) << weak.describe();
    EXPECT_NE(weak.err.find("password"), std::string::npos) << weak.describe();
    const ProcessResult badRole = server.runCli({"user", "add"}, {"--username", "x.y", "--role", "surgeon", "--facility", "Ngor"}, "Xx-123456789\n");
    EXPECT_EQ(badRole.exitCode, 2) << badRole.describe();

    server.start();
    HttpsClient nurse(server.port(), server.certificate());
    ASSERT_EQ(nurse.login(QStringLiteral("inf.cli"), QStringLiteral("Cli-Password-2026")).status, 200u);
    EXPECT_EQ(nurse.login(QStringLiteral("inf.weak"), QStringLiteral("short")).status, 401u);

    // Deactivated from the command line while the server runs: the session ends at once.
    const ProcessResult deactivated = server.runCli({"user", "deactivate"}, {"--username", "inf.cli"});
    ASSERT_EQ(deactivated.exitCode, 0) << deactivated.describe();
    EXPECT_EQ(nurse.get("/api/v1/auth/me").status, 401u);
    const ProcessResult activated = server.runCli({"user", "activate"}, {"--username", "inf.cli"});
    ASSERT_EQ(activated.exitCode, 0) << activated.describe();
    EXPECT_EQ(nurse.login(QStringLiteral("inf.cli"), QStringLiteral("Cli-Password-2026")).status, 200u);

    const ProcessResult reset = server.runCli({"user", "reset-password"}, {"--username", "inf.cli"}, "New-Cli-Password-2026\n");
    ASSERT_EQ(reset.exitCode, 0) << reset.describe();
    EXPECT_EQ(nurse.get("/api/v1/auth/me").status, 401u) << "a reset ends the sessions";
    EXPECT_EQ(nurse.login(QStringLiteral("inf.cli"), QStringLiteral("New-Cli-Password-2026")).status, 200u);

    const ProcessResult users = server.runCli({"user", "list"});
    EXPECT_NE(users.out.find("inf.cli"), std::string::npos) << users.describe();
    nurse.disconnect();
    expectCleanStop(server);
    const ProcessResult verify = server.runCli({"audit", "verify"});
    EXPECT_EQ(verify.exitCode, 0) << verify.describe();
}

// The only administrator deactivates their own account through the API. Either the server
// refuses, or the operator can reactivate it from the command line: never a store nobody can
// administer any more.
TEST(CliTest, TheLastAdministratorCannotLockEveryoneOut)
{
    Community community;
    HttpsClient &admin = community.admin();
    const HttpResponse users = admin.get("/api/v1/users");
    QJsonObject self;
    for (const QJsonValue &user : users.object().value(QStringLiteral("users")).toArray()) {
        if (user.toObject().value(QStringLiteral("id")).toString() == community.adminAccount().id) {
            self = user.toObject();
        }
    }
    ASSERT_FALSE(self.isEmpty()) << users.describe();
    const int version = self.value(QStringLiteral("version")).toInt();
    self.insert(QStringLiteral("active"), false);
    const HttpResponse deactivation = admin.put("/api/v1/users/" + str(community.adminAccount().id),
                                                QJsonObject{{QStringLiteral("baseVersion"), version}, {QStringLiteral("user"), self}});
    if (!deactivation.is2xx()) {
        EXPECT_TRUE(deactivation.status == 409u || deactivation.status == 422u) << deactivation.describe();
        return; // refused: fine
    }
    const ProcessResult recovery = community.server().runCli({"user", "activate"}, {"--username", community.adminAccount().username.toStdString()});
    EXPECT_EQ(recovery.exitCode, 0) << "the last administrator deactivated itself and the CLI cannot bring it back: " << recovery.describe();
    auto client = community.client();
    EXPECT_EQ(client->login(community.adminAccount().username, community.adminAccount().password).status, 200u);
}

} // namespace
} // namespace medinexus::itest
