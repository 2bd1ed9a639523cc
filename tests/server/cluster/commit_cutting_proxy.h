#pragma once

// A TCP relay between the server and PostgreSQL that, once armed, forwards the next
// message carrying COMMIT to PostgreSQL and then cuts that connection before any answer
// comes back: the transaction commits, and the server never learns it did. The exact case
// of a COMMIT whose answer was lost (a network cut or a primary dying at that instant),
// made deterministic. Plain TCP (the connection string says sslmode=disable).

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace medinexus::test {

class CommitCuttingProxy {
public:
    explicit CommitCuttingProxy(std::uint16_t upstreamPort);  // listens on 127.0.0.1, a free port
    ~CommitCuttingProxy();
    CommitCuttingProxy(const CommitCuttingProxy &) = delete;
    CommitCuttingProxy &operator=(const CommitCuttingProxy &) = delete;

    [[nodiscard]] std::uint16_t port() const { return port_; }
    void cutNextCommit() { armed_ = true; }
    [[nodiscard]] int cuts() const { return cuts_.load(); }

private:
    struct Pair {
        int client = -1;
        int upstream = -1;
    };
    void run();
    void closePair(Pair &pair);

    std::uint16_t upstreamPort_;
    std::uint16_t port_ = 0;
    int listener_ = -1;
    int wake_[2] = {-1, -1};
    std::atomic<bool> armed_{false};
    std::atomic<int> cuts_{0};
    std::vector<Pair> pairs_;
    std::thread thread_;
};

} // namespace medinexus::test
