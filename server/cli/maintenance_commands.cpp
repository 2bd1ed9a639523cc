// `backup`, `restore` and `audit verify`.
#include "server/app/backup_scheduler.h"
#include "server/app/store_factory.h"
#include "server/audit/audit_chain.h"
#include "server/cli/cli_support.h"
#include "server/cli/commands.h"
#include "server/storage/sqlite/sqlite_store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>

namespace medinexus::server::cli {

namespace {

// Verifies a store file and its chain-head file; prints the outcome.
bool verifyStoreFile(const QString &path)
{
    auto store = SqliteStore::open(path);
    const AuditHeadFile head(AuditHeadFile::pathForDatabase(path));
    // verifyAudit() holds the writer while it reads, so a live server's new rows are not
    // mistaken for missing ones.
    const AuditVerification result = head.exists() ? store->verifyAudit() : verifyAuditChain(*store);
    if (result.ok) {
        printLine(stdout, QStringLiteral("audit chain intact: %1 rows verified%2")
                              .arg(result.rowsChecked)
                              .arg(head.exists() ? QString() : QStringLiteral(" (no chain-head file: a rewrite of the whole table would go unnoticed)")));
        return head.exists();
    }
    printLine(stderr, QStringLiteral("audit chain BROKEN: %1").arg(result.problem));
    if (result.firstBadSequence)
        printLine(stderr, QStringLiteral("first bad row: sequence %1").arg(*result.firstBadSequence));
    return false;
}

void copyFileDurably(const QString &from, const QString &to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to))
        throw std::runtime_error("restore: cannot copy the backup into the data directory");
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    QFile file(to);
    if (!file.open(QIODevice::ReadWrite) || !file.flush())
        throw std::runtime_error("restore: cannot flush the restored file");
}

// The embedded store's backup and restore verbs have PostgreSQL counterparts of its own.
void refuseOnPostgres(const ServerConfig &config, const char *verb)
{
    if (config.usesPostgres())
        throw std::runtime_error(std::string(verb) + " is for the embedded store: on PostgreSQL, use base backups with WAL "
                                 "archiving and point-in-time restore (scripts/pg-basebackup.sh, scripts/pg-restore-pitr.sh, "
                                 "docs/operations.md)");
}

// The shared database's chain, read from one snapshot while the nodes go on writing.
bool verifySharedStore(const ServerConfig &config)
{
    const AuditVerification result = openStore(config)->verifyAudit();
    if (result.ok) {
        printLine(stdout, QStringLiteral("audit chain intact: %1 rows verified").arg(result.rowsChecked));
        return true;
    }
    printLine(stderr, QStringLiteral("audit chain BROKEN: %1").arg(result.problem));
    if (result.firstBadSequence)
        printLine(stderr, QStringLiteral("first bad row: sequence %1").arg(*result.firstBadSequence));
    return false;
}

} // namespace

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Writes a consistent online backup of the store (safe while the server runs)."));
    parser.addOption({QStringLiteral("output"), QStringLiteral("Directory for the backup (default: the configured backup directory)."), QStringLiteral("DIR")});
    const ServerConfig config = parseCommon(parser, arguments);
    refuseOnPostgres(config, "backup");
    const QString directory = parser.isSet(QStringLiteral("output")) ? parser.value(QStringLiteral("output")) : config.resolve(config.backupDir);
    auto store = SqliteStore::open(config.storePath());
    const QString path = BackupScheduler::backupNow(*store, directory);
    printLine(stdout, QStringLiteral("backup written: %1").arg(path));
    return 0;
}

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Replaces the store with a backup, after verifying the backup's audit chain.\n"
                                            "The server must be stopped. The current store is kept beside it."));
    parser.addOption({QStringLiteral("from"), QStringLiteral("The backup file to restore."), QStringLiteral("FILE")});
    const ServerConfig config = parseCommon(parser, arguments);
    refuseOnPostgres(config, "restore");
    if (!parser.isSet(QStringLiteral("from")))
        throw UsageError("--from is required");
    const QString backup = QFileInfo(parser.value(QStringLiteral("from"))).absoluteFilePath();
    if (!QFile::exists(backup))
        throw std::runtime_error("restore: the backup file does not exist");

    QLockFile lock(config.resolve(QStringLiteral("server.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        throw std::runtime_error("restore: the server is running on this data directory; stop it first");

    if (!verifyStoreFile(backup))
        throw std::runtime_error("restore: the backup does not verify; nothing was changed");

    // Keep what is there now: a restore must never be the moment data is lost.
    const QString store = config.storePath();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QStringList parts = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    if (QFile::exists(store)) {
        // Fold the WAL into the main file first, so the kept copy is whole.
        SqliteStore::open(store).reset();
        for (const QString &suffix : parts) {
            if (QFile::exists(store + suffix) && !QFile::rename(store + suffix, store + QStringLiteral(".before-restore-") + stamp + suffix))
                throw std::runtime_error("restore: cannot set the current store aside");
        }
        const QString head = AuditHeadFile::pathForDatabase(store);
        if (QFile::exists(head))
            QFile::rename(head, head + QStringLiteral(".before-restore-") + stamp);
    }
    copyFileDurably(backup, store);
    copyFileDurably(AuditHeadFile::pathForDatabase(backup), AuditHeadFile::pathForDatabase(store));
    if (!verifyStoreFile(store))
        throw std::runtime_error("restore: the restored store does not verify");
    printLine(stdout, QStringLiteral("restored from %1; the previous store was kept as %2.before-restore-%3").arg(backup, store, stamp));
    return 0;
}

int runAudit(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) != QLatin1String("verify"))
        throw UsageError("usage: medinexus-server audit verify --data-dir DIR");
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Verifies the hash chain of the audit log and its chain-head file; names the first bad row."));
    const ServerConfig config = parseCommon(parser, rest);
    if (config.usesPostgres())
        return verifySharedStore(config) ? 0 : 1;
    return verifyStoreFile(config.storePath()) ? 0 : 1;
}

} // namespace medinexus::server::cli
