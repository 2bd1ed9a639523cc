#pragma once

#include "server/services/change_applier.h"
#include "server/services/principal.h"
#include "server/storage/store.h"

#include <QJsonObject>

#include <functional>
#include <vector>

namespace medinexus::server {

// A patient's whole record as one clinician reads it.
struct PatientRecord {
    Patient patient;
    std::vector<ClinicalEntry> entries;      // oldest first; amendments included
    std::vector<PatientConflict> conflicts;  // open conflicts (the patient is flagged)
};

// The REST face of clinical work. Reads are authorised and audited here; writes are
// turned into change envelopes authored by the caller and go through the ChangeApplier,
// exactly like a pushed offline change.
class ClinicalService {
public:
    using Notify = std::function<void()>;  // called after a committed write

    ClinicalService(Store &store, ChangeApplier &applier, HybridLogicalClock &clock, Notify notify);

    std::vector<Patient> search(const Principal &principal, const PatientQuery &query);
    PatientRecord readRecord(const Principal &principal, const QUuid &patientId);
    std::vector<PatientConflict> openConflicts(const Principal &principal);

    // `patientJson` may leave out id, number, version and registeredAtFacility; the
    // server fills them (a new UUIDv7, a new patient number, 1, the caller's facility).
    Patient registerPatient(const Principal &principal, QJsonObject patientJson);
    // `patientJson` is the new content; baseVersion the version it was edited from.
    Patient updatePatient(const Principal &principal, const QUuid &patientId, int baseVersion, QJsonObject patientJson);
    // `entryJson` may leave out id, patientId, author fields and recordedAt.
    ClinicalEntry addEntry(const Principal &principal, const QUuid &patientId, QJsonObject entryJson);

private:
    ChangeOutcome write(const Principal &principal, ObjectType type, const QUuid &objectId, int baseVersion,
                        const QJsonObject &payload);
    void audit(const Principal &principal, const QString &action, const QString &objectId,
               const QString &outcome, const QJsonObject &details = {});

    Store &store_;
    ChangeApplier &applier_;
    HybridLogicalClock &hlc_;
    Notify notify_;
};

// Throws the ServiceError that a refused ChangeOutcome stands for (403, 404, 409, 422, 400).
[[noreturn]] void throwRefusal(const ChangeOutcome &outcome);

} // namespace medinexus::server
