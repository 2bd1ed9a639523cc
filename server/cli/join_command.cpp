// `medinexus-server join`: one more node of a server on PostgreSQL.
#include "server/app/server_setup.h"
#include "server/cli/cli_support.h"
#include "server/cli/commands.h"

namespace medinexus::server::cli {

int runJoin(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Makes DIR a further node of a server on PostgreSQL: the first node's certificate, key and\n"
                                            "configuration, this node's own listen address. Nodes share everything else through the database."));
    parser.addOption({QStringLiteral("from"), QStringLiteral("The data directory of an existing node (readable by this user)."), QStringLiteral("DIR")});
    addListenOption(parser, QStringLiteral("Address and port this node serves on (default: the first node's)."));
    ServerConfig config = parseCommon(parser, arguments);
    if (!parser.isSet(QStringLiteral("from")))
        throw UsageError("--from is required");
    const ServerConfig first = ServerConfig::load(parser.value(QStringLiteral("from")));
    config.listenAddress = first.listenAddress;
    config.listenPort = first.listenPort;
    applyListenOption(parser, config);

    const QString fingerprint = joinServer(first, config);
    printLine(stdout, QStringLiteral("node added in %1 (same database and certificate as %2)").arg(config.dataDir, first.dataDir));
    printLine(stdout, QStringLiteral("certificate SHA-256 fingerprint: %1").arg(fingerprint));
    printLine(stdout, QStringLiteral("start it with: medinexus-server serve --data-dir %1").arg(config.dataDir));
    return 0;
}

} // namespace medinexus::server::cli
