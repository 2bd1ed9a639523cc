#pragma once

#include "server/app/server_config.h"
#include "server/services/principal.h"

#include <QCommandLineParser>
#include <QString>

#include <cstdio>
#include <stdexcept>

namespace medinexus::server {
class Store;
}

namespace medinexus::server::cli {

// A usage mistake (exit code 2), as opposed to a failure of the work itself (exit 1).
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A parser with --help, --data-dir and --config, the options every verb shares.
void addCommonOptions(QCommandLineParser &parser, const QString &description);
// Parses and loads the configuration; throws UsageError for a bad command line.
ServerConfig parseCommon(QCommandLineParser &parser, const QStringList &arguments);

// --listen ADDR:PORT: added with its verb's wording, applied over the configuration.
void addListenOption(QCommandLineParser &parser, const QString &description);
void applyListenOption(const QCommandLineParser &parser, ServerConfig &config);

// Administration from the command line acts as an administrator of the store, so the
// audit log names a real account: --as USERNAME, or the first active administrator.
Principal localAdministrator(Store &store, const QString &username);

void printLine(FILE *stream, const QString &text);

} // namespace medinexus::server::cli
