#include "server/net/tls_context.h"

#include "server/net/certificate.h"

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <string>
#include <system_error>

namespace medinexus::server::net {
namespace {

namespace ssl = boost::asio::ssl;

// TLS 1.2: ECDHE + AEAD only, ECDSA first (our self-signed default), AES-128 first (fast with
// AES-NI, and as strong as needed), ChaCha20 for CPUs without AES instructions.
constexpr const char *kTls12Ciphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                                      "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                                      "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305";
// TLS 1.3 suites are all AEAD with (EC)DHE.
constexpr const char *kTls13Suites = "TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256";
constexpr const char *kGroups = "X25519:P-256:P-384";

// ALPN wire format: length-prefixed protocol names.
constexpr unsigned char kAlpnHttp11[] = {8, 'h', 't', 't', 'p', '/', '1', '.', '1'};

int selectAlpn(SSL *, const unsigned char **out, unsigned char *outLength, const unsigned char *in,
               unsigned int inLength, void *)
{
    unsigned char *selected = nullptr;
    if (SSL_select_next_proto(&selected, outLength, kAlpnHttp11, sizeof kAlpnHttp11, in, inLength) !=
        OPENSSL_NPN_NEGOTIATED) {
        return SSL_TLSEXT_ERR_NOACK; // client offers only other protocols (h2): continue without ALPN
    }
    *out = selected;
    return SSL_TLSEXT_ERR_OK;
}

void requireReadableFile(const std::filesystem::path &path, const char *what)
{
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
        throw CertificateError(std::string(what) + " " + path.string() + " does not exist or is not a file");
    }
}

} // namespace

void applyServerTlsPolicy(ssl::context &context)
{
    SSL_CTX *native = context.native_handle();
    context.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                        ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::no_compression |
                        ssl::context::single_dh_use);
    SSL_CTX_set_options(native, SSL_OP_CIPHER_SERVER_PREFERENCE | SSL_OP_NO_RENEGOTIATION | SSL_OP_NO_TICKET);
    SSL_CTX_clear_options(native, SSL_OP_ALLOW_CLIENT_RENEGOTIATION | SSL_OP_LEGACY_SERVER_CONNECT);
    if (SSL_CTX_set_min_proto_version(native, TLS1_2_VERSION) != 1) {
        throwOpenSslError("cannot require TLS 1.2 or later");
    }
    if (SSL_CTX_set_cipher_list(native, kTls12Ciphers) != 1) {
        throwOpenSslError("cannot set the TLS 1.2 cipher suites");
    }
    if (SSL_CTX_set_ciphersuites(native, kTls13Suites) != 1) {
        throwOpenSslError("cannot set the TLS 1.3 cipher suites");
    }
    if (SSL_CTX_set1_groups_list(native, kGroups) != 1) {
        throwOpenSslError("cannot set the key exchange groups");
    }
    // Idle keep-alive connections then hold no read/write buffers.
    SSL_CTX_set_mode(native, SSL_MODE_RELEASE_BUFFERS);
    static constexpr unsigned char sessionContext[] = "MediNexus";
    SSL_CTX_set_session_id_context(native, sessionContext, sizeof sessionContext - 1);
    SSL_CTX_set_alpn_select_cb(native, &selectAlpn, nullptr);
}

ssl::context makeServerTlsContext(const std::filesystem::path &certificateChainFile,
                                  const std::filesystem::path &privateKeyFile)
{
    requireReadableFile(certificateChainFile, "certificate file");
    requireReadableFile(privateKeyFile, "private key file");

    ssl::context context(ssl::context::tls_server);
    ERR_clear_error();
    applyServerTlsPolicy(context);

    boost::system::error_code error;
    context.use_certificate_chain_file(certificateChainFile.string(), error);
    if (error) {
        throwOpenSslError("cannot load the certificate chain " + certificateChainFile.string() + ": " + error.message());
    }
    context.use_private_key_file(privateKeyFile.string(), ssl::context::pem, error);
    if (error && ERR_GET_REASON(static_cast<unsigned long>(error.value())) == X509_R_KEY_VALUES_MISMATCH) {
        throw CertificateError("the private key " + privateKeyFile.string() + " does not match the certificate " +
                               certificateChainFile.string());
    }
    if (error) {
        throwOpenSslError("cannot load the private key " + privateKeyFile.string() + ": " + error.message());
    }
    if (SSL_CTX_check_private_key(context.native_handle()) != 1) {
        throwOpenSslError("the private key " + privateKeyFile.string() + " does not match the certificate " +
                      certificateChainFile.string());
    }
    return context;
}

} // namespace medinexus::server::net
