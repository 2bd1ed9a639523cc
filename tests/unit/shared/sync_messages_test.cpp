#include "shared/sync/sync_messages.h"

#include "shared/codec/canonical_json.h"
#include "shared/ids/uuid.h"

#include <gtest/gtest.h>

#include <QJsonArray>

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

const QUuid kDeviceId = uuid("01900000-0000-7000-8000-0000000000de");
const QUuid kChangeId = uuid("01900000-0000-7000-8000-000000000001");
const QUuid kFacilityId = uuid("01900000-0000-7000-8000-00000000000a");
const QUuid kUserId = uuid("01900000-0000-7000-8000-00000000000b");
const QUuid kPatientId = uuid("01900000-0000-7000-8000-00000000000c");

Patient patient(const QString &givenNames = QStringLiteral("Éloïse"))
{
    Patient p;
    p.id = kPatientId;
    p.number = QStringLiteral("KDG0001234X");
    p.givenNames = givenNames;
    p.familyName = QStringLiteral("Müller-Ngoma");
    p.registeredAtFacility = kFacilityId;
    return p;
}

ChangeEnvelope someChange(int i = 0)
{
    const ChangePayload payload = (i % 2 == 0)
        ? ChangePayload(patient(QStringLiteral("Patient %1").arg(i)))
        : ChangePayload(RecordAccess{kPatientId, kUserId,
                                     QDateTime(QDate(2024, 6, 10), QTime(9, 0, 0, i % 1000), Qt::UTC)});
    return makeChange(newUuidV7(), payload, i % 2 == 0 ? 1 : 0, kUserId, kFacilityId,
                      HlcTimestamp{1718000000000 + i, static_cast<quint32>(i % 7)});
}

std::vector<ChangeEnvelope> someChanges(int n)
{
    std::vector<ChangeEnvelope> changes;
    for (int i = 0; i < n; ++i)
        changes.push_back(someChange(i));
    return changes;
}

PushResult conflict()
{
    PushResult r;
    r.changeId = kChangeId;
    r.status = PushStatus::Conflict;
    r.currentVersion = 3;
    r.current = toJson(patient(QStringLiteral("Éloïse Marie")));
    return r;
}

// --- PushStatus -----------------------------------------------------------------------------

TEST(PushStatusTokens, AreStable)
{
    EXPECT_EQ(str(toToken(PushStatus::Accepted)), "accepted");
    EXPECT_EQ(str(toToken(PushStatus::Duplicate)), "duplicate");
    EXPECT_EQ(str(toToken(PushStatus::Conflict)), "conflict");
    EXPECT_EQ(str(toToken(PushStatus::Rejected)), "rejected");
    for (const PushStatus status : allValues<PushStatus>())
        EXPECT_EQ(fromToken<PushStatus>(toToken(status)), status);
    EXPECT_FALSE(fromToken<PushStatus>(u"Accepted").has_value());
}

// --- PushRequest ----------------------------------------------------------------------------

TEST(PushRequestJson, RoundTripsThroughBytes)
{
    const PushRequest request{kDeviceId, someChanges(5)};
    const QByteArray bytes = encodeCanonical(request);
    EXPECT_TRUE(isCanonical(bytes));
    const Result<PushRequest> decoded = decodePushRequest(bytes);
    ASSERT_TRUE(decoded.ok()) << str(decoded.error().toString());
    EXPECT_TRUE(*decoded == request);
    EXPECT_EQ(encodeCanonical(*decoded), bytes);
}

TEST(PushRequestJson, EmptyBatchIsWellFormed)
{
    const PushRequest request{kDeviceId, {}};
    EXPECT_EQ(str(encodeCanonical(request)), R"({"changes":[],"deviceId":"01900000-0000-7000-8000-0000000000de"})");
    EXPECT_TRUE(decodePushRequest(encodeCanonical(request)).ok());
}

TEST(PushRequestJson, AcceptsAFullBatchAndRefusesALargerOne)
{
    const PushRequest full{kDeviceId, someChanges(static_cast<int>(kMaxPushBatch))};
    const Result<PushRequest> decoded = decodePushRequest(encodeCanonical(full));
    ASSERT_TRUE(decoded.ok()) << str(decoded.error().toString());
    EXPECT_EQ(decoded->changes.size(), std::size_t{500});

    PushRequest tooMany = full;
    tooMany.changes.push_back(someChange(1));
    const Result<PushRequest> refused = decodePushRequest(encodeCanonical(tooMany));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(str(refused.error().toString()), "changes: at most 500 items allowed, got 501");
}

TEST(PushRequestJson, ErrorsInAChangeNameItsIndex)
{
    PushRequest request{kDeviceId, someChanges(3)};
    request.changes[2].objectId = kUserId;
    Result<PushRequest> decoded = pushRequestFromJson(toJson(request));
    ASSERT_FALSE(decoded.ok());
    EXPECT_EQ(str(decoded.error().toString()), "changes[2].payload.id: does not match objectId");

    QJsonObject json = toJson(PushRequest{kDeviceId, someChanges(2)});
    QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    changes.replace(1, QStringLiteral("change"));
    json.insert(QStringLiteral("changes"), changes);
    EXPECT_EQ(str(pushRequestFromJson(json).error().toString()), "changes[1]: expected an object");

    QJsonObject change = toJson(someChange(0));
    change.remove(QStringLiteral("hlc"));
    changes.replace(1, change);
    json.insert(QStringLiteral("changes"), changes);
    EXPECT_EQ(str(pushRequestFromJson(json).error().toString()), "changes[1].hlc: missing required field");
}

TEST(PushRequestJson, RefusesMalformedMembers)
{
    QJsonObject json = toJson(PushRequest{kDeviceId, someChanges(1)});
    json.insert(QStringLiteral("changes"), toJson(someChange(0)));
    EXPECT_EQ(str(pushRequestFromJson(json).error().toString()), "changes: expected an array");

    json = toJson(PushRequest{kDeviceId, {}});
    json.insert(QStringLiteral("deviceId"), QStringLiteral("laptop-3"));
    EXPECT_EQ(str(pushRequestFromJson(json).error().path), "deviceId");

    json = toJson(PushRequest{kDeviceId, {}});
    json.remove(QStringLiteral("deviceId"));
    EXPECT_EQ(str(pushRequestFromJson(json).error().toString()), "deviceId: missing required field");

    json = toJson(PushRequest{kDeviceId, {}});
    json.insert(QStringLiteral("since"), 0);
    EXPECT_EQ(str(pushRequestFromJson(json).error().toString()), "since: unknown field");

    const Result<PushRequest> garbage = decodePushRequest(QByteArrayView("{\"changes\":[1.5]}"));
    ASSERT_FALSE(garbage.ok());
    EXPECT_EQ(garbage.error().offset, 13);
}

// --- PushResponse ---------------------------------------------------------------------------

TEST(PushResponseJson, EveryStatusRoundTrips)
{
    PushResult accepted{kChangeId, PushStatus::Accepted, 4, std::nullopt, QString()};
    PushResult duplicate{kChangeId, PushStatus::Duplicate, std::nullopt, std::nullopt, QString()};
    PushResult rejected{kChangeId, PushStatus::Rejected, std::nullopt, std::nullopt,
                        QStringLiteral("familyName: required")};
    const PushResponse response{{accepted, duplicate, conflict(), rejected}};
    const QByteArray bytes = encodeCanonical(response);
    const Result<PushResponse> decoded = decodePushResponse(bytes);
    ASSERT_TRUE(decoded.ok()) << str(decoded.error().toString());
    EXPECT_TRUE(*decoded == response);
    EXPECT_EQ(encodeCanonical(*decoded), bytes);
}

TEST(PushResponseJson, WireForm)
{
    const PushResponse response{{PushResult{kChangeId, PushStatus::Accepted, 2, std::nullopt, QString()},
                                 PushResult{kChangeId, PushStatus::Rejected, std::nullopt, std::nullopt,
                                            QStringLiteral("\"quantity\" too large")}}};
    EXPECT_EQ(str(encodeCanonical(response)),
              R"({"results":[{"changeId":"01900000-0000-7000-8000-000000000001","currentVersion":2,"reason":"",)"
              R"("status":"accepted"},{"changeId":"01900000-0000-7000-8000-000000000001",)"
              R"("reason":"\"quantity\" too large","status":"rejected"}]})");
}

TEST(PushResponseJson, StatusRulesAreChecked)
{
    const auto error = [](const PushResult &result) {
        const Result<PushResponse> decoded = pushResponseFromJson(toJson(PushResponse{{result}}));
        EXPECT_FALSE(decoded.ok());
        return decoded.ok() ? std::string() : str(decoded.error().toString());
    };
    PushResult r = conflict();
    r.current.reset();
    EXPECT_EQ(error(r), "results[0].current: required for a conflict");
    r = conflict();
    r.currentVersion.reset();
    EXPECT_EQ(error(r), "results[0].currentVersion: required for a conflict");
    r = conflict();
    r.status = PushStatus::Accepted;
    EXPECT_EQ(error(r), "results[0].current: allowed only for a conflict");
    r = PushResult{kChangeId, PushStatus::Rejected, std::nullopt, std::nullopt, QString()};
    EXPECT_EQ(error(r), "results[0].reason: required for a rejection");
    r = PushResult{kChangeId, PushStatus::Accepted, -1, std::nullopt, QString()};
    EXPECT_EQ(error(r), "results[0].currentVersion: integer out of range (0 to 2147483647)");
    r = PushResult{uuid("9f1c2b3a-4d5e-4f60-8a7b-0c1d2e3f4a5b"), PushStatus::Duplicate, std::nullopt, std::nullopt, QString()};
    EXPECT_EQ(error(r), "results[0].changeId: expected a UUIDv7");

    QJsonObject json = toJson(conflict());
    json.insert(QStringLiteral("status"), QStringLiteral("ok"));
    EXPECT_EQ(str(pushResultFromJson(json).error().toString()),
              "status: unknown token \"ok\" (expected one of: accepted, duplicate, conflict, rejected)");
    json = toJson(conflict());
    json.insert(QStringLiteral("current"), QJsonValue(QJsonValue::Null));
    EXPECT_EQ(str(pushResultFromJson(json).error().path), "current");
    json = toJson(conflict());
    json.insert(QStringLiteral("current"), QJsonArray());
    EXPECT_EQ(str(pushResultFromJson(json).error().toString()), "current: expected an object");
    json = toJson(conflict());
    json.remove(QStringLiteral("reason"));
    EXPECT_EQ(str(pushResultFromJson(json).error().toString()), "reason: missing required field");
}

TEST(PushResponseJson, RefusesMoreResultsThanABatch)
{
    QJsonArray results;
    const QJsonObject one = toJson(PushResult{kChangeId, PushStatus::Duplicate, std::nullopt, std::nullopt, QString()});
    for (qsizetype i = 0; i <= kMaxPushBatch; ++i)
        results.append(one);
    QJsonObject json;
    json.insert(QStringLiteral("results"), results);
    EXPECT_EQ(str(pushResponseFromJson(json).error().toString()), "results: at most 500 items allowed, got 501");
}

// --- PullResponse ---------------------------------------------------------------------------

TEST(PullResponseJson, RoundTripsThroughBytes)
{
    const PullResponse response{someChanges(7), QStringLiteral("c:1718000000006-00006"), true, {}};
    const QByteArray bytes = encodeCanonical(response);
    const Result<PullResponse> decoded = decodePullResponse(bytes);
    ASSERT_TRUE(decoded.ok()) << str(decoded.error().toString());
    EXPECT_TRUE(*decoded == response);
    EXPECT_EQ(encodeCanonical(*decoded), bytes);

    const PullResponse last{{}, QStringLiteral("c:end"), false, {}};
    EXPECT_EQ(str(encodeCanonical(last)), R"({"changes":[],"hasMore":false,"nextCursor":"c:end"})");
    EXPECT_TRUE(decodePullResponse(encodeCanonical(last)).value() == last);
    EXPECT_TRUE(decodePullResponse(encodeCanonical(PullResponse{})).ok());
}

TEST(PullResponseJson, CursorRules)
{
    PullResponse response{{}, QString(), true, {}};
    EXPECT_EQ(str(pullResponseFromJson(toJson(response)).error().toString()),
              "nextCursor: required when hasMore is true");
    response.nextCursor = QString(kMaxCursorLength + 1, QLatin1Char('c'));
    EXPECT_EQ(str(pullResponseFromJson(toJson(response)).error().toString()), "nextCursor: longer than 512 characters");
    response.nextCursor = QString(kMaxCursorLength, QLatin1Char('c'));
    EXPECT_TRUE(pullResponseFromJson(toJson(response)).ok());

    QJsonObject json = toJson(response);
    json.insert(QStringLiteral("hasMore"), QStringLiteral("true"));
    EXPECT_EQ(str(pullResponseFromJson(json).error().toString()), "hasMore: expected a boolean");
}

TEST(PullResponseJson, RefusesPagesLargerThanTheMaximum)
{
    QJsonArray changes;
    const QJsonObject one = toJson(someChange(0));
    for (qsizetype i = 0; i <= kMaxPullBatch; ++i)
        changes.append(one);
    QJsonObject json = toJson(PullResponse{});
    json.insert(QStringLiteral("changes"), changes);
    EXPECT_EQ(str(pullResponseFromJson(json).error().toString()), "changes: at most 1000 items allowed, got 1001");
}

TEST(PullResponseJson, ErrorsInAChangeNameItsIndex)
{
    PullResponse response{someChanges(4), QStringLiteral("x"), false, {}};
    response.changes[3].payload.insert(QStringLiteral("extra"), 1);
    EXPECT_EQ(str(pullResponseFromJson(toJson(response)).error().toString()), "changes[3].payload.extra: unknown field");
}

TEST(PullResponseJson, ConflictsRoundTripAndAreAbsentWhenEmpty)
{
    PullResponse response{someChanges(4), QStringLiteral("x"), false, {}};
    EXPECT_FALSE(toJson(response).contains(QStringLiteral("conflicts")));

    response.conflicts = {response.changes[3].changeId, response.changes[0].changeId};
    const QJsonObject json = toJson(response);
    const QJsonArray ids = json.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(ids.size(), 2);
    EXPECT_EQ(ids.at(0).toString(), uuidToString(response.changes[3].changeId));
    const QByteArray bytes = encodeCanonical(response);
    const Result<PullResponse> decoded = decodePullResponse(bytes);
    ASSERT_TRUE(decoded.ok()) << str(decoded.error().toString());
    EXPECT_TRUE(*decoded == response);
    EXPECT_EQ(encodeCanonical(*decoded), bytes);
}

TEST(PullResponseJson, ConflictsMustBeDistinctChangesOfThePage)
{
    const PullResponse page{someChanges(3), QStringLiteral("x"), false, {}};
    const auto error = [&page](const QJsonValue &conflicts) {
        QJsonObject json = toJson(page);
        json.insert(QStringLiteral("conflicts"), conflicts);
        const Result<PullResponse> decoded = pullResponseFromJson(json);
        EXPECT_FALSE(decoded.ok());
        return decoded.ok() ? std::string() : str(decoded.error().toString());
    };
    const QString first = uuidToString(page.changes[0].changeId);
    const QString second = uuidToString(page.changes[1].changeId);
    EXPECT_EQ(error(QJsonArray()), "conflicts: omitted when empty");
    EXPECT_EQ(error(QJsonArray{first, second, first}), "conflicts[2]: listed twice");
    EXPECT_EQ(error(QJsonArray{first, uuidToString(kPatientId)}), "conflicts[1]: not the changeId of a change in this page");
    EXPECT_EQ(error(QJsonArray{first.toUpper()}), "conflicts[0]: expected a UUID (36 lowercase characters, 8-4-4-4-12)");
    EXPECT_EQ(error(QJsonArray{first, second, first, second}), "conflicts: more ids than changes in this page");
    EXPECT_EQ(error(QJsonArray{1}), "conflicts[0]: expected a string");
    EXPECT_EQ(error(first), "conflicts: expected an array of strings");
    EXPECT_EQ(error(QJsonValue(QJsonValue::Null)), "conflicts: null is not allowed (an optional field is omitted instead)");
}

TEST(SyncMessagesBytes, TruncatedOrCorruptedBodiesAreRefusedNeverCrash)
{
    const QByteArray bytes = encodeCanonical(PushRequest{kDeviceId, someChanges(2)});
    for (qsizetype cut = 0; cut < bytes.size(); ++cut)
        EXPECT_FALSE(decodePushRequest(QByteArrayView(bytes.constData(), cut)).ok()) << cut;

    // Every single-byte corruption is either refused or decodes to a request that is
    // itself well-formed (it re-encodes and decodes to the same value).
    int refused = 0;
    int accepted = 0;
    for (qsizetype at = 0; at < bytes.size(); ++at) {
        for (const char replacement : {'\0', '"', '{', '0', '7', '\xFF', 'A'}) {
            QByteArray corrupted = bytes;
            corrupted[at] = replacement;
            const Result<PushRequest> decoded = decodePushRequest(corrupted);
            if (!decoded.ok()) {
                ++refused;
                continue;
            }
            ++accepted;
            const Result<PushRequest> again = decodePushRequest(encodeCanonical(*decoded));
            ASSERT_TRUE(again.ok());
            EXPECT_TRUE(*again == *decoded);
        }
    }
    EXPECT_GT(refused, 0);
    EXPECT_GT(accepted, 0);  // e.g. a digit of an id or a timestamp replaced by another
}

} // namespace
} // namespace medinexus::sync
