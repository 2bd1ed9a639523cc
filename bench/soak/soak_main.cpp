// medinexus-soak: N simulated clinic workstations syncing concurrently against ONE real
// medinexus-server process for a bounded time (issue 8).
//
// It starts the server on a demo community (tests/support ServerProcess: a temporary data
// directory, `serve` on a free loopback port), creates one account per client through the admin
// API, runs the clients (bench/soak/soak_client.h) until the deadline while sampling the
// server's VmRSS every second, then pulls everything from the start and checks that every change
// the server acknowledged is there exactly once, and stops the server (it must exit 0).
//
// It passes when no request failed (no transport error, no non-2xx answer, no unexpected push
// result), every acknowledged change is on the server exactly once and the server stopped
// cleanly; with --assert-flat also when the memory stayed flat after the warm-up
// (bench/soak/memory_trend.h), with --max-rss-ratio R when the RSS at the end is at most R
// times the RSS at the end of the warm-up (a generous bound for CTest, not a flatness claim).
//
// The report goes to standard error; --rows also prints the figures as rows of the bench table
// on standard output.

#include "bench/soak/memory_trend.h"
#include "bench/soak/rss_sampler.h"
#include "bench/soak/soak_client.h"
#include "bench/soak/soak_community.h"

#include "tests/support/https_client.h"
#include "tests/support/server_process.h"

#include "shared/ids/uuid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <charconv>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using namespace medinexus;
using namespace medinexus::bench;
using Clock = std::chrono::steady_clock;

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Options {
    std::filesystem::path server;
    int clients = 50;
    int seconds = 60;
    int patients = 200;
    int warmupPercent = 25;
    int thinkMs = 0;
    bool accessLog = true;
    double flatMiB = 20;
    double flatPercent = 10;
    bool assertFlat = false;
    double maxRssRatio = 0; // 0: not asserted
    bool rows = false;
};

constexpr const char *kUsage =
    "usage: medinexus-soak [--server PATH] [--clients N] [--seconds S] [--patients N]\n"
    "                      [--warmup-percent P] [--think-ms MS] [--no-access-log]\n"
    "                      [--flat-mib MIB] [--flat-percent P] [--assert-flat]\n"
    "                      [--max-rss-ratio R] [--rows]\n"
    "defaults: 50 clients, 60 s, 200 demo patients, warm-up 25 %, no think time, the access log\n"
    "on (as in production), flat = growth after warm-up <= max(20 MiB, 10 %).\n";

double number(std::string_view name, std::string_view text, double low, double high)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value < low || value > high) {
        throw UsageError(std::string(name) + ": expected a number from " + std::to_string(low) + " to " + std::to_string(high));
    }
    return value;
}

Options parseOptions(int argc, char **argv)
{
    Options options;
#ifdef MEDINEXUS_SERVER_BINARY
    options.server = MEDINEXUS_SERVER_BINARY;
#endif
    for (int i = 1; i < argc; ++i) {
        const std::string_view name = argv[i];
        auto value = [&]() -> std::string_view {
            if (i + 1 >= argc) {
                throw UsageError(std::string(name) + " needs a value");
            }
            return argv[++i];
        };
        if (name == "--server") {
            options.server = std::string(value());
        } else if (name == "--clients") {
            options.clients = static_cast<int>(number(name, value(), 1, 1000));
        } else if (name == "--seconds") {
            options.seconds = static_cast<int>(number(name, value(), 4, 24 * 3600));
        } else if (name == "--patients") {
            options.patients = static_cast<int>(number(name, value(), 1, 100000));
        } else if (name == "--warmup-percent") {
            options.warmupPercent = static_cast<int>(number(name, value(), 0, 90));
        } else if (name == "--think-ms") {
            options.thinkMs = static_cast<int>(number(name, value(), 0, 60000));
        } else if (name == "--no-access-log") {
            options.accessLog = false;
        } else if (name == "--flat-mib") {
            options.flatMiB = number(name, value(), 0, 1e6);
        } else if (name == "--flat-percent") {
            options.flatPercent = number(name, value(), 0, 1000);
        } else if (name == "--assert-flat") {
            options.assertFlat = true;
        } else if (name == "--max-rss-ratio") {
            options.maxRssRatio = number(name, value(), 1, 1000);
        } else if (name == "--rows") {
            options.rows = true;
        } else if (name == "--help" || name == "-h") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        } else {
            throw UsageError("unknown argument " + std::string(name));
        }
    }
    if (options.server.empty()) {
        throw UsageError("--server: the medinexus-server binary to run");
    }
    return options;
}

/// The serve process's pid: QLockFile writes it as the first line of server.lock.
int serverPid(const test::ServerProcess &server)
{
    std::ifstream lock(server.dataDir() / "server.lock");
    int pid = 0;
    if (!(lock >> pid) || pid <= 0) {
        throw std::runtime_error("cannot read the server's pid from server.lock");
    }
    // Its arguments, NUL-separated, must hold the verb.
    std::ifstream commandLine("/proc/" + std::to_string(pid) + "/cmdline");
    for (std::string argument; std::getline(commandLine, argument, '\0');) {
        if (argument == "serve") {
            return pid;
        }
    }
    throw std::runtime_error("server.lock names a process that is not the server");
}

struct DeliveryCheck {
    std::uint64_t acknowledged = 0;
    std::uint64_t foundOnce = 0;
    std::uint64_t missing = 0;
    std::uint64_t duplicated = 0;       ///< acknowledged and found more than once
    std::uint64_t repeatedInStream = 0; ///< any change id the full pull returned twice
    std::uint64_t pulled = 0;
};

/// Pulls everything from the start as a demo doctor and counts every acknowledged change.
DeliveryCheck checkDelivery(const test::ServerProcess &server, const std::vector<std::unique_ptr<SoakClient>> &clients)
{
    const auto doctor = demoDoctor(server);
    QHash<QUuid, int> seen;
    DeliveryCheck check;
    QString cursor;
    for (int page = 0;; ++page) {
        if (page == 100'000) {
            throw std::runtime_error("the verification pull did not end");
        }
        std::string target = "/api/v1/sync/pull?limit=1000";
        if (!cursor.isEmpty()) {
            target += "&after=" + cursor.toStdString();
        }
        const test::HttpResponse response = doctor->get(target);
        if (response.status != 200) {
            throw std::runtime_error("verification pull: " + response.describe());
        }
        const QJsonObject body = response.object();
        for (const QJsonValue &value : body.value(QStringLiteral("changes")).toArray()) {
            const auto id = parseUuid(value.toObject().value(QStringLiteral("changeId")).toString());
            if (!id) {
                throw std::runtime_error("verification pull: a change without a valid changeId");
            }
            ++check.pulled;
            if (++seen[*id] == 2) {
                ++check.repeatedInStream;
            }
        }
        cursor = body.value(QStringLiteral("nextCursor")).toString();
        if (!body.value(QStringLiteral("hasMore")).toBool()) {
            break;
        }
    }
    doctor->disconnect();
    for (const auto &client : clients) {
        for (const QUuid &id : client->report().acknowledged) {
            ++check.acknowledged;
            const int count = seen.value(id, 0);
            if (count == 0) {
                ++check.missing;
            } else if (count > 1) {
                ++check.duplicated;
            } else {
                ++check.foundOnce;
            }
        }
    }
    return check;
}

void row(const std::string &figure, const std::string &value, const std::string &unit, const std::string &baselineName,
         const std::string &baselineValue, const std::string &ratio, const std::string &target, bool met)
{
    std::printf("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", figure.c_str(), value.c_str(), unit.c_str(), baselineName.c_str(),
                baselineValue.c_str(), ratio.c_str(), target.c_str(), met ? "yes" : "no");
}

std::string fixed(double value, int decimals = 1)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

int runSoak(const Options &options)
{
    std::fprintf(stderr, "soak: creating a demo community (%d patients) and starting the server\n", options.patients);
    test::ServerSetup setup;
    setup.kind = test::ServerSetup::Kind::demo;
    setup.demoPatients = options.patients;
    setup.accessLog = options.accessLog;
    setup.startTimeout = std::chrono::seconds(120);
    test::ServerProcess server(options.server, setup);
    const int pid = serverPid(server);

    std::fprintf(stderr, "soak: creating and logging in %d accounts\n", options.clients);
    std::vector<SoakSession> sessions = createSessions(server, options.clients);
    const std::vector<QUuid> patients = patientIds(server);

    std::vector<std::unique_ptr<SoakClient>> clients;
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        clients.push_back(std::make_unique<SoakClient>(sessions[i].account, std::move(sessions[i].http), patients,
                                                       20261127u + static_cast<std::uint32_t>(i),
                                                       std::chrono::milliseconds(options.thinkMs)));
    }

    std::fprintf(stderr, "soak: %d clients syncing for %d s against server pid %d (%s access log)\n", options.clients,
                 options.seconds, pid, options.accessLog ? "with" : "without");
    const Clock::time_point started = Clock::now();
    const Clock::time_point deadline = started + std::chrono::seconds(options.seconds);
    RssSampler sampler(pid, std::chrono::milliseconds(1000));
    {
        std::vector<std::jthread> threads;
        for (auto &client : clients) {
            threads.emplace_back([&client, deadline] { client->run(deadline); });
        }
    } // joined
    sampler.stop();
    const double elapsed = std::chrono::duration<double>(Clock::now() - started).count();

    const bool serverAlive = server.running();
    DeliveryCheck delivery;
    std::string deliveryError;
    if (serverAlive) {
        try {
            delivery = checkDelivery(server, clients);
        } catch (const std::exception &error) {
            deliveryError = error.what();
        }
    }
    const int stopCode = serverAlive ? server.stop() : -1;

    ClientReport total;
    std::vector<std::string> failures;
    for (const auto &client : clients) {
        const ClientReport &report = client->report();
        total.requests += report.requests;
        total.failed += report.failed;
        total.pushes += report.pushes;
        total.replays += report.replays;
        total.pullPages += report.pullPages;
        total.recordReads += report.recordReads;
        total.pulledChanges += report.pulledChanges;
        total.ownMissing += report.ownMissing;
        total.ownRepeated += report.ownRepeated;
        for (const std::string &failure : report.failures) {
            if (failures.size() < 20) {
                failures.push_back(failure);
            }
        }
    }

    const std::vector<RssSample> samples = sampler.samples();
    const double warmupEnd = options.seconds * options.warmupPercent / 100.0;
    const MemoryTrend memory = analyseMemory(samples, warmupEnd, options.flatMiB, options.flatPercent);
    const double endRatio = memory.warmupMiB > 0 ? memory.endMiB / memory.warmupMiB : 0;

    std::fprintf(stderr, "soak: %d clients, %.1f s, one server process (client and server share this machine's %u cores)\n",
                 options.clients, elapsed, std::thread::hardware_concurrency());
    std::fprintf(stderr, "soak: requests %llu (%.0f/s): pushes %llu (replays %llu), pull pages %llu, record reads %llu; failed %llu\n",
                 static_cast<unsigned long long>(total.requests), static_cast<double>(total.requests) / elapsed,
                 static_cast<unsigned long long>(total.pushes), static_cast<unsigned long long>(total.replays),
                 static_cast<unsigned long long>(total.pullPages), static_cast<unsigned long long>(total.recordReads),
                 static_cast<unsigned long long>(total.failed));
    for (const std::string &failure : failures) {
        std::fprintf(stderr, "soak:   failure: %s\n", failure.c_str());
    }
    std::fprintf(stderr, "soak: changes acknowledged %llu; pulled back by their own client exactly once: %s (%llu missing, %llu repeated)\n",
                 static_cast<unsigned long long>(delivery.acknowledged),
                 total.ownMissing == 0 && total.ownRepeated == 0 ? "yes" : "NO",
                 static_cast<unsigned long long>(total.ownMissing), static_cast<unsigned long long>(total.ownRepeated));
    if (!deliveryError.empty()) {
        std::fprintf(stderr, "soak: verification pull FAILED: %s\n", deliveryError.c_str());
    }
    std::fprintf(stderr, "soak: full pull from the start: %llu changes; acknowledged found exactly once %llu, missing %llu, duplicated %llu; any change id twice: %llu\n",
                 static_cast<unsigned long long>(delivery.pulled), static_cast<unsigned long long>(delivery.foundOnce),
                 static_cast<unsigned long long>(delivery.missing), static_cast<unsigned long long>(delivery.duplicated),
                 static_cast<unsigned long long>(delivery.repeatedInStream));
    std::fprintf(stderr, "soak: server RSS (MiB): start %.1f, end of warm-up (t=%.0fs) %.1f, max after %.1f, end %.1f; growth %+.1f MiB (%+.1f %%), slope %+.2f MiB/min over %d samples\n",
                 memory.startMiB, memory.warmupEndSeconds, memory.warmupMiB, memory.maxAfterWarmupMiB, memory.endMiB,
                 memory.growthMiB, memory.growthPercent, memory.slopeMiBPerMinute, memory.samplesAfterWarmup);
    std::fprintf(stderr, "soak: memory flat after warm-up: %s (allowed growth max(%.0f MiB, %.0f %%) = %.1f MiB)\n",
                 memory.flat ? "yes" : "NO", options.flatMiB, options.flatPercent, memory.allowedGrowthMiB);
    std::fprintf(stderr, "soak: RSS series (MiB): %s\n", describeSeries(samples, 5).c_str());
    if (sampler.missedSamples() > 0) {
        std::fprintf(stderr, "soak: %d RSS samples could not be read\n", sampler.missedSamples());
    }
    if (!serverAlive) {
        const std::string err = server.serveStderr();
        std::fprintf(stderr, "soak: the server DIED during the soak; its stderr ends with:\n%s\n",
                     err.substr(err.size() > 4000 ? err.size() - 4000 : 0).c_str());
    } else if (stopCode != 0) {
        std::fprintf(stderr, "soak: the server did not stop cleanly (exit code %d)\n", stopCode);
    }

    const bool deliveryOk = deliveryError.empty() && delivery.acknowledged > 0 && delivery.missing == 0 &&
                            delivery.duplicated == 0 && delivery.repeatedInStream == 0 && total.ownMissing == 0 &&
                            total.ownRepeated == 0;
    const bool ratioOk = options.maxRssRatio <= 0 || endRatio <= options.maxRssRatio;
    if (!ratioOk) {
        std::fprintf(stderr, "soak: the RSS at the end is %.2f x the RSS after warm-up (bound %.2f)\n", endRatio, options.maxRssRatio);
    }
    const bool passed = total.failed == 0 && deliveryOk && serverAlive && stopCode == 0 && ratioOk &&
                        (!options.assertFlat || memory.flat);

    if (options.rows) {
        const std::string load = std::to_string(options.clients) + " clients, " + std::to_string(options.seconds) + " s";
        row("soak: failed requests (" + load + ", " + std::to_string(total.requests) + " requests)",
            std::to_string(total.failed), "requests", "-", "-", "-", "0", total.failed == 0);
        row("soak: acknowledged changes on the server exactly once", std::to_string(delivery.foundOnce), "changes",
            "acknowledged", std::to_string(delivery.acknowledged),
            fixed(delivery.acknowledged > 0 ? static_cast<double>(delivery.foundOnce) / static_cast<double>(delivery.acknowledged) : 0, 2),
            "1.00", deliveryOk);
        row("soak: server RSS growth after warm-up (slope " + fixed(memory.slopeMiBPerMinute, 2) + " MiB/min)",
            fixed(memory.growthMiB), "MiB", "RSS at end of warm-up", fixed(memory.warmupMiB), fixed(endRatio, 2),
            "<= " + fixed(memory.allowedGrowthMiB) + " MiB", memory.flat);
    }
    std::fprintf(stderr, "soak: %s\n", passed ? "PASSED" : "FAILED");
    return passed ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        return runSoak(parseOptions(argc, argv));
    } catch (const UsageError &error) {
        std::fprintf(stderr, "medinexus-soak: %s\n%s", error.what(), kUsage);
        return 2;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "medinexus-soak: FAILED: %s\n", error.what());
        return 1;
    }
}
