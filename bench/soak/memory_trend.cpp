#include "bench/soak/memory_trend.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <stdexcept>

namespace medinexus::bench {

namespace {

double mib(std::uint64_t kib)
{
    return static_cast<double>(kib) / 1024.0;
}

std::string sampleText(const RssSample &sample)
{
    char text[64];
    std::snprintf(text, sizeof text, "t=%.0fs %.1f", sample.seconds, mib(sample.kib));
    return text;
}

} // namespace

MemoryTrend analyseMemory(const std::vector<RssSample> &samples, double warmupEndSeconds, double flatMiB,
                          double flatPercent)
{
    std::vector<RssSample> after;
    std::copy_if(samples.begin(), samples.end(), std::back_inserter(after),
                 [&](const RssSample &sample) { return sample.seconds >= warmupEndSeconds; });
    if (samples.empty() || after.size() < 2) {
        throw std::invalid_argument("too few memory samples after the warm-up (" + std::to_string(after.size()) + ")");
    }
    MemoryTrend trend;
    trend.warmupEndSeconds = warmupEndSeconds;
    trend.samplesAfterWarmup = static_cast<int>(after.size());
    trend.startMiB = mib(samples.front().kib);
    trend.warmupMiB = mib(after.front().kib);
    trend.endMiB = mib(after.back().kib);
    trend.maxAfterWarmupMiB = mib(std::max_element(after.begin(), after.end(), [](const RssSample &a, const RssSample &b) {
                                      return a.kib < b.kib;
                                  })->kib);
    trend.growthMiB = trend.endMiB - trend.warmupMiB;
    trend.growthPercent = trend.warmupMiB > 0 ? 100.0 * trend.growthMiB / trend.warmupMiB : 0;

    double meanT = 0;
    double meanM = 0;
    for (const RssSample &sample : after) {
        meanT += sample.seconds;
        meanM += mib(sample.kib);
    }
    meanT /= static_cast<double>(after.size());
    meanM /= static_cast<double>(after.size());
    double covariance = 0;
    double variance = 0;
    for (const RssSample &sample : after) {
        covariance += (sample.seconds - meanT) * (mib(sample.kib) - meanM);
        variance += (sample.seconds - meanT) * (sample.seconds - meanT);
    }
    trend.slopeMiBPerMinute = variance > 0 ? 60.0 * covariance / variance : 0;

    trend.allowedGrowthMiB = std::max(flatMiB, trend.warmupMiB * flatPercent / 100.0);
    trend.flat = trend.growthMiB <= trend.allowedGrowthMiB;
    return trend;
}

std::string describeSeries(const std::vector<RssSample> &samples, double everySeconds)
{
    std::string text;
    std::string printedTime;
    double next = 0;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const bool last = i + 1 == samples.size();
        if (samples[i].seconds + 0.5 < next && !last) {
            continue;
        }
        const std::string sample = sampleText(samples[i]);
        // The last sample (taken at stop) may fall in the same second as the one before.
        if (last && sample.substr(0, sample.find(' ')) == printedTime) {
            continue;
        }
        printedTime = sample.substr(0, sample.find(' '));
        if (!text.empty()) {
            text += ", ";
        }
        text += sample;
        next = samples[i].seconds + everySeconds;
    }
    return text;
}

} // namespace medinexus::bench
