#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>
#include <stdexcept>
#include <type_traits>
#include <utility>
#include <variant>

namespace medinexus {

// Strict JSON (RFC 8259) for the sync protocol and the API, and its canonical form.
//
// The parser is our own recursive-descent implementation because QJsonDocument::fromJson
// silently keeps the last of duplicate keys and accepts non-integers. It accepts exactly
// RFC 8259 JSON (insignificant white space included) and additionally refuses:
//   - duplicate object keys (compared after unescaping);
//   - numbers with a fraction or an exponent, and integers outside the qint64 range: the
//     protocol is integer-only so that the canonical form of every value is exact;
//   - lone or misordered \u surrogate escapes (the text would not be Unicode);
//   - a byte order mark, anything after the top-level value, and documents, strings,
//     objects, arrays or nesting beyond JsonLimits.
// "-0" is valid JSON and parses as the integer 0 (its canonical form is "0").
//
// The canonical form (toCanonicalJson) is what is hashed, signed and compared:
//   - no white space; object members sorted by the Unicode code points of their keys
//     (equivalently, by the bytes of their UTF-8 form);
//   - strings in UTF-8; only '"', '\\' and U+0000..U+001F are escaped: \b \f \n \r \t
//     in short form, the others as \u00XX with lowercase hex; nothing else is escaped
//     ('/', DEL and all non-ASCII text are written as is);
//   - integers in plain decimal, "-" only for negatives.
// For every value v the serializer accepts, parseJson(toCanonicalJson(v)) == v; for every
// canonical document b, toCanonicalJson(parseJson(b)) == b (byte for byte).

// Bounds on what is parsed (and, symmetrically, on what is serialized, so that we never
// produce a document our own parser would refuse with the same limits).
struct JsonLimits {
    // Nesting of objects and arrays; a top-level scalar has depth 0, "[]" depth 1.
    // Values above kHardMaxDepth are clamped to it: the parser recurses, and the stack
    // must stay bounded whatever a caller configures.
    int maxDepth = 32;
    qsizetype maxBytes = 16 * 1024 * 1024;      // the whole document
    qsizetype maxStringBytes = 1024 * 1024;     // one string or key, UTF-8 bytes after unescaping
    qsizetype maxMembers = 1024;                // members of one object
    qsizetype maxElements = 10'000;             // elements of one array
    // Values in the whole document (scalars, objects and arrays, the top level included).
    // Bounds memory: a parsed container costs far more than the bytes that spell it
    // ("[0]," is 4 bytes), so maxBytes alone would let 16 MiB of input take ~700 MB.
    // The largest sync message (a pull page of 1000 changes) has about 50,000 values.
    qsizetype maxValues = 250'000;

    static constexpr int kHardMaxDepth = 256;
};

// What went wrong, and where. Byte-level errors (parsing) carry `offset`, the 0-based
// byte position of the offending input (the document's size for an unexpected end);
// structural errors (decoding a parsed document into the model or the sync messages)
// carry `path`, the JSON path of the offending value, e.g. "changes[3].payload.body.kind"
// (empty for the document itself), and offset -1.
struct JsonError {
    qsizetype offset = -1;
    QString path;
    QString message;  // English, for logs and API error bodies; without the path

    // "offset 17: duplicate key \"id\"", "body.vitals.pulsePerMinute: expected an integer",
    // or the bare message when there is neither.
    QString toString() const;

    bool operator==(const JsonError &) const = default;
};

// `error` as seen from an enclosing value: prefix "changes[3]" turns path "payload.id"
// into "changes[3].payload.id" (and "[2]" into "changes[3][2]").
JsonError prefixedError(JsonError error, QStringView prefix);

// Either a value or the JsonError explaining why there is none. The one result type of
// the codec (parser, model decoders, sync messages). Accessing value() of an error (or
// error() of a value) throws std::bad_variant_access; check ok() first.
template <class T>
class [[nodiscard]] Result
{
    static_assert(!std::is_same_v<std::remove_cv_t<T>, JsonError>, "Result<JsonError> would be ambiguous");

public:
    Result(const T &value) : m_state(std::in_place_index<0>, value) {}
    Result(T &&value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(JsonError error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const noexcept { return m_state.index() == 0; }
    explicit operator bool() const noexcept { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const JsonError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, JsonError> m_state;
};

// Parses one JSON document (any value at the top, as RFC 8259 allows).
Result<QJsonValue> parseJson(QByteArrayView json, const JsonLimits &limits = {});
// Same, but the top-level value must be an object (every body of our API is one).
Result<QJsonObject> parseJsonObject(QByteArrayView json, const JsonLimits &limits = {});

// The canonical form of `value`. Refused (error with the offending path, offset -1):
//   - a double that is not an integer within +/-2^53 (NaN, infinities, fractions,
//     and integral doubles too large to be exact); integral doubles within that range are
//     written as integers, -0.0 as 0;
//   - a string or key that is not valid UTF-16 (an unpaired surrogate): it has no UTF-8
//     form, and silently substituting U+FFFD would change what a clinician wrote;
//   - QJsonValue::Undefined;
//   - anything beyond `limits` (depth, string bytes, members, elements, total bytes).
// Never throws.
Result<QByteArray> tryToCanonicalJson(const QJsonValue &value, const JsonLimits &limits = {});

// As tryToCanonicalJson(), for values whose validity is a programming invariant (built
// by our encoders from validated objects). Throws std::invalid_argument carrying
// JsonError::toString() on refusal: an unencodable value is a bug to surface, never
// something to send half-written.
QByteArray toCanonicalJson(const QJsonValue &value, const JsonLimits &limits = {});

// `text` (typically from untrusted input: an unknown key, a bad token) made safe to put
// in an error message or a log line: at most 64 characters, control characters and
// unpaired surrogates replaced by U+FFFD. safeQuoted() adds double quotes around it.
QString safeForMessage(QStringView text);
QString safeQuoted(QStringView text);

// True if `json` parses (with default limits) and is byte-for-byte its own canonical form.
bool isCanonical(QByteArrayView json);

// The exact integer `value` holds: a JSON integer, or a double that is integral and
// within +/-2^53 (what toCanonicalJson writes as an integer). nullopt for anything else.
std::optional<qint64> exactInteger(const QJsonValue &value);

} // namespace medinexus
