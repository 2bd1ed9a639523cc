#pragma once

namespace medinexus::client::sql {

// How the SQLCipher driver opens the cache file. The key is given separately (it is a secret,
// see SqlCipherDriver::setKey); the file is always in WAL mode with temp_store = MEMORY.
struct EncryptedDatabaseOptions {
    // Open without write access; every write then fails with SQLITE_READONLY.
    bool readOnly = false;
    // Create the file when it does not exist (ignored when readOnly is set).
    bool create = true;
    // How long to wait for another connection's lock before failing with SQLITE_BUSY.
    int busyTimeoutMs = 5000;
    // synchronous = FULL (every commit survives a power cut) instead of NORMAL.
    bool fullSync = true;
};

} // namespace medinexus::client::sql
