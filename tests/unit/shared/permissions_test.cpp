// The permission matrix, cell by cell, against a table written out independently here:
// a change to who may do what must be made in both places, on purpose.
#include "shared/permissions/permissions.h"

#include <gtest/gtest.h>

#include <QStringList>

#include <map>
#include <ostream>
#include <utility>

// Readable QString values in failure messages (the same inline definition in every test
// file of this executable).
inline void PrintTo(const QString &value, std::ostream *out)
{
    *out << '"' << value.toStdString() << '"';
}

namespace medinexus {
namespace {

using namespace Qt::Literals::StringLiterals;

struct ExpectedRow {
    Action action;
    bool doctor;
    bool nurse;
    bool pharmacist;
    bool admin;
};

constexpr bool Y = true;
constexpr bool N = false;

// clang-format off
constexpr ExpectedRow kExpected[] = {
    //                                   Doctor Nurse Pharm Admin
    {Action::SearchPatients,            Y,     Y,    Y,    N},
    {Action::ReadPatientRecord,         Y,     Y,    Y,    N},
    {Action::RegisterPatient,           Y,     Y,    N,    N},
    {Action::EditPatientDemographics,   Y,     Y,    N,    N},
    {Action::ResolvePatientConflict,    Y,     Y,    N,    N},
    {Action::AddDiagnosis,              Y,     N,    N,    N},
    {Action::AddPrescription,           Y,     N,    N,    N},
    {Action::AddDispensation,           N,     N,    Y,    N},
    {Action::AddObservation,            Y,     Y,    N,    N},
    {Action::AddNote,                   Y,     Y,    N,    N},
    {Action::ManageFacilities,          N,     N,    N,    Y},
    {Action::ManageUsers,               N,     N,    N,    Y},
    {Action::ReadAuditLog,              N,     N,    N,    Y},
    {Action::SyncClinicalData,          Y,     Y,    Y,    N},
    {Action::SyncDirectory,             Y,     Y,    Y,    Y},
};
// clang-format on

bool expectedFor(const ExpectedRow &row, Role role)
{
    switch (role) {
    case Role::Doctor:
        return row.doctor;
    case Role::Nurse:
        return row.nurse;
    case Role::Pharmacist:
        return row.pharmacist;
    case Role::Admin:
        return row.admin;
    }
    ADD_FAILURE() << "unknown role";
    return false;
}

std::string describe(Role role, Action action)
{
    return toToken(role).toStdString() + " / " + toToken(action).toStdString();
}

TEST(PermissionMatrix, ExpectedTableNamesEveryActionOnce)
{
    const auto actions = allValues<Action>();
    ASSERT_EQ(std::size(kExpected), actions.size());
    for (std::size_t i = 0; i < actions.size(); ++i)
        EXPECT_EQ(kExpected[i].action, actions[i]) << "row " << i;
}

TEST(PermissionMatrix, EveryCellMatchesTheExpectedTable)
{
    int cells = 0;
    for (const ExpectedRow &row : kExpected) {
        for (const Role role : allValues<Role>()) {
            EXPECT_EQ(isAllowed(role, row.action), expectedFor(row, role)) << describe(role, row.action);
            ++cells;
        }
    }
    EXPECT_EQ(cells, 15 * 4);
}

TEST(PermissionMatrix, AdministratorsSeeNothingClinical)
{
    for (const Action action : {Action::SearchPatients, Action::ReadPatientRecord, Action::RegisterPatient,
                                Action::EditPatientDemographics, Action::ResolvePatientConflict,
                                Action::SyncClinicalData}) {
        EXPECT_FALSE(isAllowed(Role::Admin, action)) << describe(Role::Admin, action);
    }
    for (const EntryKind kind : allValues<EntryKind>()) {
        EXPECT_FALSE(canAddEntry(Role::Admin, kind)) << toToken(kind).toStdString();
        EXPECT_FALSE(canAmendEntry(Role::Admin, kind)) << toToken(kind).toStdString();
    }
}

TEST(PermissionMatrix, ValuesOutsideTheEnumsAreRefused)
{
    const auto bogusRole = static_cast<Role>(allValues<Role>().size());
    const auto bogusAction = static_cast<Action>(allValues<Action>().size());
    const auto bogusKind = static_cast<EntryKind>(allValues<EntryKind>().size());
    for (const Action action : allValues<Action>())
        EXPECT_FALSE(isAllowed(bogusRole, action));
    for (const Role role : allValues<Role>()) {
        EXPECT_FALSE(isAllowed(role, bogusAction));
        EXPECT_FALSE(isAllowed(role, static_cast<Action>(-1)));
        EXPECT_FALSE(canAddEntry(role, bogusKind));
        EXPECT_FALSE(canAmendEntry(role, bogusKind));
        EXPECT_TRUE(refusalMessage(role, bogusAction).isEmpty());
    }
    EXPECT_TRUE(allowedActions(bogusRole).empty());
}

TEST(PermissionMatrix, AllowedActionsListsTheRowOfTheRoleInOrder)
{
    for (const Role role : allValues<Role>()) {
        std::vector<Action> expected;
        for (const ExpectedRow &row : kExpected) {
            if (expectedFor(row, role))
                expected.push_back(row.action);
        }
        EXPECT_EQ(allowedActions(role), expected) << toToken(role).toStdString();
    }
}

// --- Entries -------------------------------------------------------------------------------

TEST(EntryPermissions, ActionToAddEachKind)
{
    EXPECT_EQ(actionToAdd(EntryKind::Diagnosis), Action::AddDiagnosis);
    EXPECT_EQ(actionToAdd(EntryKind::Prescription), Action::AddPrescription);
    EXPECT_EQ(actionToAdd(EntryKind::Dispensation), Action::AddDispensation);
    EXPECT_EQ(actionToAdd(EntryKind::Observation), Action::AddObservation);
    EXPECT_EQ(actionToAdd(EntryKind::Note), Action::AddNote);
}

TEST(EntryPermissions, AddAndAmendFollowTheMatrixForEveryRoleAndKind)
{
    // Written out, not derived from the matrix, so a slip in either shows.
    const std::map<std::pair<Role, EntryKind>, bool> expected = {
        {{Role::Doctor, EntryKind::Diagnosis}, Y},      {{Role::Doctor, EntryKind::Prescription}, Y},
        {{Role::Doctor, EntryKind::Dispensation}, N},   {{Role::Doctor, EntryKind::Observation}, Y},
        {{Role::Doctor, EntryKind::Note}, Y},           {{Role::Nurse, EntryKind::Diagnosis}, N},
        {{Role::Nurse, EntryKind::Prescription}, N},    {{Role::Nurse, EntryKind::Dispensation}, N},
        {{Role::Nurse, EntryKind::Observation}, Y},     {{Role::Nurse, EntryKind::Note}, Y},
        {{Role::Pharmacist, EntryKind::Diagnosis}, N},  {{Role::Pharmacist, EntryKind::Prescription}, N},
        {{Role::Pharmacist, EntryKind::Dispensation}, Y}, {{Role::Pharmacist, EntryKind::Observation}, N},
        {{Role::Pharmacist, EntryKind::Note}, N},       {{Role::Admin, EntryKind::Diagnosis}, N},
        {{Role::Admin, EntryKind::Prescription}, N},    {{Role::Admin, EntryKind::Dispensation}, N},
        {{Role::Admin, EntryKind::Observation}, N},     {{Role::Admin, EntryKind::Note}, N},
    };
    ASSERT_EQ(expected.size(), allValues<Role>().size() * allValues<EntryKind>().size());
    for (const Role role : allValues<Role>()) {
        for (const EntryKind kind : allValues<EntryKind>()) {
            const bool allowed = expected.at({role, kind});
            const std::string where = toToken(role).toStdString() + " / " + toToken(kind).toStdString();
            EXPECT_EQ(canAddEntry(role, kind), allowed) << where;
            EXPECT_EQ(canAmendEntry(role, kind), allowed) << where;
            EXPECT_EQ(canAddEntry(role, kind), isAllowed(role, actionToAdd(kind))) << where;
        }
    }
}

// --- Refusals ------------------------------------------------------------------------------

TEST(RefusalMessage, NamesTheRoleAndTheAction)
{
    EXPECT_EQ(refusalMessage(Role::Pharmacist, Action::AddDiagnosis),
              u"Your role (Pharmacist) does not allow adding a diagnosis."_s);
    EXPECT_EQ(refusalMessage(Role::Nurse, Action::AddPrescription),
              u"Your role (Nurse) does not allow adding a prescription."_s);
    EXPECT_EQ(refusalMessage(Role::Admin, Action::ReadPatientRecord),
              u"Your role (Administrator) does not allow reading patient records."_s);
}

TEST(RefusalMessage, EveryRefusedCellHasAMessageAndEveryAllowedCellNone)
{
    for (const Role role : allValues<Role>()) {
        for (const Action action : allValues<Action>()) {
            const QString message = refusalMessage(role, action);
            if (isAllowed(role, action)) {
                EXPECT_TRUE(message.isEmpty()) << describe(role, action);
            } else {
                EXPECT_TRUE(message.contains(label(role))) << describe(role, action) << ": " << message.toStdString();
                EXPECT_FALSE(message.contains(u'%')) << describe(role, action);
                EXPECT_TRUE(message.endsWith(u'.')) << describe(role, action);
            }
        }
    }
}

TEST(RefusalMessage, EachActionHasItsOwnSentence)
{
    // Every action refused to someone has a sentence of its own, not a shared generic one.
    QStringList sentences;
    for (const Action action : allValues<Action>()) {
        for (const Role role : allValues<Role>()) {
            if (!isAllowed(role, action)) {
                sentences.append(refusalMessage(role, action).replace(label(role), u"ROLE"_s));
                break;
            }
        }
    }
    const qsizetype refusedSomewhere = sentences.size();
    EXPECT_EQ(refusedSomewhere, 14);  // every action but SyncDirectory is refused to someone
    sentences.removeDuplicates();
    EXPECT_EQ(sentences.size(), refusedSomewhere);
}

} // namespace
} // namespace medinexus
