#pragma once

// The sync engine: pushes the outbox and pulls the community's changes, on its own cache
// connection, off the GUI thread (SyncWorker runs it in a thread of its own; tests drive
// syncOnce() directly).
//
// Guarantees (see docs/architecture.md, "Client sync"):
//   - a change leaves the outbox only in the transaction that applies the server's answer to
//     it, so a crash at any moment loses nothing; the server's idempotency by change id makes
//     every resend harmless, so nothing is duplicated either;
//   - a pulled page and the cursor after it are stored in one transaction: an interrupted pull
//     resumes where it stopped;
//   - failures are retried with exponential backoff and jitter; the API client moves on to the
//     next configured server address when one does not answer;
//   - the server's WebSocket "changes" notification triggers a pull at once.

#include "client/core/cache/cache_database.h"
#include "client/core/cache/sync_applier.h"
#include "client/core/net/api_client.h"
#include "client/core/net/notification_channel.h"
#include "client/core/net/server_profile.h"
#include "client/core/sync/retry_backoff.h"
#include "client/core/sync/sync_status.h"

#include "shared/model/user.h"
#include "shared/security/secret_string.h"

#include <QObject>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace medinexus::client {

struct SyncSettings {
    std::chrono::milliseconds periodicInterval = std::chrono::minutes(1);
    std::chrono::milliseconds retryInitial = std::chrono::seconds(2);
    std::chrono::milliseconds retryMaximum = std::chrono::minutes(5);
    std::chrono::milliseconds notificationDelay = std::chrono::milliseconds(200);
    std::chrono::milliseconds requestTimeout = std::chrono::seconds(30);
    int pushBatch = 200;  // at most sync::kMaxPushBatch
    int pullPage = 500;   // at most sync::kMaxPullBatch
    bool liveUpdates = true;
};

struct SyncEngineSetup {
    QString cachePath;
    SecretString cacheKey;  // taken over and wiped once the cache is open
    ServerProfile profile;
    User user;
    SecretString token;     // the session's bearer token; empty: no session (offline login)
    SyncSettings settings;
};

class SyncEngine : public QObject {
    Q_OBJECT

public:
    enum class Outcome { Synced, Offline, SignInRequired, Failed, Stopped };

    // Opens the cache (throws CacheOpenError). Lives in the thread that creates it.
    explicit SyncEngine(SyncEngineSetup setup, QObject *parent = nullptr);
    ~SyncEngine() override;

    // One complete sync, synchronously: push the whole outbox, pull to the end, refresh the
    // open conflicts. Safe to call while the engine runs live (a call during a sync only asks
    // for another round).
    Outcome syncOnce();

    [[nodiscard]] SyncStatus status() const { return status_; }
    // A new session after the user logged in again.
    void setToken(SecretString token);
    // Thread-safe: makes the request in flight return at once and the engine stop.
    void abort();

    // For tests and the status bar.
    [[nodiscard]] CacheDatabase &cache() { return cache_; }

public Q_SLOTS:
    // Live mode: sync now, then periodically, on notifications, and after failures with backoff.
    void start();
    // A sync soon (coalesces several requests).
    void requestSync();
    void stop();

Q_SIGNALS:
    void statusChanged(const medinexus::client::SyncStatus &status);
    // The cached records changed (pulled changes or answers to pushed ones).
    void recordsChanged();
    void signInRequired();
    // The server says this account was deactivated: offline access ends with this session.
    void offlineAccessRevoked();

private:
    enum class Step { Done, Offline, SignInRequired, Failed, Stopped };

    Outcome runCycle();
    Step pushAll();
    Step pullAll();
    Step refreshConflicts();
    // Classifies a failed response; sets lastError.
    Step failureOf(const ApiResponse &response);
    void finishCycle(Outcome outcome);
    void publishStatus();
    void ensureNotifications();
    void scheduleRetry();

    SyncSettings settings_;
    CacheDatabase cache_;
    User user_;
    QUuid deviceId_;
    SyncApplier applier_;
    ApiClient api_;
    std::unique_ptr<NotificationChannel> notifications_;
    SecretString token_;
    RetryBackoff backoff_;
    QTimer periodic_;
    QTimer soon_;
    QTimer retry_;
    SyncStatus status_;
    int pushBatch_;
    bool cycleRunning_ = false;
    bool cycleRequested_ = false;
    bool live_ = false;
    std::atomic<bool> stopping_{false};
};

} // namespace medinexus::client
