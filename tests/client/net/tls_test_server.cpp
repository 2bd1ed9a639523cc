#include "tests/client/net/tls_test_server.h"

#include <QHostAddress>
#include <QSslConfiguration>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>
#include <stdexcept>

namespace medinexus::client::test {

namespace {

template <auto FreeFunction>
struct OpenSslFree {
    template <typename T>
    void operator()(T *pointer) const noexcept
    {
        FreeFunction(pointer);
    }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslFree<&EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslFree<&X509_free>>;
using BioPtr = std::unique_ptr<BIO, OpenSslFree<&BIO_free_all>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslFree<&X509_EXTENSION_free>>;

void check(bool ok, const char *what)
{
    if (!ok) {
        throw std::runtime_error(std::string("generating a test certificate: ") + what);
    }
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

} // namespace

GeneratedCertificate generateCertificate(std::chrono::hours notBefore, std::chrono::hours notAfter)
{
    KeyPtr key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    check(key != nullptr, "key");
    X509Ptr certificate(X509_new());
    check(certificate != nullptr, "certificate");
    check(X509_set_version(certificate.get(), X509_VERSION_3) == 1, "version");
    check(ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 1) == 1, "serial");
    const long from = std::chrono::duration_cast<std::chrono::seconds>(notBefore).count();
    const long to = std::chrono::duration_cast<std::chrono::seconds>(notAfter).count();
    check(X509_gmtime_adj(X509_getm_notBefore(certificate.get()), from) != nullptr, "notBefore");
    check(X509_gmtime_adj(X509_getm_notAfter(certificate.get()), to) != nullptr, "notAfter");
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const auto *commonName = reinterpret_cast<const unsigned char *>("MediNexus TLS test");
    check(X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, commonName, -1, -1, 0) == 1, "subject");
    check(X509_set_issuer_name(certificate.get(), name) == 1, "issuer");
    check(X509_set_pubkey(certificate.get(), key.get()) == 1, "public key");
    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    ExtensionPtr san(X509V3_EXT_conf_nid(nullptr, &context, NID_subject_alt_name, "IP:127.0.0.1"));
    check(san != nullptr && X509_add_ext(certificate.get(), san.get(), -1) == 1, "subjectAltName");
    check(X509_sign(certificate.get(), key.get(), EVP_sha256()) > 0, "signature");

    BioPtr certificatePem(BIO_new(BIO_s_mem()));
    BioPtr keyPem(BIO_new(BIO_s_mem()));
    check(certificatePem && keyPem, "memory BIO");
    check(PEM_write_bio_X509(certificatePem.get(), certificate.get()) == 1, "certificate PEM");
    check(PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) == 1, "key PEM");

    GeneratedCertificate generated{QSslCertificate(drain(certificatePem.get()), QSsl::Pem),
                                   QSslKey(drain(keyPem.get()), QSsl::Ec, QSsl::Pem)};
    check(!generated.certificate.isNull() && !generated.key.isNull(), "Qt could not read the PEM");
    return generated;
}

TlsTestServer::TlsTestServer(const GeneratedCertificate &identity)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(identity.certificate);
    configuration.setPrivateKey(identity.key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients present no certificate
    m_server.setSslConfiguration(configuration);
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        throw std::runtime_error("TlsTestServer: cannot listen on loopback");
    }
    QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            serve(qobject_cast<QSslSocket *>(socket));
        }
    });
}

void TlsTestServer::serve(QSslSocket *socket)
{
    // A request ends with an empty line (the client sends no body to this server).
    QObject::connect(socket, &QSslSocket::readyRead, socket, [this, socket] {
        const QByteArray request = socket->peek(socket->bytesAvailable());
        if (!request.contains("\r\n\r\n")) {
            return;
        }
        socket->readAll();
        ++m_answered;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n"
                      "Connection: close\r\n\r\n{\"status\":\"ok\"}");
        socket->disconnectFromHost();
    });
    QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace medinexus::client::test
