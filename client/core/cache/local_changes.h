#pragma once

// What a clinician does on this device: register or edit a patient, add a clinical entry,
// reconcile a conflict, open a record. Each call checks the shared permission matrix and the
// shared validation rules (the server checks them again), then writes the cache and the outbox
// in ONE local transaction: the change is on disk, visible and queued for the server, or none
// of it happened.

#include "client/core/cache/cache_database.h"
#include "client/core/cache/outbox.h"
#include "client/core/cache/record_store.h"

#include "shared/model/user.h"
#include "shared/permissions/permissions.h"
#include "shared/sync/hlc.h"
#include "shared/validation/validation_error.h"

#include <stdexcept>

namespace medinexus::client {

// A refused local write. message() is translated for the user; errors() lists the fields.
class WriteRefused : public std::runtime_error {
public:
    enum class Reason { Forbidden, Invalid, NotFound };
    WriteRefused(Reason reason, QString message, ValidationErrors errors = {});
    [[nodiscard]] Reason reason() const noexcept { return reason_; }
    [[nodiscard]] const QString &message() const noexcept { return message_; }
    [[nodiscard]] const ValidationErrors &errors() const noexcept { return errors_; }

private:
    Reason reason_;
    QString message_;
    ValidationErrors errors_;
};

class LocalChanges {
public:
    // `author`: the logged-in user; every change is theirs, at their facility.
    LocalChanges(CacheDatabase &cache, User author);

    // A new patient: id, number, version 1 and the registering facility are filled in when
    // empty. Returns the patient as stored.
    Patient registerPatient(Patient draft);
    // New demographics for a cached patient (id and number as cached; version is set here).
    Patient editPatient(Patient edited);
    // A new clinical entry: id, author, role, facility and (when null) recordedAt are filled
    // in. An amendment names the entry it corrects in `amends` with a reason.
    ClinicalEntry addEntry(ClinicalEntry draft);
    // Reconciles a flagged patient: `chosen` (one of the versions, or a merge of them) becomes
    // a new version on top of the server's current one, which supersedes every open conflict.
    Patient resolveConflict(Patient chosen);
    // The record was opened: reported to the server's audit log at the next sync.
    void recordAccess(const QUuid &patientId);

    [[nodiscard]] const User &author() const { return author_; }

private:
    void require(Action action) const;
    HlcTimestamp nextTimestamp();
    void enqueue(const sync::ChangePayload &payload, int baseVersion);
    Patient writePatientEdit(Patient edited, bool resolvingConflict);

    CacheDatabase &cache_;
    RecordStore records_;
    Outbox outbox_;
    User author_;
    HybridLogicalClock clock_;
};

} // namespace medinexus::client
