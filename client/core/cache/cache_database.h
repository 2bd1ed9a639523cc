#pragma once

// The encrypted local cache of one user on one device: a SQLCipher file opened with the
// cache key, brought to the current schema, with a small key/value table of local state
// (who owns the cache, the pull cursor, the offline-login clock).
//
// One CacheDatabase is one connection: use it from one thread at a time. The sync worker and
// the GUI each open their own on the same file (WAL lets them work side by side).

#include "shared/security/secret_string.h"
#include "shared/storage/sqlite_connection.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <stdexcept>

namespace medinexus::client {

// The cache cannot be used. kind() tells the user what happened without exposing internals.
class CacheOpenError : public std::runtime_error {
public:
    enum class Kind {
        WrongKeyOrDamaged,  // the key does not open the file, or the file is damaged
        TooNew,             // written by a newer MediNexus
        Other,              // I/O, permissions, disk full...
    };
    CacheOpenError(Kind kind, const std::string &message) : std::runtime_error(message), kind_(kind) {}
    [[nodiscard]] Kind kind() const noexcept { return kind_; }

private:
    Kind kind_;
};

// Keys of the meta table.
namespace meta {
inline constexpr const char *kUserId = "user_id";
inline constexpr const char *kUsername = "username";
inline constexpr const char *kDeviceId = "device_id";
inline constexpr const char *kLastOnlineLoginAt = "last_online_login_at";
inline constexpr const char *kOfflineAccessRevoked = "offline_access_revoked";
inline constexpr const char *kPullCursor = "pull_cursor";
inline constexpr const char *kLastSuccessfulSyncAt = "last_successful_sync_at";
inline constexpr const char *kHlc = "hlc";
} // namespace meta

class CacheDatabase {
public:
    // Opens (creating when `create`) the cache at `path` with the 32-byte key and migrates it.
    // Throws CacheOpenError; a file that exists is never replaced or emptied here.
    static CacheDatabase open(const QString &path, const SecretString &key, bool create = true);

    CacheDatabase(CacheDatabase &&) noexcept = default;
    CacheDatabase &operator=(CacheDatabase &&) noexcept = default;

    [[nodiscard]] sqlite::Connection &connection() { return connection_; }
    [[nodiscard]] const QString &path() const { return path_; }

    [[nodiscard]] std::optional<QString> metaValue(const char *key);
    void setMetaValue(const char *key, const QString &value);
    void removeMetaValue(const char *key);

    [[nodiscard]] std::optional<QDateTime> metaDateTime(const char *key);
    void setMetaDateTime(const char *key, const QDateTime &value);

    // The files SQLite keeps beside the database (WAL, shared memory, rollback journal).
    static QStringList companionFiles(const QString &path);

private:
    CacheDatabase(sqlite::Connection connection, QString path);

    sqlite::Connection connection_;
    QString path_;
};

} // namespace medinexus::client
