#pragma once

// Helpers shared by the libFuzzer targets: invariant checks that stop the run (so that
// libFuzzer saves the input as a crash artifact), and checks every codec target repeats.

#include "shared/codec/canonical_json.h"
#include "shared/validation/validation_error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace medinexus::fuzz {

/// Prints "<target>: invariant violated: <what>" to stderr and aborts: libFuzzer reports the
/// deadly signal and writes the input to its crash artifact. `what` never holds input bytes
/// (the artifact has them).
[[noreturn]] void invariantViolated(std::string_view what);

/// Aborts with `what` unless `condition` holds.
inline void require(bool condition, std::string_view what)
{
    if (!condition)
        invariantViolated(what);
}

/// The fuzzer's bytes as a QByteArrayView.
inline QByteArrayView bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArrayView(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// A fixed instant for the validation rules, so that a crashing input stays a crashing input
/// whatever day it is replayed.
QDateTime fixedNow();

/// Every error is well formed: a field, one of the ValidationCode tokens, a source text, and
/// messages that substitute every argument the text names.
void checkValidationErrors(const ValidationErrors &errors, std::string_view what);

/// Runs `validate` twice and requires the same errors both times (the rules are pure), then
/// checks them with checkValidationErrors().
template <typename Validate>
ValidationErrors validateTwice(Validate validate, std::string_view what)
{
    ValidationErrors first = validate();
    const ValidationErrors second = validate();
    require(first == second, what);
    checkValidationErrors(first, what);
    return first;
}

/// The canonical-form contract of shared/codec/canonical_json.h for `value`, built by an
/// encoder from a decoded object: it serializes, and its bytes parse back to a value whose
/// canonical bytes are the same. Returns the canonical bytes.
QByteArray requireCanonicalRoundTrip(const QJsonValue &value, std::string_view what);

} // namespace medinexus::fuzz
