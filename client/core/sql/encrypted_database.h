#pragma once

// Opening the client's encrypted cache as a QSqlDatabase, on the SQLCipher driver
// (client/core/sql/sqlcipher_driver.h). Qt's QSQLITE plugin is never used: it would bring the
// system libsqlite3 into the process next to SQLCipher.

#include "client/core/sql/encrypted_database_options.h"
#include "shared/security/secret_string.h"

#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

namespace medinexus::client::sql {

// "MEDINEXUS_SQLCIPHER": the driver name registered with QSqlDatabase.
[[nodiscard]] QString driverName();

// Registers the driver under driverName(). Idempotent and thread-safe; openEncryptedDatabase()
// calls it itself.
void registerSqlCipherDriver();

// Adds the QSqlDatabase connection `connectionName` on this driver (usable from the calling
// thread only, as always with Qt SQL), gives it the 32-byte raw key and opens `path`. The
// driver's copy of the key is wiped as soon as the open is over.
//
// Throws medinexus::sqlite::WrongKeyError (wrong key, damaged or non-database file),
// medinexus::sqlite::Error (any other SQLite failure, e.g. SQLITE_CANTOPEN for a missing file
// with create = false), std::invalid_argument (a key that is not 32 bytes, a negative busy
// timeout, or a connection name already in use). On failure the connection name is removed
// again.
QSqlDatabase openEncryptedDatabase(const QString &path, const SecretString &key,
                                   const QString &connectionName,
                                   const EncryptedDatabaseOptions &options = {});

// Closes and removes the connection; does nothing for a name that does not exist. QSqlQuery
// and QSqlQueryModel objects on it, and copies of its QSqlDatabase, must be gone.
void closeDatabase(const QString &connectionName);

} // namespace medinexus::client::sql
