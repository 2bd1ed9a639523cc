#pragma once

#include "shared/storage/migration_runner.h"

#include <vector>

namespace medinexus::server {

// The SQLite store's schema, as versioned migrations (PRAGMA user_version). Append new
// migrations at the end; never edit one that has shipped. Every migration must run on
// SQLite 3.15 (SQLCipher 3.4: no UPSERT, window functions, RETURNING or FTS5) and on
// SQLCipher 4.
std::vector<sqlite::Migration> sqliteStoreMigrations();

} // namespace medinexus::server
