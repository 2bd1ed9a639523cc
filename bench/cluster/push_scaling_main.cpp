// medinexus-bench-cluster: pushes per second through one server node and through two, on
// one PostgreSQL primary with a synchronous standby (the production set-up of issue 6).
// The one-node figure is the same-run baseline of the two-node one.
//
//   medinexus-bench-cluster --server BIN [--clients N] [--seconds S] [--batch B]
//
// Each client is a ResilientPusher (tests/support): a doctor's workstation pushing batches of
// B new notes, one batch in flight at a time, as fast as the server answers. Prints rows in
// the format of bench/README.md; exits non-zero when a push failed.
#include "bench/common/bench_options.h"
#include "bench/common/bench_report.h"

#include "tests/support/node_cluster.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>
#include <thread>

namespace {

using namespace medinexus;

struct Phase {
    double pushesPerSecond = 0;
    double changesPerSecond = 0;
    std::vector<std::string> failures;
};

Phase measure(const test::TwoNodeServer &server, bool oneNode, int clients, int batch, int seconds)
{
    test::PusherFleet fleet(server, clients, oneNode);
    // Warm-up: connections, sessions, the database's caches.
    if (!fleet.waitForAcknowledged(3, std::chrono::seconds(60)))
        throw std::runtime_error("the pushers did not start: " + (fleet.failures().empty() ? std::string("timeout") : fleet.failures().front()));
    const std::uint64_t before = fleet.acknowledgedBatches();
    const bench::Stopwatch watch;
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    const std::uint64_t after = fleet.acknowledgedBatches();
    const double elapsed = watch.seconds();
    fleet.stop();
    Phase phase;
    phase.pushesPerSecond = static_cast<double>(after - before) / elapsed;
    phase.changesPerSecond = phase.pushesPerSecond * batch;
    phase.failures = fleet.failures();
    return phase;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    try {
        // parseOptions() reads what follows a program and its verb; this program has no verb.
        QStringList arguments = QCoreApplication::arguments();
        arguments.insert(1, QStringLiteral("push"));
        const bench::Options options = bench::parseOptions(arguments);
        const QString serverBinary = bench::text(options, "server");
        const int clients = static_cast<int>(bench::integer(options, "clients", 16));
        const int seconds = static_cast<int>(bench::integer(options, "seconds", 20));
        const int batch = static_cast<int>(bench::integer(options, "batch", 1));
        if (clients < 1 || seconds < 1 || batch < 1 || batch > 100)
            throw std::invalid_argument("--clients, --seconds and --batch (at most 100) must be positive");

        bench::progress(QStringLiteral("starting PostgreSQL (primary + synchronous standby) and two server nodes"));
        test::PostgresCluster::Options database;
        database.withStandby = true;
        database.synchronousStandby = true;
        const test::TwoNodeServer server(serverBinary.toStdString(), database, 20);

        bench::progress(QStringLiteral("%1 clients on one node for %2 s").arg(clients).arg(seconds));
        const Phase one = measure(server, true, clients, batch, seconds);
        bench::progress(QStringLiteral("%1 clients spread over two nodes for %2 s").arg(clients).arg(seconds));
        const Phase two = measure(server, false, clients, batch, seconds);

        const QString what = QStringLiteral("pushes of %1 change%2, %3 clients").arg(batch).arg(batch > 1 ? QStringLiteral("s") : QString()).arg(clients);
        bench::printRow({QStringLiteral("%1, 1 node").arg(what), one.pushesPerSecond, QStringLiteral("push/s"), {}, std::nullopt, {}, std::nullopt});
        bench::printRow({QStringLiteral("%1, 2 nodes").arg(what), two.pushesPerSecond, QStringLiteral("push/s"),
                         QStringLiteral("1 node"), one.pushesPerSecond, {}, std::nullopt});
        int failed = 0;
        if (one.pushesPerSecond <= 0 || two.pushesPerSecond <= 0) {
            std::fprintf(stderr, "a phase acknowledged no push\n");
            ++failed;
        }
        for (const Phase *phase : {&one, &two}) {
            for (const std::string &failure : phase->failures) {
                std::fprintf(stderr, "push failure: %s\n", failure.c_str());
                ++failed;
            }
        }
        return failed == 0 ? 0 : 1;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "medinexus-bench-cluster: %s\n", error.what());
        return 1;
    }
}
