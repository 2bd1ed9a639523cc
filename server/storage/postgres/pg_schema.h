#pragma once

// PostgresStore's schema, as versioned migrations recorded in the table schema_version.
// Append new migrations at the end; never edit one that has shipped.

#include "server/storage/postgres/pg_connection.h"

namespace medinexus::server::pg {

// The version this build creates and reads.
int latestSchemaVersion();

// Brings the database up to latestSchemaVersion(): each migration in its own transaction,
// under an advisory lock, so that several nodes starting together apply each migration
// once. Throws a non-transient StoreError for a database written by a newer MediNexus.
void migrate(Connection &db);

} // namespace medinexus::server::pg
