#pragma once

// What every benchmark program shares: the row it prints (the format of bench/README.md),
// a stopwatch, and the process figures read from /proc (CPU time, memory).

#include <QString>

#include <chrono>
#include <optional>
#include <stdexcept>
#include <vector>

#include <sys/types.h>

namespace medinexus::bench {

// One figure beside its same-run baseline.
struct FigureRow {
    QString figure;
    double value = 0;
    QString unit;
    QString baseline;
    std::optional<double> baselineValue;
    QString target;            // empty: no target
    std::optional<bool> met;   // set when there is a target
};

// Prints the row on stdout as TAB-separated fields (bench/README.md), ratio included.
void printRow(const FigureRow &row);

// Progress and diagnostics: stderr, so that stdout holds rows only.
void progress(const QString &message);

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    void restart() { start_ = std::chrono::steady_clock::now(); }
    [[nodiscard]] double seconds() const
    {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    [[nodiscard]] double milliseconds() const { return seconds() * 1000.0; }

private:
    std::chrono::steady_clock::time_point start_;
};

// utime + stime of a process, from /proc/<pid>/stat, in seconds. Throws when unreadable.
double processCpuSeconds(pid_t pid);
// CPU time of this process (all threads), in seconds.
double ownCpuSeconds();

// VmHWM and VmRSS of this process, from /proc/self/status, in MiB.
struct MemoryFigures {
    double peakMiB = 0;      // VmHWM
    double residentMiB = 0;  // VmRSS
};
MemoryFigures ownMemory();

// The p-th percentile (0..100) by nearest rank; throws on an empty sample.
double percentile(std::vector<double> sample, double p);

// A failed correctness check: the program stops with this message (exit code 1).
class CheckFailed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
void check(bool condition, const QString &what);

} // namespace medinexus::bench
