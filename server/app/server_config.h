#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <cstdint>

namespace medinexus::server {

// Everything `serve` needs, from the config file (INI) in the data directory, overridable
// on the command line. Relative paths are relative to the data directory.
struct ServerConfig {
    QString dataDir;
    // Empty: the embedded SQLite store in the data directory. Otherwise a libpq connection
    // string (URI or key=value, possibly several hosts) of the PostgreSQL database that all
    // nodes of one server share. It never holds a password (see usesPostgres()).
    QString database;
    QString listenAddress = QStringLiteral("127.0.0.1");
    std::uint16_t listenPort = 8443;
    QString certificateFile = QStringLiteral("tls/server.crt");
    QString privateKeyFile = QStringLiteral("tls/server.key");
    std::uint64_t bodyLimitBytes = 8 * 1024 * 1024;
    int ioThreads = 0;      // 0 = one per core
    int workerThreads = 0;  // 0 = the transport's default
    std::chrono::seconds sessionIdleTimeout{30 * 60};
    std::chrono::seconds sessionAbsoluteLifetime{12 * 3600};
    std::chrono::seconds handshakeTimeout{10};  // the TLS handshake must finish within it
    std::chrono::seconds headerTimeout{10};     // a request's headers must arrive within it
    std::chrono::seconds keepAliveTimeout{60};  // an idle connection is closed after it
    std::chrono::minutes backupInterval{0};  // 0 = no automatic backups
    int backupRetention = 14;                 // how many automatic backups to keep
    QString backupDir = QStringLiteral("backups");
    // The file given with --config (packages keep it under /etc); empty: the data directory's.
    QString explicitConfigFile;

    QString storePath() const;
    bool usesPostgres() const { return !database.isEmpty(); }
    QString resolve(const QString &path) const;  // absolute, against dataDir
    QString configFilePath() const;               // --config, else <dataDir>/medinexus-server.conf

    // Reads the config file when present (missing keys keep their defaults); throws
    // std::runtime_error naming the key for a malformed value.
    static ServerConfig load(const QString &dataDir, const QString &explicitConfigFile = {});
    // The current values as a commented config file: what `init` saves, what `config` prints.
    QString toText() const;
    // Writes toText() to configFilePath() (at `init`).
    void save() const;
};

// "127.0.0.1:8443", "[::1]:8443" or ":8443"; throws std::invalid_argument when malformed.
void parseListen(const QString &text, QString &address, std::uint16_t &port);

} // namespace medinexus::server
