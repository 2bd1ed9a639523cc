#include "shared/sync/sync_messages.h"

#include "shared/ids/uuid.h"

#include <QJsonArray>
#include <QSet>

#include <limits>
#include <utility>

namespace medinexus::sync {

namespace {

using json_detail::ObjectReader;

namespace key {
constexpr QLatin1String deviceId{"deviceId"};
constexpr QLatin1String changes{"changes"};
constexpr QLatin1String changeId{"changeId"};
constexpr QLatin1String status{"status"};
constexpr QLatin1String currentVersion{"currentVersion"};
constexpr QLatin1String current{"current"};
constexpr QLatin1String reason{"reason"};
constexpr QLatin1String results{"results"};
constexpr QLatin1String nextCursor{"nextCursor"};
constexpr QLatin1String conflicts{"conflicts"};
constexpr QLatin1String hasMore{"hasMore"};
} // namespace key

template <typename T>
QJsonArray arrayOf(const std::vector<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(toJson(item));
    return array;
}

// Reads member `name` of `r`'s object as an array of at most `maxItems` objects, each
// decoded by `decode`; errors are given the element's path.
template <typename T>
bool readArray(ObjectReader &r, QLatin1String name, qsizetype maxItems,
               Result<T> (*decode)(const QJsonObject &), std::vector<T> &out)
{
    QJsonValue value;
    if (!r.readValue(name, value))
        return false;
    if (!value.isArray())
        return r.failAt(name, QStringLiteral("expected an array"));
    const QJsonArray array = value.toArray();
    if (array.size() > maxItems)
        return r.failAt(name, QStringLiteral("at most %1 items allowed, got %2")
                                  .arg(static_cast<qint64>(maxItems))
                                  .arg(static_cast<qint64>(array.size())));
    const QString path = r.childPath(name);
    std::vector<T> items;
    items.reserve(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        const QString elementPath = json_detail::indexPath(path, i);
        if (!element.isObject())
            return r.failWith(JsonError{-1, elementPath, QStringLiteral("expected an object")});
        Result<T> item = decode(element.toObject());
        if (!item)
            return r.failWith(prefixedError(item.error(), elementPath));
        items.push_back(std::move(item).value());
    }
    out = std::move(items);
    return true;
}

template <typename T>
Result<T> decodeBytes(QByteArrayView json, const JsonLimits &limits, Result<T> (*fromJson)(const QJsonObject &))
{
    const Result<QJsonObject> object = parseJsonObject(json, limits);
    if (!object)
        return object.error();
    return fromJson(*object);
}

} // namespace

// --- Encoders -----------------------------------------------------------------------------

QJsonObject toJson(const PushRequest &request)
{
    QJsonObject o;
    o.insert(key::deviceId, uuidToString(request.deviceId));
    o.insert(key::changes, arrayOf(request.changes));
    return o;
}

QJsonObject toJson(const PushResult &result)
{
    QJsonObject o;
    o.insert(key::changeId, uuidToString(result.changeId));
    o.insert(key::status, toToken(result.status));
    if (result.currentVersion)
        o.insert(key::currentVersion, *result.currentVersion);
    if (result.current)
        o.insert(key::current, *result.current);
    o.insert(key::reason, result.reason);
    return o;
}

QJsonObject toJson(const PushResponse &response)
{
    QJsonObject o;
    o.insert(key::results, arrayOf(response.results));
    return o;
}

QJsonObject toJson(const PullResponse &response)
{
    QJsonObject o;
    o.insert(key::changes, arrayOf(response.changes));
    o.insert(key::nextCursor, response.nextCursor);
    o.insert(key::hasMore, response.hasMore);
    if (!response.conflicts.empty()) {
        QJsonArray ids;
        for (const QUuid &id : response.conflicts)
            ids.append(uuidToString(id));
        o.insert(key::conflicts, ids);
    }
    return o;
}

// --- Decoders -----------------------------------------------------------------------------

Result<PushRequest> pushRequestFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    PushRequest request;
    if (r.onlyKnown({key::deviceId, key::changes})
        && r.read(key::deviceId, request.deviceId)
        && readArray(r, key::changes, kMaxPushBatch, &changeEnvelopeFromJson, request.changes))
        return request;
    return r.error();
}

Result<PushResult> pushResultFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    PushResult result;
    qint64 version = 0;
    if (!(r.onlyKnown({key::changeId, key::status, key::currentVersion, key::current, key::reason})
          && r.read(key::changeId, result.changeId)
          && r.read(key::status, result.status)
          && (!json.contains(key::currentVersion)
              || r.readInteger(key::currentVersion, 0, std::numeric_limits<int>::max(), version))
          && r.readOptional(key::current, result.current)
          && r.read(key::reason, result.reason)))
        return r.error();
    if (json.contains(key::currentVersion))
        result.currentVersion = static_cast<int>(version);  // within int: checked above

    if (!isUuidV7(result.changeId))
        return JsonError{-1, QStringLiteral("changeId"), QStringLiteral("expected a UUIDv7")};
    const bool conflict = result.status == PushStatus::Conflict;
    if (conflict && !result.currentVersion)
        return JsonError{-1, QStringLiteral("currentVersion"), QStringLiteral("required for a conflict")};
    if (conflict && !result.current)
        return JsonError{-1, QStringLiteral("current"), QStringLiteral("required for a conflict")};
    if (!conflict && result.current)
        return JsonError{-1, QStringLiteral("current"), QStringLiteral("allowed only for a conflict")};
    if (result.status == PushStatus::Rejected && result.reason.isEmpty())
        return JsonError{-1, QStringLiteral("reason"), QStringLiteral("required for a rejection")};
    return result;
}

Result<PushResponse> pushResponseFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    PushResponse response;
    if (r.onlyKnown({key::results})
        && readArray(r, key::results, kMaxPushBatch, &pushResultFromJson, response.results))
        return response;
    return r.error();
}

Result<PullResponse> pullResponseFromJson(const QJsonObject &json)
{
    ObjectReader r(json, QString());
    PullResponse response;
    QStringList conflictIds;
    if (!(r.onlyKnown({key::changes, key::conflicts, key::nextCursor, key::hasMore})
          && readArray(r, key::changes, kMaxPullBatch, &changeEnvelopeFromJson, response.changes)
          && r.read(key::nextCursor, response.nextCursor)
          && r.read(key::hasMore, response.hasMore)
          && (!json.contains(key::conflicts) || r.read(key::conflicts, conflictIds))))
        return r.error();
    if (response.nextCursor.size() > kMaxCursorLength)
        return JsonError{-1, QStringLiteral("nextCursor"),
                         QStringLiteral("longer than %1 characters").arg(static_cast<qint64>(kMaxCursorLength))};
    if (response.hasMore && response.nextCursor.isEmpty())
        return JsonError{-1, QStringLiteral("nextCursor"), QStringLiteral("required when hasMore is true")};

    // "conflicts": absent when empty; otherwise distinct ids of changes in this page.
    if (json.contains(key::conflicts) && conflictIds.isEmpty())
        return JsonError{-1, QStringLiteral("conflicts"), QStringLiteral("omitted when empty")};
    if (conflictIds.size() > static_cast<qsizetype>(response.changes.size()))
        return JsonError{-1, QStringLiteral("conflicts"), QStringLiteral("more ids than changes in this page")};
    QSet<QUuid> inPage;
    inPage.reserve(static_cast<qsizetype>(response.changes.size()));
    for (const ChangeEnvelope &change : response.changes)
        inPage.insert(change.changeId);
    QSet<QUuid> seen;
    response.conflicts.reserve(static_cast<std::size_t>(conflictIds.size()));
    for (qsizetype i = 0; i < conflictIds.size(); ++i) {
        const QString path = json_detail::indexPath(QStringLiteral("conflicts"), i);
        const std::optional<QUuid> id = uuidFromJsonString(conflictIds.at(i));
        if (!id)
            return JsonError{-1, path, QStringLiteral("expected a UUID (36 lowercase characters, 8-4-4-4-12)")};
        if (!inPage.contains(*id))
            return JsonError{-1, path, QStringLiteral("not the changeId of a change in this page")};
        if (seen.contains(*id))
            return JsonError{-1, path, QStringLiteral("listed twice")};
        seen.insert(*id);
        response.conflicts.push_back(*id);
    }
    return response;
}

// --- Bytes --------------------------------------------------------------------------------

Result<QByteArray> tryEncodeCanonical(const PushRequest &request)
{
    return tryToCanonicalJson(toJson(request));
}

Result<QByteArray> tryEncodeCanonical(const PushResponse &response)
{
    return tryToCanonicalJson(toJson(response));
}

Result<QByteArray> tryEncodeCanonical(const PullResponse &response)
{
    return tryToCanonicalJson(toJson(response));
}

QByteArray encodeCanonical(const PushRequest &request)
{
    return toCanonicalJson(toJson(request));
}

QByteArray encodeCanonical(const PushResponse &response)
{
    return toCanonicalJson(toJson(response));
}

QByteArray encodeCanonical(const PullResponse &response)
{
    return toCanonicalJson(toJson(response));
}

Result<PushRequest> decodePushRequest(QByteArrayView json, const JsonLimits &limits)
{
    return decodeBytes(json, limits, &pushRequestFromJson);
}

Result<PushResponse> decodePushResponse(QByteArrayView json, const JsonLimits &limits)
{
    return decodeBytes(json, limits, &pushResponseFromJson);
}

Result<PullResponse> decodePullResponse(QByteArrayView json, const JsonLimits &limits)
{
    return decodeBytes(json, limits, &pullResponseFromJson);
}

} // namespace medinexus::sync
