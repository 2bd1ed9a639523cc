#include "server/services/clinical_service.h"

#include "shared/model/audit_vocabulary.h"

#include "server/services/service_error.h"

#include "shared/codec/model_json.h"
#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"

#include <QJsonArray>

#include <algorithm>

namespace medinexus::server {

namespace {

// The REST API lets callers leave out what is empty; the sync payload (and so the
// codec) always carries every member, so fill them in before decoding.
void insertIfAbsent(QJsonObject &json, const QString &key, const QJsonValue &value)
{
    if (!json.contains(key))
        json.insert(key, value);
}

void fillPatientDefaults(QJsonObject &json)
{
    for (const QString &key : {QStringLiteral("phone"), QStringLiteral("village"), QStringLiteral("address")})
        insertIfAbsent(json, key, QString());
    insertIfAbsent(json, QStringLiteral("allergies"), QJsonArray());
}

// The year a birth-year filter compares with: the birth date's, or the estimate.
std::optional<int> ageYear(const Patient &patient)
{
    if (patient.birthDate)
        return patient.birthDate->year();
    return patient.estimatedBirthYear;
}

ServiceError badRequest(const QString &message)
{
    return ServiceError(ServiceErrorKind::BadRequest, QStringLiteral("malformed"), message);
}

} // namespace

[[noreturn]] void throwRefusal(const ChangeOutcome &outcome)
{
    const QString &code = outcome.reasonCode;
    ServiceErrorKind kind = ServiceErrorKind::BadRequest;
    if (outcome.status == ChangeOutcome::Status::Conflict)
        throw ServiceError(ServiceErrorKind::Conflict, QStringLiteral("version_conflict"),
                           QStringLiteral("The patient was changed meanwhile; both versions are kept and the patient is flagged."));
    if (code == QLatin1String("forbidden") || code == QLatin1String("author_mismatch"))
        kind = ServiceErrorKind::Forbidden;
    else if (code == QLatin1String("invalid"))
        kind = ServiceErrorKind::Invalid;
    else if (code.startsWith(QLatin1String("unknown_")))
        kind = ServiceErrorKind::NotFound;
    else if (code == QLatin1String("number_taken") || code == QLatin1String("already_exists")
             || code == QLatin1String("change_id_reused"))
        kind = ServiceErrorKind::Conflict;
    throw ServiceError(kind, code, outcome.reason, outcome.validation);
}

ClinicalService::ClinicalService(Store &store, ChangeApplier &applier, HybridLogicalClock &clock, Notify notify)
    : store_(store), applier_(applier), hlc_(clock), notify_(std::move(notify))
{
}

void ClinicalService::audit(const Principal &principal, const QString &action, const QString &objectId,
                            const QString &outcome, const QJsonObject &details)
{
    AuditEvent event = principal.auditEvent(action, outcome);
    event.objectType = objectId.isEmpty() ? QString() : toToken(ObjectType::Patient);
    event.objectId = objectId;
    event.details = details;
    store_.appendAudit(event);
}

std::vector<Patient> ClinicalService::search(const Principal &principal, const PatientQuery &query)
{
    principal.require(Action::SearchPatients);
    std::vector<Patient> found = store_.searchPatients(query);
    // A typed or scanned patient number (any case, with or without hyphens) comes first.
    // The text is searched as a name or phone too: 11 digits can be both a phone number
    // and a valid patient number.
    if (const auto number = PatientNumber::parse(query.text)) {
        if (auto patient = store_.findPatientByNumber(number->compact())) {
            const bool listed = std::any_of(found.begin(), found.end(), [&](const Patient &p) { return p.id == patient->id; });
            const bool yearMatches = !query.birthYear || ageYear(*patient) == query.birthYear;
            if (!listed && yearMatches)
                found.insert(found.begin(), std::move(*patient));
        }
    }
    // The audit names what was returned, never what was typed (it can be a name).
    QJsonObject details;
    details.insert(QStringLiteral("results"), static_cast<qint64>(found.size()));
    audit(principal, toToken(AuditAction::PatientSearch), {}, toToken(AuditOutcome::Ok), details);
    return found;
}

PatientRecord ClinicalService::readRecord(const Principal &principal, const QUuid &patientId)
{
    principal.require(Action::ReadPatientRecord);
    auto patient = store_.findPatient(patientId);
    if (!patient) {
        audit(principal, toToken(AuditAction::PatientRead), uuidToString(patientId), toToken(AuditOutcome::NotFound));
        throw ServiceError(ServiceErrorKind::NotFound, QStringLiteral("not_found"), QStringLiteral("No such patient."));
    }
    PatientRecord record{std::move(*patient), store_.entriesOfPatient(patientId), store_.openConflicts(patientId)};
    audit(principal, toToken(AuditAction::PatientRead), uuidToString(patientId), toToken(AuditOutcome::Ok));
    return record;
}

std::vector<PatientConflict> ClinicalService::openConflicts(const Principal &principal)
{
    principal.require(Action::ReadPatientRecord);
    return store_.openConflicts(std::nullopt);
}

ChangeOutcome ClinicalService::write(const Principal &principal, ObjectType type, const QUuid &objectId,
                                     int baseVersion, const QJsonObject &payload)
{
    sync::ChangeEnvelope change;
    change.changeId = newUuidV7();
    change.objectType = type;
    change.objectId = objectId;
    change.baseVersion = baseVersion;
    change.authorId = principal.user.id;
    change.facilityId = principal.user.facilityId;
    change.hlc = hlc_.now();
    change.payload = payload;
    ChangeOutcome outcome = applier_.apply(principal, change);
    if (outcome.status == ChangeOutcome::Status::Accepted || outcome.status == ChangeOutcome::Status::Conflict)
        notify_();
    return outcome;
}

Patient ClinicalService::registerPatient(const Principal &principal, QJsonObject json)
{
    const QUuid id = json.contains(QStringLiteral("id")) ? uuidFromJsonString(json.value(QStringLiteral("id")).toString()).value_or(QUuid())
                                                          : newUuidV7();
    if (id.isNull())
        throw badRequest(QStringLiteral("id: expected a lowercase UUID"));
    json.insert(QStringLiteral("id"), uuidToString(id));
    if (!json.contains(QStringLiteral("number")))
        json.insert(QStringLiteral("number"), PatientNumber::generate().compact());
    if (!json.contains(QStringLiteral("version")))
        json.insert(QStringLiteral("version"), 1);
    if (!json.contains(QStringLiteral("registeredAtFacility")))
        json.insert(QStringLiteral("registeredAtFacility"), uuidToString(principal.user.facilityId));
    fillPatientDefaults(json);

    auto patient = patientFromJson(json);
    if (!patient)
        throw badRequest(patient.error().toString());
    const ChangeOutcome outcome = write(principal, ObjectType::Patient, patient->id, 0, json);
    if (outcome.status != ChangeOutcome::Status::Accepted)
        throwRefusal(outcome);
    return *patient;
}

Patient ClinicalService::updatePatient(const Principal &principal, const QUuid &patientId, int baseVersion, QJsonObject json)
{
    if (baseVersion < 1)
        throw badRequest(QStringLiteral("baseVersion: expected the version that was edited (1 or more)"));
    json.insert(QStringLiteral("id"), uuidToString(patientId));
    json.insert(QStringLiteral("version"), baseVersion + 1);
    fillPatientDefaults(json);
    auto patient = patientFromJson(json);
    if (!patient)
        throw badRequest(patient.error().toString());
    const ChangeOutcome outcome = write(principal, ObjectType::Patient, patientId, baseVersion, json);
    if (outcome.status != ChangeOutcome::Status::Accepted)
        throwRefusal(outcome);
    return *patient;
}

ClinicalEntry ClinicalService::addEntry(const Principal &principal, const QUuid &patientId, QJsonObject json)
{
    const QUuid id = json.contains(QStringLiteral("id")) ? uuidFromJsonString(json.value(QStringLiteral("id")).toString()).value_or(QUuid())
                                                          : newUuidV7();
    if (id.isNull())
        throw badRequest(QStringLiteral("id: expected a lowercase UUID"));
    json.insert(QStringLiteral("id"), uuidToString(id));
    json.insert(QStringLiteral("patientId"), uuidToString(patientId));
    json.insert(QStringLiteral("authorId"), uuidToString(principal.user.id));
    json.insert(QStringLiteral("authorRole"), toToken(principal.user.role));
    json.insert(QStringLiteral("facilityId"), uuidToString(principal.user.facilityId));
    insertIfAbsent(json, QStringLiteral("recordedAt"), dateTimeToJsonString(QDateTime::currentDateTimeUtc()));
    insertIfAbsent(json, QStringLiteral("amendmentReason"), QString());

    auto entry = clinicalEntryFromJson(json);
    if (!entry)
        throw badRequest(entry.error().toString());
    const ChangeOutcome outcome = write(principal, ObjectType::Entry, entry->id, 0, json);
    if (outcome.status != ChangeOutcome::Status::Accepted)
        throwRefusal(outcome);
    return *entry;
}

} // namespace medinexus::server
