// The vault where no keychain can answer: no D-Bus session bus at all (the address points to
// a socket that does not exist), HOME and the XDG folders in a temporary directory. Every
// operation must go through the password path, and nothing may reach the disk in clear.
#include "client/core/security/cache_key_vault.h"
#include "client/core/security/key_wrap.h"
#include "client/core/security/keychain.h"
#include "shared/security/secret_string.h"
#include "tests/client/security/secret_scan.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <optional>

namespace {

using medinexus::SecretString;
using namespace medinexus::client;
using medinexus::test::filesContaining;

constexpr Argon2Parameters kFast{64, 1, 1};

QString g_home;  // the temporary HOME, set by main()

SecretString secret(const char *text)
{
    return SecretString(QByteArrayView(text));
}

unsigned fileMode(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return static_cast<unsigned>(info.st_mode) & 07777u;
}

class VaultWithoutDbus : public testing::Test {
protected:
    VaultWithoutDbus() : m_profileDir(g_home + QStringLiteral("/profiles/clinic-a-alice")) {}

    CacheKeyVault vault(const QByteArray &associatedData = QByteArrayLiteral("medinexus-cache:clinic-a/alice"))
    {
        return CacheKeyVault(wrappedFile(), QStringLiteral("clinic-a/alice"), associatedData, m_keychain, kFast);
    }
    QString wrappedFile() const { return m_profileDir + QStringLiteral("/cache-key.wrapped"); }

    void TearDown() override { QDir(g_home + QStringLiteral("/profiles")).removeRecursively(); }

    QString m_profileDir;
    // The default timeout: the point is that Unavailable comes without waiting for it.
    Keychain m_keychain{QStringLiteral("MediNexus-test")};
};

TEST(KeychainWithoutDbus, ReportsUnavailableWithoutWaitingForTheTimeout)
{
    Keychain keychain(QStringLiteral("MediNexus-test"), std::chrono::minutes(10));
    const KeychainResult written = keychain.write(QStringLiteral("someone"), secret("not stored"));
    EXPECT_EQ(written.status, KeychainStatus::Unavailable);
    // The reason is the missing bus, found before any job starts, not the 10-minute timeout.
    EXPECT_TRUE(written.message.contains(QLatin1String("D-Bus"))) << written.message.toStdString();
    const KeychainResult read = keychain.read(QStringLiteral("someone"));
    EXPECT_EQ(read.status, KeychainStatus::Unavailable);
    EXPECT_TRUE(read.secret.isEmpty());
    EXPECT_TRUE(read.message.contains(QLatin1String("D-Bus"))) << read.message.toStdString();
    EXPECT_EQ(keychain.remove(QStringLiteral("someone")).status, KeychainStatus::Unavailable);
}

TEST_F(VaultWithoutDbus, WholeLifeGoesThroughThePassword)
{
    CacheKeyVault v = vault();
    EXPECT_FALSE(v.exists());

    const SecretString key = v.create(secret("first password"));
    ASSERT_EQ(key.size(), 32);
    EXPECT_TRUE(v.exists());
    EXPECT_EQ(v.lastKeychainStatus(), KeychainStatus::Unavailable);
    EXPECT_EQ(fileMode(wrappedFile()), 0600u);

    const auto offline = v.unlockOffline(secret("first password"));
    ASSERT_TRUE(offline.has_value());
    EXPECT_TRUE(offline->equals(key.view()));
    EXPECT_FALSE(v.unlockOffline(secret("wrong password")).has_value());

    const auto online = v.unlockWithVerifiedPassword(secret("first password"));
    ASSERT_TRUE(online.has_value());
    EXPECT_TRUE(online->key.equals(key.view()));
    EXPECT_EQ(online->source, CacheKeyVault::KeySource::Password);
    EXPECT_EQ(online->keychainStatus, KeychainStatus::Unavailable);
    EXPECT_FALSE(online->rewrapped);

    v.changePassword(key, secret("second password"));
    EXPECT_EQ(fileMode(wrappedFile()), 0600u);
    EXPECT_FALSE(v.unlockOffline(secret("first password")).has_value());
    const auto afterChange = v.unlockOffline(secret("second password"));
    ASSERT_TRUE(afterChange.has_value());
    EXPECT_TRUE(afterChange->equals(key.view()));
    const auto onlineAfterChange = v.unlockWithVerifiedPassword(secret("second password"));
    ASSERT_TRUE(onlineAfterChange.has_value());
    EXPECT_TRUE(onlineAfterChange->key.equals(key.view()));

    // Changed on another device while this one has no keychain: nothing holds the key under
    // the new password any more.
    EXPECT_FALSE(v.unlockWithVerifiedPassword(secret("third password")).has_value());

    EXPECT_TRUE(filesContaining(g_home, key.view()).isEmpty()) << filesContaining(g_home, key.view()).join(
        QLatin1Char(' ')).toStdString();

    v.forget();
    EXPECT_FALSE(v.exists());
    EXPECT_FALSE(QFile::exists(wrappedFile()));
    EXPECT_THROW(static_cast<void>(v.unlockOffline(secret("second password"))), VaultError);
    EXPECT_FALSE(v.unlockWithVerifiedPassword(secret("second password")).has_value());
    v.forget();  // forgetting twice is harmless
}

TEST_F(VaultWithoutDbus, NoFileUnderHomeHoldsTheKeyInClear)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("pw"));
    v.changePassword(key, secret("pw2"));
    static_cast<void>(v.unlockWithVerifiedPassword(secret("pw2")));
    static_cast<void>(v.unlockWithVerifiedPassword(secret("pw3")));

    // The scan itself must work: it finds the key once the key is written in clear.
    const QStringList clean = filesContaining(g_home, key.view());
    EXPECT_TRUE(clean.isEmpty()) << clean.join(QLatin1Char(' ')).toStdString();
    QFile planted(m_profileDir + QStringLiteral("/planted-hex"));
    ASSERT_TRUE(planted.open(QIODevice::WriteOnly));
    planted.write("prefix " + key.view().toByteArray().toHex() + " suffix");
    planted.close();
    EXPECT_EQ(filesContaining(g_home, key.view()), QStringList{planted.fileName()});
}

TEST_F(VaultWithoutDbus, CreatingOverAnExistingKeyIsRefused)
{
    CacheKeyVault v = vault();
    const SecretString key = v.create(secret("pw"));
    EXPECT_THROW(static_cast<void>(v.create(secret("pw"))), VaultError);
    const auto unlocked = v.unlockOffline(secret("pw"));
    ASSERT_TRUE(unlocked.has_value());
    EXPECT_TRUE(unlocked->equals(key.view()));
}

TEST_F(VaultWithoutDbus, DamagedFilesAreClearErrorsNeverCrashes)
{
    CacheKeyVault v = vault();
    static_cast<void>(v.create(secret("pw")));
    QFile file(wrappedFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();

    const QByteArray damaged[] = {QByteArray(), good.first(good.size() - 1), good.first(10), good + "x",
                                  QByteArray(1 << 20, '\xff'), QByteArray(good.size(), '\0')};
    for (const QByteArray &content : damaged) {
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        EXPECT_THROW(static_cast<void>(v.unlockOffline(secret("pw"))), VaultError) << content.size() << " bytes";
        EXPECT_FALSE(v.unlockWithVerifiedPassword(secret("pw")).has_value()) << content.size() << " bytes";
    }

    // A flipped tag byte parses and fails to open: a wrong password for unlockOffline.
    QByteArray flipped = good;
    flipped[flipped.size() - 1] = static_cast<char>(flipped[flipped.size() - 1] ^ 1);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(flipped);
    file.close();
    EXPECT_FALSE(v.unlockOffline(secret("pw")).has_value());
}

TEST_F(VaultWithoutDbus, AWrapCopiedFromAnotherProfileDoesNotOpen)
{
    CacheKeyVault alice = vault();
    static_cast<void>(alice.create(secret("pw")));
    CacheKeyVault impostor = vault(QByteArrayLiteral("medinexus-cache:clinic-a/bob"));
    EXPECT_FALSE(impostor.unlockOffline(secret("pw")).has_value());
    EXPECT_FALSE(impostor.unlockWithVerifiedPassword(secret("pw")).has_value());
}

TEST_F(VaultWithoutDbus, ChangePasswordRefusesAKeyOfTheWrongLength)
{
    CacheKeyVault v = vault();
    static_cast<void>(v.create(secret("pw")));
    EXPECT_THROW(v.changePassword(SecretString(QByteArray(16, 'k')), secret("pw2")), std::invalid_argument);
    EXPECT_TRUE(v.unlockOffline(secret("pw")).has_value());  // the old wrap is untouched
}

TEST_F(VaultWithoutDbus, AFolderThatCannotBeCreatedIsAVaultError)
{
    // A regular file where the profile folder should be: fails for root as well.
    QFile blocker(m_profileDir);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(m_profileDir).absolutePath()));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    CacheKeyVault v = vault();
    EXPECT_THROW(static_cast<void>(v.create(secret("pw"))), VaultError);
    EXPECT_THROW(v.changePassword(generateKey(), secret("pw")), VaultError);
}

} // namespace

int main(int argc, char **argv)
{
    // Before anything reads the environment: a private HOME and XDG folders, and a session
    // bus address that leads nowhere.
    QTemporaryDir home;
    if (!home.isValid()) {
        fprintf(stderr, "cannot create a temporary HOME: %s\n", qPrintable(home.errorString()));
        return 1;
    }
    g_home = home.path();
    const QByteArray root = QFile::encodeName(g_home);
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_CACHE_HOME", root + "/.cache");
    qputenv("XDG_RUNTIME_DIR", root + "/runtime");
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + root + "/no-session-bus-here");
    qunsetenv("DISPLAY");  // no X11 autolaunch of a bus either
    QDir().mkpath(g_home + QStringLiteral("/runtime"));

    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
