#include "server/storage/postgres/pg_schema.h"

#include <string>
#include <vector>

namespace medinexus::server::pg {

namespace {

// Held (transaction-scoped) while a node reads and applies the schema version.
constexpr const char kMigrationLockKey[] = "7239468231047710001";

// Conventions, as in the SQLite store so that both behave alike:
//  - ids are UUIDs in their canonical text form; every text column is COLLATE "C" (byte
//    order of UTF-8, which is SQLite's BINARY order), so results come in the same order;
//  - instants are bigint Unix milliseconds (UTC), except in audit_log, which keeps the
//    exact text its hash covers;
//  - JSON columns hold the canonical JSON bytes of shared/codec, as bytea;
//  - references are DEFERRABLE INITIALLY DEFERRED, checked at COMMIT;
//  - usernames are unique ignoring ASCII case, like SQLite's NOCASE.
constexpr const char kVersion1[] = R"sql(
CREATE FUNCTION medinexus_ascii_lower(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN translate(value, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');

CREATE FUNCTION medinexus_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TABLE facilities (
    id      text COLLATE "C" PRIMARY KEY,
    name    text COLLATE "C" NOT NULL,
    kind    text COLLATE "C" NOT NULL,
    village text COLLATE "C" NOT NULL,
    active  boolean NOT NULL,
    version integer NOT NULL
);

CREATE TABLE users (
    id            text COLLATE "C" PRIMARY KEY,
    username      text COLLATE "C" NOT NULL,
    display_name  text COLLATE "C" NOT NULL,
    role          text COLLATE "C" NOT NULL,
    facility_id   text COLLATE "C" NOT NULL REFERENCES facilities (id) DEFERRABLE INITIALLY DEFERRED,
    active        boolean NOT NULL,
    version       integer NOT NULL,
    password_hash bytea NOT NULL
);
CREATE UNIQUE INDEX users_username_nocase ON users (medinexus_ascii_lower(username));

CREATE TABLE sessions (
    token_hash      bytea PRIMARY KEY,
    user_id         text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at      bigint NOT NULL,
    last_seen_at    bigint NOT NULL,
    absolute_expiry bigint NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE INDEX sessions_by_expiry ON sessions (absolute_expiry);

CREATE TABLE login_failures (
    id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key text COLLATE "C" NOT NULL,
    at  bigint NOT NULL
);
CREATE INDEX login_failures_by_key ON login_failures (key, at);
CREATE INDEX login_failures_by_time ON login_failures (at);

CREATE TABLE patients (
    id                     text COLLATE "C" PRIMARY KEY,
    number                 text COLLATE "C" NOT NULL UNIQUE,
    version                integer NOT NULL,
    json                   bytea NOT NULL,
    family_fold            text COLLATE "C" NOT NULL,
    given_fold             text COLLATE "C" NOT NULL,
    phone_digits           text COLLATE "C" NOT NULL,
    birth_year             integer,
    registered_at_facility text COLLATE "C" NOT NULL REFERENCES facilities (id) DEFERRABLE INITIALLY DEFERRED,
    last_change_id         text COLLATE "C" NOT NULL
);
CREATE INDEX patients_by_name ON patients (family_fold, given_fold, id);
CREATE INDEX patients_by_birth_year ON patients (birth_year, family_fold, given_fold, id);

CREATE TABLE patient_name_terms (
    term        text COLLATE "C" NOT NULL,
    patient_id  text COLLATE "C" NOT NULL REFERENCES patients (id) DEFERRABLE INITIALLY DEFERRED,
    family_fold text COLLATE "C" NOT NULL,
    given_fold  text COLLATE "C" NOT NULL,
    birth_year  integer,
    PRIMARY KEY (term, patient_id)
);
CREATE INDEX patient_name_terms_by_patient ON patient_name_terms (patient_id);

CREATE TABLE patient_versions (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id text COLLATE "C" NOT NULL REFERENCES patients (id) DEFERRABLE INITIALLY DEFERRED,
    version    integer NOT NULL,
    change_id  text COLLATE "C" NOT NULL,
    json       bytea NOT NULL,
    stored_at  bigint NOT NULL
);
CREATE INDEX patient_versions_by_patient ON patient_versions (patient_id, version);

CREATE TABLE patient_conflicts (
    change_id          text COLLATE "C" PRIMARY KEY,
    patient_id         text COLLATE "C" NOT NULL REFERENCES patients (id) DEFERRABLE INITIALLY DEFERRED,
    base_version       integer NOT NULL,
    proposed           bytea NOT NULL,
    author_id          text COLLATE "C" NOT NULL,
    facility_id        text COLLATE "C" NOT NULL,
    received_at        bigint NOT NULL,
    resolved_by_change text COLLATE "C"
);
CREATE INDEX patient_conflicts_open ON patient_conflicts (patient_id, received_at)
    WHERE resolved_by_change IS NULL;
CREATE INDEX patient_conflicts_all_open ON patient_conflicts (received_at)
    WHERE resolved_by_change IS NULL;

CREATE TABLE entries (
    id              text COLLATE "C" PRIMARY KEY,
    patient_id      text COLLATE "C" NOT NULL REFERENCES patients (id) DEFERRABLE INITIALLY DEFERRED,
    kind            text COLLATE "C" NOT NULL,
    author_id       text COLLATE "C" NOT NULL REFERENCES users (id) DEFERRABLE INITIALLY DEFERRED,
    facility_id     text COLLATE "C" NOT NULL REFERENCES facilities (id) DEFERRABLE INITIALLY DEFERRED,
    recorded_at     bigint NOT NULL,
    amends          text COLLATE "C" REFERENCES entries (id) DEFERRABLE INITIALLY DEFERRED,
    chain_root      text COLLATE "C" NOT NULL,
    prescription_id text COLLATE "C" REFERENCES entries (id) DEFERRABLE INITIALLY DEFERRED,
    quantity        integer,
    json            bytea NOT NULL,
    CHECK ((kind = 'dispensation') = (prescription_id IS NOT NULL AND quantity IS NOT NULL))
);
CREATE INDEX entries_by_patient ON entries (patient_id, recorded_at, id);
CREATE INDEX entries_by_amends ON entries (amends) WHERE amends IS NOT NULL;
CREATE INDEX entries_by_chain ON entries (chain_root);
CREATE INDEX entries_by_prescription ON entries (prescription_id) WHERE prescription_id IS NOT NULL;
CREATE TRIGGER entries_immutable BEFORE UPDATE OR DELETE ON entries
    FOR EACH ROW EXECUTE FUNCTION medinexus_refuse_change('clinical entries are immutable');
CREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON entries
    FOR EACH STATEMENT EXECUTE FUNCTION medinexus_refuse_change('clinical entries are immutable');

-- The sync log. Sequence values are never handed out twice. Writers that log changes hold
-- the store's cluster-wide write lock from before the sequence is drawn to after COMMIT,
-- so sequences become visible in increasing order and a pull never skips one.
CREATE TABLE changes (
    sequence    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    change_id   text COLLATE "C" NOT NULL UNIQUE,
    object_type text COLLATE "C" NOT NULL,
    object_id   text COLLATE "C" NOT NULL,
    envelope    bytea NOT NULL,
    disposition text COLLATE "C" NOT NULL CHECK (disposition IN ('applied', 'conflict')),
    received_at bigint NOT NULL
);
CREATE INDEX changes_by_object ON changes (object_id, sequence);

CREATE TABLE audit_log (
    sequence    bigint PRIMARY KEY,
    at          text COLLATE "C" NOT NULL,
    actor_id    text COLLATE "C",
    actor_name  text COLLATE "C" NOT NULL,
    action      text COLLATE "C" NOT NULL,
    object_type text COLLATE "C" NOT NULL,
    object_id   text COLLATE "C" NOT NULL,
    peer        text COLLATE "C" NOT NULL,
    outcome     text COLLATE "C" NOT NULL,
    details     text COLLATE "C" NOT NULL,
    prev_hash   bytea NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea NOT NULL CHECK (octet_length(hash) = 32)
);
CREATE INDEX audit_by_time ON audit_log (at);
CREATE INDEX audit_by_actor ON audit_log (actor_id, sequence);
CREATE INDEX audit_by_object ON audit_log (object_id, sequence);
CREATE INDEX audit_by_action ON audit_log (action, sequence);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION medinexus_refuse_change('the audit log is append-only');
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION medinexus_refuse_change('the audit log is append-only');

-- The audit chain's head (the counterpart of SQLite's head file): the last row's sequence
-- and hash, updated in the transaction that appends rows. A consistent rewrite of the log
-- or a cut at its end no longer matches it.
CREATE TABLE audit_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    sequence  bigint NOT NULL,
    hash      bytea NOT NULL CHECK (octet_length(hash) = 32)
);
)sql";

struct Migration {
    int version;
    const char *description;
    const char *sql;
};

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1, "initial server schema", kVersion1},
    };
    return all;
}

} // namespace

int latestSchemaVersion()
{
    return migrations().back().version;
}

void migrate(Connection &db)
{
    for (;;) {
        db.execScript("migrate", "BEGIN ISOLATION LEVEL READ COMMITTED");
        try {
            db.exec("migrate", std::string("SELECT pg_advisory_xact_lock(") + kMigrationLockKey + ")");
            db.execScript("migrate",
                          "CREATE TABLE IF NOT EXISTS schema_version ("
                          " version integer PRIMARY KEY,"
                          " description text NOT NULL,"
                          " applied_at timestamptz NOT NULL DEFAULT now())");
            const Result current = db.exec("migrate", "SELECT coalesce(max(version), 0) FROM schema_version");
            const qint64 version = current.int64(0, 0);
            if (version > latestSchemaVersion()) {
                throw StoreError("the database was written by a newer MediNexus (schema "
                                     + std::to_string(version) + ", this build reads up to "
                                     + std::to_string(latestSchemaVersion()) + "); refusing to open it",
                                 false);
            }
            if (version == latestSchemaVersion()) {
                db.execScript("migrate", "COMMIT");
                return;
            }
            const Migration &next = migrations().at(static_cast<std::size_t>(version));
            db.execScript("migrate", next.sql);
            db.exec("migrate", "INSERT INTO schema_version (version, description) VALUES ($1, $2)",
                    Params().integer(next.version).text(QString::fromUtf8(next.description)));
            const Result committed = db.exec("migrate", "COMMIT");
            if (committed.commandStatus() != "COMMIT")
                throw StoreError("migrate: the migration to schema " + std::to_string(next.version)
                                     + " was rolled back",
                                 false);
        } catch (...) {
            db.rollbackQuietly();
            throw;
        }
    }
}

} // namespace medinexus::server::pg
