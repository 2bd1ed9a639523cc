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
    if (QFile::exists(config.storePath()))
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
    try {
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

} // namespace medinexus::server
