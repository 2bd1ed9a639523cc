#pragma once

// A clinic workstation that keeps pushing new clinical notes to a server of several nodes,
// and rides through fail-overs the way the desktop client does: an answer 503, a lost
// connection or a timeout means "outcome unknown", so the same batch (the same change ids)
// is sent again, to the next node after a transport error, until the server answers it.
// Answers `accepted`, or `duplicate` for a batch already sent once (its first attempt was
// committed but the answer lost), acknowledge a change. Anything else is a failure.
//
// Used by the fail-over tests (every acknowledged change must be on the server exactly
// once) and by the scale-out benchmark (pushes per second). One thread per pusher.

#include "tests/support/https_client.h"

#include "shared/model/enums.h"

#include <QByteArray>
#include <QUuid>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <vector>

namespace medinexus {
class HybridLogicalClock;
}

namespace medinexus::test {

/// One push request of `count` new follow-up notes by a doctor on random patients.
struct NotePush {
    QByteArray body;              ///< the POST /api/v1/sync/push body
    std::vector<QUuid> changeIds; ///< in the order of the answer's results
};
NotePush makeNotePush(const QUuid &deviceId, const QUuid &doctorId, const QUuid &facilityId,
                      const std::vector<QUuid> &patients, int count, std::mt19937 &random, HybridLogicalClock &clock);

struct PusherOptions {
    std::vector<std::uint16_t> ports;  ///< the nodes, tried in turn after a transport error
    std::filesystem::path caFile;      ///< the certificate every node presents
    QString username;
    QString password;
    std::vector<QUuid> patients;       ///< notes go to these patients
    int batchSize = 1;
    std::chrono::milliseconds retryPause{100};
    std::chrono::milliseconds requestTimeout{10'000};
    std::uint32_t seed = 1;
};

struct PusherReport {
    std::uint64_t batches = 0;             ///< batches acknowledged
    std::vector<QUuid> acknowledged;       ///< change ids acknowledged, in order
    std::uint64_t retries = 0;             ///< attempts repeated after 503/transport error
    std::uint64_t unavailableAnswers = 0;  ///< 503 answers
    std::uint64_t transportErrors = 0;
    std::uint64_t duplicatesAfterRetry = 0; ///< committed by an attempt whose answer was lost
    std::uint64_t logins = 0;
    std::vector<std::string> failures;     ///< anything a client would show as an error
    /// The longest time from a failed attempt to the next acknowledged batch.
    std::chrono::milliseconds longestOutage{0};
    /// When the first acknowledgement after `markOutageStart()` arrived (steady clock).
    std::chrono::steady_clock::time_point firstAckAfterMark{};
};

class ResilientPusher {
public:
    explicit ResilientPusher(PusherOptions options);
    ~ResilientPusher();
    ResilientPusher(const ResilientPusher &) = delete;
    ResilientPusher &operator=(const ResilientPusher &) = delete;

    /// Pushes until `stop` is set; a batch in flight is retried until answered or until
    /// stop + `drainLimit` (then it is left unacknowledged). Never throws.
    void run(const std::atomic<bool> &stop, std::chrono::milliseconds drainLimit = std::chrono::seconds(30)) noexcept;

    /// From now on, report().firstAckAfterMark records the next acknowledgement (thread-safe).
    void markOutageStart();
    /// Batches acknowledged so far (thread-safe).
    [[nodiscard]] std::uint64_t acknowledgedBatches() const { return acknowledgedBatches_.load(); }
    /// Valid after run() returned.
    [[nodiscard]] const PusherReport &report() const { return report_; }

private:
    enum class Outcome { Acknowledged, Retry, Failed };
    Outcome attempt(const QByteArray &body, const std::vector<QUuid> &changeIds, bool resent);
    HttpsClient &connection();
    void switchNode();
    void fail(std::string what);

    PusherOptions options_;
    PusherReport report_;
    std::unique_ptr<HttpsClient> http_;
    std::string token_;
    std::size_t node_ = 0;
    std::atomic<std::uint64_t> acknowledgedBatches_{0};
    std::atomic<bool> marked_{false};
    std::mutex markMutex_;
};

/// Every change id in the server's sync log, read by pulling to the end through `http`
/// (logged in with a role that may pull); a change id may appear more than once in the
/// result only if the server logged it more than once.
std::vector<QUuid> pullAllChangeIds(HttpsClient &http);

} // namespace medinexus::test
