#pragma once

#include "server/services/service_error.h"

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

    // Throws ServiceError(Forbidden) with the shared refusal message when not allowed.
    void require(Action action) const
    {
        if (!may(action))
            throw ServiceError(ServiceErrorKind::Forbidden, QStringLiteral("forbidden"), refusalMessage(user.role, action));
    }
};

} // namespace medinexus::server
