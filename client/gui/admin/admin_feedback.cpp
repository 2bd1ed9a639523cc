#include "client/gui/admin/admin_feedback.h"

#include "client/gui/workspace/workspace.h"

#include <QCoreApplication>

namespace medinexus::client::gui::AdminFeedback {

std::optional<QString> whyNot(Workspace &workspace, Action action)
{
    if (!workspace.can(action))
        return refusalMessage(workspace.role(), action);
    if (workspace.loggedInOffline())
        return needsConnection();
    return std::nullopt;
}


QString needsConnection()
{
    return QCoreApplication::translate(
        "medinexus::client::gui::AdminFeedback",
        "Administration needs a connection to the server. Facilities, accounts and the audit log are kept "
        "on the server: sign in again when it can be reached.");
}

QString loading()
{
    return QCoreApplication::translate("medinexus::client::gui::AdminFeedback", "Loading…");
}

QString saving()
{
    return QCoreApplication::translate("medinexus::client::gui::AdminFeedback", "Saving…");
}

QString failure(int httpStatus, const QString &error)
{
    if (httpStatus == 0) {
        return error.isEmpty() ? needsConnection() : needsConnection() + QLatin1Char('\n') + error;
    }
    if (!error.isEmpty())
        return error;
    return QCoreApplication::translate("medinexus::client::gui::AdminFeedback",
                                       "The server refused the request (HTTP status %1).")
        .arg(httpStatus);
}

} // namespace medinexus::client::gui::AdminFeedback
