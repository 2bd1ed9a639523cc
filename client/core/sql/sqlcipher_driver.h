#pragma once

// A QSqlDriver over the SQLCipher C API, so the client's GUI can use QSqlQuery and
// QSqlQueryModel on its encrypted cache. Qt's own QSQLITE plugin cannot be used: it links the
// system libsqlite3, whose symbols clash with SQLCipher's, and a process that loaded both could
// end up writing patient data unencrypted.
//
// Usually reached through openEncryptedDatabase() (client/core/sql/encrypted_database.h). Used
// directly, the sequence is: QSqlDatabase::addDatabase(driverName(), name), then on
// qobject_cast<SqlCipherDriver *>(db.driver()) call setOptions() and setKey(), then
// db.setDatabaseName(path) and db.open(). QSqlDatabase's user name, password, host, port and
// connect options are not used; a password or connect options make open() fail, so a key
// cannot end up in the wrong field.
//
// Like every Qt SQL driver, an instance belongs to the thread that created its connection.

#include "client/core/sql/encrypted_database_options.h"
#include "shared/security/secret_string.h"
#include "shared/storage/sqlite_connection.h"

#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QVariant>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>
#include <QtSql/QSqlField>
#include <QtSql/QSqlIndex>
#include <QtSql/QSqlRecord>

#include <exception>
#include <optional>
#include <vector>

namespace medinexus::client::sql {

class SqlCipherResult;

class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT

public:
    // The raw key length SQLCipher is given (a random 256-bit key, not a passphrase).
    static constexpr qsizetype kKeyBytes = 32;

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    // Takes the 32-byte raw key for the next open(). open() wipes it as soon as the file is
    // open (or has failed to open), so every open() needs a fresh setKey().
    void setKey(SecretString key);
    // Options for the next open().
    void setOptions(const EncryptedDatabaseOptions &options);
    [[nodiscard]] EncryptedDatabaseOptions options() const;

    // Why the last open() failed, as the exception sqlite::Connection::open threw
    // (sqlite::WrongKeyError, sqlite::Error or std::invalid_argument) or an sqlite::Error
    // describing a refused open (no key, a password given, ...); null after a successful open.
    // Lets openEncryptedDatabase() throw the precise error QSqlDatabase::open() cannot carry.
    [[nodiscard]] std::exception_ptr lastOpenException() const;

    // The open connection, for code that needs the C++ wrapper on the same file (e.g. the
    // schema-migration runner); nullptr while closed. Owned by the driver.
    [[nodiscard]] sqlite::Connection *connection() const noexcept;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &databaseName, const QString &user, const QString &password,
              const QString &host, int port, const QString &connectOptions) override;
    // Finalizes the statements of every result still alive (their queries become inactive),
    // rolls back an open transaction and closes the file.
    void close() override;
    QSqlResult *createResult() const override;

    // BEGIN IMMEDIATE (BEGIN DEFERRED on a read-only connection): a writer takes the write
    // lock up front, waiting up to the busy timeout, instead of failing halfway through.
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    // Main and temporary tables, views, and sqlite_master plus SQLite's own sqlite_* tables as
    // system tables.
    QStringList tables(QSql::TableType type) const override;
    // The table's columns (PRAGMA table_info), typed by SQLite's column-affinity rules.
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    // SQL literals as SQLite reads them: X'..' BLOBs, 1 / 0 booleans, dates and times in the
    // same text form as bound values (see SqlCipherResult).
    QString formatValue(const QSqlField &field, bool trimStrings = false) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;

private:
    friend class SqlCipherResult;

    // Results register themselves so close() can finalize their statements first.
    void attach(SqlCipherResult *result) const;
    void detach(SqlCipherResult *result) const noexcept;

    void failOpen(const QSqlError &error, std::exception_ptr cause);
    // Reports a failure of a const catalogue function through lastError().
    void reportCatalogueError(const QString &operation, const sqlite::Error &error) const;
    bool runTransactionStatement(const char *sql, const QString &operation);

    SecretString key_;
    EncryptedDatabaseOptions options_;
    // options_.readOnly as it was at the last successful open().
    bool openedReadOnly_ = false;
    std::exception_ptr lastOpenException_;
    // mutable: QSqlDriver's catalogue functions (tables(), record(), ...) are const, but
    // running a statement on the connection is not.
    mutable std::optional<sqlite::Connection> connection_;
    mutable std::vector<SqlCipherResult *> results_;
};

// The QSqlError the driver and its results report for an SQLite failure: the operation (and,
// for SQLITE_BUSY, what it means) as driver text, SQLite's message as database text, the
// extended result code as native error code. Never a bound value.
[[nodiscard]] QSqlError sqlError(const QString &operation, const sqlite::Error &error,
                                 QSqlError::ErrorType type);

} // namespace medinexus::client::sql
