#include "client/core/session/user_cache_location.h"

#include "client/core/cache/cache_database.h"

#include "shared/ids/uuid.h"
#include "shared/validation/validator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <stdexcept>

namespace medinexus::client {

UserCacheLocation::UserCacheLocation(const QString &dataRoot, const QUuid &profileId, const QString &username)
    : profileId_(uuidToString(profileId))
{
    const QString normalized = normalizedUsername(username).value_or(username.trimmed().toLower());
    userHash_ = QString::fromLatin1(
        QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
    directory_ = QDir(dataRoot).filePath(QStringLiteral("profiles/%1/%2").arg(profileId_, userHash_));
}

QString UserCacheLocation::cacheFile() const
{
    return QDir(directory_).filePath(QStringLiteral("cache.sqlite"));
}

QString UserCacheLocation::wrappedKeyFile() const
{
    return QDir(directory_).filePath(QStringLiteral("cache-key.wrap"));
}

QString UserCacheLocation::keychainAccount() const
{
    return QStringLiteral("cache-key/%1/%2").arg(profileId_, userHash_);
}

QByteArray UserCacheLocation::associatedData() const
{
    return QStringLiteral("medinexus-cache-key/v1/%1/%2").arg(profileId_, userHash_).toUtf8();
}

bool UserCacheLocation::cacheExists() const
{
    return QFileInfo::exists(cacheFile());
}

void UserCacheLocation::ensureDirectory() const
{
    if (!QDir().mkpath(directory_))
        throw std::runtime_error("cannot create the local cache folder");
    QFile::setPermissions(directory_, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString UserCacheLocation::setCacheAside() const
{
    const QString suffix = QStringLiteral(".unreadable-")
                           + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const QString aside = cacheFile() + suffix;
    QFile::rename(cacheFile(), aside);
    for (const QString &companion : CacheDatabase::companionFiles(cacheFile())) {
        if (QFileInfo::exists(companion))
            QFile::rename(companion, companion + suffix);
    }
    return aside;
}

void UserCacheLocation::erase() const
{
    QFile::remove(cacheFile());
    for (const QString &companion : CacheDatabase::companionFiles(cacheFile()))
        QFile::remove(companion);
    QFile::remove(wrappedKeyFile());
    QDir().rmdir(directory_);
}

} // namespace medinexus::client
