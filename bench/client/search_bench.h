#pragma once

// Search as you type over a large cache (bench/README.md). Two steps in two processes, so
// that the memory figure is that of a process which only opened the cache and searched:
// fillSearchCache() writes the cache, runSearch() types the queries.

#include <QString>

namespace medinexus::client::bench {

struct SearchOptions {
    QString workDir;
    int patients = 100000;
    int queries = 200;
    quint32 seed = 20261127;
    // An experiment for docs/performance.md, not the product's setting: the SQLite page cache
    // of the search connection in MiB (0: the product's default, SQLite's 2 MiB).
    int pageCacheMiB = 0;
};

void fillSearchCache(const SearchOptions &options);
// Prints the search and memory rows. Throws CheckFailed when a search misses its patient.
void runSearch(const SearchOptions &options);

} // namespace medinexus::client::bench
