#pragma once

#include "client/core/net/server_profile.h"
#include "shared/security/secret_string.h"

#include <QObject>
#include <QString>

#include <chrono>

class QTimer;
class QWebSocket;

namespace medinexus::client {

// The WebSocket wss://ADDRESS/api/v1/sync/notifications with header
// "Authorization: Bearer <token>" and the TLS policy of tls_trust.h. Asynchronous (signals),
// lives in the worker thread. Emits changesAvailable() for every {"type":"changes"} message;
// reconnection is the caller's decision: after opened() or a failed open() it emits
// disconnected(reason) once when the channel ends for any reason but close().
//
// A link that dies silently (no FIN, typical of rural uplinks) is noticed by a ping every
// keep-alive interval: without a pong before the next ping, the channel is dropped.
class NotificationChannel : public QObject {
    Q_OBJECT

public:
    // Throws std::runtime_error when Qt's OpenSSL TLS backend is not available.
    explicit NotificationChannel(ServerProfile profile, QObject *parent = nullptr);
    ~NotificationChannel() override;

    // Starts connecting (ends any earlier channel first, without a signal). The header value is
    // built from `token` for the handshake and wiped from our side afterwards.
    void open(const QString &address, const SecretString &token);
    // Closes without emitting disconnected().
    void close();
    // True between opened() and the end of the channel.
    bool isOpen() const;

    // Ping interval (default 30 s); a zero interval turns the check off. Takes effect on open().
    void setKeepAliveInterval(std::chrono::milliseconds interval);

Q_SIGNALS:
    void opened();
    void changesAvailable();
    void disconnected(const QString &reason);

private:
    void onConnected();
    void onTextMessage(const QString &message);
    void onSocketError();
    void onSocketDisconnected();
    void onKeepAliveTick();
    // Ends the channel and emits disconnected(reason) once.
    void finish(const QString &reason);

    ServerProfile m_profile;
    QWebSocket *m_socket = nullptr; // child of this
    QTimer *m_keepAlive = nullptr;  // child of this
    std::chrono::milliseconds m_keepAliveInterval = std::chrono::seconds(30);
    bool m_active = false; // open() called and the channel not yet ended
    bool m_open = false;
    bool m_pongPending = false;
    QString m_address;
    QString m_tlsRefusal;
};

} // namespace medinexus::client
