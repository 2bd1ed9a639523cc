#pragma once

#include "shared/model/enums.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace medinexus {

// A patient's demographics. They are versioned: an edit produces version + 1 and the
// sync protocol carries the version it was based on, so two offline clinics editing the
// same patient are detected as a conflict instead of one silently overwriting the other.
// Clinical content is not here: it is a list of immutable ClinicalEntry objects.
struct Patient {
    QUuid id;
    QString number;  // PatientNumber in compact form (10 data chars + check char)
    int version = 1;

    QString givenNames;
    QString familyName;
    Sex sex = Sex::Unknown;
    // Exactly one of the two: a known birth date, or a year estimated when the patient
    // does not know it (common in rural clinics).
    std::optional<QDate> birthDate;
    std::optional<int> estimatedBirthYear;

    QString phone;
    QString village;
    QString address;
    QStringList allergies;  // free-text substances, one per item; empty = none known

    QUuid registeredAtFacility;

    bool operator==(const Patient &) const = default;
};

// Full years at `today`, from the birth date or, when only an estimate exists, from the
// estimated year (as of 1 July of it). nullopt when neither is known.
std::optional<int> ageInYears(const Patient &patient, QDate today);

// "Given FAMILY" as shown in headers and lists.
QString displayName(const Patient &patient);

} // namespace medinexus
