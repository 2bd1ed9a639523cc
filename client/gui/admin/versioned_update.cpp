#include "client/gui/admin/versioned_update.h"

namespace medinexus::client::gui {

namespace {

constexpr int kHttpConflict = 409;

template <typename T>
bool versionMovedOn(const RemoteResult<std::vector<T>> &current, const T &edited)
{
    if (!current.ok())
        return false;
    for (const T &item : *current.value) {
        if (item.id == edited.id)
            return item.version != edited.version;
    }
    return false;
}

} // namespace

VersionedUpdate<Facility> updateFacilityChecked(AdminApi &api, const Facility &edited)
{
    VersionedUpdate<Facility> update{api.updateFacility(edited), false};
    if (update.result.httpStatus == kHttpConflict)
        update.changedMeanwhile = versionMovedOn(api.facilities(), edited);
    return update;
}

VersionedUpdate<User> updateUserChecked(AdminApi &api, const User &edited)
{
    VersionedUpdate<User> update{api.updateUser(edited), false};
    if (update.result.httpStatus == kHttpConflict)
        update.changedMeanwhile = versionMovedOn(api.users(), edited);
    return update;
}

} // namespace medinexus::client::gui
