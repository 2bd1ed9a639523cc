#pragma once

#include "shared/model/enums.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>
#include <variant>

namespace medinexus {

// The bodies of the five kinds of clinical entry. Numbers are integers in fixed units
// (tenths of a degree, grams) so that an entry's canonical JSON is exact: no binary
// floating point ever stands between what a nurse typed and what another clinic reads.

struct DiagnosisBody {
    QString icd10Code;  // optional, e.g. "A09" or "J18.9"; empty when none
    QString text;       // the diagnosis in the clinician's words (required)
    DiagnosisStatus status = DiagnosisStatus::Provisional;

    bool operator==(const DiagnosisBody &) const = default;
};

struct PrescriptionBody {
    QString medication;        // name and strength, e.g. "Amoxicillin 500 mg"
    QString dose;              // per administration, e.g. "1 tablet"
    Route route = Route::Oral;
    QString frequency;         // e.g. "3 times a day"
    std::optional<int> durationDays;
    int quantity = 0;          // units to dispense in total
    QString quantityUnit;      // e.g. "tablets", "bottles"
    QString instructions;      // optional, e.g. "after meals"

    bool operator==(const PrescriptionBody &) const = default;
};

struct DispensationBody {
    QUuid prescriptionId;      // the prescription entry this dispenses
    int quantity = 0;          // units handed over now
    DispensationCompleteness completeness = DispensationCompleteness::Full;
    QString note;

    bool operator==(const DispensationBody &) const = default;
};

// Vital signs, each optional, in the units their names say.
struct Vitals {
    std::optional<int> temperatureDeciCelsius;  // 372 = 37.2 °C
    std::optional<int> pulsePerMinute;
    std::optional<int> systolicMmHg;
    std::optional<int> diastolicMmHg;
    std::optional<int> respiratoryRatePerMinute;
    std::optional<int> spo2Percent;
    std::optional<int> weightGrams;             // 3450 = 3.45 kg

    bool isEmpty() const
    {
        return !temperatureDeciCelsius && !pulsePerMinute && !systolicMmHg && !diastolicMmHg
            && !respiratoryRatePerMinute && !spo2Percent && !weightGrams;
    }
    bool operator==(const Vitals &) const = default;
};

struct ObservationBody {
    Vitals vitals;
    QString nursingText;  // clinical evolution in words; optional when vitals are given

    bool operator==(const ObservationBody &) const = default;
};

struct NoteBody {
    NoteCategory category = NoteCategory::General;
    QString text;

    bool operator==(const NoteBody &) const = default;
};

// Alternatives in the order of EntryKind, so index() maps to the kind.
using EntryBody = std::variant<DiagnosisBody, PrescriptionBody, DispensationBody, ObservationBody, NoteBody>;

// One immutable clinical entry. Once written it is never changed or deleted: a
// correction is a new entry of the same kind whose `amends` names the entry it corrects,
// with the reason. Readers show the latest amendment in place of what it corrects, and
// keep the whole chain visible.
struct ClinicalEntry {
    QUuid id;
    QUuid patientId;
    QUuid authorId;
    Role authorRole = Role::Doctor;  // role at the time of writing
    QUuid facilityId;                // where it was written
    QDateTime recordedAt;            // UTC, millisecond precision
    std::optional<QUuid> amends;     // the entry this one corrects
    QString amendmentReason;         // required for an amendment, empty otherwise
    EntryBody body;

    EntryKind kind() const { return kindOf(body); }
    bool isAmendment() const { return amends.has_value(); }
    bool operator==(const ClinicalEntry &) const = default;

    static EntryKind kindOf(const EntryBody &body);
};

} // namespace medinexus
