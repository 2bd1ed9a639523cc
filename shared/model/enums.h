#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace medinexus {

// Every enumeration of the domain has a stable wire token (used in JSON, the database
// and the sync protocol; never translated, never renumbered) and a translated label for
// people. The tokens live in one table per enum, below, read by the generic helpers.

enum class FacilityKind { Hospital, Clinic, Pharmacy };
enum class Role { Doctor, Nurse, Pharmacist, Admin };
enum class Sex { Female, Male, Other, Unknown };
enum class EntryKind { Diagnosis, Prescription, Dispensation, Observation, Note };
enum class DiagnosisStatus { Provisional, Confirmed, Resolved, RuledOut };
enum class Route { Oral, Intravenous, Intramuscular, Subcutaneous, Topical, Inhaled, Rectal, Vaginal, Ophthalmic, Otic, Nasal, Sublingual, Other };
enum class DispensationCompleteness { Full, Partial };
enum class NoteCategory { FollowUp, Nursing, General };
// What a sync change carries (see shared/sync/change_envelope.h).
enum class ObjectType { Facility, User, Patient, Entry, RecordAccess };

template <typename E>
struct EnumTokens; // specialised below: static constexpr table of {value, token, label}

template <typename E>
struct EnumEntry {
    E value;
    std::string_view token;  // wire form, ASCII snake_case
    const char *label;       // English source text for tr(), context "medinexus::Enum"
};

#define MEDINEXUS_ENUM_TABLE(Type, ...)                                              \
    template <>                                                                      \
    struct EnumTokens<Type> {                                                        \
        static constexpr auto table = std::to_array<EnumEntry<Type>>({__VA_ARGS__}); \
    }


MEDINEXUS_ENUM_TABLE(FacilityKind,
    {FacilityKind::Hospital, "hospital", QT_TRANSLATE_NOOP("medinexus::Enum", "Hospital")},
    {FacilityKind::Clinic, "clinic", QT_TRANSLATE_NOOP("medinexus::Enum", "Clinic")},
    {FacilityKind::Pharmacy, "pharmacy", QT_TRANSLATE_NOOP("medinexus::Enum", "Pharmacy")});

MEDINEXUS_ENUM_TABLE(Role,
    {Role::Doctor, "doctor", QT_TRANSLATE_NOOP("medinexus::Enum", "Doctor")},
    {Role::Nurse, "nurse", QT_TRANSLATE_NOOP("medinexus::Enum", "Nurse")},
    {Role::Pharmacist, "pharmacist", QT_TRANSLATE_NOOP("medinexus::Enum", "Pharmacist")},
    {Role::Admin, "admin", QT_TRANSLATE_NOOP("medinexus::Enum", "Administrator")});

MEDINEXUS_ENUM_TABLE(Sex,
    {Sex::Female, "female", QT_TRANSLATE_NOOP("medinexus::Enum", "Female")},
    {Sex::Male, "male", QT_TRANSLATE_NOOP("medinexus::Enum", "Male")},
    {Sex::Other, "other", QT_TRANSLATE_NOOP("medinexus::Enum", "Other")},
    {Sex::Unknown, "unknown", QT_TRANSLATE_NOOP("medinexus::Enum", "Unknown")});

MEDINEXUS_ENUM_TABLE(EntryKind,
    {EntryKind::Diagnosis, "diagnosis", QT_TRANSLATE_NOOP("medinexus::Enum", "Diagnosis")},
    {EntryKind::Prescription, "prescription", QT_TRANSLATE_NOOP("medinexus::Enum", "Prescription")},
    {EntryKind::Dispensation, "dispensation", QT_TRANSLATE_NOOP("medinexus::Enum", "Dispensation")},
    {EntryKind::Observation, "observation", QT_TRANSLATE_NOOP("medinexus::Enum", "Observation")},
    {EntryKind::Note, "note", QT_TRANSLATE_NOOP("medinexus::Enum", "Note")});

MEDINEXUS_ENUM_TABLE(DiagnosisStatus,
    {DiagnosisStatus::Provisional, "provisional", QT_TRANSLATE_NOOP("medinexus::Enum", "Provisional")},
    {DiagnosisStatus::Confirmed, "confirmed", QT_TRANSLATE_NOOP("medinexus::Enum", "Confirmed")},
    {DiagnosisStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("medinexus::Enum", "Resolved")},
    {DiagnosisStatus::RuledOut, "ruled_out", QT_TRANSLATE_NOOP("medinexus::Enum", "Ruled out")});

MEDINEXUS_ENUM_TABLE(Route,
    {Route::Oral, "oral", QT_TRANSLATE_NOOP("medinexus::Enum", "Oral")},
    {Route::Intravenous, "intravenous", QT_TRANSLATE_NOOP("medinexus::Enum", "Intravenous")},
    {Route::Intramuscular, "intramuscular", QT_TRANSLATE_NOOP("medinexus::Enum", "Intramuscular")},
    {Route::Subcutaneous, "subcutaneous", QT_TRANSLATE_NOOP("medinexus::Enum", "Subcutaneous")},
    {Route::Topical, "topical", QT_TRANSLATE_NOOP("medinexus::Enum", "Topical")},
    {Route::Inhaled, "inhaled", QT_TRANSLATE_NOOP("medinexus::Enum", "Inhaled")},
    {Route::Rectal, "rectal", QT_TRANSLATE_NOOP("medinexus::Enum", "Rectal")},
    {Route::Vaginal, "vaginal", QT_TRANSLATE_NOOP("medinexus::Enum", "Vaginal")},
    {Route::Ophthalmic, "ophthalmic", QT_TRANSLATE_NOOP("medinexus::Enum", "Ophthalmic")},
    {Route::Otic, "otic", QT_TRANSLATE_NOOP("medinexus::Enum", "Otic")},
    {Route::Nasal, "nasal", QT_TRANSLATE_NOOP("medinexus::Enum", "Nasal")},
    {Route::Sublingual, "sublingual", QT_TRANSLATE_NOOP("medinexus::Enum", "Sublingual")},
    {Route::Other, "other", QT_TRANSLATE_NOOP("medinexus::Enum", "Other")});

MEDINEXUS_ENUM_TABLE(DispensationCompleteness,
    {DispensationCompleteness::Full, "full", QT_TRANSLATE_NOOP("medinexus::Enum", "Full")},
    {DispensationCompleteness::Partial, "partial", QT_TRANSLATE_NOOP("medinexus::Enum", "Partial")});

MEDINEXUS_ENUM_TABLE(NoteCategory,
    {NoteCategory::FollowUp, "follow_up", QT_TRANSLATE_NOOP("medinexus::Enum", "Follow-up")},
    {NoteCategory::Nursing, "nursing", QT_TRANSLATE_NOOP("medinexus::Enum", "Nursing")},
    {NoteCategory::General, "general", QT_TRANSLATE_NOOP("medinexus::Enum", "General")});

MEDINEXUS_ENUM_TABLE(ObjectType,
    {ObjectType::Facility, "facility", QT_TRANSLATE_NOOP("medinexus::Enum", "Facility")},
    {ObjectType::User, "user", QT_TRANSLATE_NOOP("medinexus::Enum", "User")},
    {ObjectType::Patient, "patient", QT_TRANSLATE_NOOP("medinexus::Enum", "Patient")},
    {ObjectType::Entry, "entry", QT_TRANSLATE_NOOP("medinexus::Enum", "Clinical entry")},
    {ObjectType::RecordAccess, "record_access", QT_TRANSLATE_NOOP("medinexus::Enum", "Record access")});

#undef MEDINEXUS_ENUM_TABLE

// The stable wire token of a value ("doctor", "ruled_out", ...).
template <typename E>
QString toToken(E value)
{
    for (const auto &entry : EnumTokens<E>::table) {
        if (entry.value == value)
            return QString::fromLatin1(entry.token.data(), static_cast<qsizetype>(entry.token.size()));
    }
    return {};
}

// The value for a wire token; exact, case-sensitive match, nullopt for anything else.
template <typename E>
std::optional<E> fromToken(QStringView token)
{
    for (const auto &entry : EnumTokens<E>::table) {
        if (token == QLatin1String(entry.token.data(), static_cast<qsizetype>(entry.token.size())))
            return entry.value;
    }
    return std::nullopt;
}

// Every value of an enumeration, in table order (for menus, tests, matrices).
template <typename E>
constexpr auto allValues()
{
    std::array<E, EnumTokens<E>::table.size()> values{};
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = EnumTokens<E>::table[i].value;
    return values;
}

// The translated label for people, in the current application language.
QString translatedLabel(const char *englishLabel);

template <typename E>
QString label(E value)
{
    for (const auto &entry : EnumTokens<E>::table) {
        if (entry.value == value)
            return translatedLabel(entry.label);
    }
    return {};
}

} // namespace medinexus
