#include "client/gui/admin/admin_panel.h"

#include "client/gui/admin/audit_log_page.h"
#include "client/gui/admin/facilities_page.h"
#include "client/gui/admin/users_page.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace medinexus::client::gui {

AdminPanel::AdminPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      tabs_(new QTabWidget(this)),
      facilities_(new FacilitiesPage(workspace, tabs_)),
      users_(new UsersPage(workspace, tabs_)),
      audit_(new AuditLogPage(workspace, tabs_))
{
    setObjectName(QStringLiteral("adminPanel"));
    tabs_->setObjectName(QStringLiteral("adminTabs"));
    tabs_->addTab(facilities_, tr("&Facilities"));
    tabs_->addTab(users_, tr("&Accounts"));
    tabs_->addTab(audit_, tr("Audit &log"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs_);

    // Accounts name their facility and the log filters by person: keep them current.
    connect(facilities_, &FacilitiesPage::facilitiesChanged, users_, [this] {
        if (users_->isVisible())
            users_->reload();
    });
    connect(users_, &UsersPage::usersChanged, audit_, &AuditLogPage::reloadActors);
}

} // namespace medinexus::client::gui
