#include "server/services/audit_service.h"

#include "shared/model/audit_vocabulary.h"

#include "server/services/service_error.h"

#include <algorithm>

namespace medinexus::server {

AuditService::AuditService(Store &store) : store_(store) {}

std::vector<AuditRecord> AuditService::query(const Principal &principal, AuditQuery query)
{
    principal.require(Action::ReadAuditLog);
    query.limit = std::clamp(query.limit, 1, kMaxLimit);
    std::vector<AuditRecord> records = store_.queryAudit(query);

    AuditEvent event = principal.auditEvent(toToken(AuditAction::AuditQuery), toToken(AuditOutcome::Ok));
    event.details.insert(QStringLiteral("results"), static_cast<qint64>(records.size()));
    store_.appendAudit(event);
    return records;
}

} // namespace medinexus::server
