#include "tests/client/net/net_test_support.h"

#include "shared/codec/canonical_json.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonObject>

#include <stdexcept>

namespace medinexus::client::test {

std::unique_ptr<medinexus::test::ServerProcess> startDemoServer(int patients)
{
    medinexus::test::ServerSetup setup;
    setup.kind = medinexus::test::ServerSetup::Kind::demo;
    setup.demoPatients = patients;
    return std::make_unique<medinexus::test::ServerProcess>(MEDINEXUS_SERVER_BINARY, setup);
}

QSslCertificate serverCertificate(const medinexus::test::ServerProcess &server)
{
    QFile file(QString::fromStdString(server.certificate().string()));
    if (!file.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("cannot read " + server.certificate().string());
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.size() != 1) {
        throw std::runtime_error("expected one certificate in " + server.certificate().string());
    }
    return certificates.front();
}

QString loopbackAddress(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

ServerProfile plainProfile(const QStringList &addresses)
{
    ServerProfile profile;
    profile.id = QUuid::createUuid();
    profile.name = QStringLiteral("Test server");
    profile.addresses = addresses;
    return profile;
}

ServerProfile pinnedProfile(const QSslCertificate &certificate, const QStringList &addresses)
{
    ServerProfile profile = plainProfile(addresses);
    profile.pinnedCertificateSha256 = certificateSha256(certificate);
    return profile;
}

ServerProfile caProfile(const QSslCertificate &certificate, const QStringList &addresses)
{
    ServerProfile profile = plainProfile(addresses);
    profile.trustedCaCertificates = {certificate};
    return profile;
}

SecretString demoLoginBody(const char *username)
{
    return SecretString(toCanonicalJson(QJsonObject{
        {QStringLiteral("username"), QString::fromUtf8(username)},
        {QStringLiteral("password"), QString::fromUtf8(medinexus::test::kDemoPassword)},
    }));
}

bool waitUntil(const std::function<bool()> &done, std::chrono::milliseconds timeout)
{
    const QDeadlineTimer deadline(timeout);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    return done();
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        throw std::runtime_error("cannot bind a loopback port");
    }
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

SilentListener::SilentListener()
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        throw std::runtime_error("SilentListener: cannot listen on loopback");
    }
    QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_sockets.append(socket); // kept open, never read or written
            ++m_connections;
            if (onConnection) {
                onConnection();
            }
        }
    });
}

TcpRelay::TcpRelay(quint16 target) : m_target(target)
{
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        throw std::runtime_error("TcpRelay: cannot listen on loopback");
    }
    QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *incoming = m_server.nextPendingConnection()) {
            relay(incoming);
        }
    });
}

void TcpRelay::relay(QTcpSocket *incoming)
{
    // Qt parent ownership: the incoming socket belongs to the QTcpServer, the outgoing one to
    // the incoming one, so both go when the incoming connection is deleted.
    auto *outgoing = new QTcpSocket(incoming);
    QObject::connect(incoming, &QTcpSocket::readyRead, outgoing, [incoming, outgoing] {
        if (outgoing->state() == QAbstractSocket::ConnectedState) {
            outgoing->write(incoming->readAll());
        }
    });
    QObject::connect(outgoing, &QTcpSocket::connected, incoming, [incoming, outgoing] {
        outgoing->write(incoming->readAll()); // what arrived while connecting
    });
    QObject::connect(outgoing, &QTcpSocket::readyRead, incoming, [incoming, outgoing] {
        incoming->write(outgoing->readAll());
    });
    // The target ended (or never answered): pass on what it sent, then close towards the client.
    auto targetGone = [incoming, outgoing] {
        if (outgoing->bytesAvailable() > 0) {
            incoming->write(outgoing->readAll());
        }
        incoming->disconnectFromHost();
    };
    QObject::connect(outgoing, &QTcpSocket::disconnected, incoming, targetGone, Qt::QueuedConnection);
    QObject::connect(outgoing, &QTcpSocket::errorOccurred, incoming, targetGone, Qt::QueuedConnection);
    QObject::connect(incoming, &QTcpSocket::disconnected, incoming, &QObject::deleteLater);
    outgoing->connectToHost(QHostAddress::LocalHost, m_target);
}

} // namespace medinexus::client::test
