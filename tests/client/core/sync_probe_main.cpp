// A client process for the crash test (client_crash_test.cpp): logs in, syncs, writes numbered
// nursing notes "probe note <TAG>#<i>" for one patient (each in its own local transaction) while
// syncing every few notes, and prints "DONE <cache digest>" once everything is written and
// synced. The test kills it with SIGKILL at random moments and starts it again with a new tag;
// whatever a killed run committed locally must reach the server exactly once in a later run.
//
// usage: client_sync_probe DATA_ROOT PROFILE_ID ADDRESS FINGERPRINT_HEX USERNAME PASSWORD PATIENT_ID NOTES TAG
#include "client_test_support.h"

#include "client/core/cache/record_store.h"

#include "shared/ids/uuid.h"

#include <QCoreApplication>

#include <cstdio>
#include <set>

using namespace medinexus;
using namespace medinexus::client;

namespace {

QString noteText(const QString &tag, int i)
{
    return QStringLiteral("probe note %1#%2").arg(tag).arg(i);
}

} // namespace

int main(int argc, char **argv)
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");  // the password-wrapped key path, no keychain
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 10) {
        std::fprintf(stderr, "usage: client_sync_probe DATA_ROOT PROFILE_ID ADDRESS FINGERPRINT USERNAME PASSWORD PATIENT NOTES TAG\n");
        return 64;
    }
    ServerProfile profile;
    profile.id = *parseUuid(args.at(2));
    profile.name = QStringLiteral("probe");
    profile.addresses = {args.at(3)};
    profile.pinnedCertificateSha256 = QByteArray::fromHex(args.at(4).toLatin1());
    const QUuid patientId = *parseUuid(args.at(7));
    const int notes = args.at(8).toInt();
    const QString tag = args.at(9);

    Keychain keychain(QStringLiteral("MediNexus-probe"), std::chrono::seconds(2));
    LoginSettings loginSettings;
    loginSettings.argon2 = testing::cheapArgon2();
    LoginService login(args.at(1), keychain, loginSettings);
    LoginResult result = login.login(profile, args.at(5), SecretString::fromUtf16(args.at(6)));
    if (!result.session || result.offline) {
        std::fprintf(stderr, "login failed: %s\n", qPrintable(result.message));
        return 2;
    }
    SyncSettings settings = testing::testSyncSettings();
    settings.pullPage = 100;
    settings.pushBatch = 10;
    SyncEngine engine(result.session->syncSetup(settings));
    CacheDatabase cache = result.session->openCache();
    LocalChanges changes(cache, result.session->user());
    RecordStore records(cache.connection());

    for (int attempt = 0; !records.patient(patientId); ++attempt) {
        if (attempt > 20 || engine.syncOnce() == SyncEngine::Outcome::SignInRequired)
            return 3;
    }
    std::set<QString> written;
    for (const ClinicalEntry &entry : records.entriesOfPatient(patientId)) {
        if (const auto *body = std::get_if<NoteBody>(&entry.body); body && entry.authorId == result.session->user().id)
            written.insert(body->text);
    }
    for (int i = 0; i < notes; ++i) {
        if (written.count(noteText(tag, i)) != 0)
            continue;
        changes.addEntry(testing::noteFor(patientId, noteText(tag, i)));
        if (i % 7 == 6)
            (void)engine.syncOnce();
    }
    for (int attempt = 0;; ++attempt) {
        if (engine.syncOnce() == SyncEngine::Outcome::Synced && engine.status().pendingChanges == 0)
            break;
        if (attempt > 20)
            return 4;
    }
    std::printf("DONE %s\n", testing::cacheDigest(cache).constData());
    std::fflush(stdout);
    return 0;
}
