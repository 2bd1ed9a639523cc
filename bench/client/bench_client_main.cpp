// medinexus-bench-client: the client side of the benchmarks (bench/README.md).
//
//   sync-push --server BIN --data-dir DIR --work DIR --patients N --entries M
//             --measurements FILE [--username U] [--password P] [--changes C]
//       Initial sync into an empty cache (and its baseline), then C offline changes pushed.
//   search-fill --work DIR [--patients P] [--seed S]
//   search --work DIR [--patients P] [--queries Q] [--seed S]
#include "bench/client/search_bench.h"
#include "bench/client/sync_push_bench.h"
#include "bench/common/bench_options.h"
#include "bench/common/bench_report.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>
#include <map>
#include <optional>
#include <string>

using namespace medinexus;
using namespace medinexus::client::bench;

using medinexus::bench::integer;
using medinexus::bench::parseOptions;
using medinexus::bench::text;
using medinexus::bench::UsageError;

namespace {

constexpr char kBenchPassword[] = "bench-medinexus-2026";  // medinexus-bench-server generate
constexpr char kBenchDoctor[] = "dr.1.1";

SearchOptions searchOptions(const std::map<QString, QString> &values)
{
    SearchOptions parsed;
    parsed.workDir = text(values, "work");
    parsed.patients = static_cast<int>(integer(values, "patients", parsed.patients));
    parsed.queries = static_cast<int>(integer(values, "queries", parsed.queries));
    parsed.seed = static_cast<quint32>(integer(values, "seed", parsed.seed));
    parsed.pageCacheMiB = static_cast<int>(integer(values, "page-cache-mib", 0));
    if (parsed.patients < 1 || parsed.patients >= (1 << 20))
        throw UsageError("--patients: 1 to 1048575");
    return parsed;
}

int run(const QString &verb, const std::map<QString, QString> &values)
{
    if (verb == QLatin1String("sync-push")) {
        SyncPushOptions syncOptions;
        syncOptions.serverBinary = text(values, "server");
        syncOptions.dataDir = text(values, "data-dir");
        syncOptions.workDir = text(values, "work");
        syncOptions.username = text(values, "username", kBenchDoctor);
        syncOptions.password = text(values, "password", kBenchPassword);
        syncOptions.expectedPatients = static_cast<int>(integer(values, "patients"));
        syncOptions.expectedEntries = integer(values, "entries");
        syncOptions.changes = static_cast<int>(integer(values, "changes", syncOptions.changes));
        syncOptions.measurementsFile = text(values, "measurements");
        runSyncPush(syncOptions);
        return 0;
    }
    if (verb == QLatin1String("search-fill")) {
        fillSearchCache(searchOptions(values));
        return 0;
    }
    if (verb == QLatin1String("search")) {
        runSearch(searchOptions(values));
        return 0;
    }
    throw UsageError("unknown verb");
}

} // namespace

int main(int argc, char **argv)
{
    // No keychain: the cache key takes the password-wrapped path, as on a machine without one.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    try {
        return run(arguments.value(1), parseOptions(arguments));
    } catch (const UsageError &error) {
        std::fprintf(stderr, "medinexus-bench-client: %s\nusage: medinexus-bench-client sync-push --server BIN "
                             "--data-dir DIR --work DIR --patients N --entries M --measurements FILE [--changes C]\n"
                             "       medinexus-bench-client search-fill --work DIR [--patients P] [--seed S]\n"
                             "       medinexus-bench-client search --work DIR [--patients P] [--queries Q] [--seed S] [--page-cache-mib N]\n",
                     error.what());
        return 64;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "medinexus-bench-client: %s\n", error.what());
        return 1;
    }
}
