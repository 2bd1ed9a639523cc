#include "tests/gui/support/gui_test_support.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

namespace medinexus::client::gui::testing {

bool waitUntil(const std::function<bool()> &condition, std::chrono::milliseconds timeout)
{
    QDeadlineTimer deadline(timeout);
    while (!condition()) {
        if (deadline.hasExpired())
            return condition();
        QTest::qWait(20);
    }
    return true;
}

bool waitForSync(Workspace &workspace, const QDateTime &since, std::chrono::milliseconds timeout)
{
    return waitUntil(
        [&] {
            const SyncStatus &status = workspace.syncStatus();
            return status.connectivity == SyncStatus::Connectivity::Online && status.pendingChanges == 0
                && status.lastSuccessfulSync.isValid() && status.lastSuccessfulSync >= since;
        },
        timeout);
}

bool syncAndWait(Workspace &workspace, std::chrono::milliseconds timeout)
{
    // The status keeps millisecond times: step past the last one so "after since" is strict.
    const QDateTime since = QDateTime::currentDateTimeUtc();
    QTest::qWait(5);
    workspace.syncNow();
    return waitForSync(workspace, since, timeout);
}

std::unique_ptr<Workspace> openWorkspace(Device &device, const ServerProfile &profile, const QString &username,
                                         bool live)
{
    LoginResult result = device.login(profile, username);
    EXPECT_TRUE(result.session) << "login of " << username.toStdString() << " failed: "
                                << result.message.toStdString();
    if (!result.session)
        return nullptr;
    auto workspace = std::make_unique<Workspace>(std::move(result.session), result.offline);
    SyncSettings settings = testSyncSettings();
    settings.liveUpdates = live;
    const QDateTime since = QDateTime::currentDateTimeUtc().addMSecs(-1);
    workspace->startSync(settings);
    EXPECT_TRUE(waitForSync(*workspace, since)) << "first sync of " << username.toStdString() << " did not finish";
    return workspace;
}

void whenModalOpens(std::function<void(QWidget *)> act, std::chrono::milliseconds timeout)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [act = std::move(act), elapsed, poll, timeout]() {
        if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->isVisible()) {
            act(modal);
            poll->operator=(nullptr);  // breaks the self-reference
            return;
        }
        if (elapsed->elapsed() > timeout.count()) {
            ADD_FAILURE() << "no modal window opened";
            poll->operator=(nullptr);
            return;
        }
        QTimer::singleShot(20, *poll);
    };
    QTimer::singleShot(0, *poll);
}

} // namespace medinexus::client::gui::testing
