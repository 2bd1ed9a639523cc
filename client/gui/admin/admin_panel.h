#pragma once

// The administrator's screen: the community's facilities, its user accounts and the audit
// log, one tab each. Everything here lives on the server and is read and written online,
// off the GUI thread; logged in offline, each tab says that it needs the server.

#include "client/gui/workspace/workspace.h"

#include <QWidget>

class QTabWidget;

namespace medinexus::client::gui {

class AuditLogPage;
class FacilitiesPage;
class UsersPage;

class AdminPanel : public QWidget {
    Q_OBJECT

public:
    explicit AdminPanel(Workspace &workspace, QWidget *parent = nullptr);

    [[nodiscard]] QTabWidget *tabs() const { return tabs_; }
    [[nodiscard]] FacilitiesPage *facilitiesPage() const { return facilities_; }
    [[nodiscard]] UsersPage *usersPage() const { return users_; }
    [[nodiscard]] AuditLogPage *auditLogPage() const { return audit_; }

private:
    QTabWidget *tabs_;
    FacilitiesPage *facilities_;
    UsersPage *users_;
    AuditLogPage *audit_;
};

} // namespace medinexus::client::gui
