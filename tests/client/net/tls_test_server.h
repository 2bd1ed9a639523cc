#pragma once

// A minimal HTTPS server for TLS-policy tests: a freshly generated self-signed certificate
// with a chosen validity window (to test expired and not-yet-valid certificates, which the
// real server never serves), answering every request with 200 {"status":"ok"}.

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

#include <chrono>

namespace medinexus::client::test {

struct GeneratedCertificate {
    QSslCertificate certificate;
    QSslKey key;
};

// A P-256 self-signed certificate for 127.0.0.1, valid from now + notBefore to now + notAfter.
GeneratedCertificate generateCertificate(std::chrono::hours notBefore, std::chrono::hours notAfter);

class TlsTestServer : public QObject {
public:
    explicit TlsTestServer(const GeneratedCertificate &identity);
    quint16 port() const { return m_server.serverPort(); }
    int requestsAnswered() const { return m_answered; }

private:
    void serve(QSslSocket *socket);

    QSslServer m_server;
    int m_answered = 0;
};

} // namespace medinexus::client::test
