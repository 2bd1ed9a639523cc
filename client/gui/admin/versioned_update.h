#pragma once

// Saving a facility or an account over the version it was read at. When the server refuses
// with a conflict, the current list tells whether somebody else changed the object meanwhile
// (its version moved on) or the conflict is of another kind (e.g. the last administrator):
// only the first calls for "reload and edit again". Runs on a pool thread, like every
// AdminApi call.

#include "client/core/admin/admin_api.h"

namespace medinexus::client::gui {

template <typename T>
struct VersionedUpdate {
    RemoteResult<T> result;
    bool changedMeanwhile = false;
};

VersionedUpdate<Facility> updateFacilityChecked(AdminApi &api, const Facility &edited);
VersionedUpdate<User> updateUserChecked(AdminApi &api, const User &edited);

} // namespace medinexus::client::gui
