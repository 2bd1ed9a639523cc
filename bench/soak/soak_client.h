#pragma once

// One simulated clinic workstation of the soak, on its own thread and its own keep-alive TLS
// connection (tests/support HttpsClient: real TLS, the server's certificate verified). Until
// the deadline it loops like the desktop client's sync engine does after each local write:
//   - push a small batch (1 to 3) of new notes or vital signs on patients of the community,
//     with proper change envelopes (a UUIDv7 change id, its own hybrid logical clock);
//   - now and then push the previous batch again, as after an answer lost on the way: every
//     change must come back `duplicate`;
//   - pull with its cursor to the end (pages of 500, like the client);
//   - now and then read a whole patient record.
// Every request must succeed: a transport error or any non-2xx answer is a failure, and so is
// a push result other than the expected one. After the deadline it pulls once more and checks
// that each of its acknowledged changes came back in its pulls exactly once.

#include "tests/support/https_client.h"

#include "shared/model/enums.h"
#include "shared/sync/change_envelope.h"
#include "shared/sync/hlc.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace medinexus::bench {

struct SoakAccount {
    QString username;
    QUuid id;
    QUuid facilityId;
    Role role = Role::Nurse;
};

struct ClientReport {
    std::uint64_t requests = 0;
    std::uint64_t failed = 0;
    std::uint64_t pushes = 0;          ///< push requests, replays included
    std::uint64_t replays = 0;         ///< batches pushed again (answered duplicate)
    std::uint64_t pullPages = 0;
    std::uint64_t recordReads = 0;
    std::uint64_t pulledChanges = 0;   ///< envelopes received in pulls
    std::vector<QUuid> acknowledged;   ///< own changes the server answered `accepted`
    std::uint64_t ownMissing = 0;      ///< acknowledged, never pulled back
    std::uint64_t ownRepeated = 0;     ///< pulled back more than once
    std::vector<std::string> failures; ///< the first few, for the report
};

class SoakClient {
public:
    /// `http` must be logged in as `account`. `patients`: ids of patients to write on and read.
    SoakClient(SoakAccount account, std::unique_ptr<test::HttpsClient> http, std::vector<QUuid> patients,
               std::uint32_t seed, std::chrono::milliseconds thinkTime);

    /// Runs the loop until `deadline`, then the final pull and check. Never throws: anything
    /// that goes wrong is a failure in report().
    void run(std::chrono::steady_clock::time_point deadline) noexcept;
    [[nodiscard]] const ClientReport &report() const { return report_; }
    [[nodiscard]] const SoakAccount &account() const { return account_; }

private:
    void iterate(std::uint64_t iteration);
    void pushNewBatch();
    void replayLastBatch();
    void pullToEnd();
    void readRecord();
    void checkOwnChanges();

    /// One request; nullopt (and a failure) on a transport error or a non-2xx answer.
    std::optional<test::HttpResponse> send(std::string_view method, const std::string &target,
                                           const std::optional<QJsonObject> &body = std::nullopt);
    void fail(std::string what);

    sync::ChangeEnvelope newChange();
    const QUuid &randomPatient();

    SoakAccount account_;
    std::unique_ptr<test::HttpsClient> http_;
    std::vector<QUuid> patients_;
    std::chrono::milliseconds thinkTime_;
    std::mt19937 random_;
    HybridLogicalClock clock_;
    QUuid deviceId_;
    QString cursor_;
    std::vector<sync::ChangeEnvelope> lastBatch_;
    QHash<QUuid, int> ownSeen_; ///< acknowledged change id -> times pulled back
    ClientReport report_;
};

} // namespace medinexus::bench
