#pragma once

// Between the stored form of the server's records and the model, for every Store
// implementation: ids and times as stored, the canonical JSON columns, the sync log's
// dispositions, the audit chain's row values, and the readers of the rows whose columns
// both schemas share. Storage-neutral: a backend hands its result rows over through a small
// view that satisfies StoreRow; its SQL and parameter binding stay its own.
//
// Data that cannot be decoded is a non-transient StoreError ("the database holds ...")
// naming the object by id or sequence, never by content.

#include "server/storage/store_records.h"
#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/model/enums.h"
#include "shared/sync/change_envelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace medinexus::server::row_conversion {

// One result row, read by column index.
template <typename R>
concept StoreRow = requires(const R &row, int column) {
    { row.isNull(column) } -> std::same_as<bool>;
    { row.text(column) } -> std::same_as<QString>;
    { row.int64(column) } -> std::same_as<qint64>;
    { row.boolean(column) } -> std::same_as<bool>;
    { row.bytes(column) } -> std::same_as<QByteArray>;  // a binary column (BLOB, bytea)
    { row.utf8(column) } -> std::same_as<QByteArray>;   // a text column's bytes
};

// --- errors ------------------------------------------------------------------------------------

[[noreturn]] void corrupt(const std::string &what);
std::string idForMessage(const QUuid &id);

// --- values ------------------------------------------------------------------------------------

// Times are stored as milliseconds since the epoch; an invalid time is refused by name.
qint64 msOf(const QDateTime &time, const char *what);
QDateTime timeFromMs(qint64 ms);

QUuid idFromText(const QString &text, const char *what);
int intFromInt64(qint64 value, const char *what);

template <typename E>
E enumFromToken(const QString &token, const char *what)
{
    const std::optional<E> value = fromToken<E>(token);
    if (!value)
        corrupt(std::string("an unknown token in ") + what);
    return *value;
}

// The canonical JSON a record is stored as; refused (naming `what`) when it has none.
QByteArray canonical(const QJsonObject &object, const std::string &what);
QJsonObject parseObject(const QByteArray &bytes, const std::string &what);

template <typename T>
T decoded(Result<T> result, const std::string &what)
{
    if (!result.ok()) {
        // The path names a field ("payload.body.quantity"), never its value.
        corrupt(what + " that does not decode (at '" + result.error().path.toStdString() + "')");
    }
    return std::move(result).value();
}

Patient patientFromJsonBytes(const QByteArray &bytes, const QUuid &id);
ClinicalEntry entryFromJsonBytes(const QByteArray &bytes, const QUuid &id);

// --- sync log ----------------------------------------------------------------------------------

QByteArray changeEnvelopeBytes(const sync::ChangeEnvelope &change);
sync::ChangeEnvelope changeFromEnvelopeBytes(const QByteArray &bytes, qint64 sequence);
QString dispositionToken(ChangeDisposition disposition);
ChangeDisposition dispositionFromToken(const QString &token);

// --- audit -------------------------------------------------------------------------------------

// The values of the audit row that records `event` after the log's last row (its sequence
// and hash; none when the log is empty).
struct ChainedAuditRow {
    qint64 sequence = 0;
    QByteArray previousHash;
    QByteArray hash;
    QByteArray details;  // canonical JSON
};
ChainedAuditRow chainAuditRow(const std::optional<std::pair<qint64, QByteArray>> &last, const AuditEvent &event);

// dispensedQuantity()'s sum, which must fit an int.
int dispensedQuantityFromSum(qint64 sum, const QUuid &prescriptionId);

// --- row readers -------------------------------------------------------------------------------

template <StoreRow Row>
QUuid idColumn(const Row &row, int column, const char *what)
{
    return idFromText(row.text(column), what);
}

template <StoreRow Row>
int intColumn(const Row &row, int column, const char *what)
{
    return intFromInt64(row.int64(column), what);
}

template <typename E, StoreRow Row>
E enumColumn(const Row &row, int column, const char *what)
{
    return enumFromToken<E>(row.text(column), what);
}

template <StoreRow Row>
Patient patientFromColumn(const Row &row, int column, const QUuid &id)
{
    return patientFromJsonBytes(row.bytes(column), id);
}

// An entry from its id column and its JSON column.
template <StoreRow Row>
ClinicalEntry entryFromColumns(const Row &row, int idColumnIndex, int jsonColumn)
{
    return entryFromJsonBytes(row.bytes(jsonColumn), idColumn(row, idColumnIndex, "entries"));
}

inline constexpr const char kFacilityColumns[] = "id, name, kind, village, active, version";

template <StoreRow Row>
Facility facilityFromRow(const Row &row)
{
    Facility facility;
    facility.id = idColumn(row, 0, "facilities");
    facility.name = row.text(1);
    facility.kind = enumColumn<FacilityKind>(row, 2, "facilities");
    facility.village = row.text(3);
    facility.active = row.boolean(4);
    facility.version = intColumn(row, 5, "facilities");
    return facility;
}

inline constexpr const char kUserColumns[] =
    "id, username, display_name, role, facility_id, active, version, password_hash";

template <StoreRow Row>
UserAccount userFromRow(const Row &row)
{
    UserAccount account;
    account.user.id = idColumn(row, 0, "users");
    account.user.username = row.text(1);
    account.user.displayName = row.text(2);
    account.user.role = enumColumn<Role>(row, 3, "users");
    account.user.facilityId = idColumn(row, 4, "users");
    account.user.active = row.boolean(5);
    account.user.version = intColumn(row, 6, "users");
    account.passwordHash = row.bytes(7);
    return account;
}

inline constexpr const char kSessionColumns[] = "token_hash, user_id, created_at, last_seen_at, absolute_expiry";

template <StoreRow Row>
SessionRecord sessionFromRow(const Row &row)
{
    SessionRecord session;
    session.tokenHash = row.bytes(0);
    session.userId = idColumn(row, 1, "sessions");
    session.createdAt = timeFromMs(row.int64(2));
    session.lastSeenAt = timeFromMs(row.int64(3));
    session.absoluteExpiry = timeFromMs(row.int64(4));
    return session;
}

// The row of "SELECT count(*), max(at) FROM login_failures ...".
template <StoreRow Row>
LoginFailures loginFailuresFromRow(const Row &row)
{
    LoginFailures failures;
    failures.count = intColumn(row, 0, "login_failures");
    if (failures.count > 0)
        failures.lastFailureAt = timeFromMs(row.int64(1));
    return failures;
}

inline constexpr const char kConflictColumns[] =
    "change_id, patient_id, base_version, proposed, author_id, facility_id, received_at";

template <StoreRow Row>
PatientConflict conflictFromRow(const Row &row)
{
    PatientConflict conflict;
    conflict.changeId = idColumn(row, 0, "patient_conflicts");
    conflict.patientId = idColumn(row, 1, "patient_conflicts");
    conflict.baseVersion = intColumn(row, 2, "patient_conflicts");
    const std::string what = "conflicting version of patient " + idForMessage(conflict.patientId);
    conflict.proposed = decoded(patientFromJson(parseObject(row.bytes(3), what)), what);
    conflict.authorId = idColumn(row, 4, "patient_conflicts");
    conflict.facilityId = idColumn(row, 5, "patient_conflicts");
    conflict.receivedAt = timeFromMs(row.int64(6));
    return conflict;
}

inline constexpr const char kChangeColumns[] = "sequence, envelope, disposition";

template <StoreRow Row>
LoggedChange changeFromRow(const Row &row)
{
    LoggedChange logged;
    logged.sequence = row.int64(0);
    logged.change = changeFromEnvelopeBytes(row.bytes(1), logged.sequence);
    logged.disposition = dispositionFromToken(row.text(2));
    return logged;
}

// Adds the change of `row` to `page`, for rows read in sequence order asking one more than
// `pageSize`: false, and page.hasMore set, when the page was full already.
template <StoreRow Row>
bool addToPullPage(PullPage &page, int pageSize, const Row &row)
{
    if (page.changes.size() == static_cast<std::size_t>(pageSize)) {
        page.hasMore = true;
        return false;
    }
    LoggedChange logged = changeFromRow(row);
    page.lastSequence = logged.sequence;
    page.changes.push_back(std::move(logged));
    return true;
}

inline constexpr const char kAuditColumns[] =
    "sequence, at, actor_id, actor_name, action, object_type, object_id, peer, outcome, details, "
    "prev_hash, hash";

template <StoreRow Row>
AuditRecord auditFromRow(const Row &row)
{
    AuditRecord record;
    record.sequence = row.int64(0);
    const std::string what = "audit row " + std::to_string(record.sequence);
    const std::optional<QDateTime> at = dateTimeFromJsonString(row.text(1));
    if (!at)
        corrupt("a malformed time in " + what);
    record.event.at = *at;
    if (!row.isNull(2)) {
        const std::optional<QUuid> actor = parseUuid(row.text(2));
        if (!actor)
            corrupt("a malformed actor id in " + what);
        record.event.actorId = *actor;
    }
    record.event.actorName = row.text(3);
    record.event.action = row.text(4);
    record.event.objectType = row.text(5);
    record.event.objectId = row.text(6);
    record.event.peer = row.text(7);
    record.event.outcome = row.text(8);
    record.event.details = parseObject(row.utf8(9), what);
    record.previousHash = row.bytes(10);
    record.hash = row.bytes(11);
    return record;
}

} // namespace medinexus::server::row_conversion
