#pragma once

// The resident memory of another process (VmRSS in /proc/<pid>/status), sampled at a fixed
// interval on a thread of its own until stopped.

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace medinexus::bench {

/// VmRSS of `pid` in KiB; nullopt when the process is gone or the line is missing.
std::optional<std::uint64_t> readVmRssKiB(int pid);

struct RssSample {
    double seconds = 0;     ///< since the sampler started
    std::uint64_t kib = 0;
};

class RssSampler {
public:
    /// Takes a first sample at once, then one every `interval`.
    RssSampler(int pid, std::chrono::milliseconds interval);
    /// Stops and joins the sampling thread.
    ~RssSampler();
    RssSampler(const RssSampler &) = delete;
    RssSampler &operator=(const RssSampler &) = delete;

    /// Takes a last sample and stops; later calls do nothing.
    void stop();
    [[nodiscard]] std::vector<RssSample> samples() const;
    /// Samples that could not be read (the process had gone).
    [[nodiscard]] int missedSamples() const;

private:
    void sampleOnce();

    const int pid_;
    const std::chrono::milliseconds interval_;
    const std::chrono::steady_clock::time_point started_;
    mutable std::mutex mutex_;
    std::condition_variable_any wake_;
    std::vector<RssSample> samples_;
    int missed_ = 0;
    bool stopped_ = false;
    std::jthread thread_;
};

} // namespace medinexus::bench
