#include "server/storage/sqlite/sqlite_schema.h"

#include <QString>

namespace medinexus::server {

namespace {

// Conventions:
//  - ids are UUIDs in their canonical text form (36 lowercase characters), so the file
//    reads well in the sqlite3 shell and text order is UUIDv7 time order;
//  - instants are INTEGER Unix milliseconds (UTC), except in audit_log, which keeps the
//    exact text its hash covers;
//  - JSON columns hold the canonical JSON bytes of shared/codec, as BLOBs: the exact bytes
//    that were validated and that sync hashes and forwards;
//  - references are DEFERRABLE INITIALLY DEFERRED, checked at COMMIT: the business layer
//    checks them first and may write in any order inside a transaction; the constraints
//    are the last line of defence.
constexpr const char kVersion1[] = R"sql(
CREATE TABLE facilities (
    id      TEXT PRIMARY KEY NOT NULL,
    name    TEXT NOT NULL,
    kind    TEXT NOT NULL,
    village TEXT NOT NULL,
    active  INTEGER NOT NULL CHECK (active IN (0, 1)),
    version INTEGER NOT NULL
) WITHOUT ROWID;

-- Usernames are stored lower case (shared/validation); NOCASE (ASCII case folding, which
-- is what usernames are made of) keeps them unique case-insensitively all the same.
CREATE TABLE users (
    id            TEXT PRIMARY KEY NOT NULL,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    facility_id   TEXT NOT NULL REFERENCES facilities (id) DEFERRABLE INITIALLY DEFERRED,
    active        INTEGER NOT NULL CHECK (active IN (0, 1)),
    version       INTEGER NOT NULL,
    password_hash BLOB NOT NULL
) WITHOUT ROWID;

-- Bearer sessions, by the SHA-256 of their token.
CREATE TABLE sessions (
    token_hash      BLOB PRIMARY KEY NOT NULL,
    user_id         TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL,
    last_seen_at    INTEGER NOT NULL,
    absolute_expiry INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (absolute_expiry);

-- One row per failed login, per throttling key ("user:<name>", "addr:<ip>").
CREATE TABLE login_failures (
    id  INTEGER PRIMARY KEY,
    key TEXT NOT NULL,
    at  INTEGER NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (key, at);
CREATE INDEX login_failures_by_time ON login_failures (at);

-- Current demographics (canonical JSON) and the columns search needs: names folded
-- (lower case, no accents; see shared/model/patient_search.h), phone digits, the
-- birth year (date or estimate).
CREATE TABLE patients (
    id                     TEXT PRIMARY KEY NOT NULL,
    number                 TEXT NOT NULL UNIQUE,
    version                INTEGER NOT NULL,
    json                   BLOB NOT NULL,
    family_fold            TEXT NOT NULL,
    given_fold             TEXT NOT NULL,
    phone_digits           TEXT NOT NULL,
    birth_year             INTEGER,
    registered_at_facility TEXT NOT NULL REFERENCES facilities (id) DEFERRABLE INITIALLY DEFERRED,
    last_change_id         TEXT NOT NULL
);
-- Phone and birth-year searches walk these in result order (folded names, id), stopping
-- at the limit; they cover those filters, so the walk never reads the (wide) table rows.
CREATE INDEX patients_by_name ON patients (family_fold, given_fold, id, birth_year, phone_digits);
CREATE INDEX patients_by_birth_year ON patients (birth_year, family_fold, given_fold, id, phone_digits);

-- The words each patient is found by (folded), with the patient's place in results and
-- birth year: a name search is one range scan of this table (and a top-N sort), without
-- visiting the patients table until the page of results is known.
CREATE TABLE patient_name_terms (
    term        TEXT NOT NULL,
    patient_id  TEXT NOT NULL REFERENCES patients (id) DEFERRABLE INITIALLY DEFERRED,
    family_fold TEXT NOT NULL,
    given_fold  TEXT NOT NULL,
    birth_year  INTEGER,
    PRIMARY KEY (term, patient_id)
) WITHOUT ROWID;
CREATE INDEX patient_name_terms_by_patient ON patient_name_terms (patient_id);

-- Every version of the demographics ever stored, in storing order.
CREATE TABLE patient_versions (
    id         INTEGER PRIMARY KEY,
    patient_id TEXT NOT NULL REFERENCES patients (id) DEFERRABLE INITIALLY DEFERRED,
    version    INTEGER NOT NULL,
    change_id  TEXT NOT NULL,
    json       BLOB NOT NULL,
    stored_at  INTEGER NOT NULL
);
CREATE INDEX patient_versions_by_patient ON patient_versions (patient_id, version);

-- Versions that were based on an older version than the current one; open until a later
-- change resolves them.
CREATE TABLE patient_conflicts (
    change_id          TEXT PRIMARY KEY NOT NULL,
    patient_id         TEXT NOT NULL REFERENCES patients (id) DEFERRABLE INITIALLY DEFERRED,
    base_version       INTEGER NOT NULL,
    proposed           BLOB NOT NULL,
    author_id          TEXT NOT NULL,
    facility_id        TEXT NOT NULL,
    received_at        INTEGER NOT NULL,
    resolved_by_change TEXT
);
CREATE INDEX patient_conflicts_open ON patient_conflicts (patient_id, received_at)
    WHERE resolved_by_change IS NULL;
CREATE INDEX patient_conflicts_all_open ON patient_conflicts (received_at)
    WHERE resolved_by_change IS NULL;

-- Clinical entries: immutable. chain_root is the original entry of an amendment chain
-- (the entry itself when it amends nothing); prescription_id and quantity are set for
-- dispensations only.
CREATE TABLE entries (
    id              TEXT PRIMARY KEY NOT NULL,
    patient_id      TEXT NOT NULL REFERENCES patients (id) DEFERRABLE INITIALLY DEFERRED,
    kind            TEXT NOT NULL,
    author_id       TEXT NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    facility_id     TEXT NOT NULL REFERENCES facilities (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at     INTEGER NOT NULL,
    amends          TEXT REFERENCES entries (id) DEFERRABLE INITIALLY DEFERRED,
    chain_root      TEXT NOT NULL,
    prescription_id TEXT REFERENCES entries (id) DEFERRABLE INITIALLY DEFERRED,
    quantity        INTEGER,
    json            BLOB NOT NULL,
    CHECK ((kind = 'dispensation') = (prescription_id IS NOT NULL AND quantity IS NOT NULL))
);
CREATE INDEX entries_by_patient ON entries (patient_id, recorded_at, id);
CREATE INDEX entries_by_amends ON entries (amends) WHERE amends IS NOT NULL;
CREATE INDEX entries_by_chain ON entries (chain_root);
CREATE INDEX entries_by_prescription ON entries (prescription_id) WHERE prescription_id IS NOT NULL;

CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
BEGIN
    SELECT RAISE(ABORT, 'clinical entries are immutable');
END;
CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
BEGIN
    SELECT RAISE(ABORT, 'clinical entries are immutable');
END;

-- The sync log. AUTOINCREMENT: a committed sequence is never handed out again, even if
-- its row were deleted, so a client's pull cursor never skips a later change. (A sequence
-- whose transaction rolled back may be reused: no reader ever saw it.)
CREATE TABLE changes (
    sequence    INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id   TEXT NOT NULL UNIQUE,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    envelope    BLOB NOT NULL,
    disposition TEXT NOT NULL CHECK (disposition IN ('applied', 'conflict')),
    received_at INTEGER NOT NULL
);
CREATE INDEX changes_by_object ON changes (object_id, sequence);

-- The hash-chained audit log (server/audit/audit_chain.h). `at` is the exact text the
-- hash covers; details its canonical JSON.
CREATE TABLE audit_log (
    sequence    INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    TEXT,
    actor_name  TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    peer        TEXT NOT NULL,
    outcome     TEXT NOT NULL,
    details     TEXT NOT NULL,
    prev_hash   BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash        BLOB NOT NULL CHECK (length(hash) = 32)
);
CREATE INDEX audit_by_time ON audit_log (at);
CREATE INDEX audit_by_actor ON audit_log (actor_id, sequence);
CREATE INDEX audit_by_object ON audit_log (object_id, sequence);
CREATE INDEX audit_by_action ON audit_log (action, sequence);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
)sql";

} // namespace

std::vector<sqlite::Migration> sqliteStoreMigrations()
{
    std::vector<sqlite::Migration> migrations;
    migrations.push_back(
        sqlite::Migration::fromSql(1, QStringLiteral("initial server schema"), kVersion1));
    return migrations;
}

} // namespace medinexus::server
