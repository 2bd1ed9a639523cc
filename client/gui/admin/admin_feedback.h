#pragma once

// How the administrator screens word what the server answered (or did not): the directory
// and the audit log live on the server, so without it there is nothing to administer.

#include "shared/permissions/permissions.h"

#include <QString>

#include <optional>

namespace medinexus::client::gui {
class Workspace;
}

namespace medinexus::client::gui::AdminFeedback {

// The server is out of reach (or the user logged in offline).
QString needsConnection();
// Why `action` cannot be asked of the server now (the role's refusal, or no connection);
// nullopt when it can.
std::optional<QString> whyNot(Workspace &workspace, Action action);

// "Loading…", "Saving…": while a call is under way.
QString loading();
QString saving();
// The message for a failed call: without an answer (httpStatus 0) it says that administration
// needs the server; otherwise the server's translated `error` (or a generic line).
QString failure(int httpStatus, const QString &error);

} // namespace medinexus::client::gui::AdminFeedback
