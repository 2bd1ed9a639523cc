#pragma once

// The benchmark community: a server data directory holding facilities, staff and N patients
// with M clinical entries, written through the server's own write path (ChangeApplier).

#include <QString>

#include <cstdint>

namespace medinexus::server::bench {

// Every account of a generated community has this password (synthetic data only).
inline constexpr char kBenchPassword[] = "bench-medinexus-2026";
// The doctor the client benchmarks log in as.
inline constexpr char kBenchDoctor[] = "dr.1.1";

struct GeneratorOptions {
    QString dataDir;            // must not hold a store yet
    int patients = 10000;
    qint64 entries = 200000;
    int changesPerTransaction = 5000;
    quint32 seed = 20261127;
};

struct GeneratedCommunity {
    int facilities = 0;  // the administrator's included
    int users = 0;       // the administrator included
    int patients = 0;
    qint64 entries = 0;
    double seconds = 0;  // patients and entries only
};

GeneratedCommunity generateCommunity(const GeneratorOptions &options);

} // namespace medinexus::server::bench
