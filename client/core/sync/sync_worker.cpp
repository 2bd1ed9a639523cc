#include "client/core/sync/sync_worker.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace medinexus::client {

SyncWorker::SyncWorker(SyncEngineSetup setup, QObject *parent) : QThread(parent), setup_(std::move(setup))
{
    qRegisterMetaType<SyncStatus>();
}

SyncWorker::~SyncWorker()
{
    shutdown();
    wait();
}

void SyncWorker::run()
{
    std::optional<SyncEngine> engine;
    try {
        QMutexLocker lock(&mutex_);
        engine.emplace(std::move(*setup_));
        setup_.reset();
    } catch (const CacheOpenError &error) {
        Q_EMIT failedToStart(QCoreApplication::translate("medinexus::client::SyncWorker",
                                                         "Synchronisation cannot start: %1")
                                 .arg(QString::fromUtf8(error.what())));
        return;
    }
    connect(&*engine, &SyncEngine::statusChanged, this, &SyncWorker::statusChanged);
    connect(&*engine, &SyncEngine::recordsChanged, this, &SyncWorker::recordsChanged);
    connect(&*engine, &SyncEngine::signInRequired, this, &SyncWorker::signInRequired);
    connect(&*engine, &SyncEngine::offlineAccessRevoked, this, &SyncWorker::offlineAccessRevoked);
    {
        QMutexLocker lock(&mutex_);
        engine_ = &*engine;
    }
    if (!isInterruptionRequested()) {
        engine->start();
        exec();
    }
    {
        QMutexLocker lock(&mutex_);
        engine_ = nullptr;
    }
    engine->stop();
}

void SyncWorker::requestSync()
{
    QMutexLocker lock(&mutex_);
    if (engine_)
        QMetaObject::invokeMethod(engine_, &SyncEngine::requestSync, Qt::QueuedConnection);
}

void SyncWorker::setToken(SecretString token)
{
    QMutexLocker lock(&mutex_);
    if (!engine_)
        return;
    // Queued calls need copyable arguments: the token travels in a shared holder and is moved
    // into the engine (and wiped here) when the call runs in the worker thread.
    auto holder = std::make_shared<SecretString>(std::move(token));
    SyncEngine *engine = engine_;
    QMetaObject::invokeMethod(engine_, [engine, holder] { engine->setToken(std::move(*holder)); }, Qt::QueuedConnection);
}

void SyncWorker::shutdown()
{
    requestInterruption();
    {
        QMutexLocker lock(&mutex_);
        if (engine_)
            engine_->abort();  // thread-safe: the request in flight returns at once
    }
    quit();
}

} // namespace medinexus::client
