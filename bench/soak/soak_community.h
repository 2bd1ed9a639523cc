#pragma once

// The soak's community on a running demo server: one account per simulated client, created
// through the admin API as an administrator would (doctors at the demo hospital, nurses at the
// demo clinic, alternately), each logged in on its own connection; the demo patients' ids.

#include "bench/soak/soak_client.h"

#include "tests/support/https_client.h"
#include "tests/support/server_process.h"

#include <QUuid>

#include <memory>
#include <vector>

namespace medinexus::bench {

struct SoakSession {
    SoakAccount account;
    std::unique_ptr<test::HttpsClient> http; ///< logged in
};

/// Creates `count` accounts with the demo administrator and logs each in. Throws
/// std::runtime_error naming the step that failed.
std::vector<SoakSession> createSessions(const test::ServerProcess &server, int count);

/// The ids of every patient on the server, pulled by a demo doctor. Throws when none.
std::vector<QUuid> patientIds(const test::ServerProcess &server);

/// A demo doctor, logged in (to verify what the server holds).
std::unique_ptr<test::HttpsClient> demoDoctor(const test::ServerProcess &server);

} // namespace medinexus::bench
