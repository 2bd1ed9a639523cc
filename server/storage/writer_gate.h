#pragma once

// The writers' turn inside one process, for every Store implementation: a WriteTransaction
// (and each Store write method that must be serialised) holds the gate from its start to
// its commit or destruction. Across processes or nodes the database decides (SQLite's
// BEGIN IMMEDIATE, PostgreSQL's advisory lock); the gate makes this process's writers queue
// in order instead of contending there (and, on PostgreSQL, instead of tying up pooled
// connections that readers need).

#include "server/storage/store_records.h"

#include <QtGlobal>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>

namespace medinexus::server {

// First come, first served. Not a mutex: the holder may release it from another thread (a
// WriteTransaction can move between an executor's threads), and a wait has a time limit,
// so a misuse (a nested write on the same request) fails instead of hanging a worker for
// ever.
class WriterGate {
public:
    // False when the turn did not come within `timeout`.
    bool acquire(std::chrono::milliseconds timeout);
    void release();

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    quint64 nextTicket_ = 0;
    quint64 serving_ = 0;
    std::set<quint64> abandoned_;
};

// Holds a WriterGate until release() or destruction.
class WriterGateHold {
public:
    // Throws a transient StoreError when the gate stays closed for `timeoutMs`.
    WriterGateHold(WriterGate &gate, int timeoutMs);
    WriterGateHold(const WriterGateHold &) = delete;
    WriterGateHold &operator=(const WriterGateHold &) = delete;
    ~WriterGateHold() { release(); }

    void release() noexcept;

private:
    WriterGate *gate_;
};

} // namespace medinexus::server
