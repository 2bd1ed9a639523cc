#pragma once

// The server's storage on PostgreSQL 15 (libpq), for several stateless server nodes in
// front of a primary and a synchronous standby. Same observable behaviour as SqliteStore.
//
// Connections: a small pool, opened lazily, each checked to be on a primary
// (pg_is_in_recovery()). A connection that fails with a lost-connection error is dropped
// and the next call opens a new one (libpq does not reconnect; with several hosts and
// target_session_attrs=read-write/primary the new one finds the new primary). Reads are
// idempotent and retried once on a fresh connection; writes are never retried here: a
// transient StoreError goes back to the client, whose change id makes its retry safe.
//
// Writers: a write transaction (and every Store method that appends audit rows) runs under
// READ COMMITTED and takes pg_advisory_xact_lock(kWriteLockKey) first, so writers are
// serialised across every node like SQLite's BEGIN IMMEDIATE. The sync log's and the
// audit chain's sequences are thus drawn and committed in one order: a pull can never
// skip a change that commits late. Sessions and login throttling do not take the lock.
// In-process, writers also queue on a gate before taking a pooled connection, so that
// waiting writers do not use up the connections readers need.
//
// No statement_timeout, on purpose: cancelling a COMMIT that waits for the synchronous
// standby makes PostgreSQL report it committed (with a warning), so a timeout would
// acknowledge a change that only one machine holds. A dead peer is found by TCP keepalives.
//
// Audit: the chain head (last sequence and hash) is a one-row table updated in the
// appending transaction; verifyAudit() checks the chain and the head from one snapshot.
//
// Usage rules as SqliteStore's: a WriteTransaction may move between threads but not be
// used by two at once; the Store's own write methods that take the lock wait for a
// transaction the calling thread holds (they fail after writerWaitMs, transient).

#include "server/audit/audit_chain.h"
#include "server/storage/postgres/pg_change_listener.h"
#include "server/storage/store.h"

#include <QString>

#include <functional>
#include <memory>

namespace medinexus::server {

class PostgresStore final : public Store {
public:
    struct Options {
        int poolSize = 8;          // connections at most (the listener has its own)
        int writerWaitMs = 30000;  // how long a writer waits for the lock (in and across nodes)
        int acquireWaitMs = 30000; // how long a call waits for a pooled connection
    };

    // The key of the cluster-wide write lock (an arbitrary constant of this schema).
    static constexpr qint64 kWriteLockKey = 7239468231047710002;

    // Connects, checks for a primary and brings the schema up to date. Refuses (non-transient
    // StoreError) a conninfo holding a password, and a database written by a newer
    // MediNexus; a failed connection or a standby is a transient StoreError.
    static std::unique_ptr<PostgresStore> open(const QString &conninfo, const Options &options);
    static std::unique_ptr<PostgresStore> open(const QString &conninfo);

    static int schemaVersion();

    ~PostgresStore() override;
    PostgresStore(const PostgresStore &) = delete;
    PostgresStore &operator=(const PostgresStore &) = delete;

    // A listener on this store's database (see ChangeListener): onChange runs after other
    // nodes (or this one) commit changes to the sync log.
    std::unique_ptr<ChangeListener> listenForChanges(std::function<void()> onChange) const;

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
    int purgeExpiredSessions(const QDateTime &now) override;

    void recordLoginFailure(const QString &key, const QDateTime &at) override;
    LoginFailures loginFailures(const QString &key, const QDateTime &since) override;
    void clearLoginFailures(const QString &key) override;

    std::optional<Patient> findPatient(const QUuid &id) override;
    std::optional<Patient> findPatientByNumber(const QString &compactNumber) override;
    std::vector<Patient> searchPatients(const PatientQuery &query) override;
    std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId) override;
    std::optional<ClinicalEntry> findEntry(const QUuid &id) override;
    std::vector<PatientConflict> openConflicts(const std::optional<QUuid> &patientId) override;
    int dispensedQuantity(const QUuid &prescriptionId) override;

    PullPage pull(qint64 afterSequence, int limit, const std::vector<ObjectType> &types) override;

    void appendAudit(const AuditEvent &event) override;
    std::vector<AuditRecord> queryAudit(const AuditQuery &query) override;
    void forEachAuditRecord(const std::function<bool(const AuditRecord &)> &visit) override;

    // A read on a primary (a connection to a standby is refused when it opens, and one whose
    // server was demoted fails with a transient error).
    void ping() override;
    // Throws: PostgreSQL is backed up with pg_basebackup and WAL archiving.
    void backupTo(const QString &destinationPath) override;

    struct State;  // internal

private:
    explicit PostgresStore(std::unique_ptr<State> state);
    std::unique_ptr<State> d_;
};

} // namespace medinexus::server
