// Login through the REAL keychain: gnome-keyring's Secret Service on a private D-Bus session
// (run by tests/client/security/run_with_gnome_keyring.sh under dbus-run-session), against the
// real server. The cache key lands in the keychain at the first login, and either copy (the
// keychain entry or the password-wrapped file) brings back the other when it is lost.
#include "client_test_support.h"

#include "client/core/security/cache_key_vault.h"

#include <QCoreApplication>
#include <QFile>

#include <gtest/gtest.h>

namespace medinexus::client::testing {
namespace {

TEST(ClientKeychainLogin, TheCacheKeyIsKeptInTheKeychainAndEitherCopyRestoresTheOther)
{
    const Community community(3);
    const ServerProfile &profile = community.profile;
    const ServerProfile &unreachable = community.unreachable;

    QTemporaryDir dataRoot;
    ASSERT_TRUE(dataRoot.isValid());
    Keychain keychain(QStringLiteral("MediNexus-login-test"), std::chrono::seconds(10));
    LoginSettings settings;
    settings.argon2 = cheapArgon2();
    LoginService login(dataRoot.path(), keychain, settings);
    const SecretString password = SecretString::fromUtf16(QString::fromLatin1(kDemoPassword));

    LoginResult first = login.login(profile, QStringLiteral("inf.ndiaye"), password);
    ASSERT_EQ(first.failure, LoginFailure::None) << first.message.toStdString();
    const UserCacheLocation location = first.session->location();
    ASSERT_EQ(SyncEngine(first.session->syncSetup(testSyncSettings())).syncOnce(), SyncEngine::Outcome::Synced);
    first.session.reset();

    // The key is in the keychain, and it opens the cache.
    KeychainResult stored = keychain.read(location.keychainAccount());
    ASSERT_EQ(stored.status, KeychainStatus::Ok) << stored.message.toStdString();
    ASSERT_EQ(stored.secret.size(), 32);
    EXPECT_NO_THROW((void)CacheDatabase::open(location.cacheFile(), stored.secret, false));

    // The wrapped-key file is lost: the keychain brings the cache back at the next online
    // login (the same cache, not a new one), and the file is written again.
    ASSERT_TRUE(QFile::remove(location.wrappedKeyFile()));
    LoginResult fromKeychain = login.login(profile, QStringLiteral("inf.ndiaye"), password);
    ASSERT_EQ(fromKeychain.failure, LoginFailure::None) << fromKeychain.message.toStdString();
    EXPECT_FALSE(fromKeychain.cacheReset);
    EXPECT_TRUE(QFile::exists(location.wrappedKeyFile()));
    fromKeychain.session.reset();

    // The keychain entry is lost: the password-wrapped copy opens the cache and refills it.
    ASSERT_EQ(keychain.remove(location.keychainAccount()).status, KeychainStatus::Ok);
    LoginResult fromPassword = login.login(profile, QStringLiteral("inf.ndiaye"), password);
    ASSERT_EQ(fromPassword.failure, LoginFailure::None) << fromPassword.message.toStdString();
    EXPECT_FALSE(fromPassword.cacheReset);
    EXPECT_EQ(keychain.read(location.keychainAccount()).status, KeychainStatus::Ok);

    // Forgetting the device removes the keychain entry too.
    fromPassword.session->forgetDevice();
    EXPECT_EQ(keychain.read(location.keychainAccount()).status, KeychainStatus::NotFound);
    EXPECT_EQ(login.login(unreachable, QStringLiteral("inf.ndiaye"), password).failure, LoginFailure::NeverOnlineHere);
}

} // namespace
} // namespace medinexus::client::testing

int main(int argc, char **argv)
{
    // Only inside the private session the script sets up: never the user's own keyring.
    if (qEnvironmentVariable("MEDINEXUS_PRIVATE_KEYRING") != QLatin1String("1")) {
        std::fprintf(stderr, "run under dbus-run-session with run_with_gnome_keyring.sh\n");
        return 2;
    }
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
