#include "shared/sync/change_envelope.h"

#include "shared/ids/uuid.h"

#include <limits>
#include <type_traits>
#include <utility>

namespace medinexus::sync {

namespace {

using json_detail::ObjectReader;

namespace key {
constexpr QLatin1String patientId{"patientId"};
constexpr QLatin1String userId{"userId"};
constexpr QLatin1String openedAt{"openedAt"};

constexpr QLatin1String changeId{"changeId"};
constexpr QLatin1String objectType{"objectType"};
constexpr QLatin1String objectId{"objectId"};
constexpr QLatin1String baseVersion{"baseVersion"};
constexpr QLatin1String authorId{"authorId"};
constexpr QLatin1String facilityId{"facilityId"};
constexpr QLatin1String hlc{"hlc"};
constexpr QLatin1String payload{"payload"};
} // namespace key

constexpr QStringView kPayloadPath = u"payload";

QString typeToken(ObjectType type)
{
    return toToken(type);
}

template <typename T>
QUuid identifyingId(const T &object)
{
    if constexpr (std::is_same_v<T, RecordAccess>)
        return object.patientId;
    else
        return object.id;
}

// The payload decoded as T, with its identifying id checked against objectId.
template <typename T>
Result<T> decodeAs(const ChangeEnvelope &change, Result<T> (*decode)(const QJsonObject &))
{
    Result<T> decoded = decode(change.payload);
    if (!decoded)
        return prefixedError(decoded.error(), kPayloadPath);
    if (identifyingId(decoded.value()) != change.objectId) {
        const QString field = std::is_same_v<T, RecordAccess> ? QStringLiteral("payload.patientId")
                                                              : QStringLiteral("payload.id");
        return JsonError{-1, field, QStringLiteral("does not match objectId")};
    }
    return decoded;
}

template <typename T>
Result<T> decodeExpecting(const ChangeEnvelope &change, ObjectType expected,
                          Result<T> (*decode)(const QJsonObject &))
{
    if (change.objectType != expected) {
        return JsonError{-1, QStringLiteral("objectType"),
                         QStringLiteral("expected %1, not %2").arg(typeToken(expected), typeToken(change.objectType))};
    }
    return decodeAs(change, decode);
}

template <typename T>
Result<ChangePayload> widen(Result<T> result)
{
    if (!result)
        return result.error();
    return ChangePayload(std::move(result).value());
}

} // namespace

// --- RecordAccess -------------------------------------------------------------------------

QJsonObject toJson(const RecordAccess &access)
{
    QJsonObject o;
    o.insert(key::patientId, uuidToString(access.patientId));
    o.insert(key::userId, uuidToString(access.userId));
    o.insert(key::openedAt, dateTimeToJsonString(access.openedAt));
    return o;
}

Result<RecordAccess> recordAccessFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    RecordAccess a;
    if (r.onlyKnown({key::patientId, key::userId, key::openedAt})
        && r.read(key::patientId, a.patientId)
        && r.read(key::userId, a.userId)
        && r.read(key::openedAt, a.openedAt))
        return a;
    return r.error();
}

// --- Envelope -----------------------------------------------------------------------------

QJsonObject toJson(const ChangeEnvelope &change)
{
    QJsonObject o;
    o.insert(key::changeId, uuidToString(change.changeId));
    o.insert(key::objectType, toToken(change.objectType));
    o.insert(key::objectId, uuidToString(change.objectId));
    o.insert(key::baseVersion, change.baseVersion);
    o.insert(key::authorId, uuidToString(change.authorId));
    o.insert(key::facilityId, uuidToString(change.facilityId));
    o.insert(key::hlc, change.hlc.toString());  // "" when invalid: refused on decoding
    o.insert(key::payload, change.payload);
    return o;
}

Result<ChangeEnvelope> changeEnvelopeFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    ChangeEnvelope c;
    QString hlcText;
    qint64 baseVersion = 0;
    if (!(r.onlyKnown({key::changeId, key::objectType, key::objectId, key::baseVersion, key::authorId,
                       key::facilityId, key::hlc, key::payload})
          && r.read(key::changeId, c.changeId)
          && r.read(key::objectType, c.objectType)
          && r.read(key::objectId, c.objectId)
          && r.readInteger(key::baseVersion, 0, std::numeric_limits<int>::max(), baseVersion)
          && r.read(key::authorId, c.authorId)
          && r.read(key::facilityId, c.facilityId)
          && r.read(key::hlc, hlcText)
          && r.read(key::payload, c.payload)))
        return r.error();
    c.baseVersion = static_cast<int>(baseVersion);  // within int: checked above

    if (!isUuidV7(c.changeId))
        return JsonError{-1, QStringLiteral("changeId"), QStringLiteral("expected a UUIDv7")};
    const std::optional<HlcTimestamp> hlc = HlcTimestamp::parse(hlcText);
    if (!hlc)
        return JsonError{-1, QStringLiteral("hlc"),
                         QStringLiteral("expected a hybrid logical clock timestamp WWWWWWWWWWWWW-CCCCC")};
    if (hlc->isNull())
        return JsonError{-1, QStringLiteral("hlc"), QStringLiteral("the null timestamp is not a change's timestamp")};
    c.hlc = *hlc;

    if (const Result<ChangePayload> payload = decodePayload(c); !payload)
        return payload.error();
    return c;
}

Result<QByteArray> tryEncodeCanonical(const ChangeEnvelope &change)
{
    return tryToCanonicalJson(toJson(change));
}

QByteArray encodeCanonical(const ChangeEnvelope &change)
{
    return toCanonicalJson(toJson(change));
}

Result<ChangeEnvelope> decodeChangeEnvelope(QByteArrayView json, const JsonLimits &limits)
{
    const Result<QJsonObject> object = parseJsonObject(json, limits);
    if (!object)
        return object.error();
    return changeEnvelopeFromJson(*object);
}

// --- Payloads -----------------------------------------------------------------------------

Result<ChangePayload> decodePayload(const ChangeEnvelope &change)
{
    switch (change.objectType) {
    case ObjectType::Facility:
        return widen(decodeAs(change, &facilityFromJson));
    case ObjectType::User:
        return widen(decodeAs(change, &userFromJson));
    case ObjectType::Patient:
        return widen(decodeAs(change, &patientFromJson));
    case ObjectType::Entry:
        return widen(decodeAs(change, &clinicalEntryFromJson));
    case ObjectType::RecordAccess:
        return widen(decodeAs(change, &recordAccessFromJson));
    }
    // Only reachable with a value cast from outside the enumeration.
    return JsonError{-1, QStringLiteral("objectType"), QStringLiteral("unknown object type")};
}

Result<Facility> decodeFacilityPayload(const ChangeEnvelope &change)
{
    return decodeExpecting(change, ObjectType::Facility, &facilityFromJson);
}

Result<User> decodeUserPayload(const ChangeEnvelope &change)
{
    return decodeExpecting(change, ObjectType::User, &userFromJson);
}

Result<Patient> decodePatientPayload(const ChangeEnvelope &change)
{
    return decodeExpecting(change, ObjectType::Patient, &patientFromJson);
}

Result<ClinicalEntry> decodeEntryPayload(const ChangeEnvelope &change)
{
    return decodeExpecting(change, ObjectType::Entry, &clinicalEntryFromJson);
}

Result<RecordAccess> decodeRecordAccessPayload(const ChangeEnvelope &change)
{
    return decodeExpecting(change, ObjectType::RecordAccess, &recordAccessFromJson);
}

ObjectType objectTypeOf(const ChangePayload &payload)
{
    static_assert(std::variant_size_v<ChangePayload> == allValues<ObjectType>().size());
    static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(ObjectType::Facility), ChangePayload>, Facility>);
    static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(ObjectType::User), ChangePayload>, User>);
    static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(ObjectType::Patient), ChangePayload>, Patient>);
    static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(ObjectType::Entry), ChangePayload>, ClinicalEntry>);
    static_assert(std::is_same_v<std::variant_alternative_t<static_cast<std::size_t>(ObjectType::RecordAccess), ChangePayload>, RecordAccess>);
    return static_cast<ObjectType>(payload.index());
}

QUuid objectIdOf(const ChangePayload &payload)
{
    return std::visit([](const auto &object) { return identifyingId(object); }, payload);
}

QJsonObject payloadToJson(const ChangePayload &payload)
{
    return std::visit([](const auto &object) { return toJson(object); }, payload);
}

ChangeEnvelope makeChange(const QUuid &changeId, const ChangePayload &payload, int baseVersion,
                          const QUuid &authorId, const QUuid &facilityId, const HlcTimestamp &hlc)
{
    ChangeEnvelope change;
    change.changeId = changeId;
    change.objectType = objectTypeOf(payload);
    change.objectId = objectIdOf(payload);
    change.baseVersion = baseVersion;
    change.authorId = authorId;
    change.facilityId = facilityId;
    change.hlc = hlc;
    change.payload = payloadToJson(payload);
    return change;
}

} // namespace medinexus::sync
