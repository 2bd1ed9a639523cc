#include "shared/sync/change_envelope.h"

#include "shared/codec/canonical_json.h"
#include "shared/ids/uuid.h"

#include <gtest/gtest.h>

#include <QJsonArray>

#include <limits>
#include <random>
#include <stdexcept>
#include <string>

namespace medinexus::sync {
namespace {

std::string str(const QString &s) { return s.toStdString(); }
std::string str(const QByteArray &b) { return b.toStdString(); }

QUuid uuid(const char *text)
{
    const std::optional<QUuid> id = parseUuid(QString::fromLatin1(text));
    EXPECT_TRUE(id.has_value()) << text;
    return id.value_or(QUuid());
}

const QUuid kChangeId = uuid("01900000-0000-7000-8000-000000000001");
const QUuid kFacilityId = uuid("01900000-0000-7000-8000-00000000000a");
const QUuid kUserId = uuid("01900000-0000-7000-8000-00000000000b");
const QUuid kPatientId = uuid("01900000-0000-7000-8000-00000000000c");
const QUuid kEntryId = uuid("01900000-0000-7000-8000-00000000000d");
const HlcTimestamp kHlc{1718000000000, 3};

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
}

Facility facility()
{
    Facility f;
    f.id = kFacilityId;
    f.name = QStringLiteral("Poste de santé de Dindéfélo");
    f.kind = FacilityKind::Clinic;
    f.village = QStringLiteral("Dindéfélo");
    return f;
}

User user()
{
    User u;
    u.id = kUserId;
    u.username = QStringLiteral("fatou.ba");
    u.displayName = QStringLiteral("Fatou Ba");
    u.role = Role::Doctor;
    u.facilityId = kFacilityId;
    return u;
}

Patient patient()
{
    Patient p;
    p.id = kPatientId;
    p.number = QStringLiteral("DDF0000042K");
    p.version = 2;
    p.givenNames = QStringLiteral("فاطمة");
    p.familyName = QStringLiteral("王");
    p.sex = Sex::Female;
    p.estimatedBirthYear = 1975;
    p.registeredAtFacility = kFacilityId;
    return p;
}

ClinicalEntry entry()
{
    ClinicalEntry e;
    e.id = kEntryId;
    e.patientId = kPatientId;
    e.authorId = kUserId;
    e.authorRole = Role::Nurse;
    e.facilityId = kFacilityId;
    e.recordedAt = utc(2024, 6, 10, 8, 30, 0, 5);
    ObservationBody body;
    body.vitals.pulsePerMinute = 88;
    body.vitals.spo2Percent = 97;
    e.body = body;
    return e;
}

RecordAccess recordAccess()
{
    return RecordAccess{kPatientId, kUserId, utc(2024, 6, 10, 9, 0, 0, 0)};
}

std::vector<ChangePayload> everyPayload()
{
    return {facility(), user(), patient(), entry(), recordAccess()};
}

ChangeEnvelope change(const ChangePayload &payload, int baseVersion = 0)
{
    return makeChange(kChangeId, payload, baseVersion, kUserId, kFacilityId, kHlc);
}

JsonError envelopeError(const QJsonObject &json)
{
    const Result<ChangeEnvelope> result = changeEnvelopeFromJson(json);
    EXPECT_FALSE(result.ok());
    return result.ok() ? JsonError{} : result.error();
}

// --- Building and wire form ---------------------------------------------------------------

TEST(ChangeEnvelope, MakeChangeFillsTypeIdAndPayload)
{
    const ChangeEnvelope c = change(patient(), 2);
    EXPECT_EQ(c.objectType, ObjectType::Patient);
    EXPECT_EQ(c.objectId, kPatientId);
    EXPECT_EQ(c.baseVersion, 2);
    EXPECT_EQ(c.payload, toJson(patient()));

    EXPECT_EQ(objectTypeOf(recordAccess()), ObjectType::RecordAccess);
    EXPECT_EQ(objectIdOf(recordAccess()), kPatientId);
    EXPECT_EQ(objectTypeOf(entry()), ObjectType::Entry);
    EXPECT_EQ(objectIdOf(entry()), kEntryId);
    EXPECT_EQ(objectTypeOf(facility()), ObjectType::Facility);
    EXPECT_EQ(objectTypeOf(user()), ObjectType::User);
}

TEST(ChangeEnvelope, CanonicalWireForm)
{
    EXPECT_EQ(str(encodeCanonical(change(recordAccess()))),
              R"({"authorId":"01900000-0000-7000-8000-00000000000b","baseVersion":0,)"
              R"("changeId":"01900000-0000-7000-8000-000000000001","facilityId":"01900000-0000-7000-8000-00000000000a",)"
              R"("hlc":"1718000000000-00003","objectId":"01900000-0000-7000-8000-00000000000c",)"
              R"("objectType":"record_access","payload":{"openedAt":"2024-06-10T09:00:00.000Z",)"
              R"("patientId":"01900000-0000-7000-8000-00000000000c","userId":"01900000-0000-7000-8000-00000000000b"}})");
}

// --- Round trips ----------------------------------------------------------------------------

TEST(ChangeEnvelope, EveryObjectTypeRoundTripsThroughCanonicalBytes)
{
    for (const ChangePayload &payload : everyPayload()) {
        SCOPED_TRACE(str(toToken(objectTypeOf(payload))));
        const ChangeEnvelope original = change(payload, 1);
        const QByteArray bytes = encodeCanonical(original);
        EXPECT_TRUE(isCanonical(bytes));
        const Result<ChangeEnvelope> decoded = decodeChangeEnvelope(bytes);
        ASSERT_TRUE(decoded.ok()) << str(decoded.error().toString());
        EXPECT_TRUE(*decoded == original);
        EXPECT_EQ(str(encodeCanonical(*decoded)), str(bytes));

        const Result<ChangePayload> back = decodePayload(*decoded);
        ASSERT_TRUE(back.ok()) << str(back.error().toString());
        EXPECT_TRUE(*back == payload);
    }
}

TEST(ChangeEnvelope, TypedPayloadDecodersReturnTheObject)
{
    EXPECT_TRUE(decodeFacilityPayload(change(facility())).value() == facility());
    EXPECT_TRUE(decodeUserPayload(change(user())).value() == user());
    EXPECT_TRUE(decodePatientPayload(change(patient())).value() == patient());
    EXPECT_TRUE(decodeEntryPayload(change(entry())).value() == entry());
    EXPECT_TRUE(decodeRecordAccessPayload(change(recordAccess())).value() == recordAccess());
}

TEST(ChangeEnvelope, RandomEnvelopesRoundTrip)
{
    std::mt19937 rng(42);
    const auto payloads = everyPayload();
    for (int i = 0; i < 500; ++i) {
        const ChangePayload &payload = payloads[std::uniform_int_distribution<std::size_t>(0, payloads.size() - 1)(rng)];
        const HlcTimestamp hlc{std::uniform_int_distribution<qint64>(1, HlcTimestamp::kMaxWallMs)(rng),
                               std::uniform_int_distribution<quint32>(0, HlcTimestamp::kMaxCounter)(rng)};
        const int base = std::uniform_int_distribution<int>(0, std::numeric_limits<int>::max())(rng);
        const ChangeEnvelope original = makeChange(newUuidV7(), payload, base, QUuid::createUuid(), QUuid::createUuid(), hlc);
        const QByteArray bytes = encodeCanonical(original);
        const Result<ChangeEnvelope> decoded = decodeChangeEnvelope(bytes);
        ASSERT_TRUE(decoded.ok()) << str(decoded.error().toString()) << " in " << str(bytes);
        EXPECT_TRUE(*decoded == original) << str(bytes);
        EXPECT_EQ(encodeCanonical(*decoded), bytes);
    }
}

TEST(ChangeEnvelope, AcceptsNonCanonicalButWellFormedInput)
{
    const QByteArray bytes = "  " + encodeCanonical(change(user())) + "\n";
    const Result<ChangeEnvelope> decoded = decodeChangeEnvelope(bytes);
    ASSERT_TRUE(decoded.ok());
    EXPECT_TRUE(*decoded == change(user()));
}

// --- Refusals -----------------------------------------------------------------------------

TEST(ChangeEnvelopeRefusal, PayloadIdMustMatchObjectId)
{
    ChangeEnvelope c = change(patient());
    c.objectId = kEntryId;
    const Result<ChangePayload> payload = decodePayload(c);
    ASSERT_FALSE(payload.ok());
    EXPECT_EQ(str(payload.error().toString()), "payload.id: does not match objectId");
    EXPECT_EQ(str(envelopeError(toJson(c)).toString()), "payload.id: does not match objectId");
    EXPECT_FALSE(decodePatientPayload(c).ok());

    ChangeEnvelope access = change(recordAccess());
    access.objectId = kUserId;
    EXPECT_EQ(str(envelopeError(toJson(access)).toString()), "payload.patientId: does not match objectId");
}

TEST(ChangeEnvelopeRefusal, TypedDecodersRefuseAnotherObjectType)
{
    const Result<Patient> p = decodePatientPayload(change(facility()));
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(str(p.error().toString()), "objectType: expected patient, not facility");
    EXPECT_FALSE(decodeEntryPayload(change(recordAccess())).ok());
    EXPECT_FALSE(decodeRecordAccessPayload(change(entry())).ok());
    EXPECT_FALSE(decodeUserPayload(change(patient())).ok());
    EXPECT_FALSE(decodeFacilityPayload(change(user())).ok());
}

TEST(ChangeEnvelopeRefusal, PayloadMustBeTheFormOfItsObjectType)
{
    ChangeEnvelope c = change(patient());
    c.objectType = ObjectType::User;  // a patient's JSON announced as a user
    EXPECT_EQ(str(envelopeError(toJson(c)).toString()), "payload.address: unknown field");

    QJsonObject payload = toJson(entry());
    QJsonObject body = payload.value(QStringLiteral("body")).toObject();
    QJsonObject vitals = body.value(QStringLiteral("vitals")).toObject();
    vitals.insert(QStringLiteral("pulsePerMinute"), QStringLiteral("88"));
    body.insert(QStringLiteral("vitals"), vitals);
    payload.insert(QStringLiteral("body"), body);
    QJsonObject json = toJson(change(entry()));
    json.insert(QStringLiteral("payload"), payload);
    EXPECT_EQ(str(envelopeError(json).toString()), "payload.body.vitals.pulsePerMinute: expected an integer");

    json.insert(QStringLiteral("payload"), QJsonArray());
    EXPECT_EQ(str(envelopeError(json).toString()), "payload: expected an object");
    json.insert(QStringLiteral("payload"), QJsonObject());
    EXPECT_EQ(str(envelopeError(json).toString()), "payload.id: missing required field");
}

TEST(ChangeEnvelopeRefusal, ChangeIdMustBeAUuidV7)
{
    ChangeEnvelope c = change(user());
    c.changeId = uuid("9f1c2b3a-4d5e-4f60-8a7b-0c1d2e3f4a5b");  // version 4
    EXPECT_EQ(str(envelopeError(toJson(c)).toString()), "changeId: expected a UUIDv7");
    c.changeId = QUuid();
    EXPECT_EQ(str(envelopeError(toJson(c)).toString()), "changeId: expected a UUIDv7");
}

TEST(ChangeEnvelopeRefusal, BaseVersionMustBeANonNegativeInt)
{
    QJsonObject json = toJson(change(patient()));
    json.insert(QStringLiteral("baseVersion"), -1);
    EXPECT_EQ(str(envelopeError(json).toString()), "baseVersion: integer out of range (0 to 2147483647)");
    json.insert(QStringLiteral("baseVersion"), qint64{2147483648});
    EXPECT_EQ(str(envelopeError(json).toString()), "baseVersion: integer out of range (0 to 2147483647)");
    json.insert(QStringLiteral("baseVersion"), QStringLiteral("1"));
    EXPECT_EQ(str(envelopeError(json).toString()), "baseVersion: expected an integer");
    json.insert(QStringLiteral("baseVersion"), qint64{2147483647});
    EXPECT_TRUE(changeEnvelopeFromJson(json).ok());
}

TEST(ChangeEnvelopeRefusal, HlcMustBeAValidNonNullTimestamp)
{
    const char *expected = "hlc: expected a hybrid logical clock timestamp WWWWWWWWWWWWW-CCCCC";
    QJsonObject json = toJson(change(facility()));
    for (const QString &bad : {QStringLiteral("1718000000000-3"), QStringLiteral("1718000000000-99999"),
                               QStringLiteral("1718000000000:00003"), QStringLiteral(" 1718000000000-00003"),
                               QString()}) {
        json.insert(QStringLiteral("hlc"), bad);
        EXPECT_EQ(str(envelopeError(json).toString()), expected) << str(bad);
    }
    json.insert(QStringLiteral("hlc"), QStringLiteral("0000000000000-00000"));
    EXPECT_EQ(str(envelopeError(json).toString()), "hlc: the null timestamp is not a change's timestamp");
    json.insert(QStringLiteral("hlc"), qint64{1718000000000});
    EXPECT_EQ(str(envelopeError(json).toString()), "hlc: expected a string");

    // An invalid timestamp in memory is written as "" and refused by the receiver.
    ChangeEnvelope c = change(facility());
    c.hlc = HlcTimestamp{-1, 0};
    EXPECT_EQ(str(envelopeError(toJson(c)).toString()), expected);
}

TEST(ChangeEnvelopeRefusal, ObjectTypeMustBeAKnownToken)
{
    QJsonObject json = toJson(change(recordAccess()));
    json.insert(QStringLiteral("objectType"), QStringLiteral("record-access"));
    EXPECT_EQ(str(envelopeError(json).toString()),
              "objectType: unknown token \"record-access\" (expected one of: facility, user, patient, entry, record_access)");
}

TEST(ChangeEnvelopeRefusal, UnknownMissingAndNullMembers)
{
    const QJsonObject full = toJson(change(patient()));
    for (const QString &name : full.keys()) {
        QJsonObject missing = full;
        missing.remove(name);
        EXPECT_EQ(str(envelopeError(missing).toString()), str(name) + ": missing required field");
        QJsonObject null = full;
        null.insert(name, QJsonValue(QJsonValue::Null));
        EXPECT_EQ(str(envelopeError(null).path), str(name));
    }
    QJsonObject extra = full;
    extra.insert(QStringLiteral("signature"), QStringLiteral("x"));
    EXPECT_EQ(str(envelopeError(extra).toString()), "signature: unknown field");
}

TEST(ChangeEnvelopeRefusal, IdsMustBeLowercaseUuids)
{
    QJsonObject json = toJson(change(patient()));
    json.insert(QStringLiteral("authorId"), QStringLiteral("01900000-0000-7000-8000-00000000000B"));
    EXPECT_EQ(str(envelopeError(json).path), "authorId");
    json = toJson(change(patient()));
    json.insert(QStringLiteral("facilityId"), QStringLiteral("nope"));
    EXPECT_EQ(str(envelopeError(json).path), "facilityId");
}

TEST(ChangeEnvelopeRefusal, DecodingBytesReportsParseErrorsWithOffsets)
{
    const Result<ChangeEnvelope> duplicate = decodeChangeEnvelope(QByteArrayView("{\"hlc\":\"a\",\"hlc\":\"b\"}"));
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().offset, 11);
    EXPECT_TRUE(duplicate.error().path.isEmpty());

    const Result<ChangeEnvelope> array = decodeChangeEnvelope(QByteArrayView("[]"));
    ASSERT_FALSE(array.ok());
    EXPECT_EQ(str(array.error().message), "expected a JSON object");

    JsonLimits limits;
    limits.maxBytes = 100;
    const Result<ChangeEnvelope> tooBig = decodeChangeEnvelope(encodeCanonical(change(patient())), limits);
    ASSERT_FALSE(tooBig.ok());
    EXPECT_EQ(tooBig.error().offset, 100);

    const QByteArray bytes = encodeCanonical(change(patient()));
    for (qsizetype cut = 0; cut < bytes.size(); ++cut)
        EXPECT_FALSE(decodeChangeEnvelope(QByteArrayView(bytes.constData(), cut)).ok()) << cut;
}

TEST(ChangeEnvelopeRefusal, UnencodablePayloadsAreRefusedNotSentHalfWritten)
{
    Patient p = patient();
    p.givenNames = QStringLiteral("Ana") + QChar(0xD800);  // unpaired surrogate
    const ChangeEnvelope c = change(p);
    const Result<QByteArray> bytes = tryEncodeCanonical(c);
    ASSERT_FALSE(bytes.ok());
    EXPECT_EQ(str(bytes.error().path), "payload.givenNames");
    EXPECT_THROW(encodeCanonical(c), std::invalid_argument);
}

// --- RecordAccess -----------------------------------------------------------------------

TEST(RecordAccessJson, RoundTripsAndIsStrict)
{
    const Result<RecordAccess> back = recordAccessFromJson(toJson(recordAccess()));
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(*back == recordAccess());

    QJsonObject json = toJson(recordAccess());
    json.insert(QStringLiteral("openedAt"), QStringLiteral("2024-06-10T09:00:00.000+00:00"));
    EXPECT_EQ(str(recordAccessFromJson(json).error().toString()),
              "openedAt: expected a UTC date and time YYYY-MM-DDTHH:MM:SS.mmmZ");
    json = toJson(recordAccess());
    json.remove(QStringLiteral("userId"));
    EXPECT_EQ(str(recordAccessFromJson(json).error().toString()), "userId: missing required field");
    json = toJson(recordAccess());
    json.insert(QStringLiteral("reason"), QStringLiteral("x"));
    EXPECT_EQ(str(recordAccessFromJson(json).error().toString()), "reason: unknown field");
}

} // namespace
} // namespace medinexus::sync
