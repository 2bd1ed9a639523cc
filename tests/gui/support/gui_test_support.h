#pragma once

// GUI tests drive the real windows (QTest keyboard and mouse, offscreen platform) against the
// real server over loopback TLS, with real SQLCipher caches.

#include "client/gui/workspace/workspace.h"
#include "tests/client/core/client_test_support.h"

#include <QApplication>
#include <QDateTime>
#include <QWidget>

#include <gtest/gtest.h>

#include <chrono>
#include <functional>
#include <memory>

namespace medinexus::client::gui::testing {

using medinexus::client::testing::Community;
using medinexus::client::testing::Device;
using medinexus::client::testing::kDemoPassword;
using medinexus::client::testing::profileFor;
using medinexus::client::testing::testSyncSettings;

// Processes events until `condition` holds or `timeout` passes; returns condition().
bool waitUntil(const std::function<bool()> &condition,
               std::chrono::milliseconds timeout = std::chrono::seconds(30));

// Logs `username` in on `device` (online), opens a Workspace and starts its sync worker with
// test settings (live updates when `live`), then waits for the first sync to complete.
std::unique_ptr<Workspace> openWorkspace(Device &device, const ServerProfile &profile, const QString &username,
                                         bool live = false);

// Waits until the workspace reports a successful sync that started after `since`, with
// nothing left to push.
bool waitForSync(Workspace &workspace, const QDateTime &since,
                 std::chrono::milliseconds timeout = std::chrono::seconds(30));
// Asks for a sync now and waits for it.
bool syncAndWait(Workspace &workspace, std::chrono::milliseconds timeout = std::chrono::seconds(30));

// The descendant of `parent` named `name` (objectName); fails the test (and returns null) when
// there is none.
template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    EXPECT_NE(found, nullptr) << "no widget named " << name.toStdString();
    return found;
}

// The next modal window (dialog or message box) that opens, within `timeout`: runs `act` on it
// from the event loop, so a test can answer a dialog that exec() is showing. Returns at once.
void whenModalOpens(std::function<void(QWidget *)> act,
                    std::chrono::milliseconds timeout = std::chrono::seconds(30));

} // namespace medinexus::client::gui::testing

// Failure messages show QStrings as text, not as arrays of UTF-16 units.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}
