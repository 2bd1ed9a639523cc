#pragma once

#include "shared/model/clinical_entry.h"
#include "shared/model/facility.h"
#include "shared/model/patient.h"
#include "shared/model/user.h"
#include "shared/validation/validation_error.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace medinexus {

// The single definition of the domain's rules. The server enforces them (answering 422
// with the errors), the client runs the same functions to mark form fields before
// sending. Every function reports every broken rule, not only the first, so a form can
// mark all bad fields at once; an empty result means valid.
//
// Conventions shared by all rules:
// - Lengths count Unicode code points of the value as stored (what PostgreSQL's
//   varchar(n) counts), so "é" is one character and so is a CJK ideograph outside the BMP.
// - "Required" text must contain something other than white space.
// - Single-line text (names, medication...) refuses every control character; multi-line
//   text (notes, addresses...) allows line feed, carriage return and tab only. Unpaired
//   UTF-16 surrogates are refused everywhere. Format characters (Unicode Cf, e.g. the
//   zero-width non-joiner Persian needs) are allowed.
// - Limits below are the public contract; the database columns and forms follow them.

// When the rules are evaluated; tests pass a fixed instant.
struct ValidationContext {
    QDateTime now = QDateTime::currentDateTimeUtc();  // UTC
    // How far ahead of `now` an entry's recordedAt may be: offline clinic clocks drift.
    qint64 allowedClockSkewSeconds = 300;

    // The calendar date of `now` in UTC.
    QDate today() const;
    // The latest calendar date already begun somewhere on Earth (UTC+14), allowing for
    // clock skew. Dates typed by people are local dates: a baby born just after midnight
    // in a clinic east of Greenwich has a birth date that is still "tomorrow" in UTC, and
    // must not be refused as being in the future.
    QDate latestLocalDate() const;
};

// --- Limits (also used by forms for maxLength and spin-box ranges) ----------------------
namespace ValidationLimits {
inline constexpr int kNameMaxLength = 100;
inline constexpr int kVillageMaxLength = 100;
inline constexpr int kAddressMaxLength = 500;
inline constexpr int kPhoneMaxLength = 30;  // separators included
inline constexpr int kPhoneMinDigits = 6;
inline constexpr int kPhoneMaxDigits = 20;
inline constexpr int kAllergyMaxLength = 100;
inline constexpr int kMaxAllergies = 50;
inline constexpr int kEarliestBirthYear = 1880;

inline constexpr int kAmendmentReasonMaxLength = 500;
inline constexpr int kDiagnosisTextMaxLength = 1000;
inline constexpr int kMedicationMaxLength = 200;
inline constexpr int kDoseMaxLength = 100;
inline constexpr int kFrequencyMaxLength = 100;
inline constexpr int kMinDurationDays = 1;
inline constexpr int kMaxDurationDays = 365;
inline constexpr int kMinQuantity = 1;
inline constexpr int kMaxQuantity = 10000;
inline constexpr int kQuantityUnitMaxLength = 50;
inline constexpr int kInstructionsMaxLength = 1000;
inline constexpr int kDispensationNoteMaxLength = 1000;
inline constexpr int kNursingTextMaxLength = 5000;
inline constexpr int kNoteTextMaxLength = 5000;

inline constexpr int kMinTemperatureDeciCelsius = 250;  // 25.0 °C
inline constexpr int kMaxTemperatureDeciCelsius = 450;  // 45.0 °C
inline constexpr int kMinPulse = 20;
inline constexpr int kMaxPulse = 250;
inline constexpr int kMinSystolic = 50;
inline constexpr int kMaxSystolic = 300;
inline constexpr int kMinDiastolic = 20;
inline constexpr int kMaxDiastolic = 200;
inline constexpr int kMinRespiratoryRate = 4;
inline constexpr int kMaxRespiratoryRate = 80;
inline constexpr int kMinSpo2 = 50;
inline constexpr int kMaxSpo2 = 100;
inline constexpr int kMinWeightGrams = 200;
inline constexpr int kMaxWeightGrams = 400000;

inline constexpr int kFacilityNameMaxLength = 100;
inline constexpr int kUsernameMinLength = 3;
inline constexpr int kUsernameMaxLength = 32;
inline constexpr int kDisplayNameMaxLength = 100;
inline constexpr int kPasswordMinLength = 10;
inline constexpr int kPasswordMaxLength = 256;
} // namespace ValidationLimits

// Demographics. Fields: id, number, version, givenNames, familyName, birthDate,
// estimatedBirthYear, phone, village, address, allergies, allergies[i],
// registeredAtFacility. When both names are blank the error is on "familyName".
ValidationErrors validatePatient(const Patient &patient, const ValidationContext &context);

// One entry on its own: identity, time, amendment fields, then its body. Body fields are
// named as in the body struct ("quantity", "vitals.systolicMmHg"). Rules that need
// another entry are in validateAmendment() and validateDispensation().
ValidationErrors validateEntry(const ClinicalEntry &entry, const ValidationContext &context);

// An amendment against the entry it corrects (call validateEntry() on it as well).
ValidationErrors validateAmendment(const ClinicalEntry &amendment, const ClinicalEntry &original);

// A dispensation against its prescription (call validateEntry() on it as well).
// `prescription` is the prescription as currently in effect, i.e. the latest amendment
// of the one the dispensation names: following the amendment chain needs the store, so
// it is the caller's job, as is `alreadyDispensed`, the total of the other dispensations
// in effect for it (for an amended dispensation, without the one it corrects). A
// negative `alreadyDispensed` counts as 0.
ValidationErrors validateDispensation(const ClinicalEntry &dispensation,
                                      const ClinicalEntry &prescription, int alreadyDispensed);

// Fields: id, name, village (optional), version.
ValidationErrors validateFacility(const Facility &facility);

// Fields: id, username, displayName, facilityId, version.
// Usernames are stored lower case (see normalizedUsername()): "case-insensitive unique"
// then is a plain unique index, and login compares normalised forms. Upper case is
// refused with a message giving the lower-case form; forms normalise as the user types.
ValidationErrors validateUser(const User &user);

// Field: password. At least 10 and at most 256 characters, and not containing the
// username (case-insensitively; equal counts as containing).
ValidationErrors validateNewPassword(const QString &password, const QString &username);

// --- Normalisers, for forms and import: what the rules accept, from what people type ----

// "j18.9 " -> "J18.9". Diagnosis codes are stored upper case (entries are immutable and
// hashed, and searches group by code, so one spelling per code); validateEntry() refuses
// lower case with a message giving this form. nullopt when the text is no ICD-10 code
// even so. A code is a letter, two digits, then optionally a dot and 1 to 4 letters or
// digits (WHO subcategories and national extensions such as ICD-10-CM's "S72.001A").
std::optional<QString> normalizedIcd10Code(QStringView typed);

// " Marie.Diallo " -> "marie.diallo"; nullopt when no valid username even so.
std::optional<QString> normalizedUsername(QStringView typed);

} // namespace medinexus
