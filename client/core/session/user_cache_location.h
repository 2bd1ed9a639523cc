#pragma once

#include <QByteArray>
#include <QString>
#include <QUuid>

namespace medinexus::client {

// Where one user's cache of one server profile lives on this device:
//   <dataRoot>/profiles/<profile id>/<hash of the username>/cache.sqlite (+ -wal, -shm)
//                                                          /cache-key.wrap
// and the name of its keychain entry. The username is hashed so the folder names do not list
// who uses the computer.
class UserCacheLocation {
public:
    UserCacheLocation(const QString &dataRoot, const QUuid &profileId, const QString &username);

    [[nodiscard]] const QString &directory() const { return directory_; }
    [[nodiscard]] QString cacheFile() const;
    [[nodiscard]] QString wrappedKeyFile() const;
    [[nodiscard]] QString keychainAccount() const;
    // Binds the wrapped key to this profile and user: a wrapped-key file copied elsewhere
    // does not open there.
    [[nodiscard]] QByteArray associatedData() const;
    [[nodiscard]] bool cacheExists() const;

    // Creates the directory (mode 0700). Throws std::runtime_error when it cannot.
    void ensureDirectory() const;
    // Renames the cache and its companion files aside ("<name>.unreadable-<UTC time>"), for a
    // cache that can no longer be decrypted; returns the new name of the cache file.
    QString setCacheAside() const;
    // Deletes the cache, its companion files and the wrapped key ("forget this device").
    void erase() const;

private:
    QString directory_;
    QString profileId_;
    QString userHash_;
};

} // namespace medinexus::client
