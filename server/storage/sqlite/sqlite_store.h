#pragma once

// The server's embedded default storage: one SQLite file (through SQLCipher, without a
// key) in the data directory, plus its audit chain-head file "<file>.audit-head".
//
// Concurrency: one writer connection, guarded by a gate that a WriteTransaction holds from
// beginWrite() to commit or destruction (with BEGIN IMMEDIATE inside), so writers queue in
// the process instead of failing with SQLITE_BUSY; and a pool of read-only connections
// that, thanks to WAL, read their own snapshot while the writer writes. A pool rather than
// one guarded read connection so that a slow read (a search, a long pull page, a backup)
// does not stall every other request.
//
// Several processes may open one store (the server, `medinexus-server backup`): SQLite
// serialises their writers, and the audit head file's lock ("<file>.audit-head.lock")
// keeps its lines in table order and lets backups and verifications take one consistent
// point across processes.
//
// Durability: WAL with synchronous=FULL: a write acknowledged by commit() is on disk, and
// the audit head file is fsynced before commit() returns.
//
// Usage rules: a WriteTransaction may move between threads (it holds no thread-affine
// lock) but must not be used by two at once. While a thread holds one, the Store's own
// write methods (createSession, appendAudit, ...) wait for it: calling them from the same
// request would wait until the gate times out (StoreError, transient). Store reads are
// fine meanwhile (they see committed data only).

#include "server/audit/audit_chain.h"
#include "server/storage/store.h"

#include <QString>

#include <memory>

namespace medinexus::server {

class SqliteStore final : public Store {
public:
    struct Options {
        int readConnections = 4;
        // How long SQLite waits for a lock held by another process (an `audit verify` run
        // on the live file...) before failing with a transient error.
        int busyTimeoutMs = 5000;
        // How long beginWrite() and the Store's write methods wait for the writer.
        int writerWaitMs = 30000;
    };

    // Opens (creating it, owner-only, when missing) the database at `path` and brings its
    // schema up to date. Throws StoreError: transient when the file is locked, otherwise
    // (a newer schema written by a newer MediNexus, a damaged file, no permission...) not.
    static std::unique_ptr<SqliteStore> open(const QString &path);
    static std::unique_ptr<SqliteStore> open(const QString &path, const Options &options);

    // The schema version this build creates and reads (PRAGMA user_version).
    static int schemaVersion();

    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    QString path() const;
    QString auditHeadPath() const;

    // The audit chain and the head file, read at one consistent point while writers go
    // on: the verification to run on a live server.
    AuditVerification verifyAudit() override;

    std::unique_ptr<WriteTransaction> beginWrite() override;

    std::vector<Facility> listFacilities() override;
    std::optional<Facility> findFacility(const QUuid &id) override;
    std::vector<User> listUsers() override;
    std::optional<UserAccount> findUser(const QUuid &id) override;
    std::optional<UserAccount> findUserByUsername(const QString &username) override;

    void createSession(const SessionRecord &session) override;
    std::optional<SessionRecord> findSession(const QByteArray &tokenHash) override;
    void touchSession(const QByteArray &tokenHash, const QDateTime &lastSeenAt) override;
    void deleteSession(const QByteArray &tokenHash) override;
    int deleteSessionsOfUser(const QUuid &userId) override;
    // Deletes the sessions whose absolute expiry is at or before `now` (idle expiry is the
    // caller's policy, decided from lastSeenAt).
    int purgeExpiredSessions(const QDateTime &now) override;

    // Failures older than 30 days are forgotten (for every key) as new ones are recorded.
    void recordLoginFailure(const QString &key, const QDateTime &at) override;
    LoginFailures loginFailures(const QString &key, const QDateTime &since) override;
    void clearLoginFailures(const QString &key) override;

    std::optional<Patient> findPatient(const QUuid &id) override;
    std::optional<Patient> findPatientByNumber(const QString &compactNumber) override;
    // text, trimmed: a patient number in compact form (exact match); else, when it holds
    // only digits and phone punctuation, a part of a phone number (digits substring);
    // else name words, each the prefix of a word of the given or family names, ignoring
    // case and accents (shared/model/patient_search.h). Empty text: every
    // patient (of birthYear when given). Ordered by folded family name, folded given
    // names, id; at most min(limit, 500); none when limit <= 0.
    std::vector<Patient> searchPatients(const PatientQuery &query) override;
    std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId) override;
    std::optional<ClinicalEntry> findEntry(const QUuid &id) override;
    std::vector<PatientConflict> openConflicts(const std::optional<QUuid> &patientId) override;
    // Over the prescription's whole amendment chain (see sqlite_queries.cpp).
    int dispensedQuantity(const QUuid &prescriptionId) override;

    // limit is clamped to 1..1000.
    PullPage pull(qint64 afterSequence, int limit, const std::vector<ObjectType> &types) override;

    void appendAudit(const AuditEvent &event) override;
    // from <= at < to; limit clamped to 1..1000; in sequence order.
    std::vector<AuditRecord> queryAudit(const AuditQuery &query) override;
    void forEachAuditRecord(const std::function<bool(const AuditRecord &)> &visit) override;

    // Writes `destinationPath` (a new file, owner-only) and "<destinationPath>.audit-head"
    // (the head file up to the backup's last audit row), both fsynced, from one snapshot
    // while writers go on. Refuses to overwrite existing files. The copy opens with
    // SqliteStore::open() and passes verifyAudit() on its own.
    void backupTo(const QString &destinationPath) override;
    void ping() override;

    struct State;  // internal

private:
    explicit SqliteStore(std::unique_ptr<State> state);
    std::unique_ptr<State> d_;
};

} // namespace medinexus::server
