#pragma once

#include "server/auth/authenticator.h"
#include "server/services/principal.h"
#include "server/storage/store.h"

#include <QDateTime>

namespace medinexus::server {

struct LoginResult {
    SecretString token;         // handed to the client once, never stored
    User user;
    QDateTime absoluteExpiry;
    std::chrono::seconds idleTimeout;
};

// Login and logout, with their audit rows: every attempt, success or failure, is logged
// with the name as typed and the source address (never the password).
class SessionService {
public:
    SessionService(Store &store, Authenticator &authenticator);

    // Throws ServiceError Unauthenticated (bad credentials, same answer for every cause)
    // or Throttled (with the delay to wait).
    LoginResult login(const QString &username, const SecretString &password, const QString &peer);
    void logout(const Principal &principal, QByteArrayView bearerToken);

private:
    void audit(const QString &action, const std::optional<QUuid> &actorId, const QString &actorName,
               const QString &peer, const QString &outcome);

    Store &store_;
    Authenticator &authenticator_;
};

} // namespace medinexus::server
