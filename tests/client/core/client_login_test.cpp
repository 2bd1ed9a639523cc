// Logging in on a device against the real server: online, offline within the offline period,
// refused passwords, deactivated accounts, damaged caches, password changes, and a cache file
// that shows nothing readable.
#include "client_test_support.h"

#include "client/core/cache/record_store.h"
#include "client/core/sql/encrypted_database.h"

#include "shared/ids/uuid.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQueryModel>

#include <gtest/gtest.h>

namespace medinexus::client::testing {
namespace {

using Outcome = SyncEngine::Outcome;

TEST(ClientLoginTest, WrongPasswordsAreRefusedOnlineAndOffline)
{
    const Community community(2);
    const ServerProfile &profile = community.profile;
    const ServerProfile &unreachable = community.unreachable;
    Device device;

    const LoginResult never = device.login(unreachable, QStringLiteral("dr.diallo"));
    EXPECT_EQ(never.failure, LoginFailure::NeverOnlineHere);
    EXPECT_FALSE(never.session);

    const LoginResult wrongOnline = device.login(profile, QStringLiteral("dr.diallo"), QStringLiteral("not the password"));
    EXPECT_EQ(wrongOnline.failure, LoginFailure::InvalidCredentials);
    EXPECT_FALSE(wrongOnline.message.isEmpty());

    ASSERT_TRUE(device.session(profile, QStringLiteral("dr.diallo")));
    const LoginResult wrongOffline = device.login(unreachable, QStringLiteral("dr.diallo"), QStringLiteral("not the password"));
    EXPECT_EQ(wrongOffline.failure, LoginFailure::WrongPassword);
    EXPECT_FALSE(wrongOffline.session);

    const LoginResult offline = device.login(unreachable, QStringLiteral("DR.DIALLO"));
    EXPECT_EQ(offline.failure, LoginFailure::None) << offline.message.toStdString();
    EXPECT_TRUE(offline.offline);
    ASSERT_TRUE(offline.session);
    EXPECT_FALSE(offline.session->isOnline());
    EXPECT_EQ(offline.session->user().username, QStringLiteral("dr.diallo"));
}

TEST(ClientLoginTest, OfflineLoginEndsWithTheOfflinePeriod)
{
    const Community community(2);
    const ServerProfile &profile = community.profile;
    const ServerProfile &unreachable = community.unreachable;
    Device device;
    auto session = device.session(profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(session);
    {
        // 31 days without an online login.
        CacheDatabase cache = session->openCache();
        cache.setMetaDateTime(meta::kLastOnlineLoginAt, QDateTime::currentDateTimeUtc().addDays(-31));
    }
    session.reset();
    EXPECT_EQ(device.login(unreachable, QStringLiteral("inf.ndiaye")).failure, LoginFailure::OfflinePeriodOver);

    // An online login starts a new period.
    ASSERT_TRUE(device.session(profile, QStringLiteral("inf.ndiaye")));
    EXPECT_EQ(device.login(unreachable, QStringLiteral("inf.ndiaye")).failure, LoginFailure::None);
}

TEST(ClientLoginTest, ADeactivatedAccountLosesOfflineAccess)
{
    const Community community(2);
    const ServerProfile &profile = community.profile;
    const ServerProfile &unreachable = community.unreachable;
    Device device;
    auto session = device.session(profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(session);
    const QUuid nurseId = session->user().id;
    session.reset();

    medinexus::test::HttpsClient admin(community.server->port(), community.server->certificate());
    ASSERT_EQ(admin.login(QStringLiteral("admin"), QString::fromLatin1(kDemoPassword)).status, 200u);
    const auto users = admin.get("/api/v1/users");
    QJsonObject nurse;
    for (const QJsonValue &user : users.object().value(QStringLiteral("users")).toArray()) {
        if (user.toObject().value(QStringLiteral("id")).toString() == uuidToString(nurseId))
            nurse = user.toObject();
    }
    ASSERT_FALSE(nurse.isEmpty());
    const int version = nurse.value(QStringLiteral("version")).toInt();
    nurse.insert(QStringLiteral("active"), false);
    const auto deactivated = admin.put("/api/v1/users/" + uuidToString(nurseId).toStdString(),
                                       QJsonObject{{QStringLiteral("baseVersion"), version}, {QStringLiteral("user"), nurse}});
    ASSERT_EQ(deactivated.status, 200u) << deactivated.describe();

    const LoginResult refused = device.login(profile, QStringLiteral("inf.ndiaye"));
    EXPECT_EQ(refused.failure, LoginFailure::AccessEnded) << refused.message.toStdString();
    EXPECT_EQ(device.login(unreachable, QStringLiteral("inf.ndiaye")).failure, LoginFailure::OfflineAccessRevoked);
}

TEST(ClientLoginTest, AnAccountDeactivatedThenReactivatedKeepsItsAccess)
{
    const Community community(2);
    Device device;
    auto session = device.session(community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(session);
    ASSERT_EQ(SyncEngine(session->syncSetup(testSyncSettings())).syncOnce(), Outcome::Synced);
    const QUuid nurseId = session->user().id;
    session.reset();

    // Deactivated, then reactivated: both versions reach the next pull, in order.
    medinexus::test::HttpsClient admin(community.server->port(), community.server->certificate());
    ASSERT_EQ(admin.login(QStringLiteral("admin"), QString::fromLatin1(kDemoPassword)).status, 200u);
    for (const bool active : {false, true}) {
        QJsonObject nurse;
        for (const QJsonValue &user : admin.get("/api/v1/users").object().value(QStringLiteral("users")).toArray()) {
            if (user.toObject().value(QStringLiteral("id")).toString() == uuidToString(nurseId))
                nurse = user.toObject();
        }
        ASSERT_FALSE(nurse.isEmpty());
        const int version = nurse.value(QStringLiteral("version")).toInt();
        nurse.insert(QStringLiteral("active"), active);
        const auto saved = admin.put("/api/v1/users/" + uuidToString(nurseId).toStdString(),
                                     QJsonObject{{QStringLiteral("baseVersion"), version}, {QStringLiteral("user"), nurse}});
        ASSERT_EQ(saved.status, 200u) << saved.describe();
    }

    session = device.session(community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(session);
    SyncEngine engine(session->syncSetup(testSyncSettings()));
    bool revoked = false;
    QObject::connect(&engine, &SyncEngine::offlineAccessRevoked, [&] { revoked = true; });
    EXPECT_EQ(engine.syncOnce(), Outcome::Synced);
    EXPECT_FALSE(revoked);
    // And offline login still works on this computer.
    session.reset();
    EXPECT_EQ(device.login(community.unreachable, QStringLiteral("inf.ndiaye")).failure, LoginFailure::None);
}

TEST(ClientLoginTest, ADamagedCacheIsRefusedOfflineAndReplacedFromTheServerOnline)
{
    const Community community(3);
    const ServerProfile &profile = community.profile;
    const ServerProfile &unreachable = community.unreachable;
    Device device;
    auto session = device.session(profile, QStringLiteral("dr.sow"));
    ASSERT_TRUE(session);
    ASSERT_EQ(SyncEngine(session->syncSetup(testSyncSettings())).syncOnce(), Outcome::Synced);
    const QString cacheFile = session->location().cacheFile();
    session.reset();

    // Overwrite the first pages (header and schema) with garbage.
    {
        QFile file(cacheFile);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.seek(0));
        file.write(QByteArray(4096, '\x5a'));
    }
    const LoginResult offline = device.login(unreachable, QStringLiteral("dr.sow"));
    EXPECT_EQ(offline.failure, LoginFailure::CacheUnreadable);
    EXPECT_FALSE(offline.session);

    const LoginResult online = device.login(profile, QStringLiteral("dr.sow"));
    ASSERT_EQ(online.failure, LoginFailure::None) << online.message.toStdString();
    EXPECT_TRUE(online.cacheReset);
    ASSERT_EQ(SyncEngine(online.session->syncSetup(testSyncSettings())).syncOnce(), Outcome::Synced);
    CacheDatabase cache = online.session->openCache();
    EXPECT_EQ(cacheDigest(cache), serverDigest(*community.server, QStringLiteral("dr.sow")));
    // The damaged file was set aside, not deleted.
    const QStringList aside = QDir(online.session->location().directory())
                                  .entryList({QStringLiteral("cache.sqlite.unreadable-*")}, QDir::Files);
    EXPECT_FALSE(aside.isEmpty());
}

TEST(ClientLoginTest, ChangingThePasswordRewrapsTheCacheKey)
{
    const Community community(2);
    const ServerProfile &profile = community.profile;
    const ServerProfile &unreachable = community.unreachable;
    Device device;
    auto session = device.session(profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(session);
    const QString newPassword = QStringLiteral("Pharmacie-Kedougou-2027");

    auto wrong = session->changePassword(SecretString::fromUtf16(QStringLiteral("not it")), SecretString::fromUtf16(newPassword));
    EXPECT_EQ(wrong.outcome, UserSession::PasswordChange::WrongPassword);
    auto changed = session->changePassword(SecretString::fromUtf16(QString::fromLatin1(kDemoPassword)),
                                           SecretString::fromUtf16(newPassword));
    ASSERT_EQ(changed.outcome, UserSession::PasswordChange::Changed) << changed.message.toStdString();
    EXPECT_FALSE(changed.newToken.isEmpty()) << "logged in again with the new password";
    EXPECT_EQ(SyncEngine(session->syncSetup(testSyncSettings())).syncOnce(), Outcome::Synced);
    session.reset();

    EXPECT_EQ(device.login(unreachable, QStringLiteral("ph.camara")).failure, LoginFailure::WrongPassword)
        << "the old password no longer opens the cache";
    EXPECT_EQ(device.login(unreachable, QStringLiteral("ph.camara"), newPassword).failure, LoginFailure::None);
    EXPECT_EQ(device.login(profile, QStringLiteral("ph.camara"), newPassword).failure, LoginFailure::None);
}

TEST(ClientLoginTest, ForgettingTheDeviceErasesTheCacheAndItsKey)
{
    const Community community(2);
    const ServerProfile &profile = community.profile;
    const ServerProfile &unreachable = community.unreachable;
    Device device;
    auto session = device.session(profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(session);
    const UserCacheLocation location = session->location();
    session->forgetDevice();
    session.reset();
    EXPECT_FALSE(location.cacheExists());
    EXPECT_FALSE(QFile::exists(location.wrappedKeyFile()));
    EXPECT_EQ(device.login(unreachable, QStringLiteral("dr.diallo")).failure, LoginFailure::NeverOnlineHere);
}

TEST(ClientLoginTest, TheCacheIsReadableThroughQtSqlForTheGui)
{
    const Community community(8);
    Device device;
    auto session = device.session(community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(session);
    ASSERT_EQ(SyncEngine(session->syncSetup(testSyncSettings())).syncOnce(), Outcome::Synced);
    qint64 cached = 0;
    {
        CacheDatabase cache = session->openCache();
        cached = RecordStore(cache.connection()).patientCount();
    }
    ASSERT_GE(cached, 8);
    {
        QSqlDatabase db = session->openSqlDatabase(QStringLiteral("gui-test"));
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT display_name, number FROM patients ORDER BY family_key, given_key"), db);
        ASSERT_FALSE(model.lastError().isValid()) << model.lastError().text().toStdString();
        while (model.canFetchMore())
            model.fetchMore();
        EXPECT_EQ(model.rowCount(), cached);
        EXPECT_FALSE(model.data(model.index(0, 0)).toString().isEmpty());
    }
    sql::closeDatabase(QStringLiteral("gui-test"));
    // The driver is the project's SQLCipher one; Qt's QSQLITE (system SQLite) is never loaded.
    QFile maps(QStringLiteral("/proc/self/maps"));
    ASSERT_TRUE(maps.open(QIODevice::ReadOnly));
    const QByteArray mapped = maps.readAll();
    EXPECT_FALSE(mapped.contains("libqsqlite"));
    EXPECT_FALSE(mapped.contains("libsqlite3.so"));
}

// Every byte of every file in the device's folder, as UTF-8 and UTF-16.
bool deviceFilesContain(const QString &root, const QString &text, QString *where)
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16)) {
            *where = path;
            return true;
        }
    }
    return false;
}

TEST(ClientLoginTest, NoPatientDataIsReadableInTheCacheFilesOrItsWal)
{
    const Community community(12);
    const ServerProfile &profile = community.profile;
    Device device;
    auto session = device.session(profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(session);
    auto engine = std::make_unique<SyncEngine>(session->syncSetup(testSyncSettings()));
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced);

    // A diagnosis written here, and everything pulled, while the connections stay open (the
    // WAL then holds the latest pages).
    const QString diagnosis = QStringLiteral("Paludisme grave à Plasmodium falciparum");
    CacheDatabase cache = session->openCache();
    RecordStore records(cache.connection());
    const auto patients = records.patients();
    ASSERT_GE(patients.size(), 12u);
    ClinicalEntry entry;
    entry.patientId = patients.front().id;
    entry.body = DiagnosisBody{QStringLiteral("B50.9"), diagnosis, DiagnosisStatus::Confirmed};
    LocalChanges(cache, session->user()).addEntry(entry);
    ASSERT_TRUE(QFile::exists(session->location().cacheFile() + QStringLiteral("-wal")));

    QStringList secrets{diagnosis};
    for (const Patient &patient : patients) {
        secrets << patient.familyName << patient.givenNames << patient.number;
        if (!patient.phone.isEmpty())
            secrets << patient.phone;
    }
    for (const QString &secret : secrets) {
        if (secret.size() < 4)
            continue;  // too short to be meaningful in random bytes
        QString where;
        EXPECT_FALSE(deviceFilesContain(device.dataRoot(), secret, &where))
            << "found in clear in " << where.toStdString();
    }
    // The check itself works: the same text is found in a file written in clear.
    QFile probe(QDir(device.dataRoot()).filePath(QStringLiteral("probe.txt")));
    ASSERT_TRUE(probe.open(QIODevice::WriteOnly));
    probe.write(diagnosis.toUtf8());
    probe.close();
    QString where;
    EXPECT_TRUE(deviceFilesContain(device.dataRoot(), diagnosis, &where));
}

} // namespace
} // namespace medinexus::client::testing
