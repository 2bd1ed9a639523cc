#pragma once

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace medinexus::server::net {

/// A certificate or key could not be created, read or parsed; what() carries OpenSSL's reason.
class CertificateError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Throws CertificateError with `what` followed by OpenSSL's queued errors (drained).
[[noreturn]] void throwOpenSslError(const std::string &what);

enum class KeyAlgorithm {
    ecP256,  ///< ECDSA on NIST P-256 (default: small, fast, accepted everywhere)
    rsa3072, ///< RSA 3072 bits, for clients without ECDSA
};

struct SelfSignedCertificateOptions {
    std::string commonName = "MediNexus Server";
    std::string organization = "MediNexus";
    /// Subject alternative names besides the always-present "localhost".
    std::vector<std::string> dnsNames;
    /// IPv4/IPv6 literals besides the always-present 127.0.0.1 and ::1.
    std::vector<std::string> ipAddresses;
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::ecP256;
    std::chrono::days validity{3650};
};

/// Creates a self-signed TLS server certificate and its private key (used by
/// `medinexus-server init`). Both are PEM; the key is unencrypted PKCS#8 written with mode
/// 0600, the certificate with 0644. Each file is written to a temporary sibling and renamed,
/// so a crash never leaves half a key; existing files are replaced. The certificate is an end
/// entity (CA:FALSE, extendedKeyUsage serverAuth) that OpenSSL-based clients can trust
/// directly, backdated one day against client clock skew.
/// Throws std::invalid_argument for a malformed DNS name or IP address, CertificateError
/// when OpenSSL or the file system fails.
void createSelfSignedCertificate(const SelfSignedCertificateOptions &options,
                                 const std::filesystem::path &certificateFile,
                                 const std::filesystem::path &privateKeyFile);

/// SHA-256 fingerprint of the first certificate of a PEM file, as colon-separated upper-case
/// hex ("AB:01:..."): the same digits as `openssl x509 -noout -fingerprint -sha256`.
[[nodiscard]] std::string certificateSha256Fingerprint(const std::filesystem::path &certificateFile);

/// The same, for PEM text already in memory.
[[nodiscard]] std::string certificateSha256FingerprintFromPem(std::string_view pem);

} // namespace medinexus::server::net
