// The duplicate-patient warning on a real cache: patients registered at this clinic are found
// again by a draft with the same names and birth year, or the same phone number.
#include "tests/client/core/client_test_support.h"

#include "client/core/cache/record_store.h"
#include "shared/ids/patient_number.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace medinexus::client::testing {
namespace {

Patient draftPatient(const QString &given, const QString &family, std::optional<int> estimatedYear, const QString &phone = {})
{
    Patient draft;
    draft.givenNames = given;
    draft.familyName = family;
    draft.sex = Sex::Female;
    if (estimatedYear)
        draft.estimatedBirthYear = estimatedYear;
    else
        draft.birthDate = QDate(1990, 5, 1);
    draft.phone = phone;
    draft.village = QStringLiteral("Kédougou");
    return draft;
}

using Found = std::vector<std::pair<Patient, SimilarityReason>>;

std::optional<SimilarityReason> reasonFor(const Found &found, const QUuid &id)
{
    const auto match = std::find_if(found.begin(), found.end(), [&](const auto &item) { return item.first.id == id; });
    if (match == found.end())
        return std::nullopt;
    return match->second;
}

class SimilarPatientsCacheTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        session_ = device_.session(community_.profile, QStringLiteral("inf.ndiaye"));
        ASSERT_TRUE(session_);
        cache_.emplace(session_->openCache());
        changes_.emplace(*cache_, session_->user());
    }

    RecordStore records() { return RecordStore(cache_->connection()); }

    Community community_{2};
    Device device_;
    std::unique_ptr<UserSession> session_;
    std::optional<CacheDatabase> cache_;
    std::optional<LocalChanges> changes_;
};

TEST_F(SimilarPatientsCacheTest, FindsTheSamePersonByNamesAndBirthYear)
{
    const Patient helene = changes_->registerPatient(draftPatient(QStringLiteral("Hélène Awa"), QStringLiteral("Diallo"), 1985));
    const Patient otherYear = changes_->registerPatient(draftPatient(QStringLiteral("Hélène Awa"), QStringLiteral("Diallo"), 1986));
    const Patient prefixOnly = changes_->registerPatient(draftPatient(QStringLiteral("Hélènette Awa"), QStringLiteral("Diallobé"), 1985));
    const Patient sister = changes_->registerPatient(draftPatient(QStringLiteral("Awa"), QStringLiteral("Diallo"), 1985));

    const Found found = records().similarPatients(draftPatient(QStringLiteral("awa HELENE"), QStringLiteral("DIALLO"), 1985));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().first, helene);
    EXPECT_EQ(found.front().second, SimilarityReason::SameNameAndBirthYear);
    EXPECT_FALSE(reasonFor(found, otherYear.id));
    EXPECT_FALSE(reasonFor(found, prefixOnly.id));
    EXPECT_FALSE(reasonFor(found, sister.id));

    // A birth date's year matches an estimate of the same year.
    Patient dated = draftPatient(QStringLiteral("Hélène Awa"), QStringLiteral("Diallo"), std::nullopt);
    dated.birthDate = QDate(1985, 11, 3);
    EXPECT_EQ(reasonFor(records().similarPatients(dated), helene.id), SimilarityReason::SameNameAndBirthYear);
}

TEST_F(SimilarPatientsCacheTest, FindsTheSamePersonByPhone)
{
    const Patient known = changes_->registerPatient(
        draftPatient(QStringLiteral("Mariama"), QStringLiteral("Bâ"), 1970, QStringLiteral("+221 77 123 45 67")));
    // Its digits contain the draft's, but it is another number.
    const Patient longer = changes_->registerPatient(
        draftPatient(QStringLiteral("Coumba"), QStringLiteral("Sy"), 1960, QStringLiteral("+221 77 123 45 678")));

    const Found found = records().similarPatients(
        draftPatient(QStringLiteral("Mariam"), QStringLiteral("Ba"), 1972, QStringLiteral("221-77-123-4567")));
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().first.id, known.id);
    EXPECT_EQ(found.front().second, SimilarityReason::SamePhone);
    EXPECT_FALSE(reasonFor(found, longer.id));

    // An 11-digit number is searched as a phone, never as a patient number.
    const Patient elevenDigits = changes_->registerPatient(
        draftPatient(QStringLiteral("Binta"), QStringLiteral("Kanté"), 1999, QStringLiteral("0801 234 5678")));
    EXPECT_EQ(reasonFor(records().similarPatients(draftPatient(QStringLiteral("B."), QStringLiteral("K."), 2000,
                                                               QStringLiteral("08012345678"))),
                        elevenDigits.id),
              SimilarityReason::SamePhone);
}

TEST_F(SimilarPatientsCacheTest, LeavesOutTheDraftItselfAndStopsAtTheLimit)
{
    std::vector<Patient> twins;
    for (int i = 0; i < 3; ++i)
        twins.push_back(changes_->registerPatient(draftPatient(QStringLiteral("Fatou"), QStringLiteral("Sow"), 2001)));

    // Editing one of them: the others are listed, not itself.
    const Found others = records().similarPatients(twins[0]);
    ASSERT_EQ(others.size(), 2u);
    EXPECT_FALSE(reasonFor(others, twins[0].id));
    EXPECT_TRUE(reasonFor(others, twins[1].id));
    EXPECT_TRUE(reasonFor(others, twins[2].id));

    EXPECT_EQ(records().similarPatients(draftPatient(QStringLiteral("Fatou"), QStringLiteral("Sow"), 2001), 2).size(), 2u);
    EXPECT_TRUE(records().similarPatients(draftPatient(QStringLiteral("Fatou"), QStringLiteral("Sow"), 2001), 0).empty());
    // Nobody like a new person.
    EXPECT_TRUE(records().similarPatients(draftPatient(QStringLiteral("Ousmane"), QStringLiteral("Tall"), 1950)).empty());
}

// A name that also reads as a valid patient number (about one 11-letter name in 32) is still
// searched as a name; a real patient number lists its patient first.
TEST_F(SimilarPatientsCacheTest, SearchTreatsANameThatReadsAsAPatientNumberAsAName)
{
    ASSERT_TRUE(PatientNumber::parse(QStringLiteral("sarr tidiane"))) << "the example must read as a patient number";
    const Patient sarr = changes_->registerPatient(draftPatient(QStringLiteral("Tidiane"), QStringLiteral("Sarr"), 1979));
    const Patient other = changes_->registerPatient(draftPatient(QStringLiteral("Awa"), QStringLiteral("Sarr"), 1981));

    const auto byName = records().searchPatients(QStringLiteral("sarr tidiane"), std::nullopt, 100);
    ASSERT_EQ(byName.size(), 1u);
    EXPECT_EQ(byName.front().id, sarr.id);

    const auto byNumber = records().searchPatients(other.number, std::nullopt, 100);
    ASSERT_FALSE(byNumber.empty());
    EXPECT_EQ(byNumber.front().id, other.id);
    EXPECT_EQ(std::count_if(byNumber.begin(), byNumber.end(), [&](const Patient &p) { return p.id == other.id; }), 1);
}

} // namespace
} // namespace medinexus::client::testing
