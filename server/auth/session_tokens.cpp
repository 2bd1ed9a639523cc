#include "server/auth/session_tokens.h"

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>
#include <array>
#include <stdexcept>

namespace medinexus::server {

IssuedToken issueToken()
{
    std::array<unsigned char, kSessionTokenRandomBytes> random{};
    if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
        throw std::runtime_error("the system random generator failed");
    QByteArray encoded = QByteArray::fromRawData(reinterpret_cast<const char *>(random.data()),
                                                 static_cast<qsizetype>(random.size()))
                             .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    secureWipe(random.data(), random.size());

    IssuedToken issued{SecretString(std::move(encoded)), {}};
    issued.tokenHash = hashToken(issued.token.view());
    return issued;
}

QByteArray hashToken(QByteArrayView token)
{
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(token.data(), static_cast<std::size_t>(token.size()), digest.data(), &length, EVP_sha256(), nullptr)
        != 1)
        throw std::runtime_error("SHA-256 failed");
    return QByteArray(reinterpret_cast<const char *>(digest.data()), static_cast<qsizetype>(length));
}

bool looksLikeSessionToken(QByteArrayView token) noexcept
{
    return token.size() == kSessionTokenLength && std::all_of(token.begin(), token.end(), [](char c) {
               return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                   || c == '_';
           });
}

} // namespace medinexus::server
