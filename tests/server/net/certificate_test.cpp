// Self-signed certificate creation, fingerprints (checked against the openssl command line) and
// the TLS context policy.

#include "server/net/certificate.h"
#include "server/net/tls_context.h"
#include "test_support.h"

#include <gtest/gtest.h>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <memory>
#include <regex>

namespace medinexus::server::net::test {
namespace {

namespace fs = std::filesystem;

struct X509Free {
    void operator()(X509 *certificate) const noexcept { X509_free(certificate); }
};
using X509Ptr = std::unique_ptr<X509, X509Free>;

X509Ptr readCertificate(const fs::path &path)
{
    std::unique_ptr<FILE, int (*)(FILE *)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        return nullptr;
    }
    return X509Ptr(PEM_read_X509(file.get(), nullptr, nullptr, nullptr));
}

/// Runs a shell command; its standard output, or nullopt when it cannot run or fails.
std::optional<std::string> runCommand(const std::string &command)
{
    std::unique_ptr<FILE, int (*)(FILE *)> pipe(::popen(command.c_str(), "r"), &::pclose);
    if (!pipe) {
        return std::nullopt;
    }
    std::string output;
    std::array<char, 256> buffer{};
    while (std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get()) != nullptr) {
        output += buffer.data();
    }
    if (::pclose(pipe.release()) != 0) {
        return std::nullopt;
    }
    return output;
}

bool haveOpenSslTool()
{
    return runCommand("openssl version 2>/dev/null").has_value();
}

TEST(CertificateTest, FingerprintMatchesTheOpenSslCommandLine)
{
    if (!haveOpenSslTool()) {
        GTEST_SKIP() << "the openssl command is not installed";
    }
    TempDir directory;
    const fs::path certificate = directory.path() / "server.crt";
    createSelfSignedCertificate({}, certificate, directory.path() / "server.key");

    const std::string ours = certificateSha256Fingerprint(certificate);
    EXPECT_TRUE(std::regex_match(ours, std::regex("([0-9A-F]{2}:){31}[0-9A-F]{2}"))) << ours;

    const auto output =
        runCommand("openssl x509 -noout -fingerprint -sha256 -in '" + certificate.string() + "' 2>/dev/null");
    ASSERT_TRUE(output.has_value());
    const std::size_t equals = output->find('=');
    ASSERT_NE(equals, std::string::npos) << *output;
    std::string theirs = output->substr(equals + 1);
    while (!theirs.empty() && (theirs.back() == '\n' || theirs.back() == '\r')) {
        theirs.pop_back();
    }
    EXPECT_EQ(ours, theirs);

    std::ifstream in(certificate);
    std::ostringstream pem;
    pem << in.rdbuf();
    EXPECT_EQ(certificateSha256FingerprintFromPem(pem.str()), ours);
}

TEST(CertificateTest, KeyFileIsReadableByTheOwnerOnly)
{
    TempDir directory;
    const fs::path key = directory.path() / "server.key";
    const fs::path certificate = directory.path() / "server.crt";
    createSelfSignedCertificate({}, certificate, key);
    EXPECT_EQ(fs::status(key).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
    EXPECT_NE(fs::status(certificate).permissions() & fs::perms::others_read, fs::perms::none);
    for (const auto &entry : fs::directory_iterator(directory.path())) {
        EXPECT_EQ(entry.path().string().find(".tmp-"), std::string::npos) << "no temporary file left behind";
    }
    std::ifstream in(key);
    std::string firstLine;
    std::getline(in, firstLine);
    EXPECT_EQ(firstLine, "-----BEGIN PRIVATE KEY-----");
}

TEST(CertificateTest, EcCertificateNamesTheServerAndLastsTenYears)
{
    TempDir directory;
    SelfSignedCertificateOptions options;
    options.commonName = "clinic-server";
    options.dnsNames = {"clinic.example.org", "*.wards.example.org"};
    options.ipAddresses = {"192.168.1.20", "fd00::20"};
    const fs::path certificate = directory.path() / "server.crt";
    createSelfSignedCertificate(options, certificate, directory.path() / "server.key");

    const X509Ptr x509 = readCertificate(certificate);
    ASSERT_TRUE(x509);
    EXPECT_EQ(X509_check_host(x509.get(), "localhost", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_host(x509.get(), "clinic.example.org", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_host(x509.get(), "bed1.wards.example.org", 0, 0, nullptr), 1);
    EXPECT_EQ(X509_check_host(x509.get(), "other.example.org", 0, 0, nullptr), 0);
    EXPECT_EQ(X509_check_ip_asc(x509.get(), "127.0.0.1", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(x509.get(), "::1", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(x509.get(), "192.168.1.20", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(x509.get(), "fd00::20", 0), 1);
    EXPECT_EQ(X509_check_ip_asc(x509.get(), "10.0.0.1", 0), 0);
    EXPECT_EQ(X509_check_purpose(x509.get(), X509_PURPOSE_SSL_SERVER, 0), 1);

    int days = 0;
    int seconds = 0;
    ASSERT_EQ(ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(x509.get())), 1);
    EXPECT_GE(days, 3648);
    EXPECT_LE(days, 3650);
    EXPECT_LT(X509_cmp_current_time(X509_get0_notBefore(x509.get())), 0) << "already valid";

    EVP_PKEY *key = X509_get0_pubkey(x509.get());
    ASSERT_NE(key, nullptr);
    EXPECT_EQ(EVP_PKEY_get_base_id(key), EVP_PKEY_EC);
    char group[64] = {};
    ASSERT_EQ(EVP_PKEY_get_group_name(key, group, sizeof group, nullptr), 1);
    EXPECT_STREQ(group, "prime256v1");

    if (haveOpenSslTool()) { // a client that pins the certificate as its trust anchor accepts it
        const auto verified = runCommand("openssl verify -CAfile '" + certificate.string() + "' '" +
                                         certificate.string() + "' 2>&1");
        ASSERT_TRUE(verified.has_value());
        EXPECT_NE(verified->find(": OK"), std::string::npos) << *verified;
    }
}

TEST(CertificateTest, RsaCertificateUses3072BitKeysAndLoadsIntoATlsContext)
{
    TempDir directory;
    SelfSignedCertificateOptions options;
    options.keyAlgorithm = KeyAlgorithm::rsa3072;
    const fs::path certificate = directory.path() / "rsa.crt";
    const fs::path key = directory.path() / "rsa.key";
    createSelfSignedCertificate(options, certificate, key);
    const X509Ptr x509 = readCertificate(certificate);
    ASSERT_TRUE(x509);
    EXPECT_EQ(EVP_PKEY_get_base_id(X509_get0_pubkey(x509.get())), EVP_PKEY_RSA);
    EXPECT_EQ(EVP_PKEY_get_bits(X509_get0_pubkey(x509.get())), 3072);
    EXPECT_NO_THROW((void)makeServerTlsContext(certificate, key));
}

TEST(CertificateTest, MalformedNamesAreRejectedNotInjected)
{
    TempDir directory;
    SelfSignedCertificateOptions injection;
    injection.dnsNames = {"clinic.example,DNS:bank.example"};
    EXPECT_THROW(createSelfSignedCertificate(injection, directory.path() / "a.crt", directory.path() / "a.key"),
                 std::invalid_argument);
    SelfSignedCertificateOptions badIp;
    badIp.ipAddresses = {"300.1.2.3"};
    EXPECT_THROW(createSelfSignedCertificate(badIp, directory.path() / "b.crt", directory.path() / "b.key"),
                 std::invalid_argument);
    EXPECT_FALSE(fs::exists(directory.path() / "a.key"));
    EXPECT_THROW((void)certificateSha256FingerprintFromPem("not a certificate"), CertificateError);
    EXPECT_THROW((void)certificateSha256Fingerprint(directory.path() / "missing.crt"), CertificateError);
}

TEST(TlsContextTest, LoadFailuresNameTheFile)
{
    TempDir directory;
    const fs::path missing = directory.path() / "missing.crt";
    try {
        (void)makeServerTlsContext(missing, sharedTestCertificate().privateKey);
        FAIL() << "expected CertificateError";
    } catch (const CertificateError &error) {
        EXPECT_NE(std::string(error.what()).find(missing.string()), std::string::npos) << error.what();
    }

    // A key from another certificate.
    createSelfSignedCertificate({}, directory.path() / "other.crt", directory.path() / "other.key");
    try {
        (void)makeServerTlsContext(sharedTestCertificate().certificate, directory.path() / "other.key");
        FAIL() << "expected CertificateError";
    } catch (const CertificateError &error) {
        EXPECT_NE(std::string(error.what()).find("does not match"), std::string::npos) << error.what();
    }
}

TEST(TlsContextTest, EnablesOnlyTls12PlusWithEcdheAeadSuites)
{
    const TestCertificate &files = sharedTestCertificate();
    auto context = makeServerTlsContext(files.certificate, files.privateKey);
    SSL_CTX *native = context.native_handle();
    EXPECT_EQ(SSL_CTX_get_min_proto_version(native), TLS1_2_VERSION);

    const uint64_t options = SSL_CTX_get_options(native);
    EXPECT_NE(options & SSL_OP_CIPHER_SERVER_PREFERENCE, 0U);
    EXPECT_NE(options & SSL_OP_NO_RENEGOTIATION, 0U);
    EXPECT_NE(options & SSL_OP_NO_COMPRESSION, 0U);
    EXPECT_EQ(options & SSL_OP_ALLOW_CLIENT_RENEGOTIATION, 0U);

    STACK_OF(SSL_CIPHER) *ciphers = SSL_CTX_get_ciphers(native);
    ASSERT_NE(ciphers, nullptr);
    ASSERT_GT(sk_SSL_CIPHER_num(ciphers), 0);
    for (int i = 0; i < sk_SSL_CIPHER_num(ciphers); ++i) {
        const SSL_CIPHER *cipher = sk_SSL_CIPHER_value(ciphers, i);
        const std::string name = SSL_CIPHER_get_name(cipher);
        EXPECT_EQ(SSL_CIPHER_is_aead(cipher), 1) << name << " is not AEAD";
        const int keyExchange = SSL_CIPHER_get_kx_nid(cipher);
        EXPECT_TRUE(keyExchange == NID_kx_ecdhe || keyExchange == NID_kx_any) << name << " lacks ECDHE";
    }
}

} // namespace
} // namespace medinexus::server::net::test
