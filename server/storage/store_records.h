#pragma once

#include "shared/model/clinical_entry.h"
#include "shared/model/facility.h"
#include "shared/model/patient.h"
#include "shared/model/user.h"
#include "shared/sync/change_envelope.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <optional>
#include <stdexcept>
#include <vector>

namespace medinexus::server {

// A storage failure. `transient` is true when retrying the same work may succeed (busy
// database, lost connection during fail-over); the message never contains patient data.
class StoreError : public std::runtime_error {
public:
    StoreError(const std::string &message, bool transient)
        : std::runtime_error(message), transient_(transient) {}
    bool transient() const { return transient_; }

private:
    bool transient_;
};

struct UserAccount {
    User user;
    QByteArray passwordHash;  // Argon2id encoded string ($argon2id$v=19$m=...)
};

struct SessionRecord {
    QByteArray tokenHash;  // SHA-256 of the bearer token; the token itself is never stored
    QUuid userId;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime absoluteExpiry;
};

struct LoginFailures {
    int count = 0;                 // failures since the given moment
    QDateTime lastFailureAt;       // invalid when count == 0
};

// How a logged change ended up: applied to the current state, or kept beside it as a
// conflicting version of a patient that clinicians must reconcile.
enum class ChangeDisposition { Applied, Conflict };

struct LoggedChange {
    qint64 sequence = 0;
    sync::ChangeEnvelope change;
    ChangeDisposition disposition = ChangeDisposition::Applied;
};

struct PullPage {
    std::vector<LoggedChange> changes;
    qint64 lastSequence = 0;  // cursor for the next page (the input cursor when empty)
    bool hasMore = false;
};

// A version of a patient that was based on an older version than the current one.
struct PatientConflict {
    QUuid changeId;        // the change that carried the conflicting version
    QUuid patientId;
    int baseVersion = 0;
    Patient proposed;      // the version the other clinic wrote
    QUuid authorId;
    QUuid facilityId;
    QDateTime receivedAt;
};

struct PatientQuery {
    QString text;                 // name (accent- and case-insensitive), number or phone
    std::optional<int> birthYear;
    int limit = 50;
};

struct AuditEvent {
    QDateTime at;                 // UTC
    std::optional<QUuid> actorId;
    QString actorName;            // username as typed for failed logins, else the account's
    QString action;               // an AuditAction token (shared/model/audit_vocabulary.h)
    QString objectType;           // e.g. "patient"; empty when none
    QString objectId;             // a UUID; never a name or other patient data
    QString peer;                 // source address
    QString outcome;              // an AuditOutcome token (shared/model/audit_vocabulary.h)
    QJsonObject details;          // identifiers and codes only, never patient data
};

struct AuditRecord {
    qint64 sequence = 0;
    AuditEvent event;
    QByteArray previousHash;      // 32 bytes; all zero for the first row
    QByteArray hash;              // SHA-256 over previousHash and the row's canonical form
};

struct AuditQuery {
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    std::optional<QUuid> actorId;
    QString action;               // exact match when not empty
    QString objectId;             // exact match when not empty
    qint64 afterSequence = 0;
    int limit = 200;
};

} // namespace medinexus::server
