#pragma once

// A Store that lets many writes of the server's own write path share ONE transaction of the
// real store, so that the community generator writes hundreds of thousands of changes in
// seconds instead of one fsync per change. Every beginWrite() joins the open batch; commit()
// of a joined transaction only marks its part done; commitBatch() commits the batch. The
// rows written are exactly those of separate transactions (object, sync-log row, audit row
// of each change, in order); only the number of fsyncs differs.
//
// A joined transaction that ends without commit() (the write path threw) rolls the whole
// batch back, and commitBatch() then throws: a generator must not go on after a failure.
// Reads and everything else go straight to the wrapped store. Not thread-safe: one writer.

#include "server/storage/store.h"

#include <memory>

namespace medinexus::server::bench {

class BatchingStore final : public Store {
public:
    explicit BatchingStore(Store &inner) : inner_(inner) {}
    ~BatchingStore() override;  // an uncommitted batch is rolled back
    BatchingStore(const BatchingStore &) = delete;
    BatchingStore &operator=(const BatchingStore &) = delete;

    // Commits the writes joined since the last commitBatch() (no-op when there are none).
    void commitBatch();

    std::unique_ptr<WriteTransaction> beginWrite() override;

    std::vector<Facility> listFacilities() override { return inner_.listFacilities(); }
    std::optional<Facility> findFacility(const QUuid &id) override { return inner_.findFacility(id); }
    std::vector<User> listUsers() override { return inner_.listUsers(); }
    std::optional<UserAccount> findUser(const QUuid &id) override { return inner_.findUser(id); }
    std::optional<UserAccount> findUserByUsername(const QString &username) override
    {
        return inner_.findUserByUsername(username);
    }
    void createSession(const SessionRecord &session) override { inner_.createSession(session); }
    std::optional<SessionRecord> findSession(const QByteArray &tokenHash) override { return inner_.findSession(tokenHash); }
    void touchSession(const QByteArray &tokenHash, const QDateTime &lastSeenAt) override
    {
        inner_.touchSession(tokenHash, lastSeenAt);
    }
    void deleteSession(const QByteArray &tokenHash) override { inner_.deleteSession(tokenHash); }
    int deleteSessionsOfUser(const QUuid &userId) override { return inner_.deleteSessionsOfUser(userId); }
    int purgeExpiredSessions(const QDateTime &now) override { return inner_.purgeExpiredSessions(now); }
    void recordLoginFailure(const QString &key, const QDateTime &at) override { inner_.recordLoginFailure(key, at); }
    LoginFailures loginFailures(const QString &key, const QDateTime &since) override
    {
        return inner_.loginFailures(key, since);
    }
    void clearLoginFailures(const QString &key) override { inner_.clearLoginFailures(key); }
    std::optional<Patient> findPatient(const QUuid &id) override { return inner_.findPatient(id); }
    std::optional<Patient> findPatientByNumber(const QString &compactNumber) override
    {
        return inner_.findPatientByNumber(compactNumber);
    }
    std::vector<Patient> searchPatients(const PatientQuery &query) override { return inner_.searchPatients(query); }
    std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId) override
    {
        return inner_.entriesOfPatient(patientId);
    }
    std::optional<ClinicalEntry> findEntry(const QUuid &id) override { return inner_.findEntry(id); }
    std::vector<PatientConflict> openConflicts(const std::optional<QUuid> &patientId) override
    {
        return inner_.openConflicts(patientId);
    }
    int dispensedQuantity(const QUuid &prescriptionId) override { return inner_.dispensedQuantity(prescriptionId); }
    PullPage pull(qint64 afterSequence, int limit, const std::vector<ObjectType> &types) override
    {
        return inner_.pull(afterSequence, limit, types);
    }
    void appendAudit(const AuditEvent &event) override { inner_.appendAudit(event); }
    std::vector<AuditRecord> queryAudit(const AuditQuery &query) override { return inner_.queryAudit(query); }
    void forEachAuditRecord(const std::function<bool(const AuditRecord &)> &visit) override
    {
        inner_.forEachAuditRecord(visit);
    }
    void backupTo(const QString &destinationPath) override { inner_.backupTo(destinationPath); }
    void ping() override { inner_.ping(); }
    AuditVerification verifyAudit() override { return inner_.verifyAudit(); }

private:
    friend class JoinedTransaction;
    void abandonBatch() noexcept;

    Store &inner_;
    std::unique_ptr<WriteTransaction> batch_;
    bool joined_ = false;     // a joined transaction is open
    bool abandoned_ = false;  // a joined transaction ended without commit
};

} // namespace medinexus::server::bench
