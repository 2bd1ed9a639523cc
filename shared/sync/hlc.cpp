#include "shared/sync/hlc.h"

#include <QDateTime>

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace medinexus {

namespace {

constexpr qsizetype kWallDigits = 13;
constexpr qsizetype kCounterDigits = 5;
constexpr qsizetype kSeparatorAt = kWallDigits;
static_assert(HlcTimestamp::kStringLength == kWallDigits + 1 + kCounterDigits);

// Parses `digits` as an unsigned decimal; nullopt unless every character is an ASCII
// digit (QChar::isDigit() would also accept e.g. Arabic-Indic digits).
std::optional<qint64> parseAsciiDigits(QStringView digits)
{
    qint64 value = 0;
    for (const QChar c : digits) {
        const char16_t code = c.unicode();
        if (code < u'0' || code > u'9')
            return std::nullopt;
        value = value * 10 + (code - u'0'); // at most 13 digits: no overflow
    }
    return value;
}

// The timestamp (wallMs, counter), carrying a counter overflow into the next millisecond
// so the result is still greater than everything it was derived from.
HlcTimestamp makeTimestamp(qint64 wallMs, quint64 counter)
{
    if (counter <= HlcTimestamp::kMaxCounter)
        return {wallMs, static_cast<quint32>(counter)};
    if (wallMs >= HlcTimestamp::kMaxWallMs)
        throw std::overflow_error("hybrid logical clock exhausted (beyond year 2286)");
    return {wallMs + 1, 0};
}

} // namespace

QString HlcTimestamp::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-%2")
        .arg(wallMs, static_cast<int>(kWallDigits), 10, QLatin1Char('0'))
        .arg(counter, static_cast<int>(kCounterDigits), 10, QLatin1Char('0'));
}

std::optional<HlcTimestamp> HlcTimestamp::parse(QStringView text)
{
    if (text.size() != kStringLength || text[kSeparatorAt] != QLatin1Char('-'))
        return std::nullopt;
    const auto wall = parseAsciiDigits(text.first(kWallDigits));
    const auto counter = parseAsciiDigits(text.sliced(kSeparatorAt + 1));
    if (!wall || !counter || *counter > kMaxCounter)
        return std::nullopt;
    return HlcTimestamp{*wall, static_cast<quint32>(*counter)};
}

HybridLogicalClock::HybridLogicalClock(WallClock wallClockMs, std::chrono::milliseconds maxDrift)
    : m_wallClockMs(wallClockMs ? std::move(wallClockMs) : WallClock(&systemWallClockMs))
    , m_maxDrift(std::max(maxDrift, std::chrono::milliseconds::zero()))
{
}

qint64 HybridLogicalClock::systemWallClockMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 HybridLogicalClock::physicalNowLocked() const
{
    // A clock before 1970 or past the representable range is broken; clamping keeps the
    // arithmetic below in range (the counter still guarantees monotonicity).
    return std::clamp(m_wallClockMs(), qint64{0}, HlcTimestamp::kMaxWallMs);
}

HlcTimestamp HybridLogicalClock::now()
{
    const std::lock_guard lock(m_mutex);
    const qint64 physical = physicalNowLocked();
    const HlcTimestamp previous = m_last;
    if (physical > previous.wallMs)
        m_last = HlcTimestamp{physical, 0};
    else // same millisecond, or the wall clock went back: keep our time, count on
        m_last = makeTimestamp(previous.wallMs, quint64{previous.counter} + 1);
    return m_last;
}

std::optional<HlcTimestamp> HybridLogicalClock::observe(const HlcTimestamp &remote)
{
    if (!remote.isValid())
        return std::nullopt;

    const std::lock_guard lock(m_mutex);
    const qint64 physical = physicalNowLocked();
    // Both values are within [0, kMaxWallMs], so the difference cannot overflow.
    if (remote.wallMs - physical > m_maxDrift.count())
        return std::nullopt;

    const HlcTimestamp previous = m_last;
    const qint64 wallMs = std::max({previous.wallMs, remote.wallMs, physical});
    quint64 counter = 0; // the wall clock is ahead of both: a fresh millisecond
    if (wallMs == previous.wallMs && wallMs == remote.wallMs)
        counter = quint64{std::max(previous.counter, remote.counter)} + 1;
    else if (wallMs == previous.wallMs)
        counter = quint64{previous.counter} + 1;
    else if (wallMs == remote.wallMs)
        counter = quint64{remote.counter} + 1;
    m_last = makeTimestamp(wallMs, counter);
    return m_last;
}

HlcTimestamp HybridLogicalClock::current() const
{
    const std::lock_guard lock(m_mutex);
    return m_last;
}

bool HybridLogicalClock::restore(const HlcTimestamp &persisted)
{
    if (!persisted.isValid())
        return false;
    const std::lock_guard lock(m_mutex);
    m_last = std::max(m_last, persisted);
    return true;
}

} // namespace medinexus
