#include "server/app/store_factory.h"

#include "server/storage/postgres/pg_store.h"
#include "server/storage/sqlite/sqlite_store.h"

#include <thread>

namespace medinexus::server {

namespace {

class PostgresChangeWatch final : public ChangeWatch {
public:
    explicit PostgresChangeWatch(std::unique_ptr<ChangeListener> listener) : listener_(std::move(listener)) {}

private:
    std::unique_ptr<ChangeListener> listener_;
};

} // namespace

std::unique_ptr<Store> openStore(const ServerConfig &config)
{
    if (config.usesPostgres())
        return PostgresStore::open(config.database);
    return SqliteStore::open(config.storePath());
}

std::unique_ptr<Store> openStoreWaiting(const ServerConfig &config, std::chrono::seconds patience,
                                        const std::function<void(const QString &)> &onWait)
{
    const auto deadline = std::chrono::steady_clock::now() + patience;
    std::chrono::milliseconds pause{250};
    for (;;) {
        try {
            return openStore(config);
        } catch (const StoreError &error) {
            if (!error.transient() || std::chrono::steady_clock::now() + pause > deadline)
                throw;
            onWait(QString::fromStdString(error.what()));
        }
        std::this_thread::sleep_for(pause);
        pause = std::min(pause * 2, std::chrono::milliseconds(4000));
    }
}

std::unique_ptr<ChangeWatch> watchOtherWriters(Store &store, std::function<void()> onChange)
{
    if (auto *postgres = dynamic_cast<PostgresStore *>(&store))
        return std::make_unique<PostgresChangeWatch>(postgres->listenForChanges(std::move(onChange)));
    return nullptr;
}

} // namespace medinexus::server
