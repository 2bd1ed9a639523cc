#include "client/core/net/notification_channel.h"

#include "client/core/net/tls_trust.h"
#include "shared/codec/canonical_json.h"
#include "shared/version.h"

#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace medinexus::client {

NotificationChannel::NotificationChannel(ServerProfile profile, QObject *parent)
    : QObject(parent), m_profile(std::move(profile))
{
    requireOpenSslTlsBackend();
    // Qt parent ownership: both follow this object to the worker thread.
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_keepAlive = new QTimer(this);

    connect(m_socket, &QWebSocket::connected, this, &NotificationChannel::onConnected);
    connect(m_socket, &QWebSocket::textMessageReceived, this, &NotificationChannel::onTextMessage);
    // Qt 6.4 names this signal error() (errorOccurred() arrived in 6.5).
    connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            &NotificationChannel::onSocketError);
    connect(m_socket, &QWebSocket::disconnected, this, &NotificationChannel::onSocketDisconnected);
    connect(m_socket, &QWebSocket::pong, this, [this] { m_pongPending = false; });
    connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        const TlsTrustDecision decision =
            decideTlsTrust(m_profile, m_socket->sslConfiguration().peerCertificateChain(), errors);
        if (decision.accepted) {
            m_socket->ignoreSslErrors(decision.errorsToIgnore);
        } else {
            m_tlsRefusal = decision.reason;
        }
    });
    connect(m_keepAlive, &QTimer::timeout, this, &NotificationChannel::onKeepAliveTick);
}

NotificationChannel::~NotificationChannel()
{
    // No signal from a channel being destroyed.
    m_active = false;
    m_socket->disconnect(this);
    m_socket->abort();
}

void NotificationChannel::open(const QString &address, const SecretString &token)
{
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_active = false;
        m_socket->abort();
    }
    m_active = true;
    m_open = false;
    m_pongPending = false;
    m_tlsRefusal.clear();
    m_address = address;

    const std::optional<ServerAddress> target = parseServerAddress(address);
    if (!target) {
        // Asynchronous like every other failure, so the caller handles one path.
        const QString reason = tr("\"%1\" is not a server address (host:port).").arg(address);
        QMetaObject::invokeMethod(this, [this, reason] { finish(reason); }, Qt::QueuedConnection);
        return;
    }
    QUrl url;
    url.setScheme(QStringLiteral("wss"));
    url.setHost(target->host);
    url.setPort(target->port);
    url.setPath(QStringLiteral("/api/v1/sync/notifications"));

    QByteArray authorization;
    authorization.reserve(7 + token.size());
    authorization.append("Bearer ");
    authorization.append(token.view());
    {
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("MediNexus-Client/") + kVersion);
        m_socket->setSslConfiguration(tlsConfigurationFor(m_profile));
        m_socket->open(request);
    }
    // QWebSocket keeps its own copy of the request (shared buffer): secureWipe() wipes only
    // when this is the last owner, otherwise it just drops our reference.
    secureWipe(authorization);
}

void NotificationChannel::close()
{
    m_active = false;
    m_open = false;
    m_keepAlive->stop();
    if (m_socket->state() == QAbstractSocket::ConnectedState) {
        m_socket->close(QWebSocketProtocol::CloseCodeNormal);
    } else {
        m_socket->abort();
    }
}

bool NotificationChannel::isOpen() const
{
    return m_open;
}

void NotificationChannel::setKeepAliveInterval(std::chrono::milliseconds interval)
{
    m_keepAliveInterval = interval;
}

void NotificationChannel::onConnected()
{
    if (!m_active) {
        return;
    }
    // With a pin no CA is configured, so sslErrors (and the pin check) always ran; this is a
    // second line of defence.
    if (!leafMatchesProfile(m_profile, m_socket->sslConfiguration().peerCertificate())) {
        finish(tr("The server's certificate is not the one this server profile trusts."));
        return;
    }
    m_open = true;
    if (m_keepAliveInterval.count() > 0) {
        m_keepAlive->start(m_keepAliveInterval);
    }
    Q_EMIT opened();
}

void NotificationChannel::onTextMessage(const QString &message)
{
    if (!m_active) {
        return;
    }
    const Result<QJsonObject> parsed = parseJsonObject(message.toUtf8());
    // Other or malformed messages are ignored: the channel is only a hint to pull.
    if (parsed.ok() && parsed.value().value(QLatin1String("type")).toString() == QLatin1String("changes")) {
        Q_EMIT changesAvailable();
    }
}

void NotificationChannel::onSocketError()
{
    if (!m_tlsRefusal.isEmpty()) {
        finish(m_tlsRefusal);
    } else {
        finish(tr("The notification channel to %1 failed: %2").arg(m_address, m_socket->errorString()));
    }
}

void NotificationChannel::onSocketDisconnected()
{
    if (!m_tlsRefusal.isEmpty()) {
        finish(m_tlsRefusal);
        return;
    }
    const QString detail = m_socket->closeReason().isEmpty()
                               ? QString::number(static_cast<int>(m_socket->closeCode()))
                               : m_socket->closeReason();
    finish(tr("The notification channel to %1 was closed (%2).").arg(m_address, detail));
}

void NotificationChannel::onKeepAliveTick()
{
    if (m_pongPending) {
        finish(tr("The server at %1 stopped answering on the notification channel.").arg(m_address));
        return;
    }
    m_pongPending = true;
    m_socket->ping();
}

void NotificationChannel::finish(const QString &reason)
{
    if (!m_active) {
        return;
    }
    m_active = false;
    m_open = false;
    m_keepAlive->stop();
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->abort();
    }
    Q_EMIT disconnected(reason);
}

} // namespace medinexus::client
