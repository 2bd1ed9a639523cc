// Amendment chains in one patient's record: the entry in effect and the units dispensed, the
// rules the server and the client both apply (the same cases as the server store's SQL count).
#include "shared/model/amendment_chains.h"

#include "shared/ids/uuid.h"
#include "tests/unit/shared/record_builder.h"

#include <gtest/gtest.h>

namespace medinexus {
namespace {

class AmendmentChainsTest : public ::testing::Test, protected testing::RecordBuilder {
protected:
    ClinicalEntry prescription(int quantity, qint64 offsetMs)
    {
        PrescriptionBody body;
        body.medication = QStringLiteral("Amoxicilline 500 mg");
        body.quantity = quantity;
        return entryAt(body, offsetMs);
    }
    static EntryBody withQuantity(const ClinicalEntry &dispensed, int quantity)
    {
        DispensationBody body = std::get<DispensationBody>(dispensed.body);
        body.quantity = quantity;
        return body;
    }

    std::vector<ClinicalEntry> record_;
};

TEST_F(AmendmentChainsTest, SumsTheDispensationsOfAPrescription)
{
    const ClinicalEntry prescribed = prescription(30, 0);
    record_ = {prescribed};
    EXPECT_EQ(dispensedQuantity(record_, prescribed.id), 0);
    record_.push_back(dispensation(prescribed, 10, 1'000));
    record_.push_back(dispensation(prescribed, 5, 2'000));
    EXPECT_EQ(dispensedQuantity(record_, prescribed.id), 15);
    EXPECT_EQ(dispensedQuantity(record_, newUuidV7()), 0);
}

TEST_F(AmendmentChainsTest, CountsTheLatestAmendmentInsteadOfWhatItCorrects)
{
    const ClinicalEntry prescribed = prescription(30, 0);
    const ClinicalEntry first = dispensation(prescribed, 10, 1'000);
    const ClinicalEntry second = dispensation(prescribed, 5, 2'000);
    record_ = {prescribed, first, second};
    const ClinicalEntry corrected = amendment(first, withQuantity(first, 8), 3'000);
    record_.push_back(corrected);
    EXPECT_EQ(dispensedQuantity(record_, prescribed.id), 13);
    const ClinicalEntry correctedAgain = amendment(corrected, withQuantity(first, 6), 4'000);
    record_.push_back(correctedAgain);
    EXPECT_EQ(dispensedQuantity(record_, prescribed.id), 11);
    EXPECT_EQ(entryInEffect(record_, first.id)->id, correctedAgain.id);
    EXPECT_EQ(entryInEffect(record_, corrected.id)->id, correctedAgain.id);
    EXPECT_EQ(chainRoot(record_, correctedAgain.id), first.id);

    // A correction dated before what it corrects (a clinic's clock was behind) still wins.
    record_.push_back(amendment(second, withQuantity(second, 0), 500));
    EXPECT_EQ(dispensedQuantity(record_, prescribed.id), 6);
}

TEST_F(AmendmentChainsTest, OfTwoConcurrentAmendmentsTheLaterCounts)
{
    const ClinicalEntry prescribed = prescription(30, 0);
    const ClinicalEntry dispensed = dispensation(prescribed, 10, 1'000);
    const ClinicalEntry later = amendment(dispensed, withQuantity(dispensed, 7), 5'000);
    record_ = {prescribed, dispensed, later, amendment(dispensed, withQuantity(dispensed, 4), 3'000)};
    EXPECT_EQ(dispensedQuantity(record_, prescribed.id), 7);
    EXPECT_EQ(entryInEffect(record_, dispensed.id)->id, later.id);
}

TEST_F(AmendmentChainsTest, CoversTheWholeAmendmentChainOfThePrescription)
{
    const ClinicalEntry prescribed = prescription(30, 0);
    PrescriptionBody body = std::get<PrescriptionBody>(prescribed.body);
    body.quantity = 40;
    const ClinicalEntry amendedPrescription = amendment(prescribed, body, 2'000);
    record_ = {prescribed, dispensation(prescribed, 10, 1'000), amendedPrescription,
               dispensation(amendedPrescription, 4, 3'000)};
    EXPECT_EQ(dispensedQuantity(record_, prescribed.id), 14);
    EXPECT_EQ(dispensedQuantity(record_, amendedPrescription.id), 14);
    EXPECT_EQ(std::get<PrescriptionBody>(entryInEffect(record_, prescribed.id)->body).quantity, 40);
}

TEST_F(AmendmentChainsTest, ACorrectionToAnotherPrescriptionMovesTheUnits)
{
    const ClinicalEntry prescribed = prescription(30, 0);
    const ClinicalEntry other = prescription(10, 0);
    const ClinicalEntry dispensed = dispensation(prescribed, 3, 1'000);
    DispensationBody moved = std::get<DispensationBody>(dispensed.body);
    moved.prescriptionId = other.id;
    record_ = {prescribed, other, dispensed, amendment(dispensed, moved, 2'000)};
    EXPECT_EQ(dispensedQuantity(record_, prescribed.id), 0);
    EXPECT_EQ(dispensedQuantity(record_, other.id), 3);
}

TEST_F(AmendmentChainsTest, UnknownEntriesAndCyclesEndCleanly)
{
    EXPECT_FALSE(entryInEffect(record_, newUuidV7()).has_value());
    // Two entries that amend each other (impossible from a validating writer): no endless loop.
    ClinicalEntry a = prescription(5, 0);
    ClinicalEntry b = amendment(a, a.body, 1'000);
    a.amends = b.id;
    record_ = {a, b};
    (void)chainRoot(record_, a.id);
    EXPECT_EQ(dispensedQuantity(record_, a.id), 0);
}

} // namespace
} // namespace medinexus
