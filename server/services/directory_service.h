#pragma once

#include "shared/security/secret_string.h"
#include "server/services/principal.h"
#include "server/storage/store.h"

#include "shared/sync/hlc.h"
#include "shared/validation/validation_error.h"

#include <QJsonObject>

#include <functional>
#include <vector>

namespace medinexus::server {

class Authenticator;
class PasswordHasher;

// Facilities and user accounts: managed by administrators, read by every client (names
// of authors and facilities in the record). Every change is logged for sync like a
// clinical one, so clinics learn of new colleagues and deactivations at their next pull.
class DirectoryService {
public:
    using Notify = std::function<void()>;

    DirectoryService(Store &store, Authenticator &authenticator, const PasswordHasher &hasher,
                     HybridLogicalClock &clock, Notify notify);

    std::vector<Facility> listFacilities(const Principal &principal);
    Facility createFacility(const Principal &principal, QJsonObject facilityJson);
    Facility updateFacility(const Principal &principal, const QUuid &id, int baseVersion, QJsonObject facilityJson);

    std::vector<User> listUsers(const Principal &principal);
    User createUser(const Principal &principal, QJsonObject userJson, const SecretString &password);
    // Role, display name, facility, active. Deactivation ends the user's sessions at once.
    User updateUser(const Principal &principal, const QUuid &id, int baseVersion, QJsonObject userJson);
    void resetPassword(const Principal &principal, const QUuid &id, const SecretString &password);
    // The caller's own password, any role. The current password is checked again (a session
    // left open on a shared computer must not be enough); a wrong one throws Forbidden
    // "wrong_password". Every session of the user ends, this one included: the client logs in
    // again with the new password (and re-wraps its cache key under it).
    void changeOwnPassword(const Principal &principal, const SecretString &currentPassword,
                           const SecretString &newPassword);

    // What would make bootstrap() refuse, checked before anything is created.
    static ValidationErrors bootstrapProblems(const Facility &facility, const User &admin, const SecretString &password);
    // First start: the first facility and administrator, written without a caller.
    static User bootstrap(Store &store, const PasswordHasher &hasher, HybridLogicalClock &clock,
                          const Facility &facility, const User &admin, const SecretString &password);

private:
    template <typename T>
    T write(const Principal &principal, ObjectType type, int baseVersion, QJsonObject json, const QString &action,
            const std::function<void(WriteTransaction &, const T &)> &put);

    int activeAdministrators();

    Store &store_;
    Authenticator &authenticator_;
    const PasswordHasher &hasher_;
    HybridLogicalClock &hlc_;
    Notify notify_;
};

} // namespace medinexus::server
