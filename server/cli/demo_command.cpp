// `medinexus-server demo`: an initialised data directory with a demo community.
#include "server/app/demo_data.h"
#include "server/app/server_setup.h"
#include "server/cli/cli_support.h"
#include "server/cli/commands.h"

#include <QFile>

namespace medinexus::server::cli {

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Creates a demo community in a new data directory (facilities, an account per role, patients).\n"
                                            "Every demo account, the administrator included, has the password printed at the end."));
    parser.addOption({QStringLiteral("patients"), QStringLiteral("How many demo patients (default 40)."), QStringLiteral("N"), QStringLiteral("40")});
    const ServerConfig config = parseCommon(parser, arguments);
    bool ok = false;
    const int patients = parser.value(QStringLiteral("patients")).toInt(&ok);
    if (!ok || patients < 0 || patients > 100000)
        throw UsageError("--patients: expected a number from 0 to 100000");

    SetupOptions setup;
    setup.facilityName = QStringLiteral("Direction régionale de la santé");
    const QString fingerprint = initialiseServer(config, setup, SecretString{QByteArrayView(kDemoPassword)});

    ServerContext context(config);
    const Principal admin = localAdministrator(context.store(), {});
    const auto accounts = createDemoData(context, admin, patients);

    printLine(stdout, QStringLiteral("demo community created with %1 patients; every account's password is: %2")
                          .arg(patients).arg(QLatin1String(kDemoPassword)));
    printLine(stdout, QStringLiteral("  %1 (%2)").arg(admin.user.username, toToken(Role::Admin)));
    for (const DemoAccount &account : accounts)
        printLine(stdout, QStringLiteral("  %1 (%2, %3)").arg(account.username, toToken(account.role), account.facility));
    printLine(stdout, QStringLiteral("certificate SHA-256 fingerprint: %1").arg(fingerprint));
    return 0;
}

} // namespace medinexus::server::cli
