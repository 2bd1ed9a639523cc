#pragma once

// Runs a SyncEngine in a thread of its own, so the window never waits for the network. The
// engine is created, used and destroyed inside that thread (its cache connection, sockets and
// timers belong there); the GUI talks to it through this object's thread-safe methods and
// signals (delivered in the GUI thread).

#include "client/core/sync/sync_engine.h"

#include <QMutex>
#include <QThread>

#include <optional>

namespace medinexus::client {

class SyncWorker : public QThread {
    Q_OBJECT

public:
    explicit SyncWorker(SyncEngineSetup setup, QObject *parent = nullptr);
    // Stops the engine and waits for the thread.
    ~SyncWorker() override;

    // Thread-safe.
    void requestSync();
    void setToken(SecretString token);
    void shutdown();

Q_SIGNALS:
    void statusChanged(const medinexus::client::SyncStatus &status);
    void recordsChanged();
    void signInRequired();
    void offlineAccessRevoked();
    // The engine could not start (e.g. the cache could not be opened); translated message.
    void failedToStart(const QString &message);

protected:
    void run() override;

private:
    QMutex mutex_;
    std::optional<SyncEngineSetup> setup_;  // handed to the engine when the thread starts
    SyncEngine *engine_ = nullptr;          // owned by run()'s stack; guarded by mutex_
};

} // namespace medinexus::client
