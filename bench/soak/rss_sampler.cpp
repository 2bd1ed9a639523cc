#include "bench/soak/rss_sampler.h"

#include <fstream>
#include <sstream>
#include <string>

namespace medinexus::bench {

std::optional<std::uint64_t> readVmRssKiB(int pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        // "VmRSS:     41236 kB"
        if (line.rfind("VmRSS:", 0) == 0) {
            std::istringstream fields(line.substr(6));
            std::uint64_t kib = 0;
            std::string unit;
            if (fields >> kib >> unit && unit == "kB") {
                return kib;
            }
            return std::nullopt;
        }
    }
    return std::nullopt;
}

RssSampler::RssSampler(int pid, std::chrono::milliseconds interval)
    : pid_(pid), interval_(interval), started_(std::chrono::steady_clock::now())
{
    sampleOnce();
    thread_ = std::jthread([this](std::stop_token stop) {
        std::unique_lock lock(mutex_);
        while (!stop.stop_requested()) {
            // Returns early only when stopped.
            if (wake_.wait_for(lock, stop, interval_, [] { return false; }) || stop.stop_requested()) {
                return;
            }
            lock.unlock();
            sampleOnce();
            lock.lock();
        }
    });
}

RssSampler::~RssSampler()
{
    stop();
}

void RssSampler::stop()
{
    {
        std::lock_guard lock(mutex_);
        if (stopped_) {
            return;
        }
        stopped_ = true;
    }
    thread_.request_stop();
    if (thread_.joinable()) {
        thread_.join();
    }
    sampleOnce();
}

void RssSampler::sampleOnce()
{
    const auto kib = readVmRssKiB(pid_);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    std::lock_guard lock(mutex_);
    if (kib) {
        samples_.push_back(RssSample{seconds, *kib});
    } else {
        ++missed_;
    }
}

std::vector<RssSample> RssSampler::samples() const
{
    std::lock_guard lock(mutex_);
    return samples_;
}

int RssSampler::missedSamples() const
{
    std::lock_guard lock(mutex_);
    return missed_;
}

} // namespace medinexus::bench
