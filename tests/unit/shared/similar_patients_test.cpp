// The duplicate-patient warning: same names and birth year, or same phone number.
#include "shared/model/similar_patients.h"

#include <gtest/gtest.h>

namespace medinexus {
namespace {

Patient person(const QString &given, const QString &family, std::optional<int> year, const QString &phone = {})
{
    Patient patient;
    patient.givenNames = given;
    patient.familyName = family;
    if (year)
        patient.estimatedBirthYear = year;
    patient.phone = phone;
    return patient;
}

TEST(SimilarPatientsTest, AccentsAndCaseAreIgnored)
{
    const Patient draft = person(QStringLiteral("helene"), QStringLiteral("DIALLO"), 1985);
    const Patient known = person(QStringLiteral("Hélène"), QStringLiteral("Diallo"), 1985);
    EXPECT_EQ(similarity(draft, known), SimilarityReason::SameNameAndBirthYear);
    EXPECT_EQ(similarity(known, draft), SimilarityReason::SameNameAndBirthYear);
}

TEST(SimilarPatientsTest, GivenNamesInAnyOrder)
{
    const Patient draft = person(QStringLiteral("Marie Awa"), QStringLiteral("Sow"), 1990);
    const Patient known = person(QStringLiteral("Awa  Marie"), QStringLiteral("Sow"), 1990);
    EXPECT_EQ(similarity(draft, known), SimilarityReason::SameNameAndBirthYear);
    // One given name fewer is another person (or a different spelling a clerk must see).
    EXPECT_EQ(similarity(person(QStringLiteral("Awa"), QStringLiteral("Sow"), 1990), known), SimilarityReason::None);
}

TEST(SimilarPatientsTest, FamilyNamePunctuationIgnored)
{
    const Patient draft = person(QStringLiteral("Fatou"), QStringLiteral("Diallo Ba"), 1970);
    const Patient known = person(QStringLiteral("Fatou"), QStringLiteral("Diallo-Ba"), 1970);
    EXPECT_EQ(similarity(draft, known), SimilarityReason::SameNameAndBirthYear);
    EXPECT_EQ(similarity(draft, person(QStringLiteral("Fatou"), QStringLiteral("Ba Diallo"), 1970)), SimilarityReason::None);
}

TEST(SimilarPatientsTest, BirthYearFromDateOrEstimate)
{
    Patient draft = person(QStringLiteral("Moussa"), QStringLiteral("Camara"), std::nullopt);
    draft.birthDate = QDate(1978, 3, 14);
    EXPECT_EQ(similarity(draft, person(QStringLiteral("Moussa"), QStringLiteral("Camara"), 1978)),
        SimilarityReason::SameNameAndBirthYear);
    EXPECT_EQ(similarity(draft, person(QStringLiteral("Moussa"), QStringLiteral("Camara"), 1979)), SimilarityReason::None);
    // No birth year on either side: the name alone is too common to warn.
    EXPECT_EQ(similarity(person(QStringLiteral("Moussa"), QStringLiteral("Camara"), std::nullopt),
                  person(QStringLiteral("Moussa"), QStringLiteral("Camara"), std::nullopt)),
        SimilarityReason::None);
}

TEST(SimilarPatientsTest, PhoneWithSeparators)
{
    const Patient draft = person(QStringLiteral("Aminata"), QStringLiteral("Ndiaye"), 2001, QStringLiteral("+221 77 123 45 67"));
    const Patient known = person(QStringLiteral("Ami"), QStringLiteral("Ndiaye"), 1999, QStringLiteral("+221-77-123-4567"));
    EXPECT_EQ(similarity(draft, known), SimilarityReason::SamePhone);
    EXPECT_EQ(similarity(draft, person(QStringLiteral("Ami"), QStringLiteral("Ndiaye"), 1999, QStringLiteral("+221 77 123 45 68"))),
        SimilarityReason::None);
}

TEST(SimilarPatientsTest, ShortOrMissingPhonesNeverMatch)
{
    // A shared placeholder ("0", "-") or a number cut short is not evidence of the same person.
    EXPECT_EQ(similarity(person(QStringLiteral("A"), QStringLiteral("B"), 2000, QStringLiteral("12345")),
                  person(QStringLiteral("C"), QStringLiteral("D"), 1960, QStringLiteral("12 345"))),
        SimilarityReason::None);
    EXPECT_EQ(similarity(person(QStringLiteral("A"), QStringLiteral("B"), 2000), person(QStringLiteral("C"), QStringLiteral("D"), 1960)),
        SimilarityReason::None);
    EXPECT_EQ(similarity(person(QStringLiteral("A"), QStringLiteral("B"), 2000, QStringLiteral("123456")),
                  person(QStringLiteral("C"), QStringLiteral("D"), 1960, QStringLiteral("123-456"))),
        SimilarityReason::SamePhone);
}

TEST(SimilarPatientsTest, NameAndBirthYearComesFirstWhenBothHold)
{
    const Patient draft = person(QStringLiteral("Ibrahima"), QStringLiteral("Fall"), 1965, QStringLiteral("77 555 66 77"));
    const Patient known = person(QStringLiteral("Ibrahima"), QStringLiteral("Fall"), 1965, QStringLiteral("775556677"));
    EXPECT_EQ(similarity(draft, known), SimilarityReason::SameNameAndBirthYear);
}

TEST(SimilarPatientsTest, EmptyNamesNeverMatchOnName)
{
    EXPECT_EQ(similarity(person({}, {}, 2000), person({}, {}, 2000)), SimilarityReason::None);
}

} // namespace
} // namespace medinexus
