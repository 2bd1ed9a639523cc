// The vault against a real keychain: gnome-keyring's Secret Service on a private D-Bus
// session, started and unlocked by run_with_gnome_keyring.sh under dbus-run-session with a
// temporary HOME (the user's own keyring is never touched). Run only through that script.
#include "client/core/security/cache_key_vault.h"
#include "client/core/security/key_wrap.h"
#include "client/core/security/keychain.h"
#include "shared/security/secret_string.h"
#include "tests/client/security/secret_scan.h"

#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <cstdio>

namespace {

using medinexus::SecretString;
using namespace medinexus::client;
using medinexus::test::filesContaining;

constexpr Argon2Parameters kFast{64, 1, 1};
const QString kService = QStringLiteral("MediNexus-test");

SecretString secret(const char *text)
{
    return SecretString(QByteArrayView(text));
}

class RealKeychain : public testing::Test {
protected:
    // A fresh account per test so that no test sees another's entry.
    RealKeychain() : m_account(QStringLiteral("test/") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {}

    void SetUp() override { ASSERT_TRUE(m_files.isValid()); }
    void TearDown() override { static_cast<void>(m_keychain.remove(m_account)); }

    CacheKeyVault vault()
    {
        return CacheKeyVault(m_files.filePath(QStringLiteral("cache-key.wrapped")), m_account,
                             QByteArrayLiteral("medinexus-cache:") + m_account.toUtf8(), m_keychain, kFast);
    }

    QTemporaryDir m_files;
    QString m_account;
    Keychain m_keychain{kService};
};

TEST_F(RealKeychain, WriteReadRemove)
{
    EXPECT_EQ(m_keychain.read(m_account).status, KeychainStatus::NotFound);

    const SecretString stored = generateKey();
    const KeychainResult written = m_keychain.write(m_account, stored);
    ASSERT_EQ(written.status, KeychainStatus::Ok) << written.message.toStdString();

    const KeychainResult read = m_keychain.read(m_account);
    ASSERT_EQ(read.status, KeychainStatus::Ok) << read.message.toStdString();
    EXPECT_TRUE(read.secret.equals(stored.view()));

    // Overwriting replaces the entry.
    const SecretString replacement = generateKey();
    ASSERT_EQ(m_keychain.write(m_account, replacement).status, KeychainStatus::Ok);
    EXPECT_TRUE(m_keychain.read(m_account).secret.equals(replacement.view()));

    const KeychainResult removed = m_keychain.remove(m_account);
    EXPECT_EQ(removed.status, KeychainStatus::Ok) << removed.message.toStdString();
    const KeychainResult gone = m_keychain.read(m_account);
    EXPECT_EQ(gone.status, KeychainStatus::NotFound) << gone.message.toStdString();
    EXPECT_TRUE(gone.secret.isEmpty());
}

TEST_F(RealKeychain, AccountsAndServicesAreSeparate)
{
    const SecretString mine = generateKey();
    ASSERT_EQ(m_keychain.write(m_account, mine).status, KeychainStatus::Ok);
    EXPECT_EQ(m_keychain.read(m_account + QStringLiteral("-other")).status, KeychainStatus::NotFound);
    Keychain otherService(kService + QStringLiteral("-other"));
    EXPECT_EQ(otherService.read(m_account).status, KeychainStatus::NotFound);
}

TEST_F(RealKeychain, VaultCreateStoresTheKeyInTheKeychain)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("pw"));
    EXPECT_EQ(v.lastKeychainStatus(), KeychainStatus::Ok) << v.lastKeychainMessage().toStdString();
    const KeychainResult read = m_keychain.read(m_account);
    ASSERT_EQ(read.status, KeychainStatus::Ok);
    EXPECT_TRUE(read.secret.equals(key.view()));
}

TEST_F(RealKeychain, UnlockWithVerifiedPasswordUsesTheKeychain)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("pw"));
    const auto unlocked = v.unlockWithVerifiedPassword(secret("pw"));
    ASSERT_TRUE(unlocked.has_value());
    EXPECT_TRUE(unlocked->key.equals(key.view()));
    EXPECT_EQ(unlocked->source, CacheKeyVault::KeySource::Keychain);
    EXPECT_EQ(unlocked->keychainStatus, KeychainStatus::Ok);
    EXPECT_FALSE(unlocked->rewrapped);
}

TEST_F(RealKeychain, PasswordChangedElsewhereIsRewrapped)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("old password"));
    // The server now knows only the new password (changed on another device); the local
    // wrap is still under the old one.
    const auto unlocked = v.unlockWithVerifiedPassword(secret("new password"));
    ASSERT_TRUE(unlocked.has_value());
    EXPECT_TRUE(unlocked->key.equals(key.view()));
    EXPECT_EQ(unlocked->source, CacheKeyVault::KeySource::Keychain);
    EXPECT_TRUE(unlocked->rewrapped);

    const auto offlineNew = v.unlockOffline(secret("new password"));
    ASSERT_TRUE(offlineNew.has_value());
    EXPECT_TRUE(offlineNew->equals(key.view()));
    EXPECT_FALSE(v.unlockOffline(secret("old password")).has_value());

    const auto again = v.unlockWithVerifiedPassword(secret("new password"));
    ASSERT_TRUE(again.has_value());
    EXPECT_FALSE(again->rewrapped);
}

TEST_F(RealKeychain, DeletedKeychainEntryIsRestoredFromTheWrap)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("pw"));
    ASSERT_EQ(m_keychain.remove(m_account).status, KeychainStatus::Ok);

    const auto unlocked = v.unlockWithVerifiedPassword(secret("pw"));
    ASSERT_TRUE(unlocked.has_value());
    EXPECT_TRUE(unlocked->key.equals(key.view()));
    EXPECT_EQ(unlocked->source, CacheKeyVault::KeySource::Password);
    EXPECT_EQ(unlocked->keychainStatus, KeychainStatus::Ok);

    const KeychainResult restored = m_keychain.read(m_account);
    ASSERT_EQ(restored.status, KeychainStatus::Ok);
    EXPECT_TRUE(restored.secret.equals(key.view()));
    const auto next = v.unlockWithVerifiedPassword(secret("pw"));
    ASSERT_TRUE(next.has_value());
    EXPECT_EQ(next->source, CacheKeyVault::KeySource::Keychain);
}

TEST_F(RealKeychain, AStaleKeychainEntryGivesWayToTheWrap)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("pw"));
    ASSERT_EQ(m_keychain.write(m_account, generateKey()).status, KeychainStatus::Ok);

    const auto unlocked = v.unlockWithVerifiedPassword(secret("pw"));
    ASSERT_TRUE(unlocked.has_value());
    EXPECT_TRUE(unlocked->key.equals(key.view()));
    EXPECT_EQ(unlocked->source, CacheKeyVault::KeySource::Password);
    EXPECT_TRUE(m_keychain.read(m_account).secret.equals(key.view()));
}

TEST_F(RealKeychain, LostWrapIsRewrittenFromTheKeychain)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("pw"));
    ASSERT_TRUE(QFile::remove(v.wrappedKeyFile()));

    const auto unlocked = v.unlockWithVerifiedPassword(secret("pw"));
    ASSERT_TRUE(unlocked.has_value());
    EXPECT_TRUE(unlocked->key.equals(key.view()));
    EXPECT_TRUE(unlocked->rewrapped);
    const auto offline = v.unlockOffline(secret("pw"));
    ASSERT_TRUE(offline.has_value());
    EXPECT_TRUE(offline->equals(key.view()));
}

TEST_F(RealKeychain, ForgetRemovesBoth)
{
    CacheKeyVault v = vault();
    static_cast<void>(v.create(secret("pw")));
    v.forget();
    EXPECT_EQ(v.lastKeychainStatus(), KeychainStatus::Ok) << v.lastKeychainMessage().toStdString();
    EXPECT_FALSE(v.exists());
    EXPECT_EQ(m_keychain.read(m_account).status, KeychainStatus::NotFound);
    EXPECT_FALSE(v.unlockWithVerifiedPassword(secret("pw")).has_value());
}

TEST_F(RealKeychain, NothingInClearUnderHome)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("pw"));
    static_cast<void>(v.unlockWithVerifiedPassword(secret("pw2")));
    // HOME (and the keyring files under XDG_DATA_HOME inside it) and the wrapped-key folder.
    for (const QString &root : {QDir::homePath(), m_files.path()}) {
        const QStringList found = filesContaining(root, key.view());
        EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char(' ')).toStdString();
    }
}

} // namespace

int main(int argc, char **argv)
{
    // Set by the script once its private keyring answers: never the user's own session,
    // keyring or HOME.
    if (qEnvironmentVariable("MEDINEXUS_PRIVATE_KEYRING") != QLatin1String("1")
        || qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        std::fputs("real_keychain_test: run it through run_with_gnome_keyring.sh under dbus-run-session\n", stderr);
        return 1;
    }
    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
