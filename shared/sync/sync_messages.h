#pragma once

#include "shared/codec/canonical_json.h"
#include "shared/model/enums.h"
#include "shared/sync/change_envelope.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>
#include <vector>

namespace medinexus::sync {

// The bodies of the sync endpoints:
//   POST /api/v1/sync/push   request PushRequest, response PushResponse
//   GET  /api/v1/sync/pull   response PullResponse
// Each has toJson / ...FromJson (strict: unknown, missing or null members and wrong
// types are refused, with the JSON path, e.g. "changes[3].payload.id"), a canonical
// encoder and a decoder from bytes. Value forms are those of model_json.h; strings are
// always present ("" when empty), optionals absent when nullopt.

// Most changes in one push; a client with more splits them into several pushes. Beyond
// it the request is refused as a whole (the server answers 413/400, nothing applied).
inline constexpr qsizetype kMaxPushBatch = 500;
// Most changes in one pull page; the server's page size must not exceed it.
inline constexpr qsizetype kMaxPullBatch = 1000;
// Longest pull cursor, in UTF-16 code units (the server's cursors are short ASCII).
inline constexpr qsizetype kMaxCursorLength = 512;

// What the server did with one pushed change. Wire tokens (toToken/fromToken, table at
// the end of this file): "accepted", "duplicate", "conflict", "rejected".
enum class PushStatus {
    Accepted,   // applied; currentVersion is the object's version after it (if versioned)
    Duplicate,  // already received (same changeId): nothing done, safe to forget locally
    Conflict,   // baseVersion is not the current version: current and currentVersion are
                // the server's, for the client to merge and push again on top of them
    Rejected,   // refused for good (validation, permission): reason says why
};

struct PushRequest {
    QUuid deviceId;  // the pushing client installation (a UUID minted at first run)
    std::vector<ChangeEnvelope> changes;  // at most kMaxPushBatch

    bool operator==(const PushRequest &) const = default;
};

// Form rules checked on decoding: conflict requires currentVersion and current; current
// is allowed only with conflict; rejected requires a non-empty reason. currentVersion,
// when present, is >= 0.
struct PushResult {
    QUuid changeId;  // the pushed change this is about
    PushStatus status = PushStatus::Accepted;
    std::optional<int> currentVersion;
    std::optional<QJsonObject> current;  // the server's current object (model_json form)
    QString reason;                      // English, for rejected; "" otherwise

    bool operator==(const PushResult &) const = default;
};

struct PushResponse {
    std::vector<PushResult> results;  // one per pushed change, in push order

    bool operator==(const PushResponse &) const = default;
};

struct PullResponse {
    std::vector<ChangeEnvelope> changes;  // in server order; at most kMaxPullBatch
    QString nextCursor;  // opaque; where the next pull starts; non-empty when hasMore
    bool hasMore = false;
    // The change ids, among `changes`, that the server kept as conflicting versions of a
    // patient instead of applying them: a client stores them beside the current version
    // and flags the patient, it does not apply them.
    // Wire form: "conflicts", an array of distinct changeIds of this page, ABSENT when
    // empty (unlike other arrays, which are always present): a page without conflicts then
    // keeps the form clients had before the member existed.
    std::vector<QUuid> conflicts;

    bool operator==(const PullResponse &) const = default;
};

QJsonObject toJson(const PushRequest &request);
QJsonObject toJson(const PushResult &result);
QJsonObject toJson(const PushResponse &response);
QJsonObject toJson(const PullResponse &response);

Result<PushRequest> pushRequestFromJson(const QJsonObject &json);
Result<PushResult> pushResultFromJson(const QJsonObject &json);
Result<PushResponse> pushResponseFromJson(const QJsonObject &json);
Result<PullResponse> pullResponseFromJson(const QJsonObject &json);

// Canonical bytes; see encodeCanonical(const ChangeEnvelope &) for the two variants.
Result<QByteArray> tryEncodeCanonical(const PushRequest &request);
Result<QByteArray> tryEncodeCanonical(const PushResponse &response);
Result<QByteArray> tryEncodeCanonical(const PullResponse &response);
QByteArray encodeCanonical(const PushRequest &request);
QByteArray encodeCanonical(const PushResponse &response);
QByteArray encodeCanonical(const PullResponse &response);

// parseJsonObject() then ...FromJson().
Result<PushRequest> decodePushRequest(QByteArrayView json, const JsonLimits &limits = {});
Result<PushResponse> decodePushResponse(QByteArrayView json, const JsonLimits &limits = {});
Result<PullResponse> decodePullResponse(QByteArrayView json, const JsonLimits &limits = {});

} // namespace medinexus::sync

namespace medinexus {

template <>
struct EnumTokens<sync::PushStatus> {
    static constexpr auto table = std::to_array<EnumEntry<sync::PushStatus>>({
        {sync::PushStatus::Accepted, "accepted", QT_TRANSLATE_NOOP("medinexus::Enum", "Accepted")},
        {sync::PushStatus::Duplicate, "duplicate", QT_TRANSLATE_NOOP("medinexus::Enum", "Duplicate")},
        {sync::PushStatus::Conflict, "conflict", QT_TRANSLATE_NOOP("medinexus::Enum", "Conflict")},
        {sync::PushStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("medinexus::Enum", "Rejected")},
    });
};

} // namespace medinexus
