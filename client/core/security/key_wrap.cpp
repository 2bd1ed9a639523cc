#include "client/core/security/key_wrap.h"

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <QtEndian>

#include <array>
#include <cstring>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>

namespace medinexus::client {

namespace {

constexpr char kMagic[4] = {'M', 'N', 'K', 'W'};

// libargon2 refuses a null password pointer with a non-zero length only, but an empty
// SecretString has no buffer at all: give it a valid one.
constexpr char kEmptyPassword[1] = {'\0'};

// Bytes wiped when they go out of scope: the derived key and the unwrapped plaintext.
template <std::size_t N>
class WipedBuffer {
public:
    WipedBuffer() = default;
    WipedBuffer(const WipedBuffer &) = delete;
    WipedBuffer &operator=(const WipedBuffer &) = delete;
    ~WipedBuffer() { secureWipe(m_bytes.data(), m_bytes.size()); }
    unsigned char *data() noexcept { return m_bytes.data(); }
    static constexpr std::size_t size() noexcept { return N; }

private:
    std::array<unsigned char, N> m_bytes{};
};

using KeyBuffer = WipedBuffer<static_cast<std::size_t>(WrappedKey::kKeyBytes)>;

struct CipherContextDeleter {
    void operator()(EVP_CIPHER_CTX *context) const noexcept { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

CipherContext newCipherContext()
{
    CipherContext context(EVP_CIPHER_CTX_new());
    if (!context)
        throw std::runtime_error("OpenSSL could not allocate a cipher context");
    return context;
}

const unsigned char *bytesOf(QByteArrayView view) noexcept
{
    return reinterpret_cast<const unsigned char *>(view.data());
}

int intSize(qsizetype size)
{
    if (size < 0 || size > std::numeric_limits<int>::max())
        throw std::invalid_argument("buffer too large for OpenSSL");
    return static_cast<int>(size);
}

QByteArray randomBytes(qsizetype count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(bytes.data()), intSize(count)) != 1)
        throw std::runtime_error("the system random generator failed");
    return bytes;
}

void deriveKey(const SecretString &password, QByteArrayView salt, const Argon2Parameters &parameters,
               KeyBuffer &derived)
{
    const void *passwordData = password.isEmpty() ? static_cast<const void *>(kEmptyPassword)
                                                  : static_cast<const void *>(password.view().data());
    const int rc = argon2id_hash_raw(parameters.iterations, parameters.memoryKiB, parameters.parallelism, passwordData,
                                     static_cast<std::size_t>(password.size()), salt.data(),
                                     static_cast<std::size_t>(salt.size()), derived.data(), derived.size());
    if (rc != ARGON2_OK)
        throw std::runtime_error(std::string("Argon2id key derivation failed: ") + argon2_error_message(rc));
}

// What GCM authenticates besides the ciphertext: the header, then the caller's context
// with its length so that the two parts cannot be confused with each other.
QByteArray authenticatedData(const WrappedKey &wrapped, QByteArrayView associatedData)
{
    QByteArray aad = wrapped.headerBytes();
    std::array<uchar, 8> length{};
    qToBigEndian(static_cast<quint64>(associatedData.size()), length.data());
    aad.append(reinterpret_cast<const char *>(length.data()), static_cast<qsizetype>(length.size()));
    aad.append(associatedData);
    return aad;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    std::array<uchar, 4> bytes{};
    qToBigEndian(value, bytes.data());
    out.append(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

quint32 readBigEndian(QByteArrayView bytes, qsizetype offset)
{
    return qFromBigEndian<quint32>(bytes.data() + offset);
}

} // namespace

bool Argon2Parameters::isAcceptable() const noexcept
{
    return iterations >= 1 && iterations <= kMaxIterations && parallelism >= 1 && parallelism <= kMaxParallelism
        && memoryKiB >= 8 * parallelism && memoryKiB <= kMaxMemoryKiB;
}

bool WrappedKey::isWellFormed() const noexcept
{
    return version == kFormatVersion && kdf == kKdfArgon2id13 && aead == kAeadAes256Gcm && parameters.isAcceptable()
        && salt.size() == kSaltBytes && nonce.size() == kNonceBytes && ciphertext.size() == kKeyBytes
        && tag.size() == kTagBytes;
}

QByteArray WrappedKey::headerBytes() const
{
    if (!isWellFormed())
        throw std::invalid_argument("the wrapped key is not well-formed");
    QByteArray header;
    header.reserve(kHeaderBytes);
    header.append(kMagic, sizeof kMagic);
    header.append(static_cast<char>(version));
    header.append(static_cast<char>(kdf));
    header.append(static_cast<char>(aead));
    header.append(static_cast<char>(kKeyBytes));
    appendBigEndian(header, parameters.memoryKiB);
    appendBigEndian(header, parameters.iterations);
    appendBigEndian(header, parameters.parallelism);
    header.append(salt);
    header.append(nonce);
    return header;
}

QByteArray WrappedKey::toBytes() const
{
    QByteArray bytes = headerBytes();
    bytes.reserve(kEncodedBytes);
    bytes.append(ciphertext);
    bytes.append(tag);
    return bytes;
}

std::optional<WrappedKey> WrappedKey::fromBytes(QByteArrayView bytes)
{
    if (bytes.size() != kEncodedBytes || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        return std::nullopt;
    WrappedKey wrapped;
    wrapped.version = static_cast<quint8>(bytes[4]);
    wrapped.kdf = static_cast<quint8>(bytes[5]);
    wrapped.aead = static_cast<quint8>(bytes[6]);
    if (static_cast<quint8>(bytes[7]) != kKeyBytes)
        return std::nullopt;
    wrapped.parameters = {readBigEndian(bytes, 8), readBigEndian(bytes, 12), readBigEndian(bytes, 16)};
    qsizetype offset = 20;
    const auto take = [&](qsizetype count) {
        QByteArray field = bytes.sliced(offset, count).toByteArray();
        offset += count;
        return field;
    };
    wrapped.salt = take(kSaltBytes);
    wrapped.nonce = take(kNonceBytes);
    wrapped.ciphertext = take(kKeyBytes);
    wrapped.tag = take(kTagBytes);
    if (!wrapped.isWellFormed())
        return std::nullopt;
    return wrapped;
}

SecretString generateKey()
{
    KeyBuffer key;
    // RAND_priv_bytes: OpenSSL's generator instance reserved for private values.
    if (RAND_priv_bytes(key.data(), static_cast<int>(key.size())) != 1)
        throw std::runtime_error("the system random generator failed");
    return SecretString(QByteArrayView(key.data(), static_cast<qsizetype>(key.size())));
}

WrappedKey wrapKey(const SecretString &key, const SecretString &password, QByteArrayView associatedData,
                   const Argon2Parameters &parameters)
{
    if (key.size() != WrappedKey::kKeyBytes)
        throw std::invalid_argument("the key to wrap must be 32 bytes");
    if (!parameters.isAcceptable())
        throw std::invalid_argument("Argon2id parameters out of the accepted range");

    WrappedKey wrapped;
    wrapped.parameters = parameters;
    wrapped.salt = randomBytes(WrappedKey::kSaltBytes);
    wrapped.nonce = randomBytes(WrappedKey::kNonceBytes);
    wrapped.ciphertext = QByteArray(WrappedKey::kKeyBytes, '\0');
    wrapped.tag = QByteArray(WrappedKey::kTagBytes, '\0');
    const QByteArray aad = authenticatedData(wrapped, associatedData);

    KeyBuffer derived;
    deriveKey(password, wrapped.salt, parameters, derived);

    const CipherContext context = newCipherContext();
    int length = 0;
    auto *ciphertext = reinterpret_cast<unsigned char *>(wrapped.ciphertext.data());
    if (EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, intSize(WrappedKey::kNonceBytes), nullptr) != 1
        || EVP_EncryptInit_ex(context.get(), nullptr, nullptr, derived.data(), bytesOf(wrapped.nonce)) != 1
        || EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(aad), intSize(aad.size())) != 1
        || EVP_EncryptUpdate(context.get(), ciphertext, &length, bytesOf(key.view()), intSize(key.size())) != 1
        || length != WrappedKey::kKeyBytes
        || EVP_EncryptFinal_ex(context.get(), ciphertext + length, &length) != 1 || length != 0
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, intSize(WrappedKey::kTagBytes),
                               wrapped.tag.data()) != 1)
        throw std::runtime_error("AES-256-GCM encryption failed");
    return wrapped;
}

std::optional<SecretString> unwrapKey(const WrappedKey &wrapped, const SecretString &password,
                                      QByteArrayView associatedData)
{
    if (!wrapped.isWellFormed())
        return std::nullopt;
    const QByteArray aad = authenticatedData(wrapped, associatedData);

    KeyBuffer derived;
    deriveKey(password, wrapped.salt, wrapped.parameters, derived);

    // GCM hands out plaintext before the tag is checked: it stays in this wiped buffer
    // and leaves only after EVP_DecryptFinal_ex() has verified the tag.
    KeyBuffer plaintext;
    QByteArray tag = wrapped.tag;  // EVP_CTRL_GCM_SET_TAG takes a non-const pointer
    const CipherContext context = newCipherContext();
    int length = 0;
    if (EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, intSize(WrappedKey::kNonceBytes), nullptr) != 1
        || EVP_DecryptInit_ex(context.get(), nullptr, nullptr, derived.data(), bytesOf(wrapped.nonce)) != 1
        || EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(aad), intSize(aad.size())) != 1
        || EVP_DecryptUpdate(context.get(), plaintext.data(), &length, bytesOf(wrapped.ciphertext),
                             intSize(wrapped.ciphertext.size())) != 1
        || length != WrappedKey::kKeyBytes
        || EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, intSize(tag.size()), tag.data()) != 1)
        throw std::runtime_error("AES-256-GCM decryption could not start");
    int finalLength = 0;
    if (EVP_DecryptFinal_ex(context.get(), plaintext.data() + length, &finalLength) != 1)
        return std::nullopt;  // wrong password, other associated data or tampering
    return SecretString(QByteArrayView(plaintext.data(), static_cast<qsizetype>(plaintext.size())));
}

} // namespace medinexus::client
