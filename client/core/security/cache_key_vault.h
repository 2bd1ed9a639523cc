#pragma once

#include "client/core/security/key_wrap.h"
#include "client/core/security/keychain.h"
#include "shared/security/secret_string.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <stdexcept>

namespace medinexus::client {

// The wrapped-key file cannot be read, written or removed, is missing where it must exist,
// or is damaged. The message names the file, never a secret.
class VaultError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The key of one cached user profile's SQLCipher cache: a random 256-bit key kept in the OS
// keychain and also wrapped under the user's password (Argon2id + AES-256-GCM) in a file, so
// that login works without a keychain (headless, locked keyring, lost entry) and the wrap
// verifies the password for offline login. The vault holds no copy of any key or password:
// each call returns the key to its caller and forgets it.
class CacheKeyVault {
public:
    // wrappedKeyFile: where the wrapped key lives (written atomically with QSaveFile, mode
    // 0600); keychainAccount: the keychain entry; associatedData binds the wrap to this
    // profile (a wrap copied from another profile does not open).
    CacheKeyVault(QString wrappedKeyFile, QString keychainAccount, QByteArray associatedData, Keychain &keychain,
                  Argon2Parameters parameters = {});

    // A wrapped key file is present.
    bool exists() const;

    // A new random key, wrapped under `password` into the file, then stored in the keychain
    // (best effort: see lastKeychainStatus()). Throws VaultError when a wrapped key already
    // exists (forget() it first: overwriting would lose the old cache's key) or the file
    // cannot be written.
    SecretString create(const SecretString &password);

    enum class KeySource { Keychain, Password };
    struct Unlocked {
        SecretString key;
        KeySource source;
        KeychainStatus keychainStatus;  // of the last keychain operation of the call
        bool rewrapped = false;         // the wrapped-key file was rewritten under the password
    };

    // After the SERVER verified this password (online login). The keychain first; then:
    //  - the wrap does not open with this password (changed on another device) or the file is
    //    missing or damaged: re-wrap the keychain's key under it;
    //  - the keychain lacked the key (or held no 32-byte key) but the wrap opened: store it
    //    in the keychain;
    //  - both hold a key and they differ: the wrap wins (authenticated and bound to this
    //    profile, unlike a keychain entry) and the keychain entry is replaced.
    // nullopt: neither worked (the cache cannot be decrypted any more).
    // Throws VaultError when a rewritten file cannot be written.
    std::optional<Unlocked> unlockWithVerifiedPassword(const SecretString &password);

    // Offline login: only the wrapped key, which verifies the password. nullopt: wrong
    // password. Throws VaultError when the file is missing or damaged (no password can open it).
    std::optional<SecretString> unlockOffline(const SecretString &password);

    // Atomic re-wrap of `key` (32 bytes) under `newPassword`; the keychain entry, which holds
    // the same key, is unchanged. Throws VaultError when the file cannot be written.
    void changePassword(const SecretString &key, const SecretString &newPassword);

    // "Forget this device": removes the keychain entry (best effort: see
    // lastKeychainStatus()) and the wrapped-key file. Throws VaultError when the file exists
    // and cannot be removed.
    void forget();

    // The status of the vault's last keychain operation; Unavailable before any.
    KeychainStatus lastKeychainStatus() const noexcept { return m_lastKeychainStatus; }
    // Its message (translated, names no secret): for the user or a diagnostic.
    const QString &lastKeychainMessage() const noexcept { return m_lastKeychainMessage; }

    const QString &wrappedKeyFile() const noexcept { return m_wrappedKeyFile; }

private:
    // The parsed file; nullopt when it is missing or damaged (with `problem` saying which).
    std::optional<WrappedKey> readWrapped(QString *problem) const;
    void writeWrapped(const WrappedKey &wrapped) const;
    void storeInKeychain(const SecretString &key);
    void noteKeychain(const KeychainResult &result);

    QString m_wrappedKeyFile;
    QString m_keychainAccount;
    QByteArray m_associatedData;
    Keychain &m_keychain;
    Argon2Parameters m_parameters;
    KeychainStatus m_lastKeychainStatus = KeychainStatus::Unavailable;
    QString m_lastKeychainMessage;
};

} // namespace medinexus::client
