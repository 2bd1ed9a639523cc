#pragma once

#include "server/services/principal.h"
#include "server/storage/store.h"

#include "shared/sync/hlc.h"
#include "shared/validation/validation_error.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace medinexus::server {

// What happened to one pushed change.
struct ChangeOutcome {
    enum class Status { Accepted, Duplicate, Conflict, Rejected };
    Status status = Status::Rejected;
    qint64 sequence = 0;                   // sync-log position when written
    std::optional<int> currentVersion;     // the server's version of the object (conflicts)
    std::optional<QJsonObject> current;    // the server's current object (conflicts)
    QString reasonCode;                    // rejected: stable machine token
    QString reason;                        // rejected: English, no patient data
    ValidationErrors validation;           // rejected by the shared rules
};

// The one write path of the server. Every change, whether pushed by a client that worked
// offline or made through the REST API, is authorised against the permission matrix,
// decoded strictly, validated with the shared rules against the current state, and then
// written together with its sync-log row and its audit row in ONE store transaction.
// A change id seen before answers Duplicate and writes nothing: retries are safe.
class ChangeApplier {
public:
    using Clock = std::function<QDateTime()>;

    ChangeApplier(Store &store, HybridLogicalClock &clock, Clock now = &QDateTime::currentDateTimeUtc);

    ChangeOutcome apply(const Principal &principal, const sync::ChangeEnvelope &change);

private:
    ChangeOutcome applyInTransaction(WriteTransaction &tx, const Principal &principal,
                                     const sync::ChangeEnvelope &change);
    ChangeOutcome applyPatient(WriteTransaction &tx, const Principal &principal,
                               const sync::ChangeEnvelope &change, const QDateTime &now);
    ChangeOutcome applyEntry(WriteTransaction &tx, const Principal &principal,
                             const sync::ChangeEnvelope &change, const QDateTime &now);
    ChangeOutcome applyRecordAccess(WriteTransaction &tx, const Principal &principal,
                                    const sync::ChangeEnvelope &change, const QDateTime &now);

    Store &store_;
    HybridLogicalClock &hlc_;
    Clock now_;
};

} // namespace medinexus::server
