#pragma once

// Duplicate records are the commonest error in shared records: before registering a patient,
// the clinic is warned of any patient who looks like the same person. The rule, shared by
// every client and the server's tools:
//  - the same family name and given names (accents, case and word order of the given names
//    ignored, see patient_search.h fold()) and the same birth year (date or estimate); or
//  - the same phone number (its digits; at least kPhoneMinDigits of them).

#include "shared/model/patient.h"

#include <QString>

namespace medinexus {

enum class SimilarityReason { None, SameNameAndBirthYear, SamePhone };

// Why `candidate` looks like the same person as `draft` (None when it does not). When both
// reasons hold, SameNameAndBirthYear is given.
SimilarityReason similarity(const Patient &draft, const Patient &candidate);

} // namespace medinexus
