#include "client/core/cache/outbox.h"

#include "shared/codec/canonical_json.h"
#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <stdexcept>

namespace medinexus::client {

namespace {

sync::ChangeEnvelope envelopeAt(const sqlite::Statement &statement, int column)
{
    auto decoded = sync::decodeChangeEnvelope(statement.columnText(column).toUtf8());
    if (!decoded)
        throw std::runtime_error("the local cache holds an unreadable outgoing change");
    return std::move(decoded).value();
}

} // namespace

void Outbox::enqueue(const sync::ChangeEnvelope &change)
{
    auto statement = db_.prepare(
        "INSERT INTO outbox (change_id, object_type, object_id, envelope, created_at) VALUES (?, ?, ?, ?, ?)");
    statement.bind(1, uuidToString(change.changeId))
        .bind(2, toToken(change.objectType))
        .bind(3, uuidToString(change.objectId))
        .bind(4, QString::fromUtf8(sync::encodeCanonical(change)))
        .bind(5, dateTimeToJsonString(QDateTime::currentDateTimeUtc()));
    statement.run();
}

std::vector<OutboxItem> Outbox::oldest(int limit)
{
    std::vector<OutboxItem> items;
    auto statement = db_.prepare("SELECT seq, envelope, attempts FROM outbox ORDER BY seq LIMIT ?");
    statement.bind(1, limit);
    while (statement.step())
        items.push_back({statement.columnInt64(0), envelopeAt(statement, 1), static_cast<int>(statement.columnInt64(2))});
    return items;
}

std::optional<OutboxItem> Outbox::pendingFor(ObjectType type, const QUuid &objectId)
{
    auto statement = db_.prepare(
        "SELECT seq, envelope, attempts FROM outbox WHERE object_type = ? AND object_id = ? ORDER BY seq DESC LIMIT 1");
    statement.bind(1, toToken(type)).bind(2, uuidToString(objectId));
    if (!statement.step())
        return std::nullopt;
    return OutboxItem{statement.columnInt64(0), envelopeAt(statement, 1), static_cast<int>(statement.columnInt64(2))};
}

void Outbox::remove(const QUuid &changeId)
{
    auto statement = db_.prepare("DELETE FROM outbox WHERE change_id = ?");
    statement.bind(1, uuidToString(changeId));
    statement.run();
}

void Outbox::recordAttempt(const std::vector<QUuid> &changeIds, const QString &error)
{
    auto statement = db_.prepare("UPDATE outbox SET attempts = attempts + 1, last_error = ? WHERE change_id = ?");
    for (const QUuid &id : changeIds) {
        statement.bind(1, error).bind(2, uuidToString(id));
        statement.run();
    }
}

void Outbox::reject(const sync::ChangeEnvelope &change, const QString &reason)
{
    auto statement = db_.prepare(
        "INSERT OR REPLACE INTO rejected_changes (change_id, object_type, object_id, envelope, reason, rejected_at)"
        " VALUES (?, ?, ?, ?, ?, ?)");
    statement.bind(1, uuidToString(change.changeId))
        .bind(2, toToken(change.objectType))
        .bind(3, uuidToString(change.objectId))
        .bind(4, QString::fromUtf8(sync::encodeCanonical(change)))
        .bind(5, reason)
        .bind(6, dateTimeToJsonString(QDateTime::currentDateTimeUtc()));
    statement.run();
    remove(change.changeId);
}

qint64 Outbox::count()
{
    auto statement = db_.prepare("SELECT count(*) FROM outbox");
    statement.step();
    return statement.columnInt64(0);
}

std::vector<RejectedChange> Outbox::rejected()
{
    std::vector<RejectedChange> result;
    auto statement = db_.prepare("SELECT envelope, reason, rejected_at FROM rejected_changes ORDER BY rejected_at, change_id");
    while (statement.step()) {
        const auto at = dateTimeFromJsonString(statement.columnText(2));
        result.push_back({envelopeAt(statement, 0), statement.columnText(1), at.value_or(QDateTime())});
    }
    return result;
}

qint64 Outbox::rejectedCount()
{
    auto statement = db_.prepare("SELECT count(*) FROM rejected_changes");
    statement.step();
    return statement.columnInt64(0);
}

} // namespace medinexus::client
