#include "bench/server/batching_store.h"

#include <stdexcept>

namespace medinexus::server::bench {

// One change's part of the batch: forwards to the batch's real transaction.
class JoinedTransaction final : public WriteTransaction {
public:
    JoinedTransaction(BatchingStore &owner, WriteTransaction &batch) : owner_(owner), batch_(batch) {}
    ~JoinedTransaction() override
    {
        owner_.joined_ = false;
        if (!committed_)
            owner_.abandonBatch();
    }
    JoinedTransaction(const JoinedTransaction &) = delete;
    JoinedTransaction &operator=(const JoinedTransaction &) = delete;

    std::optional<LoggedChange> findChange(const QUuid &changeId) override { return batch_.findChange(changeId); }
    std::optional<Patient> findPatient(const QUuid &id) override { return batch_.findPatient(id); }
    std::optional<QUuid> patientIdByNumber(const QString &compactNumber) override
    {
        return batch_.patientIdByNumber(compactNumber);
    }
    std::optional<ClinicalEntry> findEntry(const QUuid &id) override { return batch_.findEntry(id); }
    std::vector<ClinicalEntry> entriesOfPatient(const QUuid &patientId) override
    {
        return batch_.entriesOfPatient(patientId);
    }
    std::optional<Facility> findFacility(const QUuid &id) override { return batch_.findFacility(id); }
    std::optional<UserAccount> findUser(const QUuid &id) override { return batch_.findUser(id); }
    std::optional<UserAccount> findUserByUsername(const QString &username) override
    {
        return batch_.findUserByUsername(username);
    }
    void putPatient(const Patient &patient, const QUuid &changeId) override { batch_.putPatient(patient, changeId); }
    void addPatientConflict(const PatientConflict &conflict) override { batch_.addPatientConflict(conflict); }
    void resolvePatientConflicts(const QUuid &patientId, const QUuid &resolvedByChange) override
    {
        batch_.resolvePatientConflicts(patientId, resolvedByChange);
    }
    void insertEntry(const ClinicalEntry &entry) override { batch_.insertEntry(entry); }
    void putFacility(const Facility &facility) override { batch_.putFacility(facility); }
    void putUser(const User &user, const std::optional<QByteArray> &passwordHash) override
    {
        batch_.putUser(user, passwordHash);
    }
    qint64 logChange(const sync::ChangeEnvelope &change, ChangeDisposition disposition) override
    {
        return batch_.logChange(change, disposition);
    }
    qint64 appendAudit(const AuditEvent &event) override { return batch_.appendAudit(event); }

    void commit() override { committed_ = true; }

private:
    BatchingStore &owner_;
    WriteTransaction &batch_;
    bool committed_ = false;
};

BatchingStore::~BatchingStore() = default;

std::unique_ptr<WriteTransaction> BatchingStore::beginWrite()
{
    if (abandoned_)
        throw std::logic_error("BatchingStore: the batch was rolled back after a failed write");
    if (joined_)
        throw std::logic_error("BatchingStore: one write at a time");
    if (!batch_)
        batch_ = inner_.beginWrite();
    joined_ = true;
    return std::make_unique<JoinedTransaction>(*this, *batch_);
}

void BatchingStore::commitBatch()
{
    if (abandoned_)
        throw std::logic_error("BatchingStore: the batch was rolled back after a failed write");
    if (joined_)
        throw std::logic_error("BatchingStore: commitBatch() while a write is open");
    if (!batch_)
        return;
    batch_->commit();
    batch_.reset();
}

void BatchingStore::abandonBatch() noexcept
{
    abandoned_ = true;
    batch_.reset();  // the real transaction rolls back
}

} // namespace medinexus::server::bench
