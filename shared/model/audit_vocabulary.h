#pragma once

// What the audit log records: the action and its outcome, as stable wire tokens (stored in the
// hash-chained log, sent by GET /api/v1/audit) with a translated label for the administrator's
// viewer. One table each, in the style of enums.h: the server writes only these tokens and the
// client's filters offer exactly them.

#include "shared/model/enums.h"

namespace medinexus {

enum class AuditAction {
    Login,
    Logout,
    PatientSearch,
    PatientRead,
    PatientReadOffline,
    PatientRegister,
    PatientUpdate,
    EntryAdd,
    EntryAmend,
    SyncChange,
    FacilityCreate,
    FacilityUpdate,
    UserCreate,
    UserUpdate,
    UserPasswordReset,
    UserPasswordChange,
    AuditQuery,
};

enum class AuditOutcome { Ok, NotFound, Failed, Throttled, Conflict, Duplicate, Rejected };

template <>
struct EnumTokens<AuditAction> {
    static constexpr auto table = std::to_array<EnumEntry<AuditAction>>({
        {AuditAction::Login, "auth.login", QT_TRANSLATE_NOOP("medinexus::Enum", "Sign-in")},
        {AuditAction::Logout, "auth.logout", QT_TRANSLATE_NOOP("medinexus::Enum", "Sign-out")},
        {AuditAction::PatientSearch, "patient.search", QT_TRANSLATE_NOOP("medinexus::Enum", "Patient search")},
        {AuditAction::PatientRead, "patient.read", QT_TRANSLATE_NOOP("medinexus::Enum", "Record opened")},
        {AuditAction::PatientReadOffline, "patient.read.offline", QT_TRANSLATE_NOOP("medinexus::Enum", "Record opened offline")},
        {AuditAction::PatientRegister, "patient.register", QT_TRANSLATE_NOOP("medinexus::Enum", "Patient registered")},
        {AuditAction::PatientUpdate, "patient.update", QT_TRANSLATE_NOOP("medinexus::Enum", "Patient details changed")},
        {AuditAction::EntryAdd, "entry.add", QT_TRANSLATE_NOOP("medinexus::Enum", "Clinical entry added")},
        {AuditAction::EntryAmend, "entry.amend", QT_TRANSLATE_NOOP("medinexus::Enum", "Clinical entry amended")},
        {AuditAction::SyncChange, "sync.change", QT_TRANSLATE_NOOP("medinexus::Enum", "Synchronised change refused")},
        {AuditAction::FacilityCreate, "facility.create", QT_TRANSLATE_NOOP("medinexus::Enum", "Facility created")},
        {AuditAction::FacilityUpdate, "facility.update", QT_TRANSLATE_NOOP("medinexus::Enum", "Facility changed")},
        {AuditAction::UserCreate, "user.create", QT_TRANSLATE_NOOP("medinexus::Enum", "Account created")},
        {AuditAction::UserUpdate, "user.update", QT_TRANSLATE_NOOP("medinexus::Enum", "Account changed")},
        {AuditAction::UserPasswordReset, "user.password_reset", QT_TRANSLATE_NOOP("medinexus::Enum", "Password reset")},
        {AuditAction::UserPasswordChange, "user.password_change", QT_TRANSLATE_NOOP("medinexus::Enum", "Own password changed")},
        {AuditAction::AuditQuery, "audit.query", QT_TRANSLATE_NOOP("medinexus::Enum", "Audit log consulted")},
    });
};

template <>
struct EnumTokens<AuditOutcome> {
    static constexpr auto table = std::to_array<EnumEntry<AuditOutcome>>({
        {AuditOutcome::Ok, "ok", QT_TRANSLATE_NOOP("medinexus::Enum", "Done")},
        {AuditOutcome::NotFound, "not_found", QT_TRANSLATE_NOOP("medinexus::Enum", "Not found")},
        {AuditOutcome::Failed, "failed", QT_TRANSLATE_NOOP("medinexus::Enum", "Failed")},
        {AuditOutcome::Throttled, "throttled", QT_TRANSLATE_NOOP("medinexus::Enum", "Too many attempts")},
        {AuditOutcome::Conflict, "conflict", QT_TRANSLATE_NOOP("medinexus::Enum", "Conflict")},
        {AuditOutcome::Duplicate, "duplicate", QT_TRANSLATE_NOOP("medinexus::Enum", "Already received")},
        {AuditOutcome::Rejected, "rejected", QT_TRANSLATE_NOOP("medinexus::Enum", "Rejected")},
    });
};

// A refusal or failure, shown highlighted in the viewer.
constexpr bool isRefusal(AuditOutcome outcome)
{
    return outcome == AuditOutcome::Failed || outcome == AuditOutcome::Throttled || outcome == AuditOutcome::Rejected;
}

} // namespace medinexus
