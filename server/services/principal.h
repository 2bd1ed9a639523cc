#pragma once

#include "server/services/service_error.h"
#include "server/storage/store_records.h"

#include "shared/model/user.h"
#include "shared/permissions/permissions.h"

#include <QString>

namespace medinexus::server {

// Who is asking, once the bearer token was checked: the account as it is now (role,
// facility, active) and where the request came from, for the audit log.
struct Principal {
    User user;
    QString peer;

    bool may(Action action) const { return isAllowed(user.role, action); }

    // An audit row for something this caller does now; the caller adds the object and
    // details. One place decides how an actor is recorded.
    AuditEvent auditEvent(const QString &action, const QString &outcome) const
    {
        AuditEvent event;
        event.at = QDateTime::currentDateTimeUtc();
        event.actorId = user.id;
        event.actorName = user.username;
        event.action = action;
        event.peer = peer;
        event.outcome = outcome;
        return event;
    }

    // Throws ServiceError(Forbidden) with the shared refusal message when not allowed.
    void require(Action action) const
    {
        if (!may(action))
            throw ServiceError(ServiceErrorKind::Forbidden, QStringLiteral("forbidden"), refusalMessage(user.role, action));
    }
};

} // namespace medinexus::server
