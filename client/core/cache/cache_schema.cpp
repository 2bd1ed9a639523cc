#include "client/core/cache/cache_schema.h"

namespace medinexus::client {

namespace {

// Version 1. Objects are kept as their JSON (model_json form, what the server sent) beside the
// columns that queries need. SQLCipher 3.4 is SQLite 3.15: no UPSERT, no RETURNING.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE facilities (
    id      TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    name    TEXT NOT NULL,
    json    TEXT NOT NULL
);

CREATE TABLE users (
    id           TEXT PRIMARY KEY,
    version      INTEGER NOT NULL,
    username     TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role         TEXT NOT NULL,
    facility_id  TEXT NOT NULL,
    active       INTEGER NOT NULL,
    json         TEXT NOT NULL
);

-- json / version: what the clinic sees (the server's version, or a local edit not yet sent).
-- server_json / server_version: the last version the server confirmed (NULL: never sent), to
-- fall back on when the server refuses a local edit.
CREATE TABLE patients (
    id             TEXT PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    version        INTEGER NOT NULL,
    display_name   TEXT NOT NULL,
    family_key     TEXT NOT NULL,
    given_key      TEXT NOT NULL,
    phone_digits   TEXT NOT NULL,
    birth_year     INTEGER,
    json           TEXT NOT NULL,
    server_version INTEGER,
    server_json    TEXT,
    updated_at     TEXT NOT NULL
);
CREATE INDEX patients_by_family ON patients (family_key, given_key);
CREATE INDEX patients_by_phone ON patients (phone_digits);

-- The folded name words a patient is found by (shared/model/patient_search.h): a prefix
-- query is a range scan on (term).
CREATE TABLE patient_terms (
    term       TEXT NOT NULL,
    patient_id TEXT NOT NULL,
    PRIMARY KEY (term, patient_id)
) WITHOUT ROWID;
CREATE INDEX patient_terms_by_patient ON patient_terms (patient_id);

-- Immutable clinical entries; pending = written here and not yet acknowledged by the server.
CREATE TABLE entries (
    id          TEXT PRIMARY KEY,
    patient_id  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    author_id   TEXT NOT NULL,
    facility_id TEXT NOT NULL,
    amends      TEXT,
    json        TEXT NOT NULL,
    pending     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entries_by_patient ON entries (patient_id, recorded_at);
CREATE INDEX entries_by_amended ON entries (amends);

-- Versions of a patient written by another clinic on an older version: kept beside the current
-- one until a clinician reconciles them.
CREATE TABLE conflicts (
    change_id     TEXT PRIMARY KEY,
    patient_id    TEXT NOT NULL,
    base_version  INTEGER NOT NULL,
    proposed_json TEXT NOT NULL,
    author_id     TEXT NOT NULL,
    facility_id   TEXT NOT NULL,
    received_at   TEXT NOT NULL
);
CREATE INDEX conflicts_by_patient ON conflicts (patient_id);

-- Local changes not yet acknowledged by the server, in the order they were made. Written in
-- the same transaction as the cache update they describe.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id   TEXT NOT NULL UNIQUE,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    envelope    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_by_object ON outbox (object_type, object_id);

-- Changes the server refused for good: never silently dropped, shown to the user.
CREATE TABLE rejected_changes (
    change_id   TEXT PRIMARY KEY,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    envelope    TEXT NOT NULL,
    reason      TEXT NOT NULL,
    rejected_at TEXT NOT NULL
);
)sql";

} // namespace

const sqlite::MigrationRunner &cacheMigrations()
{
    static const sqlite::MigrationRunner runner({
        sqlite::Migration::fromSql(1, QStringLiteral("local cache"), kVersion1),
    });
    return runner;
}

} // namespace medinexus::client
