#include "shared/model/similar_patients.h"

#include "shared/model/patient_search.h"
#include "shared/validation/validator.h"

#include <QSet>

namespace medinexus {

namespace {

// The folded words of a name, punctuation ignored ("Diallo-Ba" and "diallo ba" alike).
// queryWords() rather than words(), which adds the joined form "dialloba" to the first only.
// (Its cap of kMaxQueryWords words is far beyond any real name.)
QStringList nameWords(const QString &name)
{
    return search::queryWords(name);
}

// Given names as a set of folded words: "Awa Marie" and "marie AWA" are the same names.
QSet<QString> givenNameWords(const Patient &patient)
{
    const QStringList list = nameWords(patient.givenNames);
    return QSet<QString>(list.begin(), list.end());
}

bool sameNameAndBirthYear(const Patient &draft, const Patient &candidate)
{
    const auto draftYear = search::birthYear(draft);
    if (!draftYear || draftYear != search::birthYear(candidate))
        return false;
    const QStringList draftFamily = nameWords(draft.familyName);
    if (draftFamily.isEmpty() || draftFamily != nameWords(candidate.familyName))
        return false;
    const QSet<QString> draftGiven = givenNameWords(draft);
    return !draftGiven.isEmpty() && draftGiven == givenNameWords(candidate);
}

bool samePhone(const Patient &draft, const Patient &candidate)
{
    const QString digits = search::phoneDigits(draft.phone);
    return digits.size() >= ValidationLimits::kPhoneMinDigits && digits == search::phoneDigits(candidate.phone);
}

} // namespace

SimilarityReason similarity(const Patient &draft, const Patient &candidate)
{
    if (sameNameAndBirthYear(draft, candidate))
        return SimilarityReason::SameNameAndBirthYear;
    if (samePhone(draft, candidate))
        return SimilarityReason::SamePhone;
    return SimilarityReason::None;
}

} // namespace medinexus
