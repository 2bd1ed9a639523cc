#include "server/services/change_applier.h"

#include "shared/model/audit_vocabulary.h"

#include "shared/model/amendment_chains.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/permissions/permissions.h"
#include "shared/validation/validator.h"

namespace medinexus::server {

namespace {

using Status = ChangeOutcome::Status;

ChangeOutcome rejected(QString code, QString reason, ValidationErrors validation = {})
{
    ChangeOutcome outcome;
    outcome.status = Status::Rejected;
    outcome.reasonCode = std::move(code);
    outcome.reason = std::move(reason);
    outcome.validation = std::move(validation);
    return outcome;
}

ChangeOutcome accepted(qint64 sequence)
{
    ChangeOutcome outcome;
    outcome.status = Status::Accepted;
    outcome.sequence = sequence;
    return outcome;
}

AuditEvent auditFor(const Principal &principal, const QDateTime &now, const QString &action,
                    const sync::ChangeEnvelope &change, const QString &outcome)
{
    AuditEvent event = principal.auditEvent(action, outcome);
    event.at = now;
    event.objectType = toToken(change.objectType);
    event.objectId = uuidToString(change.objectId);
    event.details.insert(QStringLiteral("changeId"), uuidToString(change.changeId));
    return event;
}

QString statusOutcome(const ChangeOutcome &outcome)
{
    switch (outcome.status) {
    case Status::Accepted: return toToken(AuditOutcome::Ok);
    case Status::Duplicate: return toToken(AuditOutcome::Duplicate);
    case Status::Conflict: return toToken(AuditOutcome::Conflict);
    case Status::Rejected: return toToken(AuditOutcome::Rejected);
    }
    return toToken(AuditOutcome::Rejected);
}

} // namespace

ChangeApplier::ChangeApplier(Store &store, HybridLogicalClock &clock, Clock now)
    : store_(store), hlc_(clock), now_(std::move(now))
{
}

ChangeOutcome ChangeApplier::apply(const Principal &principal, const sync::ChangeEnvelope &change)
{
    auto tx = store_.beginWrite();
    ChangeOutcome outcome = applyInTransaction(*tx, principal, change);
    if (outcome.status == Status::Rejected) {
        // A refused change writes nothing but its audit row: who tried what, and why.
        AuditEvent event = auditFor(principal, now_(), toToken(AuditAction::SyncChange), change, statusOutcome(outcome));
        event.details.insert(QStringLiteral("reason"), outcome.reasonCode);
        tx->appendAudit(event);
    }
    tx->commit();
    return outcome;
}

ChangeOutcome ChangeApplier::applyInTransaction(WriteTransaction &tx, const Principal &principal,
                                                const sync::ChangeEnvelope &change)
{
    if (const auto prior = tx.findChange(change.changeId)) {
        if (prior->change == change) {
            ChangeOutcome outcome;
            outcome.status = Status::Duplicate;
            outcome.sequence = prior->sequence;
            return outcome;
        }
        return rejected(QStringLiteral("change_id_reused"),
                        QStringLiteral("This change id was already used for a different change."));
    }
    // A device pushes the work of the user logged in on it, written at that user's facility.
    if (change.authorId != principal.user.id || change.facilityId != principal.user.facilityId)
        return rejected(QStringLiteral("author_mismatch"),
                        QStringLiteral("A change must be authored by the logged-in user at their facility."));
    if (!hlc_.observe(change.hlc))
        return rejected(QStringLiteral("clock_ahead"),
                        QStringLiteral("The change is dated too far in the future: check the device's clock."));

    const QDateTime now = now_();
    switch (change.objectType) {
    case ObjectType::Patient: return applyPatient(tx, principal, change, now);
    case ObjectType::Entry: return applyEntry(tx, principal, change, now);
    case ObjectType::RecordAccess: return applyRecordAccess(tx, principal, change, now);
    case ObjectType::Facility:
    case ObjectType::User:
        break;
    }
    return rejected(QStringLiteral("not_pushable"),
                    QStringLiteral("Facilities and users are managed through the administration API."));
}

ChangeOutcome ChangeApplier::applyPatient(WriteTransaction &tx, const Principal &principal,
                                          const sync::ChangeEnvelope &change, const QDateTime &now)
{
    const bool creation = change.baseVersion == 0;
    const Action action = creation ? Action::RegisterPatient : Action::EditPatientDemographics;
    if (!principal.may(action))
        return rejected(QStringLiteral("forbidden"), refusalMessage(principal.user.role, action));

    auto decoded = patientFromJson(change.payload);
    if (!decoded)
        return rejected(QStringLiteral("malformed_payload"), decoded.error().toString());
    const Patient &patient = *decoded;
    if (patient.id != change.objectId)
        return rejected(QStringLiteral("id_mismatch"), QStringLiteral("The payload's id differs from the change's object id."));
    if (auto errors = validatePatient(patient, ValidationContext{now}); !errors.empty())
        return rejected(QStringLiteral("invalid"), QStringLiteral("The patient does not pass validation."), std::move(errors));
    if (patient.version != change.baseVersion + 1)
        return rejected(QStringLiteral("bad_version"), QStringLiteral("The payload's version must be the base version plus one."));

    const std::optional<Patient> current = tx.findPatient(patient.id);
    if (creation) {
        if (current)
            return rejected(QStringLiteral("already_exists"), QStringLiteral("A patient with this id already exists."));
        if (tx.patientIdByNumber(patient.number))
            return rejected(QStringLiteral("number_taken"), QStringLiteral("This patient number is already in use."));
        tx.putPatient(patient, change.changeId);
        const qint64 sequence = tx.logChange(change, ChangeDisposition::Applied);
        tx.appendAudit(auditFor(principal, now, toToken(AuditAction::PatientRegister), change, toToken(AuditOutcome::Ok)));
        return accepted(sequence);
    }

    if (!current)
        return rejected(QStringLiteral("unknown_patient"), QStringLiteral("No patient with this id exists."));
    if (patient.number != current->number)
        return rejected(QStringLiteral("number_immutable"), QStringLiteral("A patient's number never changes."));
    if (change.baseVersion > current->version)
        return rejected(QStringLiteral("bad_version"), QStringLiteral("The base version is newer than the server's."));

    if (change.baseVersion < current->version) {
        // Another clinic changed the patient since this version was read: keep both,
        // flag the patient, and let a clinician reconcile. Nothing is overwritten.
        PatientConflict conflict;
        conflict.changeId = change.changeId;
        conflict.patientId = patient.id;
        conflict.baseVersion = change.baseVersion;
        conflict.proposed = patient;
        conflict.authorId = change.authorId;
        conflict.facilityId = change.facilityId;
        conflict.receivedAt = now;
        tx.addPatientConflict(conflict);
        ChangeOutcome outcome;
        outcome.status = Status::Conflict;
        outcome.sequence = tx.logChange(change, ChangeDisposition::Conflict);
        outcome.currentVersion = current->version;
        outcome.current = toJson(*current);
        tx.appendAudit(auditFor(principal, now, toToken(AuditAction::PatientUpdate), change, toToken(AuditOutcome::Conflict)));
        return outcome;
    }

    tx.putPatient(patient, change.changeId);
    // A version written on top of the current one by someone allowed to reconcile
    // supersedes the conflicting versions (they stay stored, marked resolved).
    if (principal.may(Action::ResolvePatientConflict))
        tx.resolvePatientConflicts(patient.id, change.changeId);
    const qint64 sequence = tx.logChange(change, ChangeDisposition::Applied);
    tx.appendAudit(auditFor(principal, now, toToken(AuditAction::PatientUpdate), change, toToken(AuditOutcome::Ok)));
    return accepted(sequence);
}

ChangeOutcome ChangeApplier::applyEntry(WriteTransaction &tx, const Principal &principal,
                                        const sync::ChangeEnvelope &change, const QDateTime &now)
{
    if (change.baseVersion != 0)
        return rejected(QStringLiteral("entries_are_immutable"),
                        QStringLiteral("Clinical entries are never changed: write an amendment instead."));
    auto decoded = clinicalEntryFromJson(change.payload);
    if (!decoded)
        return rejected(QStringLiteral("malformed_payload"), decoded.error().toString());
    const ClinicalEntry &entry = *decoded;
    if (entry.id != change.objectId)
        return rejected(QStringLiteral("id_mismatch"), QStringLiteral("The payload's id differs from the change's object id."));
    if (entry.authorId != principal.user.id || entry.authorRole != principal.user.role
        || entry.facilityId != principal.user.facilityId)
        return rejected(QStringLiteral("author_mismatch"),
                        QStringLiteral("An entry's author, role and facility must be those of the logged-in user."));

    const EntryKind kind = entry.kind();
    const bool allowed = entry.isAmendment() ? canAmendEntry(principal.user.role, kind)
                                             : canAddEntry(principal.user.role, kind);
    if (!allowed)
        return rejected(QStringLiteral("forbidden"), refusalMessage(principal.user.role, actionToAdd(kind)));

    ValidationErrors errors = validateEntry(entry, ValidationContext{now});
    if (!errors.empty())
        return rejected(QStringLiteral("invalid"), QStringLiteral("The entry does not pass validation."), std::move(errors));
    if (!tx.findPatient(entry.patientId))
        return rejected(QStringLiteral("unknown_patient"), QStringLiteral("No patient with this id exists."));
    if (tx.findEntry(entry.id))
        return rejected(QStringLiteral("already_exists"), QStringLiteral("An entry with this id already exists."));

    if (entry.amends) {
        const std::optional<ClinicalEntry> original = tx.findEntry(*entry.amends);
        if (!original)
            return rejected(QStringLiteral("unknown_original"), QStringLiteral("The entry to amend does not exist."));
        errors = validateAmendment(entry, *original);
        if (!errors.empty())
            return rejected(QStringLiteral("invalid"), QStringLiteral("The amendment does not match what it corrects."), std::move(errors));
    }

    if (std::holds_alternative<DispensationBody>(entry.body)) {
        const DispensationCheck check = checkDispensation(entry, tx.entriesOfPatient(entry.patientId));
        if (!check.prescriptionFound)
            return rejected(QStringLiteral("unknown_prescription"), QStringLiteral("The prescription to dispense does not exist."));
        if (!check.errors.empty())
            return rejected(QStringLiteral("invalid"), QStringLiteral("The dispensation does not match the prescription."),
                            ValidationErrors(check.errors));
    }

    tx.insertEntry(entry);
    const qint64 sequence = tx.logChange(change, ChangeDisposition::Applied);
    AuditEvent event = auditFor(principal, now, entry.isAmendment() ? toToken(AuditAction::EntryAmend) : toToken(AuditAction::EntryAdd),
                                change, toToken(AuditOutcome::Ok));
    event.details.insert(QStringLiteral("patientId"), uuidToString(entry.patientId));
    event.details.insert(QStringLiteral("kind"), toToken(kind));
    tx.appendAudit(event);
    return accepted(sequence);
}

ChangeOutcome ChangeApplier::applyRecordAccess(WriteTransaction &tx, const Principal &principal,
                                               const sync::ChangeEnvelope &change, const QDateTime &now)
{
    auto decoded = sync::recordAccessFromJson(change.payload);
    if (!decoded)
        return rejected(QStringLiteral("malformed_payload"), decoded.error().toString());
    const sync::RecordAccess &access = *decoded;
    if (access.userId != principal.user.id)
        return rejected(QStringLiteral("author_mismatch"), QStringLiteral("A device reports only its own user's reads."));
    // Logged so that a replay is recognised as a duplicate; never sent to other clients.
    const qint64 sequence = tx.logChange(change, ChangeDisposition::Applied);
    AuditEvent event = auditFor(principal, now, toToken(AuditAction::PatientReadOffline), change, toToken(AuditOutcome::Ok));
    event.objectType = toToken(ObjectType::Patient);
    event.objectId = uuidToString(access.patientId);
    event.details.insert(QStringLiteral("openedAt"), dateTimeToJsonString(access.openedAt));
    tx.appendAudit(event);
    return accepted(sequence);
}

} // namespace medinexus::server
