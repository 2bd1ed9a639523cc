#pragma once

#include "shared/codec/canonical_json.h"
#include "shared/model/clinical_entry.h"
#include "shared/model/facility.h"
#include "shared/model/patient.h"
#include "shared/model/user.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QUuid>

#include <initializer_list>
#include <optional>
#include <type_traits>
#include <utility>

namespace medinexus {

// The JSON form of the domain model: what the sync protocol carries as a change's
// payload and what the HTTP API returns. One form, so the server stores, hashes and
// forwards what it received without reinterpreting it.
//
// Field names are the C++ member names (camelCase). Value forms:
//   - QUuid: uuidToString(), 36 lowercase characters. Decoding is strict: exactly that
//     form (uppercase is refused, so that decoding is one-to-one and every accepted
//     object re-encodes to the same bytes).
//   - QDate: "YYYY-MM-DD", years 0001..9999.
//   - QDateTime: UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ", exactly 24 characters, years
//     0001..9999. The encoder converts to UTC first (QDateTime equality compares instants,
//     so round trips are exact); the decoder refuses every other form (offsets, no
//     milliseconds, lowercase 't'/'z', leap seconds...).
//   - enums: their wire token (toToken/fromToken, exact and case-sensitive).
//   - int: a JSON integer; decoding refuses values outside int's range.
//   - QString: always present, "" when empty (a null QString and "" compare equal, so
//     round trips are exact). QStringList: always present, [] when empty.
//   - std::optional: the member is absent when nullopt. Never null: a decoder refuses
//     null for every field, optional or not, so there is one form for "absent".
//   - ClinicalEntry: "kind" holds the EntryKind token, "body" the body's fields; an
//     observation's "vitals" is always present as an object ({} when all are absent).
//
// Encoders are total and never throw. A value that has no valid form (an invalid
// QDate/QDateTime, or one outside years 0001..9999) is written as "", which every decoder
// refuses: a programming error then surfaces as a decode error at the receiver instead of
// as silently different data. (Strings that are not valid UTF-16 are refused later, by
// the canonical serializer.)
//
// Decoders check form only: JSON types, required and unknown members, tokens, UUID and
// date syntax, int range. They apply no business rule (lengths, plausible vitals, "birth
// date or estimated year"...): that is shared/validation's job, run after decoding.
// Errors carry the JSON path of the offending value relative to the object passed, e.g.
// "body.vitals.pulsePerMinute" with message "expected an integer".

QJsonObject toJson(const Facility &facility);
QJsonObject toJson(const User &user);
QJsonObject toJson(const Patient &patient);
QJsonObject toJson(const ClinicalEntry &entry);

Result<Facility> facilityFromJson(const QJsonObject &json);
Result<User> userFromJson(const QJsonObject &json);
Result<Patient> patientFromJson(const QJsonObject &json);
Result<ClinicalEntry> clinicalEntryFromJson(const QJsonObject &json);

// The value forms above, for the sync messages and the API (query strings, headers).
// The parsers are the strict inverses of the formatters; formatters return "" for values
// without a valid form.
QString dateToJsonString(const QDate &date);
std::optional<QDate> dateFromJsonString(QStringView text);
QString dateTimeToJsonString(const QDateTime &dateTime);
std::optional<QDateTime> dateTimeFromJsonString(QStringView text);  // spec Qt::UTC
std::optional<QUuid> uuidFromJsonString(QStringView text);          // lowercase only

namespace json_detail {

// Building blocks shared by the codec's decoders (model_json, the sync envelope and
// messages). They read one member of `object`, whose own path is `path`, and return
// false with `error` set (naming the member's path) when it is absent, null or of the
// wrong form.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path) : m_object(object), m_path(std::move(path)) {}

    // Fails on the first member (in key order) not in `known`.
    bool onlyKnown(std::initializer_list<QLatin1String> known);

    bool read(QLatin1String key, QString &out);
    bool read(QLatin1String key, int &out);
    bool read(QLatin1String key, bool &out);
    bool read(QLatin1String key, QUuid &out);
    bool read(QLatin1String key, QDate &out);
    bool read(QLatin1String key, QDateTime &out);
    bool read(QLatin1String key, QStringList &out);
    bool read(QLatin1String key, QJsonObject &out);
    template <typename E>
        requires std::is_enum_v<E>
    bool read(QLatin1String key, E &out)
    {
        QString token;
        if (!read(key, token))
            return false;
        if (const std::optional<E> value = fromToken<E>(token)) {
            out = *value;
            return true;
        }
        QStringList tokens;
        for (const E value : allValues<E>())
            tokens << toToken(value);
        return failAt(key, QStringLiteral("unknown token %1 (expected one of: %2)")
                               .arg(safeQuoted(token), tokens.join(QStringLiteral(", "))));
    }

    // Absent: nullopt, true. Present: as read() for T.
    template <typename T>
    bool readOptional(QLatin1String key, std::optional<T> &out)
    {
        if (!m_object.contains(key)) {
            out.reset();
            return true;
        }
        T value{};
        if (!read(key, value))
            return false;
        out = std::move(value);
        return true;
    }

    // A JSON integer within [min, max].
    bool readInteger(QLatin1String key, qint64 min, qint64 max, qint64 &out);
    // The raw member, required, not null.
    bool readValue(QLatin1String key, QJsonValue &out);

    QString childPath(QLatin1String key) const;
    bool failAt(QLatin1String key, QString message);
    bool fail(QString message);  // about the object itself
    bool failWith(JsonError error);  // an error found in a nested value (full path)

    const JsonError &error() const { return m_error; }
    const QString &path() const { return m_path; }

private:
    const QJsonObject &m_object;
    QString m_path;
    JsonError m_error;
};

// "path[index]".
QString indexPath(const QString &path, qsizetype index);

} // namespace json_detail

} // namespace medinexus
