// medinexus-client: the desktop application.
//   --data-dir DIR          where caches, wrapped keys and the server list live
//   --server NAME=HOST:PORT --fingerprint HEX
//                           adds (or updates) a server pinned to that certificate (the demo)
//   --version
#include "client/core/net/server_profile.h"
#include "client/gui/shell/client_controller.h"
#include "shared/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MediNexus"));
    QApplication::setApplicationName(QStringLiteral("MediNexus"));
    QApplication::setApplicationVersion(QString::fromLatin1(medinexus::kVersion));
    QApplication::setApplicationDisplayName(QStringLiteral("MediNexus"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MediNexus desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder of the local data."), QStringLiteral("dir"));
    QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Add a server: NAME=HOST:PORT."), QStringLiteral("server"));
    QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                   QStringLiteral("SHA-256 fingerprint of the server's certificate (with --server)."),
                                   QStringLiteral("hex"));
    parser.addOptions({dataDir, server, fingerprint});
    parser.process(app);

    medinexus::client::gui::ClientOptions options;
    options.dataRoot = parser.isSet(dataDir) ? parser.value(dataDir)
                                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(dataDir))
        options.settingsFile = parser.value(dataDir) + QStringLiteral("/settings.ini");

    medinexus::client::gui::ClientController controller(options);
    if (parser.isSet(server)) {
        const QString spec = parser.value(server);
        const qsizetype equals = spec.indexOf(QLatin1Char('='));
        const auto pin = medinexus::client::parseFingerprint(parser.value(fingerprint));
        if (equals <= 0 || !pin || !medinexus::client::parseServerAddress(spec.mid(equals + 1))) {
            std::fprintf(stderr, "medinexus-client: --server NAME=HOST:PORT needs --fingerprint with 64 hex digits\n");
            return 2;
        }
        try {
            controller.ensureProfile(spec.left(equals), {spec.mid(equals + 1)}, *pin);
        } catch (const std::runtime_error &error) {
            std::fprintf(stderr, "medinexus-client: %s\n", error.what());
            return 1;
        }
    }
    QObject::connect(&controller, &medinexus::client::gui::ClientController::finished, &app, &QApplication::quit);
    controller.start();
    return QApplication::exec();
}
