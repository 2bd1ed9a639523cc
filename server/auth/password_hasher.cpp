#include "server/auth/password_hasher.h"

#include <argon2.h>
#include <openssl/rand.h>

#include <array>
#include <charconv>
#include <stdexcept>
#include <string>

namespace medinexus::server {

namespace {

constexpr int kArgon2Version = ARGON2_VERSION_13;  // 19

// libargon2 refuses a null password pointer even with length 0.
constexpr char kEmptyPassword[1] = {'\0'};

const void *passwordPointer(const SecretString &password)
{
    return password.isEmpty() ? static_cast<const void *>(kEmptyPassword)
                              : static_cast<const void *>(password.view().data());
}

std::runtime_error argon2Failure(const char *what, int rc)
{
    return std::runtime_error(std::string("Argon2id ") + what + " failed: " + argon2_error_message(rc));
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// Length in bytes of an unpadded standard-base64 field; nullopt when it is not one.
std::optional<qsizetype> base64DecodedLength(QByteArrayView field)
{
    if (field.isEmpty() || field.size() % 4 == 1)
        return std::nullopt;
    for (const char c : field) {
        if (!isBase64Char(c))
            return std::nullopt;
    }
    return field.size() / 4 * 3 + (field.size() % 4 == 0 ? 0 : field.size() % 4 - 1);
}

// Consumes `prefix` from the front of `text`.
bool consume(QByteArrayView &text, QByteArrayView prefix)
{
    if (!text.startsWith(prefix))
        return false;
    text = text.sliced(prefix.size());
    return true;
}

// Consumes a decimal number without sign or leading zero that fits in 32 bits.
std::optional<std::uint32_t> consumeNumber(QByteArrayView &text)
{
    qsizetype digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9')
        ++digits;
    if (digits == 0 || digits > 10 || (digits > 1 && text[0] == '0'))
        return std::nullopt;
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + digits, value);
    if (ec != std::errc() || end != text.data() + digits)
        return std::nullopt;
    text = text.sliced(digits);
    return value;
}

bool withinAcceptedMaxima(const Argon2Parameters &p)
{
    return p.memoryKiB <= PasswordHasher::kMaxAcceptedMemoryKiB
        && p.iterations <= PasswordHasher::kMaxAcceptedIterations
        && p.parallelism <= PasswordHasher::kMaxAcceptedParallelism;
}

} // namespace

std::optional<Argon2EncodedInfo> parseArgon2idEncoded(QByteArrayView encoded)
{
    Argon2EncodedInfo info;
    QByteArrayView rest = encoded;
    if (!consume(rest, "$argon2id$v="))
        return std::nullopt;
    const auto version = consumeNumber(rest);
    if (!version || !consume(rest, "$m="))
        return std::nullopt;
    const auto memory = consumeNumber(rest);
    if (!memory || !consume(rest, ",t="))
        return std::nullopt;
    const auto iterations = consumeNumber(rest);
    if (!iterations || !consume(rest, ",p="))
        return std::nullopt;
    const auto parallelism = consumeNumber(rest);
    if (!parallelism || !consume(rest, "$"))
        return std::nullopt;
    const qsizetype separator = rest.indexOf('$');
    if (separator < 0)
        return std::nullopt;
    const auto saltBytes = base64DecodedLength(rest.first(separator));
    const auto hashBytes = base64DecodedLength(rest.sliced(separator + 1));
    if (!saltBytes || !hashBytes)
        return std::nullopt;

    info.version = static_cast<int>(*version);
    info.parameters = {*memory, *iterations, *parallelism};
    info.saltBytes = *saltBytes;
    info.hashBytes = *hashBytes;
    if (info.version != kArgon2Version || !withinAcceptedMaxima(info.parameters)
        || info.parameters.iterations < 1 || info.parameters.parallelism < 1
        || info.parameters.memoryKiB < 8 * info.parameters.parallelism)
        return std::nullopt;
    return info;
}

PasswordHasher::PasswordHasher(Argon2Parameters policy) : m_policy(policy)
{
    if (policy.memoryKiB < kMinimumParameters.memoryKiB || policy.iterations < kMinimumParameters.iterations
        || policy.parallelism < kMinimumParameters.parallelism)
        throw std::invalid_argument("Argon2id parameters below the minimum policy (m=19456 KiB, t=2, p=1)");
    if (!withinAcceptedMaxima(policy))
        throw std::invalid_argument("Argon2id parameters beyond the accepted maxima");

    std::array<unsigned char, 32> random{};
    if (RAND_bytes(random.data(), static_cast<int>(random.size())) != 1)
        throw std::runtime_error("the system random generator failed");
    const SecretString unknowable{QByteArrayView(random.data(), static_cast<qsizetype>(random.size()))};
    secureWipe(random.data(), random.size());
    m_dummyHash = hashPassword(unknowable);
}

QByteArray PasswordHasher::hashPassword(const SecretString &password) const
{
    std::array<unsigned char, kSaltBytes> salt{};
    if (RAND_bytes(salt.data(), static_cast<int>(salt.size())) != 1)
        throw std::runtime_error("the system random generator failed");

    const std::size_t encodedLength = argon2_encodedlen(m_policy.iterations, m_policy.memoryKiB, m_policy.parallelism,
                                                        kSaltBytes, kHashBytes, Argon2_id);
    QByteArray encoded(static_cast<qsizetype>(encodedLength), '\0');
    const int rc = argon2id_hash_encoded(m_policy.iterations, m_policy.memoryKiB, m_policy.parallelism,
                                         passwordPointer(password), static_cast<std::size_t>(password.size()),
                                         salt.data(), salt.size(), kHashBytes, encoded.data(), encodedLength);
    if (rc != ARGON2_OK)
        throw argon2Failure("hashing", rc);
    // argon2_encodedlen() counts the terminating NUL and is an upper bound.
    encoded.truncate(encoded.indexOf('\0'));
    return encoded;
}

bool PasswordHasher::verifyPassword(const SecretString &password, const QByteArray &encoded) const
{
    // Parsing first also rules out an embedded NUL, which would make libargon2 read a
    // prefix of the stored string.
    if (!parseArgon2idEncoded(encoded))
        return false;
    return argon2id_verify(encoded.constData(), passwordPointer(password), static_cast<std::size_t>(password.size()))
        == ARGON2_OK;
}

bool PasswordHasher::needsRehash(QByteArrayView encoded) const
{
    const auto info = parseArgon2idEncoded(encoded);
    if (!info)
        return true;
    const Argon2Parameters &p = info->parameters;
    return p.memoryKiB < m_policy.memoryKiB || p.iterations < m_policy.iterations
        || p.parallelism < m_policy.parallelism || info->saltBytes < kSaltBytes || info->hashBytes < kHashBytes;
}

bool PasswordHasher::verifyAgainstDummy(const SecretString &password) const
{
    // The dummy's password is random and discarded: a match is impossible in practice,
    // and the result is ignored anyway so that no input can make it succeed.
    static_cast<void>(verifyPassword(password, m_dummyHash));
    return false;
}

} // namespace medinexus::server
