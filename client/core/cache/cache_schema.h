#pragma once

#include "shared/storage/migration_runner.h"

namespace medinexus::client {

// The local cache's schema migrations (PRAGMA user_version), oldest first. Append, never edit:
// clinics upgrade caches that hold unsent work.
const sqlite::MigrationRunner &cacheMigrations();

} // namespace medinexus::client
