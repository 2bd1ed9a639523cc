#pragma once

#include "server/auth/secret_string.h"
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
