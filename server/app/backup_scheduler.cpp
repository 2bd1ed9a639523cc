#include "server/app/backup_scheduler.h"

#include "server/audit/audit_chain.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace medinexus::server {

namespace {
const QString kPrefix = QStringLiteral("medinexus-backup-");
const QString kSuffix = QStringLiteral(".db");
} // namespace

BackupScheduler::BackupScheduler(Store &store, QString directory, std::chrono::minutes interval, int retention, Log log)
    : store_(store), directory_(std::move(directory)), interval_(interval), retention_(retention), log_(std::move(log))
{
    if (interval_.count() > 0)
        thread_ = std::thread([this] { run(); });
}

BackupScheduler::~BackupScheduler()
{
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable())
        thread_.join();
}

QString BackupScheduler::backupNow(Store &store, const QString &directory)
{
    if (!QDir().mkpath(directory))
        throw std::runtime_error("backup: cannot create the backup directory");
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Sortable UTC names: the newest is last in name order.
    const QString name = kPrefix + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + kSuffix;
    const QString path = QDir(directory).filePath(name);
    store.backupTo(path);
    return path;
}

int BackupScheduler::prune(const QString &directory, int retention)
{
    QDir dir(directory);
    QStringList backups = dir.entryList({kPrefix + QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name);
    int removed = 0;
    while (backups.size() > retention) {
        const QString oldest = backups.takeFirst();
        // The chain-head copy travels with its backup.
        QFile::remove(AuditHeadFile::pathForDatabase(dir.filePath(oldest)));
        if (QFile::remove(dir.filePath(oldest)))
            ++removed;
    }
    return removed;
}

void BackupScheduler::run()
{
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, interval_, [this] { return stopping_; })) {
        lock.unlock();
        try {
            const QString path = backupNow(store_, directory_);
            const int removed = prune(directory_, retention_);
            log_(QStringLiteral("automatic backup written to %1 (%2 old backups removed)").arg(path).arg(removed));
        } catch (const std::exception &error) {
            // Logged and retried at the next interval: a failed backup must not stop the server.
            log_(QStringLiteral("automatic backup failed: %1").arg(QString::fromUtf8(error.what())));
        }
        lock.lock();
    }
}

} // namespace medinexus::server
