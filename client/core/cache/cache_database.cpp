#include "client/core/cache/cache_database.h"

#include "client/core/cache/cache_schema.h"

#include "shared/codec/model_json.h"

#include <QFileInfo>

namespace medinexus::client {

CacheDatabase::CacheDatabase(sqlite::Connection connection, QString path)
    : connection_(std::move(connection)), path_(std::move(path))
{
}

CacheDatabase CacheDatabase::open(const QString &path, const SecretString &key, bool create)
{
    if (key.size() != 32)
        throw std::invalid_argument("the cache key must be 32 bytes");
    if (!create && !QFileInfo::exists(path))
        throw CacheOpenError(CacheOpenError::Kind::Other, "the local cache does not exist");

    sqlite::OpenOptions options;
    options.create = create;
    options.key = QByteArray(key.view().data(), key.size());
    // Clinics lose power: every commit must survive it (the outbox is the only copy of
    // offline work until the server acknowledges it).
    options.fullSync = true;
    try {
        sqlite::Connection connection = sqlite::Connection::open(path, options);
        secureWipe(*options.key);
        // Sorts and temporary tables stay in memory: SQLCipher encrypts the database and its
        // WAL, and nothing else may reach the disk.
        connection.exec("PRAGMA temp_store = MEMORY");
        cacheMigrations().migrate(connection);
        return CacheDatabase(std::move(connection), path);
    } catch (const sqlite::WrongKeyError &) {
        secureWipe(*options.key);
        throw CacheOpenError(CacheOpenError::Kind::WrongKeyOrDamaged,
                             "the local cache cannot be decrypted with this key, or it is damaged");
    } catch (const sqlite::SchemaTooNewError &error) {
        secureWipe(*options.key);
        throw CacheOpenError(CacheOpenError::Kind::TooNew, error.what());
    } catch (const sqlite::MigrationError &error) {
        secureWipe(*options.key);
        // A damaged page often shows up only when the schema is read.
        const int primary = error.sqliteCode() & 0xff;
        const bool damaged = primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
        throw CacheOpenError(damaged ? CacheOpenError::Kind::WrongKeyOrDamaged : CacheOpenError::Kind::Other, error.what());
    } catch (const sqlite::Error &error) {
        secureWipe(*options.key);
        const bool damaged = error.primaryCode() == 11 || error.primaryCode() == 26;
        throw CacheOpenError(damaged ? CacheOpenError::Kind::WrongKeyOrDamaged : CacheOpenError::Kind::Other, error.what());
    }
}

std::optional<QString> CacheDatabase::metaValue(const char *key)
{
    auto statement = connection_.prepare("SELECT value FROM meta WHERE key = ?");
    statement.bind(1, QString::fromLatin1(key));
    if (!statement.step())
        return std::nullopt;
    return statement.columnText(0);
}

void CacheDatabase::setMetaValue(const char *key, const QString &value)
{
    auto statement = connection_.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    statement.bind(1, QString::fromLatin1(key)).bind(2, value);
    statement.run();
}

void CacheDatabase::removeMetaValue(const char *key)
{
    auto statement = connection_.prepare("DELETE FROM meta WHERE key = ?");
    statement.bind(1, QString::fromLatin1(key));
    statement.run();
}

std::optional<QDateTime> CacheDatabase::metaDateTime(const char *key)
{
    const auto text = metaValue(key);
    if (!text)
        return std::nullopt;
    return dateTimeFromJsonString(*text);
}

void CacheDatabase::setMetaDateTime(const char *key, const QDateTime &value)
{
    setMetaValue(key, dateTimeToJsonString(value));
}

QStringList CacheDatabase::companionFiles(const QString &path)
{
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

} // namespace medinexus::client
