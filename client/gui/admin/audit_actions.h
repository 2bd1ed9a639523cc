#pragma once

// The audit log's action and outcome tokens as the viewer shows them: the vocabulary is
// shared/model/audit_vocabulary.h (what the server writes); a token this client does not know
// (written by a newer server) is shown as it is.

#include <QString>
#include <QStringList>

namespace medinexus::client::gui::AuditActions {

// Every action token the server writes, in the order of the filter list.
QStringList knownActions();
// The translated label of an action token; the token itself when unknown.
QString actionLabel(const QString &token);

// The translated label of an outcome token; the token itself when unknown.
QString outcomeLabel(const QString &outcome);
// Whether the outcome is a refusal or a failure, which the log shows in red.
bool isRefusal(const QString &outcome);

} // namespace medinexus::client::gui::AuditActions
