#include "client/core/cache/local_changes.h"

#include "shared/ids/patient_number.h"
#include "shared/model/amendment_chains.h"
#include "shared/ids/uuid.h"
#include "shared/validation/validator.h"

#include <QCoreApplication>

namespace medinexus::client {

WriteRefused::WriteRefused(Reason reason, QString message, ValidationErrors errors)
    : std::runtime_error(message.toStdString()), reason_(reason), message_(std::move(message)), errors_(std::move(errors))
{
}

namespace {

QString translated(const char *sourceText)
{
    return QCoreApplication::translate("medinexus::client::LocalChanges", sourceText);
}

[[noreturn]] void refuseInvalid(const char *message, ValidationErrors errors)
{
    throw WriteRefused(WriteRefused::Reason::Invalid, translated(message), std::move(errors));
}

} // namespace

LocalChanges::LocalChanges(CacheDatabase &cache, User author)
    : cache_(cache), records_(cache.connection()), outbox_(cache.connection()), author_(std::move(author))
{
}

void LocalChanges::require(Action action) const
{
    if (!isAllowed(author_.role, action))
        throw WriteRefused(WriteRefused::Reason::Forbidden, refusalMessage(author_.role, action));
}

HlcTimestamp LocalChanges::nextTimestamp()
{
    // The clock's last value lives in the cache, so timestamps keep increasing across
    // restarts and across the connections that write changes.
    if (const auto persisted = cache_.metaValue(meta::kHlc)) {
        if (const auto last = HlcTimestamp::parse(*persisted))
            (void)clock_.restore(*last);
    }
    const HlcTimestamp next = clock_.now();
    cache_.setMetaValue(meta::kHlc, next.toString());
    return next;
}

void LocalChanges::enqueue(const sync::ChangePayload &payload, int baseVersion)
{
    outbox_.enqueue(sync::makeChange(newUuidV7(), payload, baseVersion, author_.id, author_.facilityId, nextTimestamp()));
}

Patient LocalChanges::registerPatient(Patient draft)
{
    require(Action::RegisterPatient);
    if (draft.id.isNull())
        draft.id = newUuidV7();
    if (draft.number.isEmpty())
        draft.number = PatientNumber::generate().compact();
    if (draft.registeredAtFacility.isNull())
        draft.registeredAtFacility = author_.facilityId;
    draft.version = 1;
    if (auto errors = validatePatient(draft, ValidationContext{}); !errors.empty())
        refuseInvalid(QT_TRANSLATE_NOOP("medinexus::client::LocalChanges", "The patient's details are not valid."),
                      std::move(errors));

    sqlite::Transaction transaction(cache_.connection());
    if (records_.patient(draft.id))
        refuseInvalid(QT_TRANSLATE_NOOP("medinexus::client::LocalChanges", "This patient is already registered."), {});
    if (records_.patientIdByNumber(draft.number))
        refuseInvalid(QT_TRANSLATE_NOOP("medinexus::client::LocalChanges", "This patient number is already in use."), {});
    records_.putPatientLocal(draft);
    enqueue(draft, 0);
    transaction.commit();
    return draft;
}

Patient LocalChanges::editPatient(Patient edited)
{
    require(Action::EditPatientDemographics);
    return writePatientEdit(std::move(edited), false);
}

Patient LocalChanges::resolveConflict(Patient chosen)
{
    require(Action::ResolvePatientConflict);
    return writePatientEdit(std::move(chosen), true);
}

Patient LocalChanges::writePatientEdit(Patient edited, bool resolvingConflict)
{
    sqlite::Transaction transaction(cache_.connection());
    const auto shown = records_.patient(edited.id);
    if (!shown)
        throw WriteRefused(WriteRefused::Reason::NotFound, QCoreApplication::translate("medinexus::client::LocalChanges", "This patient is not in the local records."));
    edited.number = shown->number;  // a patient's number never changes
    edited.registeredAtFacility = shown->registeredAtFacility;

    // The version this edit is based on. An edit not yet sent is replaced by this one (same
    // base): demographics are a state, and one change per patient in flight keeps a refusal
    // or conflict of the first from being misread as the base of the second. A reconciliation
    // builds on the server's current version, which is what supersedes the conflicts.
    int baseVersion = shown->version;
    if (const auto waiting = outbox_.pendingFor(ObjectType::Patient, edited.id)) {
        baseVersion = waiting->envelope.baseVersion;
        if (baseVersion == 0) {
            // Registered here and not yet sent: the registration itself carries the new details.
            edited.version = 1;
            if (auto errors = validatePatient(edited, ValidationContext{}); !errors.empty())
                refuseInvalid(QT_TRANSLATE_NOOP("medinexus::client::LocalChanges", "The patient's details are not valid."),
                              std::move(errors));
            outbox_.remove(waiting->envelope.changeId);
            records_.putPatientLocal(edited);
            enqueue(edited, 0);
            transaction.commit();
            return edited;
        }
        outbox_.remove(waiting->envelope.changeId);
    }
    if (resolvingConflict) {
        if (const auto server = records_.serverPatient(edited.id))
            baseVersion = server->version;
    }
    edited.version = baseVersion + 1;
    if (auto errors = validatePatient(edited, ValidationContext{}); !errors.empty())
        refuseInvalid(QT_TRANSLATE_NOOP("medinexus::client::LocalChanges", "The patient's details are not valid."),
                      std::move(errors));
    records_.putPatientLocal(edited);
    enqueue(edited, baseVersion);
    transaction.commit();
    return edited;
}

ClinicalEntry LocalChanges::addEntry(ClinicalEntry draft)
{
    const EntryKind kind = draft.kind();
    const bool allowed = draft.isAmendment() ? canAmendEntry(author_.role, kind) : canAddEntry(author_.role, kind);
    if (!allowed)
        throw WriteRefused(WriteRefused::Reason::Forbidden, refusalMessage(author_.role, actionToAdd(kind)));
    if (draft.id.isNull())
        draft.id = newUuidV7();
    draft.authorId = author_.id;
    draft.authorRole = author_.role;
    draft.facilityId = author_.facilityId;
    if (!draft.recordedAt.isValid())
        draft.recordedAt = QDateTime::currentDateTimeUtc();
    // The wire keeps milliseconds; so does the cache, so the pulled copy compares equal.
    draft.recordedAt = QDateTime::fromMSecsSinceEpoch(draft.recordedAt.toMSecsSinceEpoch()).toUTC();

    const ValidationContext context;
    if (auto errors = validateEntry(draft, context); !errors.empty())
        refuseInvalid(QT_TRANSLATE_NOOP("medinexus::client::LocalChanges", "The entry is not valid."), std::move(errors));

    sqlite::Transaction transaction(cache_.connection());
    if (!records_.patient(draft.patientId))
        throw WriteRefused(WriteRefused::Reason::NotFound, QCoreApplication::translate("medinexus::client::LocalChanges", "This patient is not in the local records."));
    if (draft.amends) {
        const auto original = records_.entry(*draft.amends);
        if (!original)
            throw WriteRefused(WriteRefused::Reason::NotFound,
                               QCoreApplication::translate("medinexus::client::LocalChanges", "The entry to correct is not in the local records."));
        if (auto errors = validateAmendment(draft, *original); !errors.empty())
            refuseInvalid(QT_TRANSLATE_NOOP("medinexus::client::LocalChanges", "The correction does not match the entry it corrects."),
                          std::move(errors));
    }
    if (std::holds_alternative<DispensationBody>(draft.body)) {
        DispensationCheck check = checkDispensation(draft, records_.entriesOfPatient(draft.patientId));
        if (!check.prescriptionFound)
            throw WriteRefused(WriteRefused::Reason::NotFound,
                               QCoreApplication::translate("medinexus::client::LocalChanges", "The prescription is not in the local records."));
        if (!check.errors.empty())
            refuseInvalid(QT_TRANSLATE_NOOP("medinexus::client::LocalChanges", "The dispensation does not match the prescription."),
                          std::move(check.errors));
    }
    records_.putEntry(draft, true);
    enqueue(draft, 0);
    transaction.commit();
    return draft;
}

void LocalChanges::recordAccess(const QUuid &patientId)
{
    require(Action::ReadPatientRecord);
    sync::RecordAccess access;
    access.patientId = patientId;
    access.userId = author_.id;
    access.openedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch()).toUTC();
    sqlite::Transaction transaction(cache_.connection());
    enqueue(access, 0);
    transaction.commit();
}

} // namespace medinexus::client
