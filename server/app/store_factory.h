#pragma once

#include "server/app/server_config.h"
#include "server/storage/store.h"

#include <chrono>
#include <functional>
#include <memory>

namespace medinexus::server {

// Opens (and migrates) the store the configuration names: the embedded SQLite file of the
// data directory, or the PostgreSQL database every node shares. Throws StoreError.
std::unique_ptr<Store> openStore(const ServerConfig &config);

// openStore(), retried while the failure is transient (no PostgreSQL primary yet, during a
// fail-over or while the database starts) for at most `patience`; `onWait` hears each retry.
std::unique_ptr<Store> openStoreWaiting(const ServerConfig &config, std::chrono::seconds patience,
                                        const std::function<void(const QString &)> &onWait);

// Until destroyed, calls `onChange` whenever another node (or process) commits a change to
// the shared store. Null for the embedded store, which has one server process.
class ChangeWatch {
public:
    virtual ~ChangeWatch() = default;
};
std::unique_ptr<ChangeWatch> watchOtherWriters(Store &store, std::function<void()> onChange);

} // namespace medinexus::server
