// `medinexus-server config`: the configuration in effect, printed as a configuration file.
// Operators see what the server will use; packaging generates its default /etc file with it,
// so the packaged file can never drift from the server's defaults.
#include "server/cli/cli_support.h"
#include "server/cli/commands.h"

namespace medinexus::server::cli {

int runConfig(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Prints the configuration in effect (the file's values over the defaults) as a configuration file."));
    addListenOption(parser, QStringLiteral("Address and port to print instead of the configured ones."));
    ServerConfig config = parseCommon(parser, arguments);
    applyListenOption(parser, config);
    std::fputs(config.toText().toUtf8().constData(), stdout);
    return 0;
}

} // namespace medinexus::server::cli
