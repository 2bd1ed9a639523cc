// `medinexus-server serve`: HTTPS REST + sync + WebSocket notifications until SIGTERM.
#include "server/api/api_handler.h"
#include "server/app/backup_scheduler.h"
#include "server/app/server_context.h"
#include "server/app/store_factory.h"
#include "server/cli/cli_support.h"
#include "server/cli/commands.h"
#include "server/net/certificate.h"
#include "server/net/https_server.h"
#include "server/net/notification_hub.h"
#include "server/net/tls_context.h"

#include <QDateTime>
#include <QLockFile>

#include <boost/asio/ssl/context.hpp>

namespace medinexus::server::cli {

namespace {

// One line per request: no query string, no header, no body, so no patient data.
void writeAccessLog(const net::AccessLogRecord &record)
{
    std::fprintf(stderr, "%s %s \"%s %s\" %u %llu %lldus\n",
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1().constData(),
                 record.peerAddress.c_str(), record.method.c_str(), record.path.c_str(), record.status,
                 static_cast<unsigned long long>(record.bytesSent), static_cast<long long>(record.duration.count()));
}

void writeEvent(net::LogLevel level, std::string_view message)
{
    std::fprintf(stderr, "%s [%.*s] %.*s\n",
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1().constData(),
                 static_cast<int>(net::toString(level).size()), net::toString(level).data(),
                 static_cast<int>(message.size()), message.data());
}

} // namespace

int runServe(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Serves the REST and sync API over HTTPS until SIGTERM or SIGINT."));
    addListenOption(parser, QStringLiteral("Address and port (overrides the configuration), e.g. 127.0.0.1:8443; port 0 picks a free one."));
    parser.addOption({QStringLiteral("no-access-log"), QStringLiteral("Do not write one line per request to standard error.")});
    ServerConfig config = parseCommon(parser, arguments);
    applyListenOption(parser, config);

    // One server per data directory; `restore` checks the same lock.
    QLockFile lock(config.resolve(QStringLiteral("server.lock")));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        throw std::runtime_error("another server is already serving this data directory");

    if (config.usesPostgres() && config.backupInterval.count() > 0)
        throw std::runtime_error("backup/interval_minutes is for the embedded store: on PostgreSQL, back up with base backups "
                                 "and WAL archiving (docs/operations.md), then set it to 0");

    net::NotificationHub hub;
    const auto publish = [&hub] { hub.publish(std::string(R"({"type":"changes"})")); };
    // A node may start before its database (or during a fail-over): wait a while for a
    // primary rather than exit at once; the service manager restarts it after that.
    std::unique_ptr<Store> store = openStoreWaiting(config, std::chrono::seconds(60), [](const QString &problem) {
        writeEvent(net::LogLevel::warning, "waiting for the store: " + problem.toStdString());
    });
    // On PostgreSQL every node hears every commit, its own included, through the database
    // (watchOtherWriters); the services' own notification would only double it.
    ServerContext context(std::move(store), config, config.usesPostgres() ? ServerContext::Notify([] {}) : ServerContext::Notify(publish));
    const std::unique_ptr<ChangeWatch> changeWatch = watchOtherWriters(context.store(), publish);
    context.authenticator().purgeExpiredSessions();

    const std::string certificate = config.resolve(config.certificateFile).toStdString();
    boost::asio::ssl::context tls = net::makeServerTlsContext(certificate, config.resolve(config.privateKeyFile).toStdString());

    api::ApiHandler handler(api::ApiServices{context.authenticator(), context.sessions(), context.clinical(),
                                             context.sync(), context.directory(), context.audit(), context.health()});
    net::ServerOptions options;
    options.address = config.listenAddress.toStdString();
    options.port = config.listenPort;
    options.bodyLimit = config.bodyLimitBytes;
    options.ioThreads = static_cast<std::size_t>(config.ioThreads);
    options.workerThreads = static_cast<std::size_t>(config.workerThreads);
    options.handshakeTimeout = config.handshakeTimeout;
    options.headerTimeout = config.headerTimeout;
    options.idleTimeout = config.keepAliveTimeout;
    if (!parser.isSet(QStringLiteral("no-access-log")))
        options.accessLog = writeAccessLog;
    options.eventLog = writeEvent;

    BackupScheduler backups(context.store(), config.resolve(config.backupDir), config.backupInterval, config.backupRetention,
                            [](const QString &message) { writeEvent(net::LogLevel::info, message.toStdString()); });
    net::HttpsServer server(options, tls, handler, hub);

    const QString host = config.listenAddress.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(config.listenAddress) : config.listenAddress;
    printLine(stdout, QStringLiteral("MediNexus server listening on https://%1:%2").arg(host).arg(server.localPort()));
    printLine(stdout, QStringLiteral("certificate SHA-256 fingerprint: %1").arg(QString::fromStdString(net::certificateSha256Fingerprint(certificate))));
    server.runUntilSignalled();
    printLine(stdout, QStringLiteral("MediNexus server stopped"));
    return 0;
}

} // namespace medinexus::server::cli
