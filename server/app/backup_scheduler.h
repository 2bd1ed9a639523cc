#pragma once

#include "server/storage/store.h"

#include <QString>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace medinexus::server {

// Takes an online backup of the store every `interval` into `directory` and keeps the
// newest `retention` of them. Runs on its own thread; stops promptly on destruction.
class BackupScheduler {
public:
    using Log = std::function<void(const QString &message)>;

    BackupScheduler(Store &store, QString directory, std::chrono::minutes interval, int retention, Log log);
    ~BackupScheduler();
    BackupScheduler(const BackupScheduler &) = delete;
    BackupScheduler &operator=(const BackupScheduler &) = delete;

    // One backup now, named by its UTC time; returns its path. Also used by the CLI.
    static QString backupNow(Store &store, const QString &directory);
    // Deletes the oldest automatic backups beyond `retention`; returns how many.
    static int prune(const QString &directory, int retention);

private:
    void run();

    Store &store_;
    QString directory_;
    std::chrono::minutes interval_;
    int retention_;
    Log log_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace medinexus::server
