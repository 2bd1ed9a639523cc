// What a record's header and the pharmacy counter show: active diagnoses and prescriptions
// with their progress, each amendment chain counted once by its entry in effect.
#include "shared/model/record_summary.h"

#include "shared/ids/uuid.h"
#include "tests/unit/shared/record_builder.h"

#include <gtest/gtest.h>

namespace medinexus {
namespace {

class RecordSummaryTest : public ::testing::Test, protected testing::RecordBuilder {
protected:
    ClinicalEntry diagnosis(const QString &text, DiagnosisStatus status, qint64 offsetMs)
    {
        return entryAt(DiagnosisBody{{}, text, status}, offsetMs);
    }
    ClinicalEntry prescription(const QString &medication, int quantity, qint64 offsetMs)
    {
        PrescriptionBody body;
        body.medication = medication;
        body.quantity = quantity;
        body.quantityUnit = QStringLiteral("comprimés");
        return entryAt(body, offsetMs);
    }

};

std::vector<QUuid> idsOf(const std::vector<ClinicalEntry> &entries)
{
    std::vector<QUuid> ids;
    for (const ClinicalEntry &entry : entries)
        ids.push_back(entry.id);
    return ids;
}

TEST_F(RecordSummaryTest, AnEmptyRecordHasNothingActive)
{
    EXPECT_TRUE(activeDiagnoses({}).empty());
    EXPECT_TRUE(prescriptionProgress({}).empty());
    EXPECT_TRUE(openPrescriptions({}).empty());
}

TEST_F(RecordSummaryTest, ActiveDiagnosesAreProvisionalOrConfirmedNewestFirst)
{
    const ClinicalEntry malaria = diagnosis(QStringLiteral("Paludisme"), DiagnosisStatus::Confirmed, 1'000);
    const ClinicalEntry cough = diagnosis(QStringLiteral("Toux"), DiagnosisStatus::Provisional, 3'000);
    const ClinicalEntry healed = diagnosis(QStringLiteral("Plaie"), DiagnosisStatus::Resolved, 4'000);
    const ClinicalEntry excluded = diagnosis(QStringLiteral("Typhoïde"), DiagnosisStatus::RuledOut, 5'000);
    const ClinicalEntry note = entryAt(NoteBody{NoteCategory::General, QStringLiteral("RAS")}, 6'000);
    EXPECT_EQ(idsOf(activeDiagnoses({malaria, healed, cough, excluded, note})),
        (std::vector<QUuid>{cough.id, malaria.id}));
}

TEST_F(RecordSummaryTest, AResolvedAmendmentEndsTheDiagnosis)
{
    const ClinicalEntry malaria = diagnosis(QStringLiteral("Paludisme"), DiagnosisStatus::Confirmed, 1'000);
    const ClinicalEntry resolved = amendment(malaria,
        DiagnosisBody{QStringLiteral("B54"), QStringLiteral("Paludisme"), DiagnosisStatus::Resolved}, 2'000);
    EXPECT_TRUE(activeDiagnoses({malaria, resolved}).empty());
}

TEST_F(RecordSummaryTest, AnAmendedDiagnosisCountsOnceByItsVersionInEffect)
{
    const ClinicalEntry first = diagnosis(QStringLiteral("Fièvre"), DiagnosisStatus::Provisional, 1'000);
    const ClinicalEntry confirmed = amendment(first,
        DiagnosisBody{QStringLiteral("B54"), QStringLiteral("Paludisme"), DiagnosisStatus::Confirmed}, 2'000);
    const ClinicalEntry renamed = amendment(confirmed,
        DiagnosisBody{QStringLiteral("B50.9"), QStringLiteral("Paludisme à falciparum"), DiagnosisStatus::Confirmed}, 3'000);
    const auto active = activeDiagnoses({renamed, first, confirmed});
    ASSERT_EQ(active.size(), 1u);
    EXPECT_EQ(active[0].id, renamed.id);
    EXPECT_EQ(std::get<DiagnosisBody>(active[0].body).icd10Code, QStringLiteral("B50.9"));
}

TEST_F(RecordSummaryTest, EqualTimesAreOrderedById)
{
    const ClinicalEntry a = diagnosis(QStringLiteral("A"), DiagnosisStatus::Confirmed, 1'000);
    const ClinicalEntry b = diagnosis(QStringLiteral("B"), DiagnosisStatus::Confirmed, 1'000);
    const auto forward = idsOf(activeDiagnoses({a, b}));
    EXPECT_EQ(forward, idsOf(activeDiagnoses({b, a})));
    ASSERT_EQ(forward.size(), 2u);
    EXPECT_LT(uuidToString(forward[0]), uuidToString(forward[1]));
}

TEST_F(RecordSummaryTest, ProgressFollowsTheAmendedPrescription)
{
    const ClinicalEntry prescribed = prescription(QStringLiteral("Amoxicilline 500 mg"), 30, 1'000);
    const ClinicalEntry given = dispensation(prescribed, 10, 2'000);
    PrescriptionBody more = std::get<PrescriptionBody>(prescribed.body);
    more.quantity = 40;
    const ClinicalEntry amended = amendment(prescribed, more, 3'000);
    const auto progress = prescriptionProgress({prescribed, given, amended});
    ASSERT_EQ(progress.size(), 1u);
    EXPECT_EQ(progress[0].prescription.id, amended.id);
    EXPECT_EQ(progress[0].chainRoot, prescribed.id);
    EXPECT_EQ(progress[0].dispensed, 10);
    EXPECT_EQ(progress[0].remaining, 30);
}

TEST_F(RecordSummaryTest, ACorrectedDispensationIsCountedOnce)
{
    const ClinicalEntry prescribed = prescription(QStringLiteral("Paracétamol 500 mg"), 20, 1'000);
    const ClinicalEntry given = dispensation(prescribed, 15, 2'000);
    ClinicalEntry corrected = amendment(given, DispensationBody{prescribed.id, 12, DispensationCompleteness::Partial, {}}, 3'000);
    const auto progress = prescriptionProgress({prescribed, given, corrected});
    ASSERT_EQ(progress.size(), 1u);
    EXPECT_EQ(progress[0].dispensed, 12);
    EXPECT_EQ(progress[0].remaining, 8);
}

TEST_F(RecordSummaryTest, OpenPrescriptionsLeaveOutTheFullyDispensedNewestFirst)
{
    const ClinicalEntry done = prescription(QStringLiteral("Fer"), 10, 1'000);
    const ClinicalEntry doneGiven = dispensation(done, 10, 1'500);
    const ClinicalEntry older = prescription(QStringLiteral("Amoxicilline"), 21, 2'000);
    const ClinicalEntry newer = prescription(QStringLiteral("Paracétamol"), 12, 3'000);
    const ClinicalEntry newerGiven = dispensation(newer, 4, 3'500);
    const std::vector<ClinicalEntry> record{done, doneGiven, older, newer, newerGiven};

    const auto all = prescriptionProgress(record);
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[2].prescription.id, done.id);
    EXPECT_EQ(all[2].remaining, 0);

    const auto open = openPrescriptions(record);
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].prescription.id, newer.id);
    EXPECT_EQ(open[0].remaining, 8);
    EXPECT_EQ(open[1].prescription.id, older.id);
    EXPECT_EQ(open[1].remaining, 21);
}

TEST_F(RecordSummaryTest, RemainingNeverGoesBelowZero)
{
    // Two clinics dispensing offline against the same prescription can exceed it.
    const ClinicalEntry prescribed = prescription(QStringLiteral("SRO"), 5, 1'000);
    const auto progress = prescriptionProgress({prescribed, dispensation(prescribed, 4, 2'000), dispensation(prescribed, 4, 2'500)});
    ASSERT_EQ(progress.size(), 1u);
    EXPECT_EQ(progress[0].dispensed, 8);
    EXPECT_EQ(progress[0].remaining, 0);
    EXPECT_TRUE(openPrescriptions({prescribed, dispensation(prescribed, 5, 2'000)}).empty());
}

TEST_F(RecordSummaryTest, ConcurrentAmendmentsCountOnceByTheLatest)
{
    const ClinicalEntry first = diagnosis(QStringLiteral("Toux"), DiagnosisStatus::Provisional, 1'000);
    const ClinicalEntry clinicA = amendment(first, DiagnosisBody{{}, QStringLiteral("Bronchite"), DiagnosisStatus::Confirmed}, 2'000);
    const ClinicalEntry clinicB = amendment(first, DiagnosisBody{{}, QStringLiteral("Toux"), DiagnosisStatus::Resolved}, 3'000);
    EXPECT_TRUE(activeDiagnoses({first, clinicA, clinicB}).empty());
}

} // namespace
} // namespace medinexus
