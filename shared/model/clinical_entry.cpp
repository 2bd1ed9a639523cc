#include "shared/model/clinical_entry.h"

namespace medinexus {

namespace {
// The variant's alternatives are declared in EntryKind order; keep them in step.
static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(EntryKind::Diagnosis), EntryBody>, DiagnosisBody>);
static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(EntryKind::Prescription), EntryBody>, PrescriptionBody>);
static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(EntryKind::Dispensation), EntryBody>, DispensationBody>);
static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(EntryKind::Observation), EntryBody>, ObservationBody>);
static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(EntryKind::Note), EntryBody>, NoteBody>);
static_assert(std::variant_size_v<EntryBody> == 5);
} // namespace

EntryKind ClinicalEntry::kindOf(const EntryBody &body)
{
    return static_cast<EntryKind>(body.index());
}

} // namespace medinexus
