// medinexus-client: the desktop application.
//   --data-dir DIR          where caches, wrapped keys and the server list live
//   --server NAME=HOST:PORT --fingerprint HEX
//                           adds (or updates) a server pinned to that certificate (the demo)
//   --version, --help       answered without a display
#include "client/core/net/server_profile.h"
#include "client/gui/shell/client_controller.h"
#include "shared/version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QStandardPaths>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

// --help and --version print text and exit: they must work without a window system
// (packaging checks, support scripts, a server's shell).
bool asksOnlyForText(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (asksOnlyForText(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MediNexus"));
    QCoreApplication::setApplicationName(QStringLiteral("MediNexus"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(medinexus::kVersion));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MediNexus desktop client"));
    parser.addHelpOption();
    // Our own --version: "medinexus-client X.Y.Z", like the server (Qt's would print the
    // application name, which also names the data folder).
    QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")}, QStringLiteral("Print the version and exit."));
    QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Folder of the local data."), QStringLiteral("dir"));
    QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Add a server: NAME=HOST:PORT."), QStringLiteral("server"));
    QCommandLineOption fingerprint(QStringLiteral("fingerprint"),
                                   QStringLiteral("SHA-256 fingerprint of the server's certificate (with --server)."),
                                   QStringLiteral("hex"));
    parser.addOptions({version, dataDir, server, fingerprint});
    parser.process(*app);  // --help and mistakes end here
    if (parser.isSet(version)) {
        std::printf("medinexus-client %s\n", medinexus::kVersion);
        return 0;
    }

    QGuiApplication::setApplicationDisplayName(QStringLiteral("MediNexus"));
    // Matches the installed .desktop file, so Wayland desktops show our icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.medinexus.Client"));
    QIcon icon = QIcon::fromTheme(QStringLiteral("medinexus"));
    if (icon.isNull()) {
        for (const char *size : {"32x32", "64x64", "256x256"})
            icon.addFile(QStringLiteral(":/icons/%1/apps/medinexus.png").arg(QLatin1String(size)));
    }
    QApplication::setWindowIcon(icon);

    medinexus::client::gui::ClientOptions options;
    // The local (not roaming) folder: on Windows a roaming profile would copy the caches to
    // the domain server at every log-off. On Linux both are ~/.local/share/MediNexus/MediNexus.
    options.dataRoot = parser.isSet(dataDir) ? parser.value(dataDir)
                                             : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
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
    QObject::connect(&controller, &medinexus::client::gui::ClientController::finished, app.get(), &QCoreApplication::quit);
    controller.start();
    return QApplication::exec();
}
