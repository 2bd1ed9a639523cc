#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <chrono>
#include <compare>
#include <functional>
#include <mutex>
#include <optional>

namespace medinexus {

// A hybrid logical clock timestamp (Kulkarni et al., "Logical Physical Clocks", 2014):
// wall-clock milliseconds plus a counter that orders events the wall clock cannot tell
// apart. Compared as (wallMs, counter). Stamped on every sync change so changes made by
// offline clinics merge in an order consistent with causality and close to real time.
struct HlcTimestamp {
    // 13 decimal digits (up to the year 2286) and 5 for the counter: fixed width, so the
    // string form sorts like the timestamps themselves (usable as a database sort key).
    static constexpr qint64 kMaxWallMs = 9'999'999'999'999;
    static constexpr quint32 kMaxCounter = 65'535;
    static constexpr qsizetype kStringLength = 13 + 1 + 5;

    qint64 wallMs = 0; // Unix milliseconds, UTC
    quint32 counter = 0;

    auto operator<=>(const HlcTimestamp &) const = default;

    // "WWWWWWWWWWWWW-CCCCC", e.g. "1718000000000-00003". An empty string if the fields are
    // outside their ranges (see isValid()), which parse() and every reader then reject.
    QString toString() const;

    // Strict inverse of toString(): exactly 13 ASCII digits, '-', 5 ASCII digits, and a
    // counter of at most kMaxCounter. No signs, spaces or other widths.
    static std::optional<HlcTimestamp> parse(QStringView text);

    // The zero timestamp: "no event yet". A clock never issues it.
    bool isNull() const { return wallMs == 0 && counter == 0; }

    // Both fields within the ranges the string form and the clock use.
    bool isValid() const { return wallMs >= 0 && wallMs <= kMaxWallMs && counter <= kMaxCounter; }
};

// A hybrid logical clock: every timestamp it returns is strictly greater than all it
// returned or observed before, even when the wall clock steps backwards, and never far
// from the wall clock. Thread-safe.
class HybridLogicalClock
{
public:
    // Returns the current time as Unix milliseconds (UTC). Called under the clock's lock,
    // so it must be thread-safe and must not call back into the clock.
    using WallClock = std::function<qint64()>;

    // How far ahead of our own wall clock a remote timestamp may be. Larger means the
    // remote (or our) clock is wrong: accepting it would drag this clock, and through it
    // every clinic we sync with, into the future for good. Five minutes, like Kerberos'
    // clock-skew limit: far above the drift of a clock synchronised even occasionally,
    // yet small enough that a wrong clock is surfaced to staff quickly.
    static constexpr std::chrono::milliseconds kDefaultMaxDrift = std::chrono::minutes(5);

    // A negative maxDrift counts as zero.
    explicit HybridLogicalClock(WallClock wallClockMs = systemWallClockMs,
                                std::chrono::milliseconds maxDrift = kDefaultMaxDrift);
    HybridLogicalClock(const HybridLogicalClock &) = delete;
    HybridLogicalClock &operator=(const HybridLogicalClock &) = delete;

    // Timestamp for a local event or an outgoing change (the paper's send event).
    // Throws std::overflow_error only if time would pass kMaxWallMs (year 2286).
    HlcTimestamp now();

    // Merges a timestamp received from another clinic (the paper's receive event) and
    // returns the timestamp of the receipt, greater than both `remote` and everything
    // before. Returns nullopt and leaves the clock unchanged if `remote` is invalid or
    // more than maxDrift() ahead of our wall clock; the caller should then hold the
    // change back and report a clock problem, not drop it silently.
    std::optional<HlcTimestamp> observe(const HlcTimestamp &remote);

    // The last timestamp issued or merged; null before the first event.
    HlcTimestamp current() const;

    // Raises the clock to at least `persisted`, the last timestamp saved before a restart,
    // so timestamps keep increasing even if the wall clock went back while the program was
    // not running. Local state is trusted, so no drift limit applies. False (and no
    // change) if `persisted` is invalid.
    [[nodiscard]] bool restore(const HlcTimestamp &persisted);

    std::chrono::milliseconds maxDrift() const { return m_maxDrift; }

    // QDateTime::currentMSecsSinceEpoch(): the system clock, UTC.
    static qint64 systemWallClockMs();

private:
    qint64 physicalNowLocked() const;

    const WallClock m_wallClockMs;
    const std::chrono::milliseconds m_maxDrift;
    mutable std::mutex m_mutex;
    HlcTimestamp m_last; // guarded by m_mutex
};

} // namespace medinexus
