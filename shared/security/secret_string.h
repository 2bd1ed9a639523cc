#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <memory>

namespace medinexus {

// Bytes that must not outlive their use: passwords, bearer tokens. Held in one private
// buffer of exactly the secret's size, never implicitly shared, wiped with
// OPENSSL_cleanse() (which the optimiser cannot remove) when the holder is destroyed,
// cleared or assigned over. Move-only: a move hands the buffer over, so the moved-from
// holder is empty and there is never a second copy to forget.
//
// What it cannot do: wipe copies it never saw (the socket buffer the request came in,
// a const QString the caller keeps, freed reallocations of a growing QByteArray). Take
// secrets into a SecretString as early as possible, preferably from an rvalue, and give
// out views only for the duration of a call.
class SecretString {
public:
    SecretString() noexcept = default;
    // Copies the bytes; the caller remains responsible for the source.
    explicit SecretString(QByteArrayView bytes);
    // Copies the bytes, then wipes the source buffer when this QByteArray was its only
    // owner (a shared buffer cannot be wiped without corrupting the other owners, and a
    // raw-data QByteArray is not ours to write), and leaves `bytes` empty.
    explicit SecretString(QByteArray &&bytes);
    // UTF-8 of `text`; the caller remains responsible for the source.
    static SecretString fromUtf16(const QString &text);
    // UTF-8 of `text`, then wipes the UTF-16 source the same way as for QByteArray&&.
    static SecretString fromUtf16(QString &&text);

    SecretString(SecretString &&other) noexcept;
    SecretString &operator=(SecretString &&other) noexcept;
    SecretString(const SecretString &) = delete;
    SecretString &operator=(const SecretString &) = delete;
    ~SecretString();

    // Valid until this holder is changed or destroyed. Do not copy it into a QByteArray
    // that outlives the call.
    QByteArrayView view() const noexcept { return {m_data.get(), m_size}; }
    qsizetype size() const noexcept { return m_size; }
    bool isEmpty() const noexcept { return m_size == 0; }

    // Wipes and releases the bytes; the holder is then empty.
    void clear() noexcept;

    // Constant-time comparison of contents (the length is not hidden).
    bool equals(QByteArrayView other) const noexcept;

private:
    std::unique_ptr<char[]> m_data;
    qsizetype m_size = 0;
};

// OPENSSL_cleanse() over [data, data + size): what SecretString and the rest of
// server/auth use for every secret they drop.
void secureWipe(void *data, std::size_t size) noexcept;

// Wipes a QByteArray's bytes in place when it is their only owner, then clears it.
void secureWipe(QByteArray &bytes) noexcept;
// The same for a QString's UTF-16 buffer.
void secureWipe(QString &text) noexcept;

namespace detail {
// Test seam: when set, called by secureWipe() right after each wipe and before the memory
// is released, with the wiped range, so a test can check that the secret's own storage
// was zeroed without reading freed memory. Process-wide; nullptr (the default) turns it off.
using WipeObserver = void (*)(const void *data, std::size_t size);
void setWipeObserverForTesting(WipeObserver observer) noexcept;
} // namespace detail

} // namespace medinexus
