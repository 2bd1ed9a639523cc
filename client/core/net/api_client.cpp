#include "client/core/net/api_client.h"

#include "client/core/net/tls_trust.h"
#include "shared/codec/canonical_json.h"
#include "shared/version.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslError>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <mutex>
#include <stdexcept>
#include <utility>

namespace medinexus::client {

namespace {

// How the local event loop of one attempt ended.
enum LoopExit : int { kFinished = 0, kTimedOut = 1, kAbortRequested = 2, kTooLarge = 3 };

enum class Method { Get, Post, Put };

QByteArray userAgent()
{
    return QByteArray("MediNexus-Client/") + kVersion;
}

bool isFailoverStatus(int status)
{
    return status == 502 || status == 503 || status == 504;
}

TransportFailure classify(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
        return TransportFailure::Unreachable;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportFailure::TlsError;
    case QNetworkReply::OperationCanceledError:
        return TransportFailure::Aborted;
    default:
        return TransportFailure::BadResponse;
    }
}

QString unreachableMessage(const QString &address, QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate("medinexus::client::ApiClient", "The server at %1 refused the connection.")
            .arg(address);
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("medinexus::client::ApiClient", "The server name in %1 could not be found.")
            .arg(address);
    case QNetworkReply::RemoteHostClosedError:
        return QCoreApplication::translate("medinexus::client::ApiClient", "The server at %1 closed the connection.")
            .arg(address);
    default:
        return QCoreApplication::translate("medinexus::client::ApiClient", "The server at %1 cannot be reached.")
            .arg(address);
    }
}

// Parses an error body {"error":{"code","message"}} and Retry-After into `response`.
void readAnswer(ApiResponse &response, const QByteArray &retryAfter)
{
    if (!response.body.isEmpty()) {
        Result<QJsonObject> parsed = parseJsonObject(response.body);
        if (parsed.ok()) {
            response.json = std::move(parsed).value();
            const QJsonValue error = response.json->value(QLatin1String("error"));
            if (error.isObject()) {
                const QJsonObject errorObject = error.toObject();
                response.errorCode = errorObject.value(QLatin1String("code")).toString();
                response.errorMessage = errorObject.value(QLatin1String("message")).toString();
            }
        } else {
            response.failure = TransportFailure::BadResponse;
            response.failureMessage =
                QCoreApplication::translate("medinexus::client::ApiClient",
                                            "The answer of the server at %1 is not valid JSON (HTTP %2).")
                    .arg(response.address)
                    .arg(response.httpStatus);
        }
    }
    bool numeric = false;
    const int seconds = retryAfter.trimmed().toInt(&numeric);
    if (numeric && seconds >= 0) {
        response.retryAfterSeconds = seconds;
    }
}

// Wipes a buffer when the scope ends, also on an exception; declared before the objects that
// share the buffer so that they are gone first.
class WipeOnExit {
public:
    explicit WipeOnExit(QByteArray &bytes) : m_bytes(bytes) {}
    ~WipeOnExit() { secureWipe(m_bytes); }
    WipeOnExit(const WipeOnExit &) = delete;
    WipeOnExit &operator=(const WipeOnExit &) = delete;

private:
    QByteArray &m_bytes;
};

} // namespace

struct ApiClient::Impl {
    ServerProfile profile;
    ApiClientOptions options;
    SecretString token;
    int currentIndex = 0;
    std::unique_ptr<QNetworkAccessManager> manager; // created by the first call, in its thread

    std::atomic<bool> aborted{false};
    std::mutex loopMutex;
    QEventLoop *activeLoop = nullptr; // guarded by loopMutex

    ApiResponse call(Method method, const QString &pathAndQuery, const QByteArray &body);
    ApiResponse attempt(const QString &address, Method method, const QString &pathAndQuery, const QByteArray &body);
    QNetworkAccessManager &managerForThisThread();
    int waitFor(QEventLoop &loop);
};

QNetworkAccessManager &ApiClient::Impl::managerForThisThread()
{
    if (!manager) {
        manager = std::make_unique<QNetworkAccessManager>();
        // A redirect would take the request (and its token) somewhere the profile never named.
        manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    } else if (manager->thread() != QThread::currentThread()) {
        throw std::logic_error("ApiClient is used from one thread only: the one that made its first call");
    }
    return *manager;
}

int ApiClient::Impl::waitFor(QEventLoop &loop)
{
    {
        const std::lock_guard lock(loopMutex);
        activeLoop = &loop;
    }
    // Checked after publishing the loop: an abort() from now on posts its exit to this loop.
    const int exit = aborted.load() ? kAbortRequested : loop.exec(QEventLoop::ExcludeUserInputEvents);
    {
        const std::lock_guard lock(loopMutex);
        activeLoop = nullptr;
    }
    return exit;
}

ApiResponse ApiClient::Impl::call(Method method, const QString &pathAndQuery, const QByteArray &body)
{
    if (!pathAndQuery.startsWith(QLatin1Char('/')) || pathAndQuery.startsWith(QLatin1String("//"))) {
        throw std::invalid_argument("ApiClient: the request path must start with a single \"/\"");
    }
    if (profile.addresses.isEmpty()) {
        throw std::invalid_argument("ApiClient: the server profile has no address");
    }
    const int count = static_cast<int>(profile.addresses.size());
    ApiResponse last;
    for (int step = 0; step < count; ++step) {
        const int index = (currentIndex + step) % count;
        if (aborted.load()) {
            last = ApiResponse{};
            last.failure = TransportFailure::Aborted;
            last.failureMessage =
                QCoreApplication::translate("medinexus::client::ApiClient", "The request was cancelled.");
            last.address = profile.addresses.at(index);
            return last;
        }
        last = attempt(profile.addresses.at(index), method, pathAndQuery, body);
        if (last.failure == TransportFailure::Unreachable || isFailoverStatus(last.httpStatus)) {
            continue;
        }
        if (last.httpStatus != 0) {
            currentIndex = index;
        }
        return last;
    }
    return last;
}

ApiResponse ApiClient::Impl::attempt(const QString &address, Method method, const QString &pathAndQuery,
                                     const QByteArray &body)
{
    ApiResponse response;
    response.address = address;
    const std::optional<ServerAddress> target = parseServerAddress(address);
    if (!target) {
        response.failure = TransportFailure::Unreachable;
        response.failureMessage =
            QCoreApplication::translate("medinexus::client::ApiClient", "\"%1\" is not a server address (host:port).")
                .arg(address);
        return response;
    }

    QUrl base;
    base.setScheme(QStringLiteral("https"));
    base.setHost(target->host);
    base.setPort(target->port);
    const QUrl url = base.resolved(QUrl(pathAndQuery, QUrl::TolerantMode));

    // Built just in time, wiped when the request is over (see the class comment).
    QByteArray authorization;
    const WipeOnExit wipeAuthorization(authorization);
    if (!token.isEmpty()) {
        authorization.reserve(7 + token.size());
        authorization.append("Bearer ");
        authorization.append(token.view());
    }

    QString tlsRefusal;
    int exit = kFinished;
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(tlsConfigurationFor(profile));
        request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
        request.setRawHeader("Accept", "application/json");
        if (method != Method::Get) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        }
        if (!authorization.isEmpty()) {
            request.setRawHeader("Authorization", authorization);
        }
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

        QNetworkAccessManager &network = managerForThisThread();
        QNetworkReply *rawReply = nullptr;
        switch (method) {
        case Method::Get:
            rawReply = network.get(request);
            break;
        case Method::Post:
            rawReply = network.post(request, body);
            break;
        case Method::Put:
            rawReply = network.put(request, body);
            break;
        }
        const std::unique_ptr<QNetworkReply> reply(rawReply);

        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, [&loop] { loop.exit(kFinished); });
        QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop, [&](const QList<QSslError> &errors) {
            const TlsTrustDecision decision =
                decideTlsTrust(profile, reply->sslConfiguration().peerCertificateChain(), errors);
            if (decision.accepted) {
                reply->ignoreSslErrors(decision.errorsToIgnore);
            } else {
                tlsRefusal = decision.reason;
            }
        });
        QObject::connect(reply.get(), &QNetworkReply::encrypted, &loop, [&] {
            // Reached without sslErrors only when no error was found: with a pin that cannot
            // happen (no CA is configured), so this is a second line of defence.
            if (!leafMatchesProfile(profile, reply->sslConfiguration().peerCertificate())) {
                tlsRefusal =
                    QCoreApplication::translate("medinexus::client::ApiClient",
                                                "The server's certificate is not the one this server profile trusts.");
                reply->abort();
            }
        });
        const qint64 maxBytes = options.maxResponseBytes;
        QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop,
                         [&loop, maxBytes](qint64 received, qint64) {
                             if (received > maxBytes) {
                                 loop.exit(kTooLarge);
                             }
                         });
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&loop] { loop.exit(kTimedOut); });
        timer.start(options.timeout);

        exit = reply->isFinished() ? kFinished : waitFor(loop);
        timer.stop();
        if (exit != kFinished) {
            QObject::disconnect(reply.get(), nullptr, &loop, nullptr);
            reply->abort();
        }

        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (exit == kAbortRequested) {
            response.failure = TransportFailure::Aborted;
            response.failureMessage =
                QCoreApplication::translate("medinexus::client::ApiClient", "The request was cancelled.");
        } else if (exit == kTimedOut) {
            response.failure = TransportFailure::Unreachable;
            response.failureMessage =
                QCoreApplication::translate("medinexus::client::ApiClient",
                                            "The server at %1 did not answer within %2 s.")
                    .arg(address)
                    .arg(std::chrono::duration_cast<std::chrono::seconds>(options.timeout).count());
        } else if (exit == kTooLarge) {
            response.failure = TransportFailure::BadResponse;
            response.failureMessage = QCoreApplication::translate("medinexus::client::ApiClient",
                                                                  "The answer of the server at %1 is too large.")
                                          .arg(address);
        } else if (!tlsRefusal.isEmpty()) {
            response.failure = TransportFailure::TlsUntrusted;
            response.failureMessage = tlsRefusal;
        } else if (status.isValid() && status.toInt() != 0) {
            response.httpStatus = status.toInt();
            response.body = reply->readAll();
            readAnswer(response, reply->rawHeader("Retry-After"));
        } else {
            // Qt's errorString() may quote the URL and so the query (search text): never used.
            const QNetworkReply::NetworkError error = reply->error();
            response.failure = classify(error);
            switch (response.failure) {
            case TransportFailure::Unreachable:
                response.failureMessage = unreachableMessage(address, error);
                break;
            case TransportFailure::TlsError:
                response.failureMessage =
                    QCoreApplication::translate("medinexus::client::ApiClient", "The secure connection to %1 failed.")
                        .arg(address);
                break;
            case TransportFailure::Aborted:
                response.failureMessage =
                    QCoreApplication::translate("medinexus::client::ApiClient", "The request was cancelled.");
                break;
            default:
                response.failure = TransportFailure::BadResponse;
                response.failureMessage =
                    QCoreApplication::translate("medinexus::client::ApiClient",
                                                "The server at %1 did not give a valid HTTP answer.")
                        .arg(address);
                break;
            }
        }
    } // request and reply gone: `authorization` is again the only owner of its buffer (wiped on return)
    return response;
}

ApiClient::ApiClient(ServerProfile profile, ApiClientOptions options) : m_impl(std::make_unique<Impl>())
{
    requireOpenSslTlsBackend();
    m_impl->profile = std::move(profile);
    m_impl->options = options;
}

ApiClient::~ApiClient() = default;

void ApiClient::setBearerToken(SecretString token)
{
    m_impl->token = std::move(token);
}

void ApiClient::clearBearerToken()
{
    m_impl->token.clear();
}

bool ApiClient::hasBearerToken() const
{
    return !m_impl->token.isEmpty();
}

ApiResponse ApiClient::get(const QString &pathAndQuery)
{
    return m_impl->call(Method::Get, pathAndQuery, {});
}

ApiResponse ApiClient::post(const QString &path, const QByteArray &jsonBody)
{
    return m_impl->call(Method::Post, path, jsonBody);
}

ApiResponse ApiClient::put(const QString &path, const QByteArray &jsonBody)
{
    return m_impl->call(Method::Put, path, jsonBody);
}

ApiResponse ApiClient::postSecret(const QString &path, SecretString jsonBody)
{
    QByteArray body(jsonBody.view().data(), jsonBody.size());
    // When call() returns, the reply (and Qt's buffer over the body) is gone: `body` is the
    // last owner again and can be wiped.
    const WipeOnExit wipeBody(body);
    jsonBody.clear();
    return m_impl->call(Method::Post, path, body);
}

QString ApiClient::currentAddress() const
{
    if (m_impl->profile.addresses.isEmpty()) {
        return {};
    }
    return m_impl->profile.addresses.at(m_impl->currentIndex % m_impl->profile.addresses.size());
}

void ApiClient::abort()
{
    m_impl->aborted.store(true);
    const std::lock_guard lock(m_impl->loopMutex);
    if (QEventLoop *loop = m_impl->activeLoop) {
        // Runs in the loop's thread; dropped if the loop is gone by then.
        QMetaObject::invokeMethod(
            loop, [loop] { loop->exit(kAbortRequested); }, Qt::QueuedConnection);
    }
}

void ApiClient::resetAbort()
{
    m_impl->aborted.store(false);
}

const ServerProfile &ApiClient::profile() const
{
    return m_impl->profile;
}

const char *toString(TransportFailure failure)
{
    switch (failure) {
    case TransportFailure::None:
        return "None";
    case TransportFailure::Unreachable:
        return "Unreachable";
    case TransportFailure::TlsUntrusted:
        return "TlsUntrusted";
    case TransportFailure::TlsError:
        return "TlsError";
    case TransportFailure::Aborted:
        return "Aborted";
    case TransportFailure::BadResponse:
        return "BadResponse";
    }
    return "?";
}

} // namespace medinexus::client
