// `medinexus-server init`: a new store, a TLS certificate, the first facility and admin.
#include "server/app/server_setup.h"
#include "server/cli/cli_support.h"
#include "server/cli/commands.h"
#include "server/cli/password_input.h"

namespace medinexus::server::cli {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Creates a new server: data directory, store, TLS certificate, first facility and administrator.\n"
                                            "The administrator's password is read from standard input."));
    parser.addOption({QStringLiteral("admin-user"), QStringLiteral("Username of the first administrator (default: admin)."), QStringLiteral("NAME"), QStringLiteral("admin")});
    parser.addOption({QStringLiteral("admin-name"), QStringLiteral("Display name of the first administrator."), QStringLiteral("TEXT"), QStringLiteral("Administrator")});
    parser.addOption({QStringLiteral("facility-name"), QStringLiteral("Name of the first facility."), QStringLiteral("TEXT"), QStringLiteral("MediNexus")});
    parser.addOption({QStringLiteral("facility-kind"), QStringLiteral("hospital, clinic or pharmacy (default: hospital)."), QStringLiteral("KIND"), QStringLiteral("hospital")});
    addListenOption(parser, QStringLiteral("Address and port to serve on, saved in the configuration (default 127.0.0.1:8443)."));
    parser.addOption({QStringLiteral("hostname"), QStringLiteral("A name or address clients use to reach the server, added to the self-signed certificate (repeatable)."), QStringLiteral("HOST")});
    ServerConfig config = parseCommon(parser, arguments);

    SetupOptions options;
    options.adminUser = parser.value(QStringLiteral("admin-user"));
    options.adminName = parser.value(QStringLiteral("admin-name"));
    options.facilityName = parser.value(QStringLiteral("facility-name"));
    options.hostnames = parser.values(QStringLiteral("hostname"));
    const auto kind = fromToken<FacilityKind>(parser.value(QStringLiteral("facility-kind")));
    if (!kind)
        throw UsageError("--facility-kind: expected hospital, clinic or pharmacy");
    options.facilityKind = *kind;
    applyListenOption(parser, config);

    const SecretString password = readPassword(QStringLiteral("Password for %1").arg(options.adminUser), true);
    const QString fingerprint = initialiseServer(config, options, password);
    printLine(stdout, QStringLiteral("MediNexus server initialised in %1").arg(config.dataDir));
    printLine(stdout, QStringLiteral("administrator: %1").arg(options.adminUser));
    printLine(stdout, QStringLiteral("certificate SHA-256 fingerprint: %1").arg(fingerprint));
    printLine(stdout, QStringLiteral("start it with: medinexus-server serve --data-dir %1").arg(config.dataDir));
    return 0;
}

} // namespace medinexus::server::cli
