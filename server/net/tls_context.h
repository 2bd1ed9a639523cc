#pragma once

#include <boost/asio/ssl/context.hpp>

#include <filesystem>

namespace medinexus::server::net {

/// The server's TLS configuration, loaded from a PEM certificate chain (leaf first) and its
/// PEM private key (unencrypted). Policy: TLS 1.2 and 1.3 only; ECDHE key exchange with AEAD
/// ciphers only (AES-GCM, ChaCha20-Poly1305: no CBC, no RSA key exchange, no DHE); the
/// server's cipher order wins; no compression; no renegotiation; no session tickets (a
/// ticket key that lives as long as the process would weaken forward secrecy); ALPN answers
/// "http/1.1" only.
/// Throws CertificateError (certificate.h) naming the file when loading fails or when the
/// key does not match the certificate.
[[nodiscard]] boost::asio::ssl::context makeServerTlsContext(const std::filesystem::path &certificateChainFile,
                                                             const std::filesystem::path &privateKeyFile);

/// Applies the policy above to a context (makeServerTlsContext calls it). Exposed so that
/// tests and tools can build a context from in-memory material with the same policy.
void applyServerTlsPolicy(boost::asio::ssl::context &context);

} // namespace medinexus::server::net
