#pragma once

// Wakes a server node when another node logged a change: a thread with its own connection
// LISTENs on the channel PostgresStore notifies (pg_notify in the committing transaction)
// and calls onChange for each batch of notifications. After a lost connection (a failover)
// it reconnects with backoff and calls onChange once, since notifications sent meanwhile
// are lost: the callback re-reads whatever it watches (the sync log from its cursor).
//
// onChange runs on the listener's thread: keep it short (post to an executor). It is also
// called once right after the first LISTEN succeeds.

#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace medinexus::server {

class ChangeListener {
public:
    static constexpr const char *kChannel = "medinexus_changes";

    ChangeListener(QString conninfo, std::function<void()> onChange);
    // Stops the thread promptly (a wake-up pipe interrupts its wait) and joins it.
    ~ChangeListener();
    ChangeListener(const ChangeListener &) = delete;
    ChangeListener &operator=(const ChangeListener &) = delete;

private:
    void run();
    // Waits up to timeoutMs for the stop request; true when stopping.
    bool waitForStop(int timeoutMs);
    void notify() noexcept;

    const QString conninfo_;
    const std::function<void()> onChange_;
    int wakeRead_ = -1;
    int wakeWrite_ = -1;
    std::atomic<bool> stopping_{false};
    std::thread thread_;
};

} // namespace medinexus::server
