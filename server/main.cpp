// medinexus-server: one binary, one verb per task (init, serve, backup, restore, audit,
// user, facility, demo, join). Exit codes: 0 success, 1 failure, 2 usage error.
#include "server/cli/cli_support.h"
#include "server/cli/commands.h"
#include "server/services/service_error.h"

#include "shared/version.h"

#include <QCoreApplication>

#include <cstdio>
#include <functional>
#include <map>

namespace {

const char kUsage[] =
    "usage: medinexus-server <verb> [options]   (medinexus-server <verb> --help for its options)\n"
    "\n"
    "verbs:\n"
    "  init       create a data directory: store, TLS certificate, first facility and administrator\n"
    "  serve      serve the HTTPS REST and sync API until SIGTERM/SIGINT\n"
    "  config     print the configuration in effect\n"
    "  backup     write a consistent online backup of the store\n"
    "  restore    replace the store with a verified backup (server stopped)\n"
    "  audit      audit verify: check the audit log's hash chain\n"
    "  user       add, list, deactivate, activate, reset-password\n"
    "  facility   add, list\n"
    "  demo       create a data directory with a demo community\n"
    "  join       add a node to a server on PostgreSQL (same database and certificate)\n"
    "\n"
    "  --help     this text\n"
    "  --version  the version\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("medinexus-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(medinexus::kVersion));

    using namespace medinexus::server::cli;
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs(kUsage, stderr);
        return 2;
    }
    const QString verb = arguments.at(1);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    if (verb == QLatin1String("--version")) {
        std::printf("medinexus-server %s\n", medinexus::kVersion);
        return 0;
    }

    const std::map<QString, std::function<int(const QStringList &)>> verbs = {
        {QStringLiteral("init"), runInit},       {QStringLiteral("serve"), runServe},
        {QStringLiteral("config"), runConfig},
        {QStringLiteral("backup"), runBackup},   {QStringLiteral("restore"), runRestore},
        {QStringLiteral("audit"), runAudit},     {QStringLiteral("user"), runUser},
        {QStringLiteral("facility"), runFacility}, {QStringLiteral("demo"), runDemo},
        {QStringLiteral("join"), runJoin}};
    const auto found = verbs.find(verb);
    if (found == verbs.end()) {
        std::fprintf(stderr, "medinexus-server: unknown verb '%s'\n\n%s", verb.toLocal8Bit().constData(), kUsage);
        return 2;
    }
    arguments.removeAt(1);  // each verb parses "<program> [options]"
    try {
        return found->second(arguments);
    } catch (const UsageError &error) {
        std::fprintf(stderr, "medinexus-server %s: %s\n", verb.toLocal8Bit().constData(), error.what());
        return 2;
    } catch (const medinexus::server::ServiceError &error) {
        std::fprintf(stderr, "medinexus-server %s: %s\n", verb.toLocal8Bit().constData(), error.what());
        for (const auto &field : error.validation())
            std::fprintf(stderr, "  %s: %s\n", field.field.toLocal8Bit().constData(), field.englishMessage().toLocal8Bit().constData());
        return 1;
    } catch (const std::exception &error) {
        // Every failure ends here with its message; none of them carries patient data.
        std::fprintf(stderr, "medinexus-server %s: %s\n", verb.toLocal8Bit().constData(), error.what());
        return 1;
    }
}
