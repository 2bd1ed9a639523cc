#include "server/app/server_setup.h"

#include "server/app/server_context.h"
#include "server/net/certificate.h"
#include "server/services/directory_service.h"
#include "server/services/service_error.h"

#include "shared/ids/uuid.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace medinexus::server {

namespace {

void createCertificateIfMissing(const ServerConfig &config, const QStringList &hostnames)
{
    const QString certificate = config.resolve(config.certificateFile);
    const QString key = config.resolve(config.privateKeyFile);
    if (QFile::exists(certificate) && QFile::exists(key))
        return;
    if (QFile::exists(certificate) != QFile::exists(key))
        throw std::runtime_error("only one of the certificate and its private key exists; provide both or neither");
    QDir().mkpath(QFileInfo(certificate).absolutePath());
    QDir().mkpath(QFileInfo(key).absolutePath());

    net::SelfSignedCertificateOptions options;
    options.dnsNames = {"localhost"};
    options.ipAddresses = {"127.0.0.1", "::1"};
    for (const QString &host : hostnames) {
        const bool isAddress = !host.isEmpty() && (host.front().isDigit() || host.contains(QLatin1Char(':')));
        (isAddress ? options.ipAddresses : options.dnsNames).push_back(host.toStdString());
    }
    net::createSelfSignedCertificate(options, certificate.toStdString(), key.toStdString());
}

} // namespace

QString initialiseServer(const ServerConfig &config, const SetupOptions &options, const SecretString &adminPassword)
{
    if (!config.usesPostgres() && QFile::exists(config.storePath()))
        throw std::runtime_error("this data directory already holds a store; it is never overwritten");

    Facility facility;
    facility.id = newUuidV7();
    facility.name = options.facilityName;
    facility.kind = options.facilityKind;
    User admin;
    admin.id = newUuidV7();
    admin.username = options.adminUser;
    admin.displayName = options.adminName;
    admin.role = Role::Admin;
    admin.facilityId = facility.id;
    // Refuse a bad name or password before anything exists, so a corrected retry works.
    if (auto errors = DirectoryService::bootstrapProblems(facility, admin, adminPassword); !errors.empty())
        throw ServiceError(ServiceErrorKind::Invalid, QStringLiteral("invalid"), QStringLiteral("The first facility or administrator is not valid."), std::move(errors));

    if (!QDir().mkpath(config.dataDir))
        throw std::runtime_error("cannot create the data directory");
    QFile::setPermissions(config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    createCertificateIfMissing(config, options.hostnames);
    if (config.usesPostgres()) {
        // One transaction writes the facility, the administrator and their audit rows, so a
        // failed attempt leaves only the schema and a corrected retry works.
        ServerContext context(config);
        if (!context.store().listUsers().empty())
            throw std::runtime_error("this database already holds a MediNexus server; add this machine as a node with `join`");
        DirectoryService::bootstrap(context.store(), context.authenticator().hasher(), context.clock(), facility, admin, adminPassword);
    } else try {
        ServerContext context(config);
        DirectoryService::bootstrap(context.store(), context.authenticator().hasher(), context.clock(), facility, admin, adminPassword);
    } catch (...) {
        // A half-made store would make every retry refuse ("never overwritten").
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral(".audit-head"), QStringLiteral(".audit-head.lock")})
            QFile::remove(config.storePath() + suffix);
        throw;
    }
    if (!QFile::exists(config.configFilePath()))
        config.save();
    return QString::fromStdString(net::certificateSha256Fingerprint(config.resolve(config.certificateFile).toStdString()));
}

namespace {

// Copies a file the node needs from the first node, owner-only, refusing to replace one.
void copyNodeFile(const QString &from, const QString &to)
{
    if (QFile::exists(to))
        throw std::runtime_error("the new node's data directory already has its own certificate or key; it is never overwritten");
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::copy(from, to))
        throw std::runtime_error("cannot copy the first node's certificate or key (read permission?)");
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace

QString joinServer(const ServerConfig &firstNode, ServerConfig config)
{
    if (!firstNode.usesPostgres())
        throw std::runtime_error("the first node uses the embedded store, which one server process owns: "
                                 "move it to PostgreSQL before adding nodes");
    if (QFileInfo(firstNode.dataDir).canonicalFilePath() == QFileInfo(config.dataDir).canonicalFilePath())
        throw std::runtime_error("the new node needs its own data directory");
    if (QFile::exists(config.configFilePath()))
        throw std::runtime_error("the new node's data directory already has a configuration; it is never overwritten");

    // Everything but where this node listens (and which database, when overridden) comes
    // from the first node, so that the nodes behave alike.
    ServerConfig joined = firstNode;
    joined.dataDir = config.dataDir;
    joined.explicitConfigFile = config.explicitConfigFile;
    joined.listenAddress = config.listenAddress;
    joined.listenPort = config.listenPort;
    if (config.usesPostgres())
        joined.database = config.database;

    {
        ServerContext context(joined);  // reachable, migrated
        if (context.store().listUsers().empty())
            throw std::runtime_error("the database holds no MediNexus server yet: run `init` on the first node");
    }
    if (!QDir().mkpath(joined.dataDir))
        throw std::runtime_error("cannot create the data directory");
    QFile::setPermissions(joined.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Absolute paths in the first node's configuration are shared files: nothing to copy.
    for (const QString &file : {firstNode.certificateFile, firstNode.privateKeyFile}) {
        if (!QDir::isAbsolutePath(file))
            copyNodeFile(firstNode.resolve(file), joined.resolve(file));
    }
    joined.save();
    return QString::fromStdString(net::certificateSha256Fingerprint(joined.resolve(joined.certificateFile).toStdString()));
}

} // namespace medinexus::server
