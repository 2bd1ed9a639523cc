// `user` and `facility`: administration from the server's own machine.
#include "server/app/server_context.h"
#include "server/cli/cli_support.h"
#include "server/cli/commands.h"
#include "server/cli/password_input.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

namespace medinexus::server::cli {

namespace {

QString verbOf(const QStringList &arguments, const QStringList &verbs, const char *usage)
{
    if (arguments.size() < 2 || !verbs.contains(arguments.at(1)))
        throw UsageError(usage);
    return arguments.at(1);
}

QStringList withoutVerb(QStringList arguments)
{
    arguments.removeAt(1);
    return arguments;
}

User findUser(Store &store, const QString &username)
{
    const auto account = store.findUserByUsername(username);
    if (!account)
        throw std::runtime_error("no user with this username");
    return account->user;
}

QUuid facilityIdFor(Store &store, const QString &text)
{
    if (const auto id = parseUuid(text))
        return *id;
    for (const Facility &facility : store.listFacilities()) {
        if (facility.name.compare(text, Qt::CaseInsensitive) == 0)
            return facility.id;
    }
    throw std::runtime_error("--facility: no facility with this id or name");
}

} // namespace

int runUser(const QStringList &arguments)
{
    const QString verb = verbOf(arguments, {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("deactivate"),
                                            QStringLiteral("activate"), QStringLiteral("reset-password")},
                                "usage: medinexus-server user add|list|deactivate|activate|reset-password --data-dir DIR ...");
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Manages user accounts. Passwords are read from standard input."));
    parser.addOption({QStringLiteral("username"), QStringLiteral("The account's username."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("display-name"), QStringLiteral("Name shown as the author of entries (add)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("role"), QStringLiteral("doctor, nurse, pharmacist or admin (add)."), QStringLiteral("ROLE")});
    parser.addOption({QStringLiteral("facility"), QStringLiteral("Facility id or name (add)."), QStringLiteral("FACILITY")});
    parser.addOption({QStringLiteral("as"), QStringLiteral("Administrator recorded in the audit log (default: the first active one)."), QStringLiteral("NAME")});
    const ServerConfig config = parseCommon(parser, withoutVerb(arguments));
    ServerContext context(config);
    const Principal admin = localAdministrator(context.store(), parser.value(QStringLiteral("as")));

    if (verb == QLatin1String("list")) {
        for (const User &user : context.directory().listUsers(admin)) {
            printLine(stdout, QStringLiteral("%1  %2  %3  %4  %5").arg(uuidToString(user.id), user.username, toToken(user.role),
                                                                      user.active ? QStringLiteral("active") : QStringLiteral("inactive"), user.displayName));
        }
        return 0;
    }
    const QString username = parser.value(QStringLiteral("username"));
    if (username.isEmpty())
        throw UsageError("--username is required");

    if (verb == QLatin1String("add")) {
        const auto role = fromToken<Role>(parser.value(QStringLiteral("role")));
        if (!role)
            throw UsageError("--role: expected doctor, nurse, pharmacist or admin");
        QJsonObject json{{QStringLiteral("username"), username},
                         {QStringLiteral("displayName"), parser.value(QStringLiteral("display-name"))},
                         {QStringLiteral("role"), toToken(*role)},
                         {QStringLiteral("facilityId"), uuidToString(facilityIdFor(context.store(), parser.value(QStringLiteral("facility"))))}};
        const SecretString password = readPassword(QStringLiteral("Password for %1").arg(username), true);
        const User user = context.directory().createUser(admin, json, password);
        printLine(stdout, QStringLiteral("user %1 created (%2)").arg(user.username, uuidToString(user.id)));
        return 0;
    }
    if (verb == QLatin1String("reset-password")) {
        const User user = findUser(context.store(), username);
        const SecretString password = readPassword(QStringLiteral("New password for %1").arg(username), true);
        context.directory().resetPassword(admin, user.id, password);
        printLine(stdout, QStringLiteral("password of %1 reset; their sessions were ended").arg(username));
        return 0;
    }
    // activate / deactivate
    User user = findUser(context.store(), username);
    const int baseVersion = user.version;
    user.active = verb == QLatin1String("activate");
    context.directory().updateUser(admin, user.id, baseVersion, toJson(user));
    printLine(stdout, QStringLiteral("user %1 %2").arg(username, user.active ? QStringLiteral("activated") : QStringLiteral("deactivated; their sessions were ended")));
    return 0;
}

int runFacility(const QStringList &arguments)
{
    const QString verb = verbOf(arguments, {QStringLiteral("add"), QStringLiteral("list")},
                                "usage: medinexus-server facility add|list --data-dir DIR ...");
    QCommandLineParser parser;
    addCommonOptions(parser, QStringLiteral("Manages facilities."));
    parser.addOption({QStringLiteral("name"), QStringLiteral("The facility's name (add)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("kind"), QStringLiteral("hospital, clinic or pharmacy (add)."), QStringLiteral("KIND")});
    parser.addOption({QStringLiteral("village"), QStringLiteral("Where it is (add)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("as"), QStringLiteral("Administrator recorded in the audit log."), QStringLiteral("NAME")});
    const ServerConfig config = parseCommon(parser, withoutVerb(arguments));
    ServerContext context(config);
    const Principal admin = localAdministrator(context.store(), parser.value(QStringLiteral("as")));

    if (verb == QLatin1String("list")) {
        for (const Facility &facility : context.directory().listFacilities(admin))
            printLine(stdout, QStringLiteral("%1  %2  %3").arg(uuidToString(facility.id), toToken(facility.kind), facility.name));
        return 0;
    }
    const auto kind = fromToken<FacilityKind>(parser.value(QStringLiteral("kind")));
    if (!kind)
        throw UsageError("--kind: expected hospital, clinic or pharmacy");
    const Facility facility = context.directory().createFacility(
        admin, QJsonObject{{QStringLiteral("name"), parser.value(QStringLiteral("name"))},
                           {QStringLiteral("kind"), toToken(*kind)},
                           {QStringLiteral("village"), parser.value(QStringLiteral("village"))},
                           {QStringLiteral("active"), true}});
    printLine(stdout, QStringLiteral("facility %1 created (%2)").arg(facility.name, uuidToString(facility.id)));
    return 0;
}

} // namespace medinexus::server::cli
