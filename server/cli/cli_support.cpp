#include "server/cli/cli_support.h"

#include "server/storage/store.h"

namespace medinexus::server::cli {

void addCommonOptions(QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("The server's data directory."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("Configuration file (default: DIR/medinexus-server.conf)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("PostgreSQL connection string shared by all nodes (overrides the configuration; "
                                     "default: the embedded store in DIR). Never a password: use a passfile or a client certificate."),
                      QStringLiteral("CONNINFO")});
}

ServerConfig parseCommon(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments))
        throw UsageError(parser.errorText().toStdString());
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(stdout, parser.helpText());
        std::exit(0);
    }
    if (!parser.isSet(QStringLiteral("data-dir")))
        throw UsageError("--data-dir is required");
    ServerConfig config = ServerConfig::load(parser.value(QStringLiteral("data-dir")), parser.value(QStringLiteral("config")));
    if (parser.isSet(QStringLiteral("database")))
        config.database = parser.value(QStringLiteral("database")).trimmed();
    return config;
}

void addListenOption(QCommandLineParser &parser, const QString &description)
{
    parser.addOption({QStringLiteral("listen"), description, QStringLiteral("ADDR:PORT")});
}

void applyListenOption(const QCommandLineParser &parser, ServerConfig &config)
{
    if (!parser.isSet(QStringLiteral("listen")))
        return;
    try {
        parseListen(parser.value(QStringLiteral("listen")), config.listenAddress, config.listenPort);
    } catch (const std::invalid_argument &error) {
        throw UsageError(error.what());
    }
}

Principal localAdministrator(Store &store, const QString &username)
{
    for (const User &user : store.listUsers()) {
        if (user.role != Role::Admin || !user.active)
            continue;
        if (username.isEmpty() || user.username.compare(username, Qt::CaseInsensitive) == 0)
            return Principal{user, QStringLiteral("local")};
    }
    throw std::runtime_error(username.isEmpty() ? "no active administrator in this store: run `init` first"
                                                : "--as: no active administrator with this username");
}

void printLine(FILE *stream, const QString &text)
{
    std::fprintf(stream, "%s\n", text.toLocal8Bit().constData());
    std::fflush(stream);
}

} // namespace medinexus::server::cli
