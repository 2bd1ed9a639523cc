#pragma once

// A server of two nodes on one PostgreSQL database (optionally with a synchronous
// standby), pushers that write through them, and the checks the fail-over tests share.
// Used by tests/server/cluster and by the scale-out benchmark (bench/cluster).

#include "tests/support/postgres_cluster.h"
#include "tests/support/resilient_pusher.h"
#include "tests/support/server_process.h"

#include <QUuid>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace medinexus::test {

// The demo community's doctor logged in on a node, with the ids its change envelopes carry.
struct DemoDoctor {
    std::unique_ptr<HttpsClient> http;
    QUuid id;
    QUuid facilityId;
};
DemoDoctor loginDemoDoctor(const ServerProcess &node);  // throws std::runtime_error
// Every patient of a demo community (from the sync log, pulled through `node`).
std::vector<QUuid> demoPatientIds(const ServerProcess &node);

class TwoNodeServer {
public:
    // Starts PostgreSQL, a demo server on it (node 1) and a second node joined to it.
    TwoNodeServer(const std::filesystem::path &serverBinary, PostgresCluster::Options database, int demoPatients = 8);

    PostgresCluster &database() { return *database_; }
    ServerProcess &node1() { return *node1_; }
    ServerProcess &node2() { return *node2_; }
    const std::string &conninfo() const { return conninfo_; }
    // The demo community's patient ids (pulled through node 1).
    const std::vector<QUuid> &patients() const { return patients_; }
    // Options for a pusher logged in as the demo doctor, nodes tried from `firstNode`.
    PusherOptions pusherOptions(std::size_t firstNode, std::uint32_t seed) const;
    // Options for a pusher that only knows node 1.
    PusherOptions singleNodePusherOptions(std::uint32_t seed) const;

private:
    std::unique_ptr<PostgresCluster> database_;
    std::string conninfo_;
    std::unique_ptr<ServerProcess> node1_;
    std::unique_ptr<ServerProcess> node2_;
    std::vector<QUuid> patients_;
};

// Pushers on their own threads until stop(); the reports after.
class PusherFleet {
public:
    // `count` pushers; `oneNode`: all of them on node 1 only (else spread over both).
    PusherFleet(const TwoNodeServer &server, int count, bool oneNode = false);
    ~PusherFleet();
    // Batches acknowledged so far by all pushers.
    std::uint64_t acknowledgedBatches() const;
    // Waits until every pusher has at least `batches` acknowledged (bounded: false on timeout).
    bool waitForAcknowledged(std::uint64_t batches, std::chrono::seconds timeout);
    void markOutageStart();
    // Waits until every pusher was acknowledged after markOutageStart(); false on timeout.
    bool waitForRecovery(std::chrono::seconds timeout);
    void stop();
    const std::vector<std::unique_ptr<ResilientPusher>> &pushers() const { return pushers_; }
    std::vector<QUuid> acknowledged() const;
    std::vector<std::string> failures() const;

private:
    std::atomic<bool> stop_{false};
    std::vector<std::unique_ptr<ResilientPusher>> pushers_;
    std::vector<std::thread> threads_;
};

// The lines, each ended by a newline (failure lists in assertion messages).
std::string joinedLines(const std::vector<std::string> &lines);

// How many times each id occurs in `log`, for the ids in `wanted` ("exactly once" checks).
std::vector<std::string> notExactlyOnce(const std::vector<QUuid> &wanted, const std::vector<QUuid> &log);

} // namespace medinexus::test
