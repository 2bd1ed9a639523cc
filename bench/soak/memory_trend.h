#pragma once

// Whether a server's resident memory stayed flat after its warm-up, from RSS samples.
//
// The judgement: the RSS at the end may exceed the RSS at the end of the warm-up by at most
// max(flatMiB, flatPercent % of it). Why a margin at all: after warm-up the server still holds
// memory that is not a leak and moves with the load: SQLite's page cache (up to 2 MiB per
// connection: the writer and the read pool) fills as the database grows, glibc keeps freed
// blocks in its per-thread arenas (up to 8 per core), and each of the 50 keep-alive
// connections holds Beast and TLS buffers sized by its largest recent message (a pull page
// reaches hundreds of KiB). Together a few MiB to about 20 MiB. A leak of anything per request
// grows without bound instead: it shows in the slope, reported in MiB per minute beside it.

#include "bench/soak/rss_sampler.h"

#include <string>
#include <vector>

namespace medinexus::bench {

struct MemoryTrend {
    double warmupEndSeconds = 0;
    double startMiB = 0;     ///< first sample
    double warmupMiB = 0;    ///< first sample at or after the end of the warm-up
    double endMiB = 0;       ///< last sample
    double maxAfterWarmupMiB = 0;
    double growthMiB = 0;    ///< endMiB - warmupMiB
    double growthPercent = 0;
    double slopeMiBPerMinute = 0; ///< least squares over the samples after the warm-up
    double allowedGrowthMiB = 0;  ///< max(flatMiB, flatPercent % of warmupMiB)
    bool flat = false;
    int samplesAfterWarmup = 0;
};

/// Needs at least two samples after the warm-up; throws std::invalid_argument otherwise.
MemoryTrend analyseMemory(const std::vector<RssSample> &samples, double warmupEndSeconds, double flatMiB,
                          double flatPercent);

/// "t=0s 41.2, t=5s 52.0, ..." every `everySeconds` (MiB).
std::string describeSeries(const std::vector<RssSample> &samples, double everySeconds);

} // namespace medinexus::bench
