#pragma once

// Local changes waiting for the server, oldest first. A change is enqueued in the same
// transaction as the cache update it describes, and leaves only when the server has answered
// for it (accepted, duplicate, conflict: removed; rejected: moved to rejected_changes, shown to
// the user). A crash at any moment therefore loses nothing, and the server's idempotency by
// change id makes every resend harmless.

#include "shared/storage/sqlite_connection.h"
#include "shared/sync/change_envelope.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace medinexus::client {

struct OutboxItem {
    qint64 sequence = 0;
    sync::ChangeEnvelope envelope;
    int attempts = 0;
};

struct RejectedChange {
    sync::ChangeEnvelope envelope;
    QString reason;  // the server's (English) reason
    QDateTime rejectedAt;
};

class Outbox {
public:
    explicit Outbox(sqlite::Connection &connection) : db_(connection) {}

    void enqueue(const sync::ChangeEnvelope &change);
    // At most `limit` of the oldest changes.
    [[nodiscard]] std::vector<OutboxItem> oldest(int limit);
    // The waiting change of this object of this type, if any (the newest one).
    [[nodiscard]] std::optional<OutboxItem> pendingFor(ObjectType type, const QUuid &objectId);
    void remove(const QUuid &changeId);
    // Counts a send attempt of these changes and remembers why it failed ("" when it did not).
    void recordAttempt(const std::vector<QUuid> &changeIds, const QString &error);
    // Moves the change to rejected_changes with the server's reason.
    void reject(const sync::ChangeEnvelope &change, const QString &reason);
    [[nodiscard]] qint64 count();
    [[nodiscard]] std::vector<RejectedChange> rejected();
    [[nodiscard]] qint64 rejectedCount();

private:
    sqlite::Connection &db_;
};

} // namespace medinexus::client
