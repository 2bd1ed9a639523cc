#pragma once

#include "client/core/net/server_profile.h"
#include "shared/security/secret_string.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace medinexus::client {

enum class TransportFailure {
    None,
    Unreachable,  // refused, no route, DNS, timeout, connection closed
    TlsUntrusted, // the certificate is not trusted by the profile
    TlsError,     // any other TLS failure (protocol, handshake)
    Aborted,      // abort() was called
    BadResponse,  // not HTTP, not a JSON object, or larger than the client accepts
};

struct ApiResponse {
    int httpStatus = 0;                  // 0: no HTTP answer (see failure)
    TransportFailure failure = TransportFailure::None;
    QString failureMessage;              // translated, for the user / log; no secrets, no bodies, no query
    QByteArray body;
    std::optional<QJsonObject> json;     // parsed with shared/codec/canonical_json.h parseJsonObject
    QString errorCode, errorMessage;     // the server's {"error":{code,message}} when present
    std::optional<int> retryAfterSeconds;
    QString address;                     // the address that answered (or was tried last)

    // A 2xx answer whose body (when there is one) is a JSON object.
    bool ok() const { return failure == TransportFailure::None && httpStatus >= 200 && httpStatus < 300; }
};

struct ApiClientOptions {
    // Bounds each attempt (one address): connecting, TLS, sending and the whole answer.
    std::chrono::milliseconds timeout = std::chrono::seconds(30);
    // Larger answers are refused (BadResponse): a pull page of 1000 changes is far below.
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
};

// Synchronous HTTPS JSON client used from ONE thread (the sync worker). Each call runs a
// QNetworkAccessManager request in a local QEventLoop bounded by the timeout; the manager is
// created by the first call, in the calling thread, and every later call must come from that
// thread (else std::logic_error). Destroy the client in that thread too.
//
// TLS follows tls_trust.h: there is no way to ignore TLS errors.
//
// Secrets: the bearer token is kept in one SecretString; the "Authorization" value is built
// for each request and wiped after it (as are postSecret() bodies). Qt's own copies while
// sending (socket and TLS buffers) are outside our reach. Nothing here logs.
class ApiClient {
public:
    // Throws std::runtime_error when Qt's OpenSSL TLS backend is not available.
    explicit ApiClient(ServerProfile profile, ApiClientOptions options = {});
    ~ApiClient();
    ApiClient(const ApiClient &) = delete;
    ApiClient &operator=(const ApiClient &) = delete;

    void setBearerToken(SecretString token);
    void clearBearerToken();
    bool hasBearerToken() const;

    // `pathAndQuery` starts with "/" (e.g. "/api/v1/patients?q=diallo"); else
    // std::invalid_argument. Query text is percent-encoded as needed.
    ApiResponse get(const QString &pathAndQuery);
    ApiResponse post(const QString &path, const QByteArray &jsonBody);
    ApiResponse put(const QString &path, const QByteArray &jsonBody);
    // For bodies holding a secret (login, password change): the body buffers are wiped afterwards.
    ApiResponse postSecret(const QString &path, SecretString jsonBody);

    // Failover: requests start at the address that last answered; on Unreachable or HTTP
    // 502/503/504 the next address is tried (each address once per call). TLS trust failures are
    // NOT silently skipped: they end the call with TlsUntrusted. The answer of the last address
    // tried is returned when none did better.
    //
    // A write whose connection broke after it was sent may have been applied by the server:
    // retrying it on the next address is safe for the idempotent sync calls (change ids), and
    // callers of other writes must expect a possible duplicate.
    QString currentAddress() const;

    // Thread-safe: aborts the request in flight (it returns failure Aborted) and makes further
    // calls fail fast until resetAbort(). Used to stop the worker promptly.
    void abort();
    void resetAbort();

    const ServerProfile &profile() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

// "Unreachable", "TlsUntrusted", ... for logs and test messages (not translated).
const char *toString(TransportFailure failure);

} // namespace medinexus::client
