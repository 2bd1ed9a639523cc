#pragma once

#include "server/services/principal.h"
#include "server/storage/store.h"

#include <vector>

namespace medinexus::server {

// Reading the audit log is itself audited: who looked at who did what.
class AuditService {
public:
    explicit AuditService(Store &store);

    std::vector<AuditRecord> query(const Principal &principal, AuditQuery query);

    static constexpr int kMaxLimit = 1000;

private:
    Store &store_;
};

} // namespace medinexus::server
