#pragma once

// What the counter and printing tests start from: a doctor registers a patient and prescribes,
// through the doctor's own Workspace (the same path as the doctor's screens).

#include "client/gui/workspace/workspace.h"

#include <QStringList>

#include <gtest/gtest.h>

namespace medinexus::client::gui::testing {

inline Patient registerTestPatient(Workspace &doctor, const QStringList &allergies = {})
{
    Patient draft;
    draft.givenNames = QStringLiteral("Awa");
    draft.familyName = QStringLiteral("Sarr");
    draft.sex = Sex::Female;
    draft.birthDate = QDate(1990, 4, 12);
    draft.village = QStringLiteral("Kédougou");
    draft.allergies = allergies;
    return doctor.registerPatient(draft);
}

inline ClinicalEntry prescribe(Workspace &doctor, const Patient &patient, const QString &medication, int quantity)
{
    ClinicalEntry draft;
    draft.patientId = patient.id;
    PrescriptionBody body;
    body.medication = medication;
    body.dose = QStringLiteral("1 tablet");
    body.route = Route::Oral;
    body.frequency = QStringLiteral("3 times a day");
    body.durationDays = 10;
    body.quantity = quantity;
    body.quantityUnit = QStringLiteral("tablets");
    body.instructions = QStringLiteral("After meals");
    draft.body = body;
    return doctor.addEntry(draft);
}

// The dispensations of `patientId` in `entries`.
inline std::vector<DispensationBody> dispensationsOf(const std::vector<ClinicalEntry> &entries, const QUuid &patientId)
{
    std::vector<DispensationBody> found;
    for (const ClinicalEntry &entry : entries) {
        if (entry.patientId == patientId && entry.kind() == EntryKind::Dispensation)
            found.push_back(std::get<DispensationBody>(entry.body));
    }
    return found;
}

} // namespace medinexus::client::gui::testing
