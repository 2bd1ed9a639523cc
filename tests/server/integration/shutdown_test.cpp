// Stopping the server: SIGTERM/SIGINT while clients write (graceful, nothing acknowledged is
// lost), SIGKILL (a crash: still nothing acknowledged is lost), open WebSockets, and the lock
// that keeps a second server off the same data directory.
#include "integration_support.h"

#include "shared/ids/uuid.h"

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <mutex>
#include <thread>

namespace medinexus::itest {
namespace {

using Clock = std::chrono::steady_clock;

struct WriteLog {
    std::mutex mutex;
    std::vector<QString> acknowledged;
    std::vector<std::string> endings; // why each writer stopped
    std::atomic<int> count{0};
};

/// Registers patients (ids chosen here) until the server stops answering; at most 3000 or 40 s.
void writeUntilTheServerGoes(Community &community, const Account &account, WriteLog &log)
{
    std::string ending = "bound reached";
    try {
        auto client = community.loggedIn(account);
        const auto deadline = Clock::now() + 40s;
        for (int i = 0; i < 3000 && Clock::now() < deadline; ++i) {
            QJsonObject patient = patientJson(QStringLiteral("Shutdown"), account.username + QString::number(i));
            const QString id = uuidToString(newUuidV7());
            patient.insert(QStringLiteral("id"), id);
            HttpResponse response;
            try {
                response = client->post("/api/v1/patients", patient);
            } catch (const TransportError &error) {
                // The server went away: with a new connection, either it answers or it is gone.
                try {
                    response = client->post("/api/v1/patients", patient);
                } catch (const TransportError &again) {
                    ending = std::string("transport: ") + again.what();
                    break;
                }
            }
            if (response.status == 201) {
                const std::lock_guard lock(log.mutex);
                log.acknowledged.push_back(id);
                ++log.count;
            } else if (response.status == 409 && response.errorCode() == QStringLiteral("already_exists")) {
                // The retry of a write whose first answer was lost: it is stored, but it was
                // never acknowledged to this client, so it proves nothing either way.
            } else {
                ending = "answered " + response.describe();
                break;
            }
        }
    } catch (const std::exception &error) {
        ending = std::string("error: ") + error.what();
    }
    const std::lock_guard lock(log.mutex);
    log.endings.push_back(account.username.toStdString() + ": " + ending);
}

bool waitForWrites(const WriteLog &log, int atLeast)
{
    const auto deadline = Clock::now() + 60s;
    while (log.count.load() < atLeast && Clock::now() < deadline) {
        std::this_thread::sleep_for(10ms);
    }
    return log.count.load() >= atLeast;
}

/// Every acknowledged patient is there after a restart, and the audit chain verifies.
void expectEveryAcknowledgedWrite(Community &community, const Account &reader, const std::vector<QString> &acknowledged)
{
    const ProcessResult verify = community.server().runCli({"audit", "verify"});
    EXPECT_EQ(verify.exitCode, 0) << verify.describe();

    community.server().start();
    auto client = community.loggedIn(reader);
    int missing = 0;
    for (const QString &id : acknowledged) {
        const HttpResponse response = client->get("/api/v1/patients/" + str(id));
        if (response.status != 200) {
            ++missing;
            ADD_FAILURE() << "acknowledged with 201 but lost: " << str(id) << " -> " << response.describe();
            if (missing > 5) {
                break;
            }
        }
    }
    // Newly started, the server takes writes again.
    EXPECT_EQ(client->post("/api/v1/patients", patientJson(QStringLiteral("After"), QStringLiteral("Restart"))).status, 201u);
    client->disconnect();
    community.stopServer();
    const ProcessResult verifyAgain = community.server().runCli({"audit", "verify"});
    EXPECT_EQ(verifyAgain.exitCode, 0) << verifyAgain.describe();
}

class ShutdownTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        community_ = std::make_unique<Community>();
        for (const char *name : {"dr.one", "inf.two", "dr.three"}) {
            writers_.push_back(community_->createUser(name[0] == 'd' ? Role::Doctor : Role::Nurse, QString::fromLatin1(name)));
        }
    }

    /// Starts the writers, waits for `warmup` acknowledged writes, sends `signal`.
    std::vector<std::thread> writeThenSignal(int signal, int warmup)
    {
        std::vector<std::thread> threads;
        for (const Account &account : writers_) {
            threads.emplace_back([this, account] { writeUntilTheServerGoes(*community_, account, log_); });
        }
        warmedUp_ = waitForWrites(log_, warmup);
        community_->server().signal(signal);
        return threads;
    }

    std::unique_ptr<Community> community_;
    std::vector<Account> writers_;
    WriteLog log_;
    bool warmedUp_ = false;
};

TEST_F(ShutdownTest, SigtermUnderContinuousWritesLosesNoAcknowledgedWrite)
{
    auto threads = writeThenSignal(SIGTERM, 30);
    const auto signalled = Clock::now();
    const int atSignal = log_.count.load();
    const auto code = community_->server().waitForExit(20s);
    const auto stopping = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - signalled);
    for (auto &thread : threads) {
        thread.join();
    }
    ASSERT_TRUE(warmedUp_) << "the writers did not get going";
    ASSERT_TRUE(code.has_value()) << "still running 20 s after SIGTERM";
    EXPECT_EQ(*code, 0) << community_->server().serveStderr();
    EXPECT_NE(community_->server().serveStdout().find("MediNexus server stopped"), std::string::npos);
    EXPECT_LT(stopping, 11s) << "the drain is bounded by its timeout";
    EXPECT_NE(community_->server().serveStderr().find("signal 15 received"), std::string::npos);
    EXPECT_GE(log_.count.load(), atSignal);
    ASSERT_EQ(log_.endings.size(), writers_.size());
    for (const auto &ending : log_.endings) {
        EXPECT_EQ(ending.find("answered"), std::string::npos) << "a write was refused rather than drained or cut: " << ending;
        EXPECT_NE(ending.find("transport"), std::string::npos) << "this writer was not writing when the server stopped: " << ending;
    }
    expectEveryAcknowledgedWrite(*community_, writers_.front(), log_.acknowledged);
}

TEST_F(ShutdownTest, SigkillUnderContinuousWritesLosesNoAcknowledgedWrite)
{
    auto threads = writeThenSignal(SIGKILL, 30);
    const auto code = community_->server().waitForExit(10s);
    for (auto &thread : threads) {
        thread.join();
    }
    ASSERT_TRUE(warmedUp_);
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(*code, 128 + SIGKILL);
    // The crash left the lock file and perhaps an audit head file behind the table; a restart
    // must recover both by itself.
    expectEveryAcknowledgedWrite(*community_, writers_.front(), log_.acknowledged);
}

TEST_F(ShutdownTest, SigintStopsGracefully)
{
    community_->server().signal(SIGINT);
    const auto code = community_->server().waitForExit(15s);
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(*code, 0) << community_->server().serveStderr();
    EXPECT_NE(community_->server().serveStdout().find("MediNexus server stopped"), std::string::npos);
    EXPECT_NE(community_->server().serveStderr().find("signal 2 received"), std::string::npos);
}

TEST_F(ShutdownTest, OpenWebSocketsAndIdleConnectionsDoNotHoldTheStop)
{
    const Account nurse = writers_[1];
    auto client = community_->loggedIn(nurse); // an idle keep-alive connection
    ASSERT_EQ(client->get("/api/v1/auth/me").status, 200u);
    WebSocketClient socket(community_->server().port(), community_->server().certificate());
    ASSERT_EQ(socket.open("/api/v1/sync/notifications", client->token()), 101u) << socket.refusalBody();

    const auto start = Clock::now();
    community_->server().signal(SIGTERM);
    const auto closeCode = socket.waitForClose(8s);
    ASSERT_TRUE(closeCode.has_value()) << "the WebSocket stayed open after SIGTERM";
    EXPECT_EQ(*closeCode, 1001u) << "going away";
    const auto code = community_->server().waitForExit(8s);
    ASSERT_TRUE(code.has_value()) << "still running 8 s after SIGTERM with idle connections";
    EXPECT_EQ(*code, 0) << community_->server().serveStderr();
    EXPECT_LT(Clock::now() - start, 5s) << "idle connections are closed at once, not after the drain timeout";
}

TEST_F(ShutdownTest, ASecondServerOnTheSameDataDirectoryIsRefused)
{
    const ProcessResult second = runProcess(serverBinary(), {"serve", "--data-dir", community_->server().dataDir().string(),
                                                             "--listen", "127.0.0.1:0"},
                                            {}, 30s);
    EXPECT_EQ(second.exitCode, 1) << second.describe();
    EXPECT_NE(second.err.find("already serving"), std::string::npos) << second.describe();
    // The first one is unaffected.
    auto client = community_->client();
    EXPECT_EQ(client->get("/healthz").status, 200u);
}

} // namespace
} // namespace medinexus::itest
