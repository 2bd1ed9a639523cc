#include "shared/security/secret_string.h"

#include <openssl/crypto.h>

#include <atomic>
#include <cstring>
#include <utility>

namespace medinexus {

namespace {

std::atomic<detail::WipeObserver> g_wipeObserver{nullptr};

std::unique_ptr<char[]> copyOf(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return nullptr;
    auto copy = std::make_unique_for_overwrite<char[]>(static_cast<std::size_t>(bytes.size()));
    std::memcpy(copy.get(), bytes.data(), static_cast<std::size_t>(bytes.size()));
    return copy;
}

} // namespace

void secureWipe(void *data, std::size_t size) noexcept
{
    if (data == nullptr || size == 0)
        return;
    OPENSSL_cleanse(data, size);
    if (const detail::WipeObserver observer = g_wipeObserver.load(std::memory_order_acquire))
        observer(data, size);
}

void secureWipe(QByteArray &bytes) noexcept
{
    // data() on a detached array returns its own buffer without reallocating; on a shared
    // or raw-data one it would make yet another copy, so those are only released.
    if (bytes.isDetached() && !bytes.isEmpty())
        secureWipe(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void secureWipe(QString &text) noexcept
{
    if (text.isDetached() && !text.isEmpty())
        secureWipe(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

namespace detail {
void setWipeObserverForTesting(WipeObserver observer) noexcept
{
    g_wipeObserver.store(observer, std::memory_order_release);
}
} // namespace detail

SecretString::SecretString(QByteArrayView bytes) : m_data(copyOf(bytes)), m_size(bytes.size()) {}

SecretString::SecretString(QByteArray &&bytes) : SecretString(QByteArrayView(bytes))
{
    secureWipe(bytes);
}

SecretString SecretString::fromUtf16(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    return SecretString(std::move(utf8));
}

SecretString SecretString::fromUtf16(QString &&text)
{
    SecretString secret = fromUtf16(std::as_const(text));
    secureWipe(text);
    return secret;
}

SecretString::SecretString(SecretString &&other) noexcept
    : m_data(std::move(other.m_data)), m_size(std::exchange(other.m_size, 0))
{
}

SecretString &SecretString::operator=(SecretString &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::move(other.m_data);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretString::~SecretString()
{
    clear();
}

void SecretString::clear() noexcept
{
    secureWipe(m_data.get(), static_cast<std::size_t>(m_size));
    m_data.reset();
    m_size = 0;
}

bool SecretString::equals(QByteArrayView other) const noexcept
{
    if (other.size() != m_size)
        return false;
    if (m_size == 0)
        return true;
    return CRYPTO_memcmp(m_data.get(), other.data(), static_cast<std::size_t>(m_size)) == 0;
}

} // namespace medinexus
