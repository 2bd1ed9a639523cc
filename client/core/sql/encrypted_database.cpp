#include "client/core/sql/encrypted_database.h"

#include "client/core/sql/sqlcipher_driver.h"
#include "shared/storage/sqlite_connection.h"

#include <QtSql/QSqlDriverCreator>
#include <QtSql/QSqlError>

#include <sqlite3.h>

#include <exception>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>

namespace medinexus::client::sql {

QString driverName()
{
    return QStringLiteral("MEDINEXUS_SQLCIPHER");
}

void registerSqlCipherDriver()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // QSqlDatabase takes ownership of the creator (Qt's API hands it a raw pointer).
        QSqlDatabase::registerSqlDriver(
            driverName(), std::make_unique<QSqlDriverCreator<SqlCipherDriver>>().release());
    });
}

QSqlDatabase openEncryptedDatabase(const QString &path, const SecretString &key,
                                   const QString &connectionName,
                                   const EncryptedDatabaseOptions &options)
{
    if (key.size() != SqlCipherDriver::kKeyBytes) {
        throw std::invalid_argument("the cache key must be exactly 32 bytes, got "
                                    + std::to_string(key.size()));
    }
    // addDatabase() would silently replace (and close) a connection of the same name.
    if (QSqlDatabase::contains(connectionName)) {
        throw std::invalid_argument("a database connection named '"
                                    + connectionName.toStdString() + "' already exists");
    }
    registerSqlCipherDriver();

    std::exception_ptr failure;
    QString failureText;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(driverName(), connectionName);
        auto *driver = qobject_cast<SqlCipherDriver *>(database.driver());
        if (driver != nullptr) {
            driver->setOptions(options);
            driver->setKey(SecretString(key.view()));
            database.setDatabaseName(path);
            if (database.open())
                return database;
            failure = driver->lastOpenException();
            failureText = database.lastError().text();
        } else {
            failureText = QStringLiteral("the %1 driver is not available").arg(driverName());
        }
    } // the last copy of `database` must be gone before removeDatabase()
    QSqlDatabase::removeDatabase(connectionName);
    if (failure)
        std::rethrow_exception(failure);
    throw sqlite::Error(SQLITE_ERROR, "cannot open database '" + path.toStdString()
                                          + "': " + failureText.toStdString());
}

void closeDatabase(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase database = QSqlDatabase::database(connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace medinexus::client::sql
