#include "server/storage/sqlite/durable_file.h"

#include "server/storage/store_records.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <string>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace medinexus::server::durable {

namespace {

[[noreturn]] void fail(const std::string &what, const QString &path, const QString &reason)
{
    throw StoreError(what + " '" + path.toStdString() + "': " + reason.toStdString(), false);
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

void createPrivateFile(const QString &path)
{
    QFile file(path);
    // NewOnly: O_CREAT | O_EXCL, so an existing file (or a planted symlink) is refused.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly))
        fail("cannot create file", path, file.errorString());
    file.close();
}

bool ensurePrivateFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly)) {
        if (QFileInfo::exists(path))  // created by someone else meanwhile: fine
            return false;
        fail("cannot create file", path, file.errorString());
    }
    file.close();
    return true;
}

void syncFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        fail("cannot open file to sync", path, file.errorString());
#ifdef Q_OS_WIN
    if (::_commit(file.handle()) != 0)
        fail("cannot sync file", path, QString::fromLocal8Bit(std::strerror(errno)));
#else
    if (::fsync(file.handle()) != 0)
        fail("cannot sync file", path, QString::fromLocal8Bit(std::strerror(errno)));
#endif
}

void syncParentDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        fail("cannot open directory to sync", QFileInfo(path).absolutePath(),
             QString::fromLocal8Bit(std::strerror(errno)));
    const int rc = ::fsync(fd);
    const int savedErrno = errno;
    ::close(fd);
    if (rc != 0)
        fail("cannot sync directory", QFileInfo(path).absolutePath(),
             QString::fromLocal8Bit(std::strerror(savedErrno)));
#else
    Q_UNUSED(path);
#endif
}

void renameNoReplace(const QString &from, const QString &to)
{
    // QFile::rename never replaces an existing file (it fails instead).
    QFile file(from);
    if (!file.rename(to))
        fail("cannot rename file to", to, file.errorString());
}

} // namespace medinexus::server::durable
