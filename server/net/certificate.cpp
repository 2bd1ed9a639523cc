#include "server/net/certificate.h"

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace medinexus::server::net {

/// Throws CertificateError with `what` and the drained OpenSSL error queue.
[[noreturn]] void throwOpenSslError(const std::string &what)
{
    std::string message = what;
    char buffer[256];
    while (const unsigned long code = ERR_get_error()) {
        ERR_error_string_n(code, buffer, sizeof buffer);
        message += ": ";
        message += buffer;
    }
    throw CertificateError(message);
}

namespace {

namespace fs = std::filesystem;

template <auto FreeFunction>
struct OpenSslDeleter {
    template <typename T>
    void operator()(T *pointer) const noexcept
    {
        FreeFunction(pointer);
    }
};

using BioPtr = std::unique_ptr<BIO, OpenSslDeleter<&BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpenSslDeleter<&BN_free>>;
using KeyPtr = std::unique_ptr<EVP_PKEY, OpenSslDeleter<&EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, OpenSslDeleter<&X509_free>>;
using ExtensionPtr = std::unique_ptr<X509_EXTENSION, OpenSslDeleter<&X509_EXTENSION_free>>;
using GeneralNamesPtr = std::unique_ptr<GENERAL_NAMES, OpenSslDeleter<&GENERAL_NAMES_free>>;
using GeneralNamePtr = std::unique_ptr<GENERAL_NAME, OpenSslDeleter<&GENERAL_NAME_free>>;
using OctetStringPtr = std::unique_ptr<ASN1_OCTET_STRING, OpenSslDeleter<&ASN1_OCTET_STRING_free>>;
using Ia5StringPtr = std::unique_ptr<ASN1_IA5STRING, OpenSslDeleter<&ASN1_IA5STRING_free>>;

void check(int result, const char *what)
{
    if (result != 1) {
        throwOpenSslError(what);
    }
}

KeyPtr generateKey(KeyAlgorithm algorithm)
{
    EVP_PKEY *key = nullptr;
    switch (algorithm) {
    case KeyAlgorithm::ecP256:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        break;
    case KeyAlgorithm::rsa3072:
        key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t{3072});
        break;
    }
    if (key == nullptr) {
        throwOpenSslError("cannot generate the private key");
    }
    return KeyPtr(key);
}

bool isValidDnsName(std::string_view name)
{
    if (name.empty() || name.size() > 253 || name.front() == '.' || name.back() == '.' || name.front() == '-') {
        return false;
    }
    std::string_view rest = name;
    if (rest.starts_with("*.")) { // one leading wildcard label
        rest.remove_prefix(2);
        if (rest.empty()) {
            return false;
        }
    }
    std::size_t labelLength = 0;
    for (const char c : rest) {
        if (c == '.') {
            if (labelLength == 0) {
                return false;
            }
            labelLength = 0;
            continue;
        }
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!allowed || ++labelLength > 63) {
            return false;
        }
    }
    return labelLength > 0;
}

void addDnsName(GENERAL_NAMES *names, const std::string &dnsName)
{
    if (!isValidDnsName(dnsName)) {
        throw std::invalid_argument("not a valid DNS name for a certificate: \"" + dnsName + "\"");
    }
    Ia5StringPtr text(ASN1_IA5STRING_new());
    if (!text || ASN1_STRING_set(text.get(), dnsName.data(), static_cast<int>(dnsName.size())) != 1) {
        throwOpenSslError("cannot encode a DNS name");
    }
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!name) {
        throwOpenSslError("cannot allocate a subject alternative name");
    }
    GENERAL_NAME_set0_value(name.get(), GEN_DNS, text.release());
    if (sk_GENERAL_NAME_push(names, name.get()) == 0) {
        throwOpenSslError("cannot add a subject alternative name");
    }
    name.release(); // now owned by the stack
}

void addIpAddress(GENERAL_NAMES *names, const std::string &address)
{
    OctetStringPtr octets(a2i_IPADDRESS(address.c_str()));
    if (!octets) {
        ERR_clear_error();
        throw std::invalid_argument("not a valid IP address for a certificate: \"" + address + "\"");
    }
    GeneralNamePtr name(GENERAL_NAME_new());
    if (!name) {
        throwOpenSslError("cannot allocate a subject alternative name");
    }
    GENERAL_NAME_set0_value(name.get(), GEN_IPADD, octets.release());
    if (sk_GENERAL_NAME_push(names, name.get()) == 0) {
        throwOpenSslError("cannot add a subject alternative name");
    }
    name.release();
}

void addSubjectAlternativeNames(X509 *certificate, const SelfSignedCertificateOptions &options)
{
    GeneralNamesPtr names(GENERAL_NAMES_new());
    if (!names) {
        throwOpenSslError("cannot allocate subject alternative names");
    }
    std::vector<std::string> dnsNames{"localhost"};
    for (const auto &name : options.dnsNames) {
        if (name != "localhost") {
            dnsNames.push_back(name);
        }
    }
    std::vector<std::string> ipAddresses{"127.0.0.1", "::1"};
    for (const auto &address : options.ipAddresses) {
        if (address != "127.0.0.1" && address != "::1") {
            ipAddresses.push_back(address);
        }
    }
    for (const auto &name : dnsNames) {
        addDnsName(names.get(), name);
    }
    for (const auto &address : ipAddresses) {
        addIpAddress(names.get(), address);
    }
    check(X509_add1_ext_i2d(certificate, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT),
          "cannot add the subjectAltName extension");
}

void addExtension(X509 *certificate, X509V3_CTX *context, int nid, const char *value)
{
    ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, context, nid, value));
    if (!extension) {
        throwOpenSslError(std::string("cannot create the extension ") + OBJ_nid2sn(nid));
    }
    check(X509_add_ext(certificate, extension.get(), -1), "cannot add a certificate extension");
}

void addName(X509_NAME *name, const char *field, const std::string &value)
{
    if (value.empty()) {
        return;
    }
    if (value.size() > 64) {
        throw std::invalid_argument(std::string("certificate ") + field + " longer than 64 characters");
    }
    const auto *bytes = reinterpret_cast<const unsigned char *>(value.data());
    check(X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8, bytes, static_cast<int>(value.size()), -1, 0),
          "cannot set the certificate subject");
}

X509Ptr buildCertificate(const SelfSignedCertificateOptions &options, EVP_PKEY *key)
{
    X509Ptr certificate(X509_new());
    if (!certificate) {
        throwOpenSslError("cannot allocate a certificate");
    }
    check(X509_set_version(certificate.get(), X509_VERSION_3), "cannot set the certificate version");

    // A random positive 159-bit serial number (RFC 5280: at most 20 octets, positive).
    unsigned char serialBytes[20];
    check(RAND_bytes(serialBytes, sizeof serialBytes), "cannot draw a random serial number");
    serialBytes[0] &= 0x7f;
    serialBytes[0] |= 0x01; // never a shorter encoding
    BignumPtr serial(BN_bin2bn(serialBytes, sizeof serialBytes, nullptr));
    if (!serial || BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) == nullptr) {
        throwOpenSslError("cannot set the serial number");
    }

    if (options.validity.count() < 1 || options.validity.count() > 36500) {
        throw std::invalid_argument("certificate validity must be between 1 and 36500 days");
    }
    constexpr long oneDay = 24L * 60 * 60;
    if (X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -oneDay) == nullptr ||
        X509_time_adj_ex(X509_getm_notAfter(certificate.get()), static_cast<int>(options.validity.count()), 0,
                         nullptr) == nullptr) {
        throwOpenSslError("cannot set the validity period");
    }

    X509_NAME *name = X509_get_subject_name(certificate.get());
    addName(name, "CN", options.commonName);
    addName(name, "O", options.organization);
    check(X509_set_issuer_name(certificate.get(), name), "cannot set the issuer");
    check(X509_set_pubkey(certificate.get(), key), "cannot set the public key");

    X509V3_CTX context;
    X509V3_set_ctx(&context, certificate.get(), certificate.get(), nullptr, nullptr, 0);
    // No keyUsage extension: a keyUsage without keyCertSign stops OpenSSL from treating a
    // self-signed certificate as its own trust anchor (X509_check_issued), which would make
    // the certificate unusable as the pinned CA file of our clients.
    addExtension(certificate.get(), &context, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate.get(), &context, NID_ext_key_usage, "serverAuth");
    addExtension(certificate.get(), &context, NID_subject_key_identifier, "hash");
    addExtension(certificate.get(), &context, NID_authority_key_identifier, "keyid:always");
    addSubjectAlternativeNames(certificate.get(), options);

    if (X509_sign(certificate.get(), key, EVP_sha256()) <= 0) {
        throwOpenSslError("cannot sign the certificate");
    }
    return certificate;
}

std::string drain(BIO *bio)
{
    const std::size_t pending = BIO_ctrl_pending(bio);
    std::string text(pending, '\0');
    if (pending > 0 && BIO_read(bio, text.data(), static_cast<int>(pending)) != static_cast<int>(pending)) {
        throwOpenSslError("cannot read PEM data from memory");
    }
    return text;
}

std::string errnoText(int error)
{
    return std::strerror(error);
}

/// Writes `contents` to a fresh temporary sibling of `path` with `mode`, syncs it and renames
/// it over `path`.
void writeFileAtomically(const fs::path &path, std::string_view contents, mode_t mode)
{
    std::string pattern = path.string() + ".tmp-XXXXXX";
    const int fd = ::mkstemp(pattern.data()); // created 0600, never group/world readable
    if (fd < 0) {
        const int error = errno;
        throw CertificateError("cannot create " + pattern + ": " + errnoText(error));
    }
    auto fail = [&](const char *step) {
        const int error = errno;
        ::close(fd);
        ::unlink(pattern.c_str());
        throw CertificateError(std::string("cannot ") + step + " " + path.string() + ": " + errnoText(error));
    };
    if (::fchmod(fd, mode) != 0) {
        fail("set permissions of");
    }
    std::size_t written = 0;
    while (written < contents.size()) {
        const ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            fail("write");
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) {
        fail("sync");
    }
    if (::close(fd) != 0) {
        const int error = errno;
        ::unlink(pattern.c_str());
        throw CertificateError("cannot close " + path.string() + ": " + errnoText(error));
    }
    if (::rename(pattern.c_str(), path.c_str()) != 0) {
        const int error = errno;
        ::unlink(pattern.c_str());
        throw CertificateError("cannot rename onto " + path.string() + ": " + errnoText(error));
    }
}

X509Ptr readFirstCertificate(std::string_view pem)
{
    if (pem.size() > static_cast<std::size_t>(INT_MAX)) {
        throw CertificateError("certificate file too large");
    }
    BioPtr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
    if (!bio) {
        throwOpenSslError("cannot allocate a memory BIO");
    }
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!certificate) {
        throwOpenSslError("no PEM certificate found");
    }
    return certificate;
}

} // namespace

void createSelfSignedCertificate(const SelfSignedCertificateOptions &options, const fs::path &certificateFile,
                                 const fs::path &privateKeyFile)
{
    ERR_clear_error();
    KeyPtr key = generateKey(options.keyAlgorithm);
    X509Ptr certificate = buildCertificate(options, key.get());

    BioPtr keyBio(BIO_new(BIO_s_mem()));
    BioPtr certificateBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certificateBio) {
        throwOpenSslError("cannot allocate a memory BIO");
    }
    check(PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr),
          "cannot encode the private key");
    check(PEM_write_bio_X509(certificateBio.get(), certificate.get()), "cannot encode the certificate");

    std::string keyPem = drain(keyBio.get());
    try {
        writeFileAtomically(privateKeyFile, keyPem, S_IRUSR | S_IWUSR);
    } catch (...) {
        OPENSSL_cleanse(keyPem.data(), keyPem.size());
        throw;
    }
    OPENSSL_cleanse(keyPem.data(), keyPem.size());
    writeFileAtomically(certificateFile, drain(certificateBio.get()), S_IRUSR | S_IWUSR | S_IRGRP | S_IROTH);
}

std::string certificateSha256FingerprintFromPem(std::string_view pem)
{
    ERR_clear_error();
    X509Ptr certificate = readFirstCertificate(pem);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    check(X509_digest(certificate.get(), EVP_sha256(), digest, &length), "cannot compute the fingerprint");

    static constexpr char hex[] = "0123456789ABCDEF";
    std::string fingerprint;
    fingerprint.reserve(length * 3);
    for (unsigned int i = 0; i < length; ++i) {
        if (i > 0) {
            fingerprint += ':';
        }
        fingerprint += hex[digest[i] >> 4];
        fingerprint += hex[digest[i] & 0x0f];
    }
    return fingerprint;
}

std::string certificateSha256Fingerprint(const fs::path &certificateFile)
{
    std::ifstream in(certificateFile, std::ios::binary);
    if (!in) {
        throw CertificateError("cannot open certificate file " + certificateFile.string());
    }
    std::ostringstream contents;
    contents << in.rdbuf();
    try {
        return certificateSha256FingerprintFromPem(contents.str());
    } catch (const CertificateError &error) {
        throw CertificateError(certificateFile.string() + ": " + error.what());
    }
}

} // namespace medinexus::server::net
