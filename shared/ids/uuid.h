#pragma once

#include <QString>
#include <QStringView>
#include <QUuid>
#include <QtGlobal>

#include <functional>
#include <mutex>
#include <optional>

namespace medinexus {

// Record ids are UUIDv7 (RFC 9562 §5.7): minted offline by any clinic without
// coordination (62 CSPRNG bits make cross-site collisions negligible), and time-ordered,
// so primary-key B-trees grow at the end and ids sort by creation time.
//
// Layout (big-endian, as in QUuid::toRfc4122() and the canonical string):
//   48 bits unix_ts_ms | 4 bits version 0111 | 12 bits rand_a, used as a counter
//   2 bits variant 10  | 62 bits rand_b from QRandomGenerator::system()
//
// The counter follows RFC 9562 §6.2 "Method 1": when the millisecond advances it is
// seeded with 11 random bits (top bit clear, leaving at least 2048 increments of room);
// within one millisecond, or when the clock steps back, the last timestamp is kept and
// the counter incremented; when it overflows the timestamp borrows the next millisecond.
// Ids from one generator are therefore strictly increasing, as 16-byte strings and as
// canonical strings alike, even under a wall clock that jumps backwards.

// A UUIDv7 generator with its own monotonic state. The process-wide one behind
// newUuidV7() is what production code uses; a separate instance with an injected clock
// lets tests drive clock steps and counter overflow deterministically. The random bits
// always come from the system CSPRNG: a predictable source is never configurable.
class UuidV7Generator
{
public:
    // Returns the current time as Unix milliseconds (UTC). Called under the generator's
    // lock, so it must not call back into the generator.
    using WallClock = std::function<qint64()>;

    // The largest timestamp the 48-bit field holds (year 10889).
    static constexpr qint64 kMaxUnixMs = (qint64{1} << 48) - 1;

    explicit UuidV7Generator(WallClock wallClockMs = systemWallClockMs);
    UuidV7Generator(const UuidV7Generator &) = delete;
    UuidV7Generator &operator=(const UuidV7Generator &) = delete;

    // A new id, strictly greater than every id this generator returned before.
    // Thread-safe. Throws std::overflow_error only if the timestamp would have to pass
    // kMaxUnixMs, i.e. with a wall clock reading beyond the year 10889.
    QUuid next();

    // QDateTime::currentMSecsSinceEpoch(): the system clock, UTC.
    static qint64 systemWallClockMs();

private:
    const WallClock m_wallClockMs;
    std::mutex m_mutex;
    qint64 m_lastMs = -1;  // -1: nothing generated yet
    quint16 m_counter = 0; // 12 significant bits
};

// A new UUIDv7 from the process-wide generator: strictly increasing within this process,
// across all threads. Thread-safe.
QUuid newUuidV7();

// The canonical form: 36 characters, lowercase hex, hyphenated, no braces.
QString uuidToString(const QUuid &id);

// Strict inverse of uuidToString(): exactly 8-4-4-4-12 hex digits separated by '-'
// (either case accepted, since other systems print uppercase). Anything else (braces,
// URN prefix, whitespace, missing or misplaced hyphens, wrong length) gives nullopt, so a
// corrupted id is reported rather than silently reinterpreted.
// The nil UUID parses like any other well-formed value: it is syntactically valid and
// round-trips. Callers that need a real reference check QUuid::isNull() themselves
// (the domain validators do).
std::optional<QUuid> parseUuid(QStringView text);

// True if `id` has version 7 and the RFC 9562 variant (binary 10).
bool isUuidV7(const QUuid &id);

// The creation time embedded in a UUIDv7, in Unix milliseconds; -1 if `id` is not a
// UUIDv7 (a real UUIDv7 timestamp is never negative).
qint64 uuidV7UnixMs(const QUuid &id);

} // namespace medinexus
