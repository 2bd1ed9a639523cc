#pragma once

// The administrator's calls to the server: facilities, user accounts and the audit log. They
// are online only (the directory lives on the server; the client's cache receives it by sync),
// and synchronous: the GUI runs them off its thread (see gui/workspace/workspace.h).

#include "client/core/net/api_client.h"
#include "client/core/net/server_profile.h"
#include "shared/model/facility.h"
#include "shared/model/user.h"
#include "shared/security/secret_string.h"
#include "shared/validation/validation_error.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <optional>
#include <vector>

namespace medinexus::client {

// The outcome of one call: the value, or why there is none.
template <typename T>
struct RemoteResult {
    std::optional<T> value;
    int httpStatus = 0;        // 0: no answer from the server
    QString error;             // translated, for the user; empty on success
    ValidationErrors fieldErrors; // 422 answers: the fields the server refused

    bool ok() const { return value.has_value(); }
};

// One line of the tamper-evident audit log, as the server lists it.
struct AuditRecord {
    qint64 sequence = 0;
    QDateTime at;              // UTC
    QUuid actorId;             // null for an unknown user (a failed login)
    QString actorName;
    QString action;            // wire token, e.g. "patient.read"
    QString objectType;
    QString objectId;
    QString peer;              // client address
    QString outcome;           // "ok", "denied", "failed", ...
    QString details;
    QString hash;              // hex, chained to the previous record

    bool operator==(const AuditRecord &) const = default;
};

// Filters of GET /api/v1/audit; each one optional.
struct AuditQuery {
    std::optional<QDateTime> from, to;
    std::optional<QUuid> actorId;
    QString action;            // exact token; empty: any
    QString objectId;          // empty: any
    std::optional<qint64> after; // paging: records after this sequence
    int limit = 200;
};

class AdminApi {
public:
    // `token`: the logged-in administrator's server session.
    AdminApi(ServerProfile profile, SecretString token, ApiClientOptions options = {});
    ~AdminApi();
    AdminApi(const AdminApi &) = delete;
    AdminApi &operator=(const AdminApi &) = delete;

    RemoteResult<std::vector<Facility>> facilities();
    RemoteResult<Facility> createFacility(const QString &name, FacilityKind kind, const QString &village);
    // Saves `edited` over the version it was read at (edited.version): a concurrent change
    // answers a conflict error instead of being overwritten.
    RemoteResult<Facility> updateFacility(const Facility &edited);

    RemoteResult<std::vector<User>> users();
    // `draft`: username, displayName, role, facilityId.
    RemoteResult<User> createUser(const User &draft, const SecretString &password);
    // As updateFacility; active=false deactivates the account and ends its sessions.
    RemoteResult<User> updateUser(const User &edited);
    RemoteResult<bool> resetPassword(const QUuid &userId, const SecretString &newPassword);

    RemoteResult<std::vector<AuditRecord>> audit(const AuditQuery &query);

private:
    ApiClient api_;
};

} // namespace medinexus::client
