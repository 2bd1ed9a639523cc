#pragma once

// Synthetic people and clinical content for the benchmarks: names, villages, phones, birth
// dates and entry bodies drawn from a seeded generator, so that a run with the same seed
// writes the same community. Everything here is invented; no real person is described.

#include "shared/model/clinical_entry.h"
#include "shared/model/patient.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>
#include <QUuid>

#include <cstdint>

namespace medinexus::bench {

// A patient with realistic demographics. `index` (below 2^20) goes into the low bits of the
// patient number, so the numbers of one community never collide; the rest is random.
// The id is a new UUIDv7.
Patient syntheticPatient(QRandomGenerator &random, std::uint32_t index, const QUuid &facilityId, const QDate &today);

// Entry bodies as each role writes them.
ObservationBody syntheticObservation(QRandomGenerator &random);
DiagnosisBody syntheticDiagnosis(QRandomGenerator &random);
PrescriptionBody syntheticPrescription(QRandomGenerator &random);
// Dispenses all (most often) or part of `prescription`.
DispensationBody syntheticDispensation(QRandomGenerator &random, const QUuid &prescriptionId,
                                       const PrescriptionBody &prescription);
NoteBody syntheticNote(QRandomGenerator &random, bool byNurse);

// A family name and a given name, for the facility staff.
QString syntheticStaffName(QRandomGenerator &random);

} // namespace medinexus::bench
