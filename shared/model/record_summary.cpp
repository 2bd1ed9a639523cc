#include "shared/model/record_summary.h"

#include "shared/ids/uuid.h"
#include "shared/model/amendment_chains.h"

#include <QSet>

#include <algorithm>

namespace medinexus {

namespace {

// Newest first; the same instant ordered by id so that every screen lists alike.
bool newerFirst(const ClinicalEntry &a, const ClinicalEntry &b)
{
    if (a.recordedAt != b.recordedAt)
        return a.recordedAt > b.recordedAt;
    return uuidToString(a.id) < uuidToString(b.id);
}

// The entry in effect of every chain of `kind`, each chain once (by its root: an entry that
// amends nothing in the record, as chainRoot() defines it).
std::vector<ClinicalEntry> entriesInEffect(const std::vector<ClinicalEntry> &record, EntryKind kind)
{
    QSet<QUuid> ids;
    ids.reserve(static_cast<qsizetype>(record.size()));
    for (const ClinicalEntry &entry : record)
        ids.insert(entry.id);
    std::vector<ClinicalEntry> result;
    QSet<QUuid> seenChains;
    for (const ClinicalEntry &entry : record) {
        if (entry.kind() != kind || (entry.amends && ids.contains(*entry.amends)))
            continue;
        if (seenChains.contains(entry.id))  // the same id twice in a malformed record
            continue;
        seenChains.insert(entry.id);
        auto current = entryInEffect(record, entry.id);
        // An amendment of another kind is malformed; the chain's own kind is what counts.
        if (current && current->kind() == kind)
            result.push_back(std::move(*current));
    }
    std::sort(result.begin(), result.end(), newerFirst);
    return result;
}

} // namespace

std::vector<ClinicalEntry> activeDiagnoses(const std::vector<ClinicalEntry> &record)
{
    std::vector<ClinicalEntry> active;
    for (ClinicalEntry &entry : entriesInEffect(record, EntryKind::Diagnosis)) {
        const auto &body = std::get<DiagnosisBody>(entry.body);
        if (body.status == DiagnosisStatus::Provisional || body.status == DiagnosisStatus::Confirmed)
            active.push_back(std::move(entry));
    }
    return active;
}

std::vector<PrescriptionProgress> prescriptionProgress(const std::vector<ClinicalEntry> &record)
{
    std::vector<PrescriptionProgress> progress;
    for (ClinicalEntry &entry : entriesInEffect(record, EntryKind::Prescription)) {
        PrescriptionProgress item;
        item.chainRoot = chainRoot(record, entry.id);
        item.dispensed = dispensedQuantity(record, entry.id);
        item.remaining = std::max(0, std::get<PrescriptionBody>(entry.body).quantity - item.dispensed);
        item.prescription = std::move(entry);
        progress.push_back(std::move(item));
    }
    return progress;
}

std::vector<PrescriptionProgress> openPrescriptions(const std::vector<ClinicalEntry> &record)
{
    std::vector<PrescriptionProgress> open;
    for (PrescriptionProgress &item : prescriptionProgress(record)) {
        if (item.remaining > 0)
            open.push_back(std::move(item));
    }
    return open;
}

} // namespace medinexus
