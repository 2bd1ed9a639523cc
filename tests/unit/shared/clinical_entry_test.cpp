// Basics of the domain model: the kind of an entry, a patient's age and display name.
#include "shared/model/clinical_entry.h"
#include "shared/model/patient.h"

#include <gtest/gtest.h>

#include <ostream>

// Readable QString values in failure messages (the same inline definition in every test
// file of this executable).
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}

namespace medinexus {
namespace {

using namespace Qt::Literals::StringLiterals;

// --- Entry kind ----------------------------------------------------------------------------

TEST(ClinicalEntryKind, EachBodyGivesItsKind)
{
    EXPECT_EQ(ClinicalEntry::kindOf(DiagnosisBody{}), EntryKind::Diagnosis);
    EXPECT_EQ(ClinicalEntry::kindOf(PrescriptionBody{}), EntryKind::Prescription);
    EXPECT_EQ(ClinicalEntry::kindOf(DispensationBody{}), EntryKind::Dispensation);
    EXPECT_EQ(ClinicalEntry::kindOf(ObservationBody{}), EntryKind::Observation);
    EXPECT_EQ(ClinicalEntry::kindOf(NoteBody{}), EntryKind::Note);
}

TEST(ClinicalEntryKind, EntryKindFollowsItsBody)
{
    ClinicalEntry entry;
    EXPECT_EQ(entry.kind(), EntryKind::Diagnosis);  // the variant's first alternative
    entry.body = NoteBody{NoteCategory::FollowUp, u"Revoir dans 7 jours"_s};
    EXPECT_EQ(entry.kind(), EntryKind::Note);
    entry.body = ObservationBody{};
    EXPECT_EQ(entry.kind(), EntryKind::Observation);
}

TEST(ClinicalEntryKind, EveryEntryKindHasABody)
{
    // Every kind in the enum table is reachable through a body alternative.
    for (const EntryKind kind : allValues<EntryKind>()) {
        EXPECT_LT(static_cast<std::size_t>(kind), std::variant_size_v<EntryBody>);
    }
    EXPECT_EQ(allValues<EntryKind>().size(), std::variant_size_v<EntryBody>);
}

TEST(ClinicalEntry, IsAmendmentWhenItNamesAnEntry)
{
    ClinicalEntry entry;
    EXPECT_FALSE(entry.isAmendment());
    entry.amends = QUuid::createUuid();
    EXPECT_TRUE(entry.isAmendment());
}

TEST(ClinicalEntry, EqualityComparesEveryFieldIncludingTheBody)
{
    ClinicalEntry a;
    a.id = QUuid::createUuid();
    a.body = PrescriptionBody{u"Amoxicilline 500 mg"_s, u"1 comprimé"_s, Route::Oral, u"3 fois par jour"_s, 7, 21,
                              u"comprimés"_s, {}};
    ClinicalEntry b = a;
    EXPECT_EQ(a, b);
    std::get<PrescriptionBody>(b.body).quantity = 20;
    EXPECT_NE(a, b);
    b = a;
    b.body = DiagnosisBody{};
    EXPECT_NE(a, b);
}

// --- Age -----------------------------------------------------------------------------------

Patient bornOn(QDate date)
{
    Patient patient;
    patient.birthDate = date;
    return patient;
}

Patient bornAround(int year)
{
    Patient patient;
    patient.estimatedBirthYear = year;
    return patient;
}

TEST(PatientAge, TurnsOneYearOlderOnTheBirthday)
{
    const Patient patient = bornOn(QDate(1990, 5, 17));
    EXPECT_EQ(ageInYears(patient, QDate(2024, 5, 16)), 33);
    EXPECT_EQ(ageInYears(patient, QDate(2024, 5, 17)), 34);
    EXPECT_EQ(ageInYears(patient, QDate(2024, 5, 18)), 34);
    EXPECT_EQ(ageInYears(patient, QDate(2024, 4, 30)), 33);  // earlier month, later day
    EXPECT_EQ(ageInYears(patient, QDate(2024, 12, 1)), 34);
}

TEST(PatientAge, NewbornIsZeroOnTheDayOfBirth)
{
    const Patient patient = bornOn(QDate(2024, 3, 1));
    EXPECT_EQ(ageInYears(patient, QDate(2024, 3, 1)), 0);
    EXPECT_EQ(ageInYears(patient, QDate(2025, 2, 28)), 0);
    EXPECT_EQ(ageInYears(patient, QDate(2025, 3, 1)), 1);
}

TEST(PatientAge, LeapDayBirthdayFallsOnFirstOfMarchInCommonYears)
{
    const Patient patient = bornOn(QDate(2000, 2, 29));
    EXPECT_EQ(ageInYears(patient, QDate(2001, 2, 28)), 0);
    EXPECT_EQ(ageInYears(patient, QDate(2001, 3, 1)), 1);
    EXPECT_EQ(ageInYears(patient, QDate(2003, 2, 28)), 2);
    EXPECT_EQ(ageInYears(patient, QDate(2004, 2, 28)), 3);
    EXPECT_EQ(ageInYears(patient, QDate(2004, 2, 29)), 4);
}

TEST(PatientAge, EstimatedYearCountsFromFirstOfJuly)
{
    const Patient patient = bornAround(1970);
    EXPECT_EQ(ageInYears(patient, QDate(2020, 6, 30)), 49);
    EXPECT_EQ(ageInYears(patient, QDate(2020, 7, 1)), 50);
    EXPECT_EQ(ageInYears(patient, QDate(2020, 12, 31)), 50);
    EXPECT_EQ(ageInYears(bornAround(2024), QDate(2024, 7, 1)), 0);
}

TEST(PatientAge, BirthDateWinsOverAnEstimate)
{
    Patient patient = bornOn(QDate(2000, 1, 1));
    patient.estimatedBirthYear = 1950;
    EXPECT_EQ(ageInYears(patient, QDate(2020, 1, 1)), 20);
}

TEST(PatientAge, InvalidBirthDateFallsBackToTheEstimate)
{
    Patient patient = bornOn(QDate());
    patient.estimatedBirthYear = 2000;
    EXPECT_EQ(ageInYears(patient, QDate(2020, 7, 1)), 20);
    patient.estimatedBirthYear.reset();
    EXPECT_FALSE(ageInYears(patient, QDate(2020, 7, 1)).has_value());
}

TEST(PatientAge, UnknownWithoutBirthInformationOrBeforeBirth)
{
    EXPECT_FALSE(ageInYears(Patient{}, QDate(2020, 1, 1)).has_value());
    EXPECT_FALSE(ageInYears(bornOn(QDate(2020, 1, 2)), QDate(2020, 1, 1)).has_value());
    EXPECT_FALSE(ageInYears(bornAround(2020), QDate(2020, 6, 30)).has_value());
    EXPECT_FALSE(ageInYears(bornOn(QDate(2000, 1, 1)), QDate()).has_value());
}

// --- Display name --------------------------------------------------------------------------

Patient named(const QString &given, const QString &family)
{
    Patient patient;
    patient.givenNames = given;
    patient.familyName = family;
    return patient;
}

TEST(PatientDisplayName, GivenNamesThenFamilyNameInCapitals)
{
    EXPECT_EQ(displayName(named(u"Hélène"_s, u"Dupré-Ngoma"_s)), u"Hélène DUPRÉ-NGOMA"_s);
    EXPECT_EQ(displayName(named(u"Amadou Moussa"_s, u"Diallo"_s)), u"Amadou Moussa DIALLO"_s);
}

TEST(PatientDisplayName, TrimsAndOmitsAMissingPart)
{
    EXPECT_EQ(displayName(named(u"  Awa "_s, u" Traoré  "_s)), u"Awa TRAORÉ"_s);
    EXPECT_EQ(displayName(named(u"Awa"_s, u"   "_s)), u"Awa"_s);
    EXPECT_EQ(displayName(named(QString(), u"Koné"_s)), u"KONÉ"_s);
    EXPECT_EQ(displayName(named(QString(), QString())), QString());
}

TEST(PatientDisplayName, KeepsNonLatinScripts)
{
    EXPECT_EQ(displayName(named(u"فاطمة"_s, u"الزهراء"_s)), u"فاطمة الزهراء"_s);
    EXPECT_EQ(displayName(named(u"伟"_s, u"王"_s)), u"伟 王"_s);
}

} // namespace
} // namespace medinexus
