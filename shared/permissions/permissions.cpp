#include "shared/permissions/permissions.h"

#include "shared/validation/validation_error.h"  // substituteArgs()

#include <QCoreApplication>

#include <array>
#include <cstddef>

namespace medinexus {

namespace {

constexpr std::size_t kRoleCount = EnumTokens<Role>::table.size();
constexpr std::size_t kActionCount = EnumTokens<Action>::table.size();

// The columns of the matrix are in Role order; the rows must name every action once.
static_assert(kRoleCount == 4);
static_assert(static_cast<std::size_t>(Role::Doctor) == 0 && static_cast<std::size_t>(Role::Nurse) == 1
              && static_cast<std::size_t>(Role::Pharmacist) == 2 && static_cast<std::size_t>(Role::Admin) == 3);

struct Permission {
    Action action;
    std::array<bool, kRoleCount> allowed;  // indexed by Role
    const char *refusal;                   // %1 = the role's label; context medinexus::Permissions
};

constexpr bool Y = true;
constexpr bool N = false;

// THE permission matrix. Administrators run the installation and see nothing clinical;
// nurses do not diagnose or prescribe; pharmacists read the record to dispense safely
// (allergies, diagnoses) but write only dispensations.
constexpr std::array<Permission, kActionCount> kMatrix{{
    //                                   Doctor Nurse Pharm Admin
    {Action::SearchPatients,            {Y,     Y,    Y,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow searching for patients.")},
    {Action::ReadPatientRecord,         {Y,     Y,    Y,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow reading patient records.")},
    {Action::RegisterPatient,           {Y,     Y,    N,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow registering patients.")},
    {Action::EditPatientDemographics,   {Y,     Y,    N,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow editing patient details.")},
    {Action::ResolvePatientConflict,    {Y,     Y,    N,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions",
                       "Your role (%1) does not allow resolving conflicting patient edits.")},
    {Action::AddDiagnosis,              {Y,     N,    N,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow adding a diagnosis.")},
    {Action::AddPrescription,           {Y,     N,    N,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow adding a prescription.")},
    {Action::AddDispensation,           {N,     N,    Y,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow adding a dispensation.")},
    {Action::AddObservation,            {Y,     Y,    N,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow adding an observation.")},
    {Action::AddNote,                   {Y,     Y,    N,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow adding a note.")},
    {Action::ManageFacilities,          {N,     N,    N,    Y},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow managing facilities.")},
    {Action::ManageUsers,               {N,     N,    N,    Y},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow managing users.")},
    {Action::ReadAuditLog,              {N,     N,    N,    Y},
     QT_TRANSLATE_NOOP("medinexus::Permissions", "Your role (%1) does not allow reading the audit log.")},
    {Action::SyncClinicalData,          {Y,     Y,    Y,    N},
     QT_TRANSLATE_NOOP("medinexus::Permissions",
                       "Your role (%1) does not allow synchronising clinical data.")},
    {Action::SyncDirectory,             {Y,     Y,    Y,    Y},
     QT_TRANSLATE_NOOP("medinexus::Permissions",
                       "Your role (%1) does not allow synchronising the directory.")},
}};

// Rows in Action order, so a row is found by index.
constexpr bool rowsInActionOrder()
{
    for (std::size_t i = 0; i < kMatrix.size(); ++i) {
        if (static_cast<std::size_t>(kMatrix[i].action) != i || EnumTokens<Action>::table[i].value != kMatrix[i].action)
            return false;
    }
    return true;
}
static_assert(rowsInActionOrder(), "kMatrix must list every Action once, in declaration order");

const Permission *row(Action action)
{
    const auto index = static_cast<std::size_t>(action);
    return index < kMatrix.size() ? &kMatrix[index] : nullptr;
}

} // namespace

bool isAllowed(Role role, Action action)
{
    const auto column = static_cast<std::size_t>(role);
    const Permission *permission = row(action);
    return permission && column < kRoleCount && permission->allowed[column];
}

std::vector<Action> allowedActions(Role role)
{
    std::vector<Action> actions;
    for (const auto &permission : kMatrix) {
        if (isAllowed(role, permission.action))
            actions.push_back(permission.action);
    }
    return actions;
}

Action actionToAdd(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Diagnosis:
        return Action::AddDiagnosis;
    case EntryKind::Prescription:
        return Action::AddPrescription;
    case EntryKind::Dispensation:
        return Action::AddDispensation;
    case EntryKind::Observation:
        return Action::AddObservation;
    case EntryKind::Note:
        return Action::AddNote;
    }
    // Only reached for a value outside EntryKind (a corrupt cast); canAddEntry() refuses
    // those before asking, so no right is ever granted through this fallback.
    return Action::AddNote;
}

bool canAddEntry(Role role, EntryKind kind)
{
    // An out-of-range kind is refused outright rather than mapped to some action.
    const auto index = static_cast<std::size_t>(kind);
    if (index >= EnumTokens<EntryKind>::table.size())
        return false;
    return isAllowed(role, actionToAdd(kind));
}

bool canAmendEntry(Role role, EntryKind kind)
{
    return canAddEntry(role, kind);
}

QString refusalMessage(Role role, Action action)
{
    const Permission *permission = row(action);
    if (!permission || isAllowed(role, action))
        return {};
    return substituteArgs(QCoreApplication::translate("medinexus::Permissions", permission->refusal),
                          {label(role)});
}

} // namespace medinexus
