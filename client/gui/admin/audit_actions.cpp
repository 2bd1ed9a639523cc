#include "client/gui/admin/audit_actions.h"

#include "shared/model/audit_vocabulary.h"

namespace medinexus::client::gui::AuditActions {

QStringList knownActions()
{
    QStringList tokens;
    for (AuditAction action : allValues<AuditAction>())
        tokens << toToken(action);
    return tokens;
}

QString actionLabel(const QString &token)
{
    const auto action = fromToken<AuditAction>(token);
    return action ? label(*action) : token;
}

QString outcomeLabel(const QString &outcome)
{
    const auto known = fromToken<AuditOutcome>(outcome);
    return known ? label(*known) : outcome;
}

bool isRefusal(const QString &outcome)
{
    const auto known = fromToken<AuditOutcome>(outcome);
    return known && medinexus::isRefusal(*known);
}

} // namespace medinexus::client::gui::AuditActions
