#pragma once

#include "server/audit/audit_chain.h"
#include "server/storage/store_records.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace medinexus::server {

// Everything a write does happens in one WriteTransaction: the business layer reads the
// current state, checks its rules, writes the objects, logs the change for sync and
// appends the audit row, then commits, all or nothing. Writers are serialised by the
// implementation (SQLite: BEGIN IMMEDIATE; PostgreSQL: a cluster-wide advisory lock), so a rule checked
// inside the transaction (e.g. "no more dispensed than prescribed") still holds at commit.
class WriteTransaction {
public:
    virtual ~WriteTransaction() = default;  // rolls back when not committed; never throws

    // --- reads that see this transaction's own writes ---
    virtual std::optional<LoggedChange> findChange(const QUuid &changeId) = 0;
    virtual std::optional<Patient> findPatient(const QUuid &id) = 0;
    virtual std::optional<QUuid> patientIdByNumber(const QString &compactNumber) = 0;
    virtual std::optional<ClinicalEntry> findEntry(const QUuid &id) = 0;
    // The patient's record as written so far in this transaction (for the amendment-chain
    // rules of shared/model/amendment_chains.h, which the client applies too).
    virtual std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId) = 0;
    virtual std::optional<Facility> findFacility(const QUuid &id) = 0;
    virtual std::optional<UserAccount> findUser(const QUuid &id) = 0;
    virtual std::optional<UserAccount> findUserByUsername(const QString &username) = 0;

    // --- writes ---
    // Inserts or replaces the current demographics and keeps `patient` in the history.
    virtual void putPatient(const Patient &patient, const QUuid &changeId) = 0;
    virtual void addPatientConflict(const PatientConflict &conflict) = 0;
    // Marks every open conflict of the patient as resolved by that change.
    virtual void resolvePatientConflicts(const QUuid &patientId, const QUuid &resolvedByChange) = 0;
    virtual void insertEntry(const ClinicalEntry &entry) = 0;  // entries are never updated
    virtual void putFacility(const Facility &facility) = 0;
    // A new account needs a password hash; an update keeps the stored one when nullopt.
    virtual void putUser(const User &user, const std::optional<QByteArray> &passwordHash) = 0;
    // Appends to the sync log; returns the change's sequence number (the pull order).
    virtual qint64 logChange(const sync::ChangeEnvelope &change, ChangeDisposition disposition) = 0;
    // Appends a hash-chained audit row; returns its sequence number.
    virtual qint64 appendAudit(const AuditEvent &event) = 0;

    virtual void commit() = 0;
};

// The server's storage, behind one interface with an SQLite (embedded default) and a
// PostgreSQL implementation. Implementations are thread-safe: every method may be called
// from any worker thread. Errors are thrown as StoreError (see store_records.h).
class Store {
public:
    virtual ~Store() = default;

    virtual std::unique_ptr<WriteTransaction> beginWrite() = 0;

    // --- directory ---
    virtual std::vector<Facility> listFacilities() = 0;
    virtual std::optional<Facility> findFacility(const QUuid &id) = 0;
    virtual std::vector<User> listUsers() = 0;
    virtual std::optional<UserAccount> findUser(const QUuid &id) = 0;
    virtual std::optional<UserAccount> findUserByUsername(const QString &username) = 0;

    // --- sessions (in the store, so that any server node can answer any request) ---
    virtual void createSession(const SessionRecord &session) = 0;
    virtual std::optional<SessionRecord> findSession(const QByteArray &tokenHash) = 0;
    virtual void touchSession(const QByteArray &tokenHash, const QDateTime &lastSeenAt) = 0;
    virtual void deleteSession(const QByteArray &tokenHash) = 0;
    virtual int deleteSessionsOfUser(const QUuid &userId) = 0;
    virtual int purgeExpiredSessions(const QDateTime &now) = 0;

    // --- login throttling state, per key ("user:<name>" or "addr:<ip>") ---
    virtual void recordLoginFailure(const QString &key, const QDateTime &at) = 0;
    virtual LoginFailures loginFailures(const QString &key, const QDateTime &since) = 0;
    virtual void clearLoginFailures(const QString &key) = 0;

    // --- clinical reads ---
    virtual std::optional<Patient> findPatient(const QUuid &id) = 0;
    virtual std::optional<Patient> findPatientByNumber(const QString &compactNumber) = 0;
    virtual std::vector<Patient> searchPatients(const PatientQuery &query) = 0;
    virtual std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId) = 0;
    virtual std::optional<ClinicalEntry> findEntry(const QUuid &id) = 0;
    virtual std::vector<PatientConflict> openConflicts(const std::optional<QUuid> &patientId) = 0;
    virtual int dispensedQuantity(const QUuid &prescriptionId) = 0;

    // --- sync pull: changes with sequence > afterSequence, in sequence order ---
    virtual PullPage pull(qint64 afterSequence, int limit, const std::vector<ObjectType> &types) = 0;

    // --- audit ---
    virtual void appendAudit(const AuditEvent &event) = 0;  // its own transaction
    virtual std::vector<AuditRecord> queryAudit(const AuditQuery &query) = 0;
    // Every row in sequence order, for `audit verify`; stops early when visit returns false.
    virtual void forEachAuditRecord(const std::function<bool(const AuditRecord &)> &visit) = 0;
    // The whole chain and the implementation's chain head (SQLite: the head file;
    // PostgreSQL: the audit_head row), read at one consistent point while writers go on.
    virtual AuditVerification verifyAudit() = 0;

    // --- operations ---
    // The cheapest round trip that proves the store can serve reads and writes now (for
    // /healthz, which load balancers poll); throws StoreError like any other call.
    virtual void ping() = 0;
    // A consistent copy of the whole store while clients keep writing.
    virtual void backupTo(const QString &destinationPath) = 0;
};

} // namespace medinexus::server
