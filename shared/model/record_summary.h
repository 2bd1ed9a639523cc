#pragma once

// What a record's header and the pharmacy counter show, derived from a patient's immutable
// entries through the amendment chains (amendment_chains.h): only the entry in effect of each
// chain counts. One definition for every screen and for the server.

#include "shared/model/clinical_entry.h"

#include <vector>

namespace medinexus {

// Diagnoses in effect that are provisional or confirmed (not resolved, not ruled out),
// most recently recorded first.
std::vector<ClinicalEntry> activeDiagnoses(const std::vector<ClinicalEntry> &record);

// A prescription in effect and how much of it was handed over.
struct PrescriptionProgress {
    ClinicalEntry prescription;  // the chain's entry in effect (its latest amendment)
    QUuid chainRoot;             // the first prescription of the chain
    int dispensed = 0;           // units dispensed against the chain (dispensedQuantity())
    int remaining = 0;           // prescribed quantity minus dispensed, never below 0

    bool operator==(const PrescriptionProgress &) const = default;
};

// Every prescription chain in effect with its progress, most recently recorded first.
std::vector<PrescriptionProgress> prescriptionProgress(const std::vector<ClinicalEntry> &record);

// The prescriptions with units still to dispense (remaining > 0): the header's "current
// prescriptions" and what the pharmacy counter offers, most recently recorded first.
std::vector<PrescriptionProgress> openPrescriptions(const std::vector<ClinicalEntry> &record);

} // namespace medinexus
