#include "client_test_support.h"

#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/sync/sync_messages.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QTcpServer>

#include <gtest/gtest.h>

#include <map>

namespace medinexus::client::testing {

std::unique_ptr<ServerProcess> startDemoServer(int patients, bool keepPort)
{
    ServerSetup setup;
    setup.kind = ServerSetup::Kind::demo;
    setup.demoPatients = patients;
    setup.accessLog = false;
    setup.keepPortOnRestart = keepPort;
    return std::make_unique<ServerProcess>(MEDINEXUS_SERVER_BINARY, setup);
}

QByteArray certificateFingerprint(const ServerProcess &server)
{
    const auto certificates = QSslCertificate::fromPath(QString::fromStdString(server.certificate().string()));
    if (certificates.isEmpty())
        throw std::runtime_error("the server's certificate cannot be read");
    return certificateSha256(certificates.front());
}

ServerProfile profileFor(const ServerProcess &server, const QStringList &addresses, const QUuid &id)
{
    ServerProfile profile;
    profile.id = id.isNull() ? newUuidV7() : id;
    profile.name = QStringLiteral("Test community");
    profile.addresses = addresses;
    profile.pinnedCertificateSha256 = certificateFingerprint(server);
    return profile;
}

ServerProfile profileFor(const ServerProcess &server)
{
    return profileFor(server, {QStringLiteral("127.0.0.1:%1").arg(server.port())});
}

QString closedAddress()
{
    // Bind, note the port, close: nothing listens there for the rest of the test (the kernel
    // does not hand a just-closed port out again at once).
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        throw std::runtime_error("no free port");
    const quint16 port = probe.serverPort();
    probe.close();
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

Community::Community(int patients, bool keepPort)
    : server(startDemoServer(patients, keepPort)), profile(profileFor(*server)), unreachable(profile)
{
    unreachable.addresses = {closedAddress()};
}

Argon2Parameters cheapArgon2()
{
    Argon2Parameters parameters;
    parameters.memoryKiB = 8 * 1024;
    parameters.iterations = 1;
    parameters.parallelism = 1;
    return parameters;
}

namespace {

LoginSettings withCheapArgon2(LoginSettings settings)
{
    settings.argon2 = cheapArgon2();
    settings.timeout = std::chrono::seconds(10);
    return settings;
}

} // namespace

Device::Device(LoginSettings settings)
    : keychain_(std::make_unique<Keychain>(QStringLiteral("MediNexus-test-%1").arg(uuidToString(newUuidV7())),
                                           std::chrono::seconds(3))),
      login_(dir_.path(), *keychain_, withCheapArgon2(settings))
{
    if (!dir_.isValid())
        throw std::runtime_error("no temporary folder");
}

LoginResult Device::login(const ServerProfile &profile, const QString &username, const QString &password)
{
    return login_.login(profile, username, SecretString::fromUtf16(password));
}

LoginResult Device::loginOffline(const ServerProfile &profile, const QString &username, const QString &password)
{
    return login_.loginOffline(profile, username, SecretString::fromUtf16(password));
}

std::unique_ptr<UserSession> Device::session(const ServerProfile &profile, const QString &username)
{
    LoginResult result = login(profile, username);
    EXPECT_EQ(result.failure, LoginFailure::None) << result.message.toStdString();
    return std::move(result.session);
}

TwoClinics::TwoClinics(const ServerProfile &profile)
    : doctor(clinicA.session(profile, QStringLiteral("dr.diallo"))), nurse(clinicB.session(profile, QStringLiteral("inf.ndiaye")))
{
    if (!doctor || !nurse)
        throw std::runtime_error("the two clinics could not log in");
}

SyncSettings testSyncSettings()
{
    SyncSettings settings;
    settings.liveUpdates = false;
    settings.requestTimeout = std::chrono::seconds(20);
    settings.retryInitial = std::chrono::milliseconds(100);
    settings.retryMaximum = std::chrono::seconds(1);
    return settings;
}

namespace {

QByteArray digestOf(const std::map<QString, QByteArray> &patients, const std::map<QString, QByteArray> &entries)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const auto &[id, json] : patients)
        hash.addData(QByteArray("P ") + id.toLatin1() + ' ' + json + '\n');
    for (const auto &[id, json] : entries)
        hash.addData(QByteArray("E ") + id.toLatin1() + ' ' + json + '\n');
    return hash.result().toHex();
}

} // namespace

QByteArray cacheDigest(CacheDatabase &cache)
{
    RecordStore records(cache.connection());
    std::map<QString, QByteArray> patients;
    std::map<QString, QByteArray> entries;
    for (const Patient &patient : records.patients()) {
        patients[uuidToString(patient.id)] = toCanonicalJson(toJson(patient));
        for (const ClinicalEntry &entry : records.entriesOfPatient(patient.id))
            entries[uuidToString(entry.id)] = toCanonicalJson(toJson(entry));
    }
    return digestOf(patients, entries);
}

namespace {

// The final state of every patient and entry `username` pulls: id -> canonical JSON.
struct PulledState {
    std::map<QString, QByteArray> patients;
    std::map<QString, QByteArray> entries;
};

PulledState pullEverything(const ServerProcess &server, const QString &username)
{
    medinexus::test::HttpsClient client(server.port(), server.certificate());
    const auto login = client.login(username, QString::fromLatin1(kDemoPassword));
    if (login.status != 200)
        throw std::runtime_error("pull: login failed: " + login.describe());
    PulledState state;
    QString cursor;
    for (;;) {
        std::string target = "/api/v1/sync/pull?limit=1000";
        if (!cursor.isEmpty())
            target += "&after=" + cursor.toStdString();
        const auto page = client.get(target);
        if (page.status != 200)
            throw std::runtime_error("pull failed: " + page.describe());
        auto decoded = sync::decodePullResponse(QByteArray::fromStdString(page.body));
        if (!decoded)
            throw std::runtime_error("pull: undecodable page");
        for (const auto &change : decoded->changes) {
            if (std::find(decoded->conflicts.begin(), decoded->conflicts.end(), change.changeId) != decoded->conflicts.end())
                continue;
            if (change.objectType == ObjectType::Patient)
                state.patients[uuidToString(change.objectId)] = toCanonicalJson(change.payload);
            else if (change.objectType == ObjectType::Entry)
                state.entries[uuidToString(change.objectId)] = toCanonicalJson(change.payload);
        }
        cursor = decoded->nextCursor;
        if (!decoded->hasMore)
            break;
    }
    return state;
}

} // namespace

QByteArray serverDigest(const ServerProcess &server, const QString &username)
{
    const PulledState state = pullEverything(server, username);
    return digestOf(state.patients, state.entries);
}

std::vector<ClinicalEntry> serverEntries(const ServerProcess &server, const QString &username)
{
    std::vector<ClinicalEntry> entries;
    for (const auto &[id, json] : pullEverything(server, username).entries) {
        auto entry = clinicalEntryFromJson(*parseJsonObject(json));
        if (!entry)
            throw std::runtime_error("pull: undecodable entry");
        entries.push_back(std::move(entry).value());
    }
    return entries;
}

ClinicalEntry noteFor(const QUuid &patientId, const QString &text)
{
    ClinicalEntry entry;
    entry.patientId = patientId;
    entry.body = NoteBody{NoteCategory::Nursing, text};
    return entry;
}

} // namespace medinexus::client::testing
