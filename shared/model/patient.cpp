#include "shared/model/patient.h"

namespace medinexus {

std::optional<int> ageInYears(const Patient &patient, QDate today)
{
    QDate born;
    if (patient.birthDate && patient.birthDate->isValid())
        born = *patient.birthDate;
    else if (patient.estimatedBirthYear)
        born = QDate(*patient.estimatedBirthYear, 7, 1);
    else
        return std::nullopt;
    if (!today.isValid() || today < born)
        return std::nullopt;

    int years = today.year() - born.year();
    if (today.month() < born.month() || (today.month() == born.month() && today.day() < born.day()))
        --years;
    return years;
}

QString displayName(const Patient &patient)
{
    const QString given = patient.givenNames.trimmed();
    const QString family = patient.familyName.trimmed().toUpper();
    if (given.isEmpty())
        return family;
    if (family.isEmpty())
        return given;
    return given + QLatin1Char(' ') + family;
}

} // namespace medinexus
