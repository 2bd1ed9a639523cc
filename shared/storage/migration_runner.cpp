#include "shared/storage/migration_runner.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>

#include <sqlite3.h>

#include <exception>
#include <set>
#include <utility>

namespace medinexus::sqlite {

namespace {

Q_LOGGING_CATEGORY(lcMigration, "medinexus.storage.migration")

// Literal QCoreApplication::translate calls (not a wrapper) so lupdate extracts them.
std::string tooNewMessage(int databaseVersion, int supportedVersion)
{
    return QCoreApplication::translate(
               "medinexus::Migration",
               "This database was written by a newer version of MediNexus (schema version %1; "
               "this version supports up to %2). Update MediNexus to open it.")
        .arg(databaseVersion)
        .arg(supportedVersion)
        .toStdString();
}

std::string migrationMessage(int version, const QString &description, const std::string &cause)
{
    return QCoreApplication::translate(
               "medinexus::Migration",
               "Upgrading the database failed at step %1 (%2): %3. No changes were saved.")
        .arg(version)
        .arg(description, QString::fromStdString(cause))
        .toStdString();
}

int queryInt(Connection &connection, const char *sql)
{
    Statement statement = connection.prepare(sql);
    if (!statement.step())
        throw Error(SQLITE_ERROR, std::string("no result from '") + sql + "'");
    return static_cast<int>(statement.columnInt64(0));
}

// Below 0 is not a version MediNexus writes; above latest is a newer MediNexus.
void checkSupported(int databaseVersion, int latest)
{
    if (databaseVersion < 0) {
        throw Error(SQLITE_MISMATCH, "database schema version " + std::to_string(databaseVersion)
                                         + " was not written by MediNexus; refusing to migrate");
    }
    if (databaseVersion > latest)
        throw SchemaTooNewError(databaseVersion, latest);
}

// Turns foreign-key enforcement off for the migration and back on afterwards. With it on,
// rebuilding a table (the only way to make most schema changes in SQLite) would cascade
// deletes into child tables when the old table is dropped. The pragma is a no-op inside a
// transaction, so this must wrap the transaction, not sit inside it.
class ForeignKeysOff {
public:
    explicit ForeignKeysOff(Connection &connection) : connection_(connection)
    {
        wasOn_ = queryInt(connection_, "PRAGMA foreign_keys") == 1;
        if (wasOn_)
            connection_.exec("PRAGMA foreign_keys = OFF");
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;
    ~ForeignKeysOff()
    {
        sqlite3 *db = connection_.handle();
        if (!wasOn_ || db == nullptr)
            return;
        const int rc = sqlite3_exec(db, "PRAGMA foreign_keys = ON", nullptr, nullptr, nullptr);
        // Still inside a transaction only if the rollback failed; the pragma is then ignored.
        if (rc != SQLITE_OK || sqlite3_get_autocommit(db) == 0) {
            qCCritical(lcMigration,
                       "could not re-enable foreign keys on %s after migrating (SQLite error %d)",
                       qUtf8Printable(connection_.path()), rc);
        }
    }

private:
    Connection &connection_;
    bool wasOn_ = false;
};

// Refuses BEGIN / COMMIT / ROLLBACK while migration steps run: a COMMIT in a script would end
// the single migration transaction early, and a later failing step could then no longer undo
// the earlier ones. Uses the connection's authorizer slot, which nothing else in MediNexus
// uses, and clears it afterwards.
class TransactionControlRefused {
public:
    explicit TransactionControlRefused(Connection &connection) : db_(connection.handle())
    {
        const int rc = sqlite3_set_authorizer(db_, &authorize, this);
        if (rc != SQLITE_OK)
            throw Error(rc, "cannot install the migration authorizer");
    }
    TransactionControlRefused(const TransactionControlRefused &) = delete;
    TransactionControlRefused &operator=(const TransactionControlRefused &) = delete;
    ~TransactionControlRefused() { sqlite3_set_authorizer(db_, nullptr, nullptr); }

    [[nodiscard]] bool refusedSomething() const noexcept { return refused_; }

private:
    static int authorize(void *self, int action, const char *, const char *, const char *,
                         const char *)
    {
        if (action != SQLITE_TRANSACTION)
            return SQLITE_OK;
        static_cast<TransactionControlRefused *>(self)->refused_ = true;
        return SQLITE_DENY;
    }

    sqlite3 *db_;
    bool refused_ = false;
};

struct ForeignKeyViolations {
    qint64 rows = 0;
    std::set<std::pair<QString, QString>> childParentPairs;
};

ForeignKeyViolations foreignKeyViolations(Connection &connection)
{
    ForeignKeyViolations result;
    // Columns: child table, child rowid, parent table, foreign-key id.
    Statement check = connection.prepare("PRAGMA foreign_key_check");
    while (check.step()) {
        ++result.rows;
        result.childParentPairs.emplace(check.columnText(0), check.columnText(2));
    }
    return result;
}

// Only violations added by the migrations fail them: a database that already had some (from
// before foreign keys were enforced) must still be upgradable.
void checkNoNewViolations(Connection &connection, qint64 baseline)
{
    const ForeignKeyViolations now = foreignKeyViolations(connection);
    if (now.rows <= baseline)
        return;
    // Table names only: the offending rows' contents are patient data.
    std::string tables;
    for (const auto &[child, parent] : now.childParentPairs) {
        if (!tables.empty())
            tables += ", ";
        tables += child.toStdString() + " -> " + parent.toStdString();
    }
    throw Error(SQLITE_CONSTRAINT_FOREIGNKEY,
                "foreign key check failed: " + std::to_string(now.rows - baseline)
                    + " new violating row(s) (" + tables + ")");
}

} // namespace

// --- Migration -----------------------------------------------------------------------------

Migration Migration::fromSql(int version, QString description, std::string sql)
{
    // An empty script is almost always a resource that failed to load.
    if (QString::fromStdString(sql).trimmed().isEmpty())
        throw std::invalid_argument("migration " + std::to_string(version) + " has no SQL");
    return Migration{version, std::move(description),
                     [script = std::move(sql)](Connection &connection) {
                         connection.exec(script.c_str());
                     }};
}

// --- Errors --------------------------------------------------------------------------------

SchemaTooNewError::SchemaTooNewError(int databaseVersion, int supportedVersion)
    : std::runtime_error(tooNewMessage(databaseVersion, supportedVersion)),
      databaseVersion_(databaseVersion),
      supportedVersion_(supportedVersion)
{
}

MigrationError::MigrationError(int version, const QString &description,
                               const std::string &cause, int sqliteCode)
    : std::runtime_error(migrationMessage(version, description, cause)),
      version_(version),
      description_(description),
      sqliteCode_(sqliteCode)
{
}

// --- MigrationRunner -----------------------------------------------------------------------

MigrationRunner::MigrationRunner(std::vector<Migration> migrations)
    : migrations_(std::move(migrations))
{
    if (migrations_.empty())
        throw std::invalid_argument("MigrationRunner needs at least one migration");
    for (std::size_t i = 0; i < migrations_.size(); ++i) {
        const Migration &migration = migrations_[i];
        const auto expected = static_cast<int>(i + 1);
        if (migration.version != expected) {
            throw std::invalid_argument("migration versions must be 1..N in order: position "
                                        + std::to_string(i + 1) + " has version "
                                        + std::to_string(migration.version) + ", expected "
                                        + std::to_string(expected));
        }
        if (migration.description.trimmed().isEmpty()) {
            throw std::invalid_argument("migration " + std::to_string(migration.version)
                                        + " has no description");
        }
        if (!migration.apply) {
            throw std::invalid_argument("migration " + std::to_string(migration.version)
                                        + " has no apply function");
        }
    }
}

int MigrationRunner::latestVersion() const noexcept
{
    return static_cast<int>(migrations_.size());
}

MigrationReport MigrationRunner::migrate(Connection &connection) const
{
    if (connection.inTransaction()) {
        throw Error(SQLITE_MISUSE,
                    "migrate() must not be called inside a transaction: it runs its own");
    }
    const int latest = latestVersion();
    // Checked before anything else so a newer database is left exactly as it is.
    const int current = connection.userVersion();
    checkSupported(current, latest);
    if (current == latest)
        return MigrationReport{current, current, {}};

    // Declaration order matters: destroyed in reverse, so the authorizer is gone before the
    // transaction's ROLLBACK and foreign keys come back on after it.
    const ForeignKeysOff foreignKeysOff(connection);
    Transaction transaction(connection, TransactionMode::Immediate);

    // Re-read under the write lock: another process may have migrated in the meantime.
    const int from = connection.userVersion();
    checkSupported(from, latest);
    MigrationReport report{from, latest, {}};
    if (from == latest) {
        transaction.commit();
        return report;
    }

    const qint64 baselineViolations = foreignKeyViolations(connection).rows;
    {
        const TransactionControlRefused refuseTransactionControl(connection);
        for (auto index = static_cast<std::size_t>(from); index < migrations_.size(); ++index) {
            const Migration &migration = migrations_[index];
            qCInfo(lcMigration, "applying migration %d: %s", migration.version,
                   qUtf8Printable(migration.description));
            try {
                migration.apply(connection);
                // SQLite rolls back on its own after some errors; a step that swallowed one
                // would leave the remaining steps running outside any transaction.
                if (!connection.inTransaction()) {
                    throw Error(SQLITE_MISUSE,
                                "the step ended the migration transaction (an error that "
                                "makes SQLite roll back was ignored)");
                }
                checkNoNewViolations(connection, baselineViolations);
            } catch (const Error &error) {
                const std::string cause =
                    refuseTransactionControl.refusedSomething()
                        ? std::string(error.what())
                              + " (migrations must not BEGIN, COMMIT or ROLLBACK: they run in "
                                "one transaction)"
                        : std::string(error.what());
                std::throw_with_nested(
                    MigrationError(migration.version, migration.description, cause, error.code()));
            } catch (const std::exception &error) {
                std::throw_with_nested(
                    MigrationError(migration.version, migration.description, error.what(), 0));
            }
            report.applied.push_back(migration.version);
        }
        connection.setUserVersion(latest);
    }
    transaction.commit();
    qCInfo(lcMigration, "database %s migrated from schema version %d to %d",
           qUtf8Printable(connection.path()), from, latest);
    return report;
}

} // namespace medinexus::sqlite
