#pragma once

#include "shared/model/enums.h"

#include <QString>
#include <QUuid>

namespace medinexus {

// A member of staff. One role, one facility; deactivated rather than deleted, since the
// audit log and every entry they wrote keep naming them. Credentials are not part of the
// shared model: they never leave the server (and the client's own wrapped key store).
struct User {
    QUuid id;
    QString username;     // login name, case-insensitive unique, see validation
    QString displayName;  // shown as the author of entries
    Role role = Role::Nurse;
    QUuid facilityId;
    bool active = true;
    int version = 1;

    bool operator==(const User &) const = default;
};

} // namespace medinexus
