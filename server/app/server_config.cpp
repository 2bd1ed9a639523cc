#include "server/app/server_config.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>

#include <stdexcept>

namespace medinexus::server {

namespace {

const QString kConfigName = QStringLiteral("medinexus-server.conf");

[[noreturn]] void malformed(const QString &key)
{
    throw std::runtime_error(QStringLiteral("configuration: %1 has a malformed value").arg(key).toStdString());
}

qint64 readInteger(const QSettings &settings, const QString &key, qint64 fallback, qint64 min, qint64 max)
{
    if (!settings.contains(key))
        return fallback;
    bool ok = false;
    const qint64 value = settings.value(key).toString().toLongLong(&ok);
    if (!ok || value < min || value > max)
        malformed(key);
    return value;
}

// QSettings reads an unquoted value with commas as a list and stops at ';' or '#': a
// connection string with several hosts needs quotes.
QString quotedForIni(const QString &value)
{
    if (value.isEmpty())
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString ServerConfig::resolve(const QString &path) const
{
    return QDir::isAbsolutePath(path) ? path : QDir(dataDir).filePath(path);
}

QString ServerConfig::storePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("store.db"));
}

QString ServerConfig::configFilePath() const
{
    if (!explicitConfigFile.isEmpty())
        return QFileInfo(explicitConfigFile).absoluteFilePath();
    return QDir(dataDir).filePath(kConfigName);
}

void parseListen(const QString &text, QString &address, std::uint16_t &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon < 0)
        throw std::invalid_argument("listen: expected ADDRESS:PORT");
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint value = text.mid(colon + 1).toUInt(&ok);
    if (!ok || value > 65535)
        throw std::invalid_argument("listen: the port must be a number from 0 to 65535");
    address = host.isEmpty() ? QStringLiteral("0.0.0.0") : host;
    port = static_cast<std::uint16_t>(value);
}

ServerConfig ServerConfig::load(const QString &dataDir, const QString &explicitConfigFile)
{
    ServerConfig config;
    config.dataDir = QDir(dataDir).absolutePath();
    config.explicitConfigFile = explicitConfigFile;
    const QString file = config.configFilePath();
    if (!QFile::exists(file)) {
        if (!explicitConfigFile.isEmpty())
            throw std::runtime_error("configuration: the file given with --config does not exist");
        return config;
    }
    QSettings settings(file, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        throw std::runtime_error("configuration: the file cannot be read or is malformed");

    if (settings.contains(QStringLiteral("server/listen"))) {
        try {
            parseListen(settings.value(QStringLiteral("server/listen")).toString(), config.listenAddress, config.listenPort);
        } catch (const std::invalid_argument &) {
            malformed(QStringLiteral("server/listen"));
        }
    }
    // Unquoted, QSettings splits a value at commas (several hosts): join it back rather than
    // read it as empty, which would silently mean the embedded store.
    const QVariant database = settings.value(QStringLiteral("storage/database"));
    config.database = (database.typeId() == QMetaType::QStringList ? database.toStringList().join(QLatin1Char(','))
                                                                  : database.toString()).trimmed();
    config.certificateFile = settings.value(QStringLiteral("tls/certificate"), config.certificateFile).toString();
    config.privateKeyFile = settings.value(QStringLiteral("tls/private_key"), config.privateKeyFile).toString();
    config.bodyLimitBytes = static_cast<std::uint64_t>(
        readInteger(settings, QStringLiteral("server/body_limit_bytes"), static_cast<qint64>(config.bodyLimitBytes), 4096, 1LL << 30));
    config.ioThreads = static_cast<int>(readInteger(settings, QStringLiteral("server/io_threads"), 0, 0, 256));
    config.workerThreads = static_cast<int>(readInteger(settings, QStringLiteral("server/worker_threads"), 0, 0, 1024));
    config.sessionIdleTimeout = std::chrono::seconds(
        readInteger(settings, QStringLiteral("sessions/idle_timeout_seconds"), config.sessionIdleTimeout.count(), 5, 24 * 3600));
    config.sessionAbsoluteLifetime = std::chrono::seconds(
        readInteger(settings, QStringLiteral("sessions/absolute_lifetime_seconds"), config.sessionAbsoluteLifetime.count(), 5, 30 * 24 * 3600));
    config.handshakeTimeout = std::chrono::seconds(
        readInteger(settings, QStringLiteral("server/handshake_timeout_seconds"), config.handshakeTimeout.count(), 1, 600));
    config.headerTimeout = std::chrono::seconds(
        readInteger(settings, QStringLiteral("server/header_timeout_seconds"), config.headerTimeout.count(), 1, 600));
    config.keepAliveTimeout = std::chrono::seconds(
        readInteger(settings, QStringLiteral("server/keep_alive_timeout_seconds"), config.keepAliveTimeout.count(), 1, 3600));
    config.backupInterval = std::chrono::minutes(readInteger(settings, QStringLiteral("backup/interval_minutes"), 0, 0, 60 * 24 * 31));
    config.backupRetention = static_cast<int>(readInteger(settings, QStringLiteral("backup/retention"), 14, 1, 10000));
    config.backupDir = settings.value(QStringLiteral("backup/directory"), config.backupDir).toString();
    return config;
}

QString ServerConfig::toText() const
{
    const QString host = listenAddress.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(listenAddress) : listenAddress;
    return QStringLiteral(
        "# MediNexus server configuration. Relative paths are relative to the data directory.\n"
        "[server]\n"
        "listen=%1:%2\n"
        "# Larger request bodies are refused with 413.\n"
        "body_limit_bytes=%3\n"
        "# 0 = one I/O thread per core; worker threads run requests (0 = default).\n"
        "io_threads=%4\n"
        "worker_threads=%5\n"
        "# A client must finish the TLS handshake, then send a request's headers, within these\n"
        "# times (slow or silent clients are cut off).\n"
        "handshake_timeout_seconds=%15\n"
        "header_timeout_seconds=%13\n"
        "keep_alive_timeout_seconds=%14\n"
        "\n[storage]\n"
        "# Empty: the embedded store (store.db in the data directory). Otherwise the PostgreSQL\n"
        "# database shared by every node, as a libpq connection string, e.g.\n"
        "# postgresql://medinexus@db1,db2/medinexus?target_session_attrs=read-write&sslmode=verify-full\n"
        "# Never a password here: use a passfile (0600) or a client certificate.\n"
        "database=%16\n"
        "\n[tls]\n"
        "certificate=%6\n"
        "private_key=%7\n"
        "\n[sessions]\n"
        "# A session ends after this long without a request, and in any case after the lifetime.\n"
        "idle_timeout_seconds=%8\n"
        "absolute_lifetime_seconds=%9\n"
        "\n[backup]\n"
        "# Automatic online backups; 0 disables them.\n"
        "interval_minutes=%10\n"
        "retention=%11\n"
        "directory=%12\n")
        .arg(host).arg(listenPort).arg(bodyLimitBytes).arg(ioThreads).arg(workerThreads)
        .arg(certificateFile, privateKeyFile)
        .arg(sessionIdleTimeout.count()).arg(sessionAbsoluteLifetime.count())
        .arg(backupInterval.count()).arg(backupRetention).arg(backupDir)
        .arg(headerTimeout.count()).arg(keepAliveTimeout.count()).arg(handshakeTimeout.count())
        .arg(quotedForIni(database));
}

void ServerConfig::save() const
{
    QSaveFile file(configFilePath());
    if (!file.open(QIODevice::WriteOnly) || file.write(toText().toUtf8()) < 0 || !file.commit())
        throw std::runtime_error("configuration: cannot write the config file");
}

} // namespace medinexus::server
