#pragma once

// Versioned schema migrations for SQLite. The schema version lives in PRAGMA user_version:
// 0 is an empty database, N means migrations 1..N have been applied. A database written by a
// newer MediNexus (user_version above what this build knows) is refused untouched; an older
// one is brought up to date in a single transaction, so it ends either fully migrated or
// exactly as it was.

#include "shared/storage/sqlite_connection.h"

#include <QtCore/QString>

#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace medinexus::sqlite {

struct Migration {
    int version = 0;
    // Short, for logs and error messages ("add allergies table").
    QString description;
    // Runs inside the migration transaction. It must not BEGIN, COMMIT or ROLLBACK (such
    // statements are refused while migrations run). Foreign-key enforcement is off while it
    // runs, so tables can be rebuilt (create new, copy, drop old, rename) without cascading
    // deletes; instead, a step that leaves new foreign-key violations fails.
    std::function<void(Connection &)> apply;

    // A migration that runs an SQL script (several ';'-separated statements allowed).
    static Migration fromSql(int version, QString description, std::string sql);
};

struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
    // Versions applied by this call, in order; empty when the schema was already current.
    std::vector<int> applied;
};

// The database's schema is newer than this build: it was written by a newer MediNexus.
class SchemaTooNewError : public std::runtime_error {
public:
    SchemaTooNewError(int databaseVersion, int supportedVersion);

    [[nodiscard]] int databaseVersion() const noexcept { return databaseVersion_; }
    [[nodiscard]] int supportedVersion() const noexcept { return supportedVersion_; }

private:
    int databaseVersion_;
    int supportedVersion_;
};

// A migration step failed; everything this run did has been rolled back. The original
// exception is nested (std::rethrow_if_nested) and its message is part of what().
class MigrationError : public std::runtime_error {
public:
    MigrationError(int version, const QString &description, const std::string &cause,
                   int sqliteCode);

    [[nodiscard]] int version() const noexcept { return version_; }
    [[nodiscard]] QString description() const { return description_; }
    // The SQLite extended result code when the cause was a sqlite::Error, else 0 (SQLITE_OK).
    [[nodiscard]] int sqliteCode() const noexcept { return sqliteCode_; }

private:
    int version_;
    QString description_;
    int sqliteCode_;
};

class MigrationRunner {
public:
    // Throws std::invalid_argument unless the versions are exactly 1..N in order (N >= 1) and
    // every migration has a description and a function.
    explicit MigrationRunner(std::vector<Migration> migrations);

    [[nodiscard]] int latestVersion() const noexcept;

    // Brings the database to latestVersion(). Throws SchemaTooNewError (database untouched) if
    // it is newer, MigrationError if a step fails (database rolled back), sqlite::Error if
    // SQLite itself fails around the steps (BEGIN, COMMIT, ...; rolled back as well),
    // sqlite::Error(SQLITE_MISUSE) if called inside a transaction, and
    // sqlite::Error(SQLITE_MISMATCH) if user_version is negative (not written by MediNexus).
    MigrationReport migrate(Connection &connection) const;

private:
    std::vector<Migration> migrations_;
};

} // namespace medinexus::sqlite
