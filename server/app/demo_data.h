#pragma once

#include "server/app/server_context.h"

namespace medinexus::server {

// The password of every demo account: for demonstrations only, printed by `demo`.
inline constexpr char kDemoPassword[] = "demo-medinexus-2026";

struct DemoAccount {
    QString username;
    Role role;
    QString facility;
};

// Fills an initialised, empty store with a small community: three facilities, an account
// per role, and patients with diagnoses, prescriptions, vitals, notes and dispensations,
// all written through the services (so the audit chain and sync log are real).
// Returns the accounts created. Throws when the store already has patients.
std::vector<DemoAccount> createDemoData(ServerContext &context, const Principal &admin, int patientCount = 40);

} // namespace medinexus::server
