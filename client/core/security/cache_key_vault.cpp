#include "client/core/security/cache_key_vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <utility>

namespace medinexus::client {

namespace {

// `text` comes from QT_TRANSLATE_NOOP at each call, which is what lupdate extracts.
QString translated(const char *text)
{
    return QCoreApplication::translate("medinexus::client::CacheKeyVault", text);
}

[[noreturn]] void fail(const QString &message)
{
    throw VaultError(message.toStdString());
}

} // namespace

CacheKeyVault::CacheKeyVault(QString wrappedKeyFile, QString keychainAccount, QByteArray associatedData,
                             Keychain &keychain, Argon2Parameters parameters)
    : m_wrappedKeyFile(std::move(wrappedKeyFile)),
      m_keychainAccount(std::move(keychainAccount)),
      m_associatedData(std::move(associatedData)),
      m_keychain(keychain),
      m_parameters(parameters)
{
    if (m_wrappedKeyFile.isEmpty() || m_keychainAccount.isEmpty())
        throw std::invalid_argument("CacheKeyVault needs a wrapped-key file and a keychain account");
    if (!m_parameters.isAcceptable())
        throw std::invalid_argument("Argon2id parameters out of the accepted range");
}

bool CacheKeyVault::exists() const
{
    return QFileInfo::exists(m_wrappedKeyFile);
}

SecretString CacheKeyVault::create(const SecretString &password)
{
    if (exists())
        fail(translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "a wrapped cache key already exists in %1")).arg(m_wrappedKeyFile));
    SecretString key = generateKey();
    writeWrapped(wrapKey(key, password, m_associatedData, m_parameters));
    storeInKeychain(key);
    return key;
}

std::optional<CacheKeyVault::Unlocked> CacheKeyVault::unlockWithVerifiedPassword(const SecretString &password)
{
    KeychainResult stored = m_keychain.read(m_keychainAccount);
    noteKeychain(stored);
    const bool keychainHasKey = stored.status == KeychainStatus::Ok && stored.secret.size() == WrappedKey::kKeyBytes;

    // Opened even when the keychain answered: only the wrap tells whether the password
    // changed on another device since it was written.
    QString problem;
    const std::optional<WrappedKey> wrapped = readWrapped(&problem);
    std::optional<SecretString> unwrapped;
    if (wrapped)
        unwrapped = unwrapKey(*wrapped, password, m_associatedData);

    if (unwrapped) {
        if (keychainHasKey && stored.secret.equals(unwrapped->view()))
            return Unlocked{std::move(stored.secret), KeySource::Keychain, m_lastKeychainStatus, false};
        // The keychain lacks the key, holds something else, or is out of reach: restore it
        // where it answered at all.
        if (stored.status == KeychainStatus::Ok || stored.status == KeychainStatus::NotFound)
            storeInKeychain(*unwrapped);
        return Unlocked{std::move(*unwrapped), KeySource::Password, m_lastKeychainStatus, false};
    }
    if (keychainHasKey) {
        writeWrapped(wrapKey(stored.secret, password, m_associatedData, m_parameters));
        return Unlocked{std::move(stored.secret), KeySource::Keychain, m_lastKeychainStatus, true};
    }
    return std::nullopt;
}

std::optional<SecretString> CacheKeyVault::unlockOffline(const SecretString &password)
{
    QString problem;
    const std::optional<WrappedKey> wrapped = readWrapped(&problem);
    if (!wrapped)
        fail(problem);
    return unwrapKey(*wrapped, password, m_associatedData);
}

void CacheKeyVault::changePassword(const SecretString &key, const SecretString &newPassword)
{
    writeWrapped(wrapKey(key, newPassword, m_associatedData, m_parameters));
}

void CacheKeyVault::forget()
{
    noteKeychain(m_keychain.remove(m_keychainAccount));
    QFile file(m_wrappedKeyFile);
    if (file.exists() && !file.remove())
        fail(translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "cannot remove the wrapped cache key %1: %2")).arg(m_wrappedKeyFile, file.errorString()));
}

std::optional<WrappedKey> CacheKeyVault::readWrapped(QString *problem) const
{
    QFile file(m_wrappedKeyFile);
    if (!file.exists()) {
        *problem = translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "no wrapped cache key in %1")).arg(m_wrappedKeyFile);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly))
        fail(translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "cannot read the wrapped cache key %1: %2")).arg(m_wrappedKeyFile, file.errorString()));
    // One byte more than a valid file: enough to tell that a longer one is damaged without
    // reading whatever may have been put there.
    const QByteArray bytes = file.read(WrappedKey::kEncodedBytes + 1);
    if (file.error() != QFileDevice::NoError)
        fail(translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "cannot read the wrapped cache key %1: %2")).arg(m_wrappedKeyFile, file.errorString()));
    std::optional<WrappedKey> wrapped = WrappedKey::fromBytes(bytes);
    if (!wrapped)
        *problem = translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "the wrapped cache key %1 is damaged or of an unknown version")).arg(m_wrappedKeyFile);
    return wrapped;
}

void CacheKeyVault::writeWrapped(const WrappedKey &wrapped) const
{
    const QFileInfo info(m_wrappedKeyFile);
    if (!QDir().mkpath(info.absolutePath()))
        fail(translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "cannot create the folder %1")).arg(info.absolutePath()));
    QSaveFile file(m_wrappedKeyFile);
    // The permissions go on QSaveFile's temporary file before anything is written to it,
    // and the rename keeps them.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        fail(translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "cannot write the wrapped cache key %1: %2")).arg(m_wrappedKeyFile, file.errorString()));
    const QByteArray bytes = wrapped.toBytes();
    if (file.write(bytes) != bytes.size() || !file.commit())
        fail(translated(QT_TRANSLATE_NOOP("medinexus::client::CacheKeyVault",
            "cannot write the wrapped cache key %1: %2")).arg(m_wrappedKeyFile, file.errorString()));
}

void CacheKeyVault::storeInKeychain(const SecretString &key)
{
    noteKeychain(m_keychain.write(m_keychainAccount, key));
}

void CacheKeyVault::noteKeychain(const KeychainResult &result)
{
    m_lastKeychainStatus = result.status;
    m_lastKeychainMessage = result.message;
}

} // namespace medinexus::client
