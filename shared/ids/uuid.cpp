#include "shared/ids/uuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace medinexus {

namespace {

constexpr quint16 kCounterMax = 0x0FFF;     // rand_a is 12 bits
constexpr quint32 kCounterSeedMask = 0x07FF; // 11 random bits: top counter bit clear
constexpr quint16 kVersion7 = 0x7000;
constexpr quint8 kVariantBits = 0x80;  // binary 10 in the two top bits of byte 8
constexpr quint8 kVariantMask = 0xC0;

// Canonical string positions of the four hyphens.
constexpr std::array<qsizetype, 4> kHyphenPositions{8, 13, 18, 23};
constexpr qsizetype kCanonicalLength = 36;

int hexValue(char16_t c) noexcept
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}

} // namespace

UuidV7Generator::UuidV7Generator(WallClock wallClockMs)
    : m_wallClockMs(wallClockMs ? std::move(wallClockMs) : WallClock(&systemWallClockMs))
{
}

qint64 UuidV7Generator::systemWallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QUuid UuidV7Generator::next()
{
    // Draw the random bits before taking the lock: the CSPRNG may make a system call
    // and does not need our state. One call fills rand_b and a possible counter seed.
    std::array<quint32, 3> random{};
    QRandomGenerator::system()->generate(random.begin(), random.end());
    const quint64 randB = (quint64{random[0]} << 32) | random[1];
    const auto counterSeed = static_cast<quint16>(random[2] & kCounterSeedMask);

    qint64 unixMs = 0;
    quint16 counter = 0;
    {
        const std::lock_guard lock(m_mutex);
        // Before 1970 cannot be encoded; clamping keeps the id valid and ordered.
        const qint64 nowMs = std::clamp(m_wallClockMs(), qint64{0}, kMaxUnixMs);
        if (nowMs > m_lastMs) {
            m_lastMs = nowMs;
            m_counter = counterSeed;
        } else if (m_counter < kCounterMax) {
            // Same millisecond, or the clock stepped back: stay on the last timestamp.
            ++m_counter;
        } else {
            // More than the counter holds in one millisecond: borrow the next one. The
            // wall clock catches up within milliseconds, so ids stay close to real time.
            if (m_lastMs == kMaxUnixMs)
                throw std::overflow_error("UUIDv7 timestamp exhausted (wall clock beyond year 10889)");
            ++m_lastMs;
            m_counter = counterSeed;
        }
        unixMs = m_lastMs;
        counter = m_counter;
    }

    const auto byteAt = [](quint64 value, int shift) { return static_cast<uchar>((value >> shift) & 0xFF); };
    const auto ts = static_cast<quint64>(unixMs);
    return QUuid(static_cast<uint>(ts >> 16),
                 static_cast<ushort>(ts & 0xFFFF),
                 static_cast<ushort>(kVersion7 | counter),
                 static_cast<uchar>(kVariantBits | ((randB >> 56) & 0x3F)),
                 byteAt(randB, 48), byteAt(randB, 40), byteAt(randB, 32),
                 byteAt(randB, 24), byteAt(randB, 16), byteAt(randB, 8), byteAt(randB, 0));
}

QUuid newUuidV7()
{
    // Function-local static: thread-safe initialisation, one monotonic state per process.
    static UuidV7Generator generator;
    return generator.next();
}

QString uuidToString(const QUuid &id)
{
    // QUuid formats its hex digits in lowercase.
    return id.toString(QUuid::WithoutBraces);
}

std::optional<QUuid> parseUuid(QStringView text)
{
    if (text.size() != kCanonicalLength)
        return std::nullopt;

    std::array<uchar, 16> bytes{};
    std::size_t nibble = 0;
    for (qsizetype i = 0; i < kCanonicalLength; ++i) {
        const char16_t c = text[i].unicode();
        if (std::find(kHyphenPositions.begin(), kHyphenPositions.end(), i) != kHyphenPositions.end()) {
            if (c != u'-')
                return std::nullopt;
            continue;
        }
        const int value = hexValue(c);
        if (value < 0)
            return std::nullopt;
        uchar &byte = bytes[nibble / 2];
        byte = static_cast<uchar>((byte << 4) | value);
        ++nibble;
    }
    // 32 hex digits are guaranteed here: 36 characters, exactly 4 of them hyphens.

    const auto be32 = [&bytes](std::size_t at) {
        return (uint{bytes[at]} << 24) | (uint{bytes[at + 1]} << 16) | (uint{bytes[at + 2]} << 8) | uint{bytes[at + 3]};
    };
    const auto be16 = [&bytes](std::size_t at) { return static_cast<ushort>((bytes[at] << 8) | bytes[at + 1]); };
    return QUuid(be32(0), be16(4), be16(6),
                 bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]);
}

bool isUuidV7(const QUuid &id)
{
    return (id.data3 & 0xF000) == kVersion7 && (id.data4[0] & kVariantMask) == kVariantBits;
}

qint64 uuidV7UnixMs(const QUuid &id)
{
    if (!isUuidV7(id))
        return -1;
    return static_cast<qint64>((quint64{id.data1} << 16) | id.data2);
}

} // namespace medinexus
