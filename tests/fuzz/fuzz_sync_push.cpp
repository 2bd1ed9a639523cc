// libFuzzer target: sync push decoding (shared/sync), as the server does it.
//
// The bytes are a POST /api/v1/sync/push body. They go through sync::decodePushRequest()
// (server/api/sync_routes.cpp), then, per change, through what ChangeApplier decodes and
// checks before touching the store: the payload as its object type, the id against the
// envelope's, the shared validation rules at a fixed instant, the entry/patient version
// rules, and the server's hybrid logical clock observing the change's timestamp.
//
// Invariants (shared/sync/*.h):
//   - an accepted push has at most kMaxPushBatch changes, each with a UUIDv7 change id,
//     a valid non-null timestamp whose text form round-trips, and a payload that decodes as
//     its object type with the envelope's object id;
//   - decoding is one-to-one: the accepted request re-encodes to exactly the canonical
//     bytes of the input, and those decode to an equal request; so does every envelope,
//     and makeChange() rebuilds each envelope from its decoded payload;
//   - the clock's timestamps only increase, and a refused remote timestamp leaves it as it was.
// The same bytes are also decoded as the two answers a client decodes (push response, pull
// page), with the same round-trip and one-to-one checks.

#include "tests/fuzz/fuzz_support.h"

#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/sync/change_envelope.h"
#include "shared/sync/hlc.h"
#include "shared/sync/sync_messages.h"
#include "shared/validation/validator.h"

#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

namespace {

using namespace medinexus;
using fuzz::require;

void checkEnvelope(const sync::ChangeEnvelope &change, HybridLogicalClock &clock, const ValidationContext &context)
{
    require(isUuidV7(change.changeId), "an accepted change id that is not a UUIDv7");
    require(change.baseVersion >= 0, "an accepted negative base version");
    require(change.hlc.isValid() && !change.hlc.isNull(), "an accepted invalid or null timestamp");
    require(HlcTimestamp::parse(change.hlc.toString()) == change.hlc, "the timestamp's text form does not round-trip");

    const QByteArray bytes = fuzz::requireCanonicalRoundTrip(sync::toJson(change), "ChangeEnvelope");
    const Result<sync::ChangeEnvelope> again = sync::decodeChangeEnvelope(bytes);
    require(again.ok() && *again == change, "ChangeEnvelope: decode(encode(x)) != x");

    const Result<sync::ChangePayload> payload = sync::decodePayload(change);
    require(payload.ok(), "an accepted envelope whose payload does not decode");
    require(sync::objectTypeOf(*payload) == change.objectType, "the payload decoded as another object type");
    require(sync::objectIdOf(*payload) == change.objectId, "the payload's id differs from the envelope's object id");
    const sync::ChangeEnvelope rebuilt = sync::makeChange(change.changeId, *payload, change.baseVersion, change.authorId,
                                                          change.facilityId, change.hlc);
    require(rebuilt == change, "makeChange() does not rebuild the envelope (payload decoding is not one-to-one)");

    // What ChangeApplier checks before the store: each object type's rules.
    if (const auto *patient = std::get_if<Patient>(&*payload)) {
        require(sync::decodePatientPayload(change).ok(), "decodePatientPayload refuses a patient change");
        fuzz::validateTwice([&] { return validatePatient(*patient, context); }, "validatePatient (push)");
    } else if (const auto *entry = std::get_if<ClinicalEntry>(&*payload)) {
        require(sync::decodeEntryPayload(change).ok(), "decodeEntryPayload refuses an entry change");
        require(!sync::decodePatientPayload(change).ok(), "decodePatientPayload accepts an entry change");
        fuzz::validateTwice([&] { return validateEntry(*entry, context); }, "validateEntry (push)");
    } else if (std::holds_alternative<sync::RecordAccess>(*payload)) {
        require(sync::decodeRecordAccessPayload(change).ok(), "decodeRecordAccessPayload refuses a record access");
    }

    // The server's clock observing the change (ChangeApplier::applyInTransaction).
    const HlcTimestamp before = clock.current();
    const std::optional<HlcTimestamp> receipt = clock.observe(change.hlc);
    if (receipt) {
        require(*receipt > before && *receipt > change.hlc, "an observed timestamp did not move the clock forward");
        require(clock.current() == *receipt, "current() is not the last timestamp issued");
    } else {
        require(clock.current() == before, "a refused timestamp changed the clock");
    }
    const HlcTimestamp last = clock.current();
    const HlcTimestamp next = clock.now();
    require(next > last && clock.current() == next, "now() did not issue a timestamp after every earlier one");
}

void checkPushRequest(QByteArrayView input, const std::optional<QJsonObject> &object)
{
    const Result<sync::PushRequest> request = sync::decodePushRequest(input);
    if (!request)
        return;
    require(object.has_value(), "a push that decodes although its body is not a JSON object");
    require(request->changes.size() <= static_cast<std::size_t>(sync::kMaxPushBatch), "a push above kMaxPushBatch accepted");

    const QByteArray encoded = fuzz::requireCanonicalRoundTrip(sync::toJson(*request), "PushRequest");
    require(encoded == toCanonicalJson(*object), "PushRequest: decoding is not one-to-one (re-encoded bytes differ)");
    const Result<sync::PushRequest> again = sync::decodePushRequest(encoded);
    require(again.ok() && *again == *request, "PushRequest: decode(encode(x)) != x");

    ValidationContext context;
    context.now = fuzz::fixedNow();
    const qint64 wallMs = context.now.toMSecsSinceEpoch();
    HybridLogicalClock clock([wallMs] { return wallMs; });
    for (const sync::ChangeEnvelope &change : request->changes)
        checkEnvelope(change, clock, context);
}

template <typename Message, typename Decode>
void checkAnswer(QByteArrayView input, const std::optional<QJsonObject> &object, Decode decode, const char *name)
{
    const Result<Message> message = decode(input, JsonLimits{});
    if (!message)
        return;
    require(object.has_value(), std::string(name) + ": decodes although the body is not a JSON object");
    const QByteArray encoded = fuzz::requireCanonicalRoundTrip(sync::toJson(*message), name);
    require(encoded == toCanonicalJson(*object), std::string(name) + ": decoding is not one-to-one (re-encoded bytes differ)");
    const Result<Message> again = decode(encoded, JsonLimits{});
    require(again.ok() && *again == *message, std::string(name) + ": decode(encode(x)) != x");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytesOf(data, size);
    std::optional<QJsonObject> object;
    if (Result<QJsonObject> parsed = parseJsonObject(input))
        object = std::move(parsed).value();

    checkPushRequest(input, object);
    checkAnswer<sync::PushResponse>(input, object, &sync::decodePushResponse, "PushResponse");
    checkAnswer<sync::PullResponse>(input, object, &sync::decodePullResponse, "PullResponse");
    return 0;
}
