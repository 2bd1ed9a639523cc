#pragma once

#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/model/clinical_entry.h"
#include "shared/model/enums.h"
#include "shared/model/facility.h"
#include "shared/model/patient.h"
#include "shared/model/user.h"
#include "shared/sync/hlc.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

#include <variant>

namespace medinexus::sync {

// A patient record opened on a client. Reading is audited like writing: a record opened
// offline is reported to the server's audit log through the sync protocol, as a change
// of type record_access. It is not versioned (baseVersion 0) and its objectId is the
// patientId: the object a record access is about.
struct RecordAccess {
    QUuid patientId;
    QUuid userId;        // who opened it
    QDateTime openedAt;  // UTC, millisecond precision

    bool operator==(const RecordAccess &) const = default;
};

// JSON form {"openedAt", "patientId", "userId"}, with the value forms of model_json.h.
QJsonObject toJson(const RecordAccess &access);
Result<RecordAccess> recordAccessFromJson(const QJsonObject &json);

// The sync protocol's unit of change: one new version of one object (or, for entries
// and record accesses, the object itself), as made offline by one clinic. Clients push
// envelopes, the server stores and orders them, clients pull other clinics' envelopes.
//
// JSON form (toJson), members in canonical order:
//   {"authorId", "baseVersion", "changeId", "facilityId", "hlc", "objectId",
//    "objectType", "payload"}
// with "objectType" the ObjectType token, "hlc" HlcTimestamp::toString() and "payload"
// the object's model_json form.
struct ChangeEnvelope {
    QUuid changeId;  // UUIDv7 minted by the author's client; the idempotency key of a push
    ObjectType objectType = ObjectType::Patient;
    QUuid objectId;
    int baseVersion = 0;  // the object version this change was made on; 0 = creation
    QUuid authorId;       // the user who made the change
    QUuid facilityId;     // where it was made
    HlcTimestamp hlc;
    QJsonObject payload;  // the object's JSON per model_json (or toJson(RecordAccess))

    bool operator==(const ChangeEnvelope &) const = default;
};

// What a payload decodes to; alternatives in ObjectType order, so index() is the type.
using ChangePayload = std::variant<Facility, User, Patient, ClinicalEntry, RecordAccess>;

QJsonObject toJson(const ChangeEnvelope &change);

// Strict decoding of an envelope. Besides the form of each member (unknown, missing or
// null members, tokens, lowercase UUIDs) it checks the protocol's own invariants:
//   - changeId is a UUIDv7; baseVersion >= 0; hlc is valid and not the null timestamp;
//   - the payload is the well-formed model_json form of the object type, and its id
//     (for a record access: its patientId) equals objectId (decodePayload() below).
// Errors name the path from the envelope: "payload.body.vitals.pulsePerMinute".
// No business validation (shared/validation) and no authorisation: whether authorId and
// facilityId may make this change is the server's decision.
Result<ChangeEnvelope> changeEnvelopeFromJson(const QJsonObject &json);

// The envelope's canonical JSON bytes (what is stored, hashed and sent).
// tryEncodeCanonical() never throws; encodeCanonical() throws std::invalid_argument when
// toCanonicalJson() refuses the value (see canonical_json.h: e.g. a string holding an
// unpaired surrogate), which is a programming error for an envelope built from
// validated objects.
Result<QByteArray> tryEncodeCanonical(const ChangeEnvelope &change);
QByteArray encodeCanonical(const ChangeEnvelope &change);

// parseJsonObject() then changeEnvelopeFromJson(). Does not require the input to be
// canonical (isCanonical() tells), only well-formed.
Result<ChangeEnvelope> decodeChangeEnvelope(QByteArrayView json, const JsonLimits &limits = {});

// The payload decoded as the model type objectType names, with its id checked against
// objectId. Errors name "payload..." paths.
Result<ChangePayload> decodePayload(const ChangeEnvelope &change);

// The same for one expected type: also refuses an envelope of another objectType (error
// on "objectType").
Result<Facility> decodeFacilityPayload(const ChangeEnvelope &change);
Result<User> decodeUserPayload(const ChangeEnvelope &change);
Result<Patient> decodePatientPayload(const ChangeEnvelope &change);
Result<ClinicalEntry> decodeEntryPayload(const ChangeEnvelope &change);
Result<RecordAccess> decodeRecordAccessPayload(const ChangeEnvelope &change);

// For building envelopes: the object type, object id (patientId for a record access) and
// JSON form of a payload.
ObjectType objectTypeOf(const ChangePayload &payload);
QUuid objectIdOf(const ChangePayload &payload);
QJsonObject payloadToJson(const ChangePayload &payload);

// An envelope carrying `payload`: objectType, objectId and payload filled from it, the
// other members as given.
ChangeEnvelope makeChange(const QUuid &changeId, const ChangePayload &payload, int baseVersion,
                          const QUuid &authorId, const QUuid &facilityId, const HlcTimestamp &hlc);

} // namespace medinexus::sync
