#pragma once

// Amendment chains within one patient's record. An entry is never changed: a correction is a
// new entry that amends it, and may itself be amended. The entry "in effect" for a chain is
// its leaf (amended by nothing); where two clinics amended the same entry offline there are
// several leaves, and the latest recorded one (then the greatest id) is in effect, the same
// rule the server's store applies in SQL.

#include "shared/model/clinical_entry.h"
#include "shared/validation/validation_error.h"

#include <QUuid>

#include <optional>
#include <vector>

namespace medinexus {

// The first entry of the chain `id` belongs to (itself when it amends nothing or when what it
// amends is not in `record`).
QUuid chainRoot(const std::vector<ClinicalEntry> &record, const QUuid &id);

// The entry in effect for the chain `id` belongs to; nullopt when `id` is not in `record`.
std::optional<ClinicalEntry> entryInEffect(const std::vector<ClinicalEntry> &record, const QUuid &id);

// Units dispensed against the prescription chain `prescriptionId` belongs to: each
// dispensation chain counts once, by its entry in effect, for the prescription that entry
// names.
int dispensedQuantity(const std::vector<ClinicalEntry> &record, const QUuid &prescriptionId);

// A dispensation (new, or a correction of an earlier one) checked against the record it joins:
// against the prescription as last amended, with each earlier dispensation counted once by its
// version in effect and the chain it corrects left out. The server applies it to every pushed
// dispensation, the client to every local one.
struct DispensationCheck {
    bool prescriptionFound = false;  // the named prescription is in the record
    ValidationErrors errors;         // validateDispensation()'s, when found
};
DispensationCheck checkDispensation(const ClinicalEntry &dispensation, const std::vector<ClinicalEntry> &record);

} // namespace medinexus
