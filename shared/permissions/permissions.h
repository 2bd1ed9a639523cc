#pragma once

#include "shared/model/enums.h"

#include <QString>

#include <vector>

namespace medinexus {

// What a member of staff may do, by role. The matrix lives in one table, in
// permissions.cpp. The server enforces it on every request; the client only uses it to
// show or hide actions, never as a safeguard.
enum class Action {
    SearchPatients,           // find a patient by number, name, village (shows demographics)
    ReadPatientRecord,        // open a patient's clinical entries (each opening is audited)
    RegisterPatient,          // create a new patient
    EditPatientDemographics,  // change names, birth, phone, address, allergies
    ResolvePatientConflict,   // choose between two offline edits of the same patient
    AddDiagnosis,             // add or amend a diagnosis entry
    AddPrescription,          // add or amend a prescription entry
    AddDispensation,          // add or amend a dispensation entry
    AddObservation,           // add or amend an observation (vitals, nursing text)
    AddNote,                  // add or amend a note
    ManageFacilities,         // create, edit, deactivate facilities
    ManageUsers,              // create, edit, deactivate accounts, reset passwords
    ReadAuditLog,             // read who opened or changed what
    SyncClinicalData,         // exchange patients and entries with the server
    SyncDirectory,            // receive facilities and users (needed by every role)
};

// Wire token (API, audit log) and label (admin screens), in the style of enums.h, so
// toToken(), fromToken(), allValues() and label() work on Action too.
template <>
struct EnumTokens<Action> {
    static constexpr auto table = std::to_array<EnumEntry<Action>>({
        {Action::SearchPatients, "search_patients", QT_TRANSLATE_NOOP("medinexus::Enum", "Search patients")},
        {Action::ReadPatientRecord, "read_patient_record", QT_TRANSLATE_NOOP("medinexus::Enum", "Read patient records")},
        {Action::RegisterPatient, "register_patient", QT_TRANSLATE_NOOP("medinexus::Enum", "Register patients")},
        {Action::EditPatientDemographics, "edit_patient_demographics", QT_TRANSLATE_NOOP("medinexus::Enum", "Edit patient details")},
        {Action::ResolvePatientConflict, "resolve_patient_conflict", QT_TRANSLATE_NOOP("medinexus::Enum", "Resolve conflicting patient edits")},
        {Action::AddDiagnosis, "add_diagnosis", QT_TRANSLATE_NOOP("medinexus::Enum", "Add diagnoses")},
        {Action::AddPrescription, "add_prescription", QT_TRANSLATE_NOOP("medinexus::Enum", "Add prescriptions")},
        {Action::AddDispensation, "add_dispensation", QT_TRANSLATE_NOOP("medinexus::Enum", "Add dispensations")},
        {Action::AddObservation, "add_observation", QT_TRANSLATE_NOOP("medinexus::Enum", "Add observations")},
        {Action::AddNote, "add_note", QT_TRANSLATE_NOOP("medinexus::Enum", "Add notes")},
        {Action::ManageFacilities, "manage_facilities", QT_TRANSLATE_NOOP("medinexus::Enum", "Manage facilities")},
        {Action::ManageUsers, "manage_users", QT_TRANSLATE_NOOP("medinexus::Enum", "Manage users")},
        {Action::ReadAuditLog, "read_audit_log", QT_TRANSLATE_NOOP("medinexus::Enum", "Read the audit log")},
        {Action::SyncClinicalData, "sync_clinical_data", QT_TRANSLATE_NOOP("medinexus::Enum", "Synchronise clinical data")},
        {Action::SyncDirectory, "sync_directory", QT_TRANSLATE_NOOP("medinexus::Enum", "Synchronise the directory")},
    });
};

// Whether `role` may perform `action`. False for any value outside the enums (deny by
// default).
bool isAllowed(Role role, Action action);

// Every action `role` may perform, in Action order (e.g. to build a menu).
std::vector<Action> allowedActions(Role role);

// The action that adding (or amending) an entry of `kind` requires.
Action actionToAdd(EntryKind kind);

bool canAddEntry(Role role, EntryKind kind);

// Amending needs the same right as adding that kind: a correction is a new entry of it.
bool canAmendEntry(Role role, EntryKind kind);

// Why `role` may not perform `action`, translated (e.g. for a 403 answer or a tooltip on
// a disabled button): "Your role (Pharmacist) does not allow adding a diagnosis.". Empty
// when the action is allowed.
QString refusalMessage(Role role, Action action);

} // namespace medinexus
