#include "client/gui/admin/users_page.h"

#include "client/gui/admin/admin_feedback.h"
#include "client/gui/admin/reset_password_dialog.h"
#include "client/gui/admin/status_line.h"
#include "client/gui/admin/user_dialog.h"
#include "client/gui/admin/versioned_update.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace medinexus::client::gui {

namespace {

enum Column { DisplayNameColumn, UsernameColumn, RoleColumn, FacilityColumn, ActiveColumn, ColumnCount };

// Accounts name their facility: both lists come in one trip to the server.
struct Directory {
    RemoteResult<std::vector<User>> users;
    RemoteResult<std::vector<Facility>> facilities;
};

} // namespace

UsersPage::UsersPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent),
      workspace_(workspace),
      table_(new QTableWidget(0, ColumnCount, this)),
      new_(new QPushButton(tr("&New account…"), this)),
      edit_(new QPushButton(tr("&Edit…"), this)),
      toggle_(new QPushButton(tr("&Deactivate"), this)),
      resetPassword_(new QPushButton(tr("Reset &password…"), this)),
      reload_(new QPushButton(tr("Re&load"), this)),
      status_(new StatusLine(this))
{
    setObjectName(QStringLiteral("usersPage"));
    table_->setObjectName(QStringLiteral("usersTable"));
    table_->setAccessibleName(tr("Accounts"));
    table_->setHorizontalHeaderLabels({tr("Name"), tr("Username"), tr("Role"), tr("Facility"), tr("Status")});
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSortingEnabled(true);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(DisplayNameColumn, QHeaderView::Stretch);
    new_->setObjectName(QStringLiteral("newUserButton"));
    edit_->setObjectName(QStringLiteral("editUserButton"));
    toggle_->setObjectName(QStringLiteral("toggleUserButton"));
    resetPassword_->setObjectName(QStringLiteral("resetPasswordButton"));
    reload_->setObjectName(QStringLiteral("reloadUsersButton"));
    status_->setObjectName(QStringLiteral("usersStatus"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new_);
    buttons->addWidget(edit_);
    buttons->addWidget(toggle_);
    buttons->addWidget(resetPassword_);
    buttons->addStretch();
    buttons->addWidget(reload_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table_);
    layout->addWidget(status_);
    layout->addLayout(buttons);

    connect(new_, &QPushButton::clicked, this, [this] { openDialog(std::nullopt); });
    connect(edit_, &QPushButton::clicked, this, [this] {
        if (auto user = selected())
            openDialog(std::move(user));
    });
    connect(table_, &QTableWidget::itemActivated, this, [this] {
        if (edit_->isEnabled())
            edit_->click();
    });
    connect(toggle_, &QPushButton::clicked, this, &UsersPage::toggleSelected);
    connect(resetPassword_, &QPushButton::clicked, this, &UsersPage::resetSelectedPassword);
    connect(reload_, &QPushButton::clicked, this, &UsersPage::reload);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, &UsersPage::reload);

    setTabOrder(table_, new_);
    setTabOrder(new_, edit_);
    setTabOrder(edit_, toggle_);
    setTabOrder(toggle_, resetPassword_);
    setTabOrder(resetPassword_, reload_);
    updateButtons();
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Another administrator may have changed the list since it was last shown.
    reload();
}

void UsersPage::reload()
{
    if (busy_)
        return;
    if (const auto why = AdminFeedback::whyNot(workspace_, Action::ManageUsers)) {
        status_->showError(*why);
        updateButtons();
        return;
    }
    setBusy(true);
    status_->showBusy(AdminFeedback::loading());
    workspace_.callServer(
        this,
        [](AdminApi &api) {
            Directory directory{api.users(), {}};
            if (directory.users.ok())
                directory.facilities = api.facilities();
            return directory;
        },
        [this](Directory directory) {
            setBusy(false);
            if (!directory.users.ok() || !directory.facilities.ok()) {
                const bool usersFailed = !directory.users.ok();
                notice_.clear();
                status_->showError(usersFailed
                                       ? AdminFeedback::failure(directory.users.httpStatus, directory.users.error)
                                       : AdminFeedback::failure(directory.facilities.httpStatus,
                                                                directory.facilities.error));
                return;
            }
            users_ = std::move(*directory.users.value);
            facilities_ = std::move(*directory.facilities.value);
            std::sort(users_.begin(), users_.end(), [](const User &a, const User &b) {
                return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
            });
            fill();
            if (notice_.isEmpty())
                status_->clearText();
            else if (noticeIsError_)
                status_->showError(notice_);
            else
                status_->showInfo(notice_);
            notice_.clear();
        });
}

void UsersPage::reloadWithNotice(const QString &notice, bool isError)
{
    notice_ = notice;
    noticeIsError_ = isError;
    reload();
}

QString UsersPage::facilityName(const QUuid &id) const
{
    const auto found = std::find_if(facilities_.begin(), facilities_.end(),
                                    [&](const Facility &facility) { return facility.id == id; });
    return found == facilities_.end() ? tr("Unknown facility") : found->name;
}

void UsersPage::fill()
{
    QUuid keep = selectAfterReload_;
    if (keep.isNull()) {
        if (const std::optional<User> current = selected())
            keep = current->id;
    }
    selectAfterReload_ = QUuid();
    table_->setSortingEnabled(false);
    table_->clearContents();
    table_->setRowCount(static_cast<int>(users_.size()));
    int row = 0;
    for (const User &user : users_) {
        auto *name = new QTableWidgetItem(user.displayName);
        name->setData(Qt::UserRole, user.id);
        table_->setItem(row, DisplayNameColumn, name);
        table_->setItem(row, UsernameColumn, new QTableWidgetItem(user.username));
        table_->setItem(row, RoleColumn, new QTableWidgetItem(label(user.role)));
        table_->setItem(row, FacilityColumn, new QTableWidgetItem(facilityName(user.facilityId)));
        table_->setItem(row, ActiveColumn, new QTableWidgetItem(user.active ? tr("Active") : tr("Deactivated")));
        ++row;
    }
    table_->setSortingEnabled(true);
    // Sorting may have moved the rows: find the one to select by identifier.
    table_->clearSelection();
    for (int r = 0; r < table_->rowCount() && !keep.isNull(); ++r) {
        if (table_->item(r, DisplayNameColumn)->data(Qt::UserRole).toUuid() == keep)
            table_->selectRow(r);
    }
    updateButtons();
}

std::optional<User> UsersPage::selected() const
{
    const QList<QTableWidgetItem *> items = table_->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QTableWidgetItem *nameItem = table_->item(items.first()->row(), DisplayNameColumn);
    if (!nameItem)
        return std::nullopt;
    const QUuid id = nameItem->data(Qt::UserRole).toUuid();
    const auto found = std::find_if(users_.begin(), users_.end(), [&](const User &user) { return user.id == id; });
    if (found == users_.end())
        return std::nullopt;
    return *found;
}

void UsersPage::setBusy(bool busy)
{
    busy_ = busy;
    updateButtons();
}

void UsersPage::updateButtons()
{
    const bool usable = !busy_ && !AdminFeedback::whyNot(workspace_, Action::ManageUsers);
    const std::optional<User> user = selected();
    new_->setEnabled(usable);
    edit_->setEnabled(usable && user.has_value());
    toggle_->setEnabled(usable && user.has_value());
    toggle_->setText(user && !user->active ? tr("&Reactivate") : tr("&Deactivate"));
    resetPassword_->setEnabled(usable && user.has_value());
    reload_->setEnabled(!busy_);
}

void UsersPage::refuse(const QString &title, const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Information, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("adminRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void UsersPage::openDialog(std::optional<User> existing)
{
    const bool creating = !existing.has_value();
    auto *dialog = new UserDialog(workspace_, std::move(existing), facilities_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserDialog::changedMeanwhile, this, &UsersPage::reload);
    connect(dialog, &QDialog::accepted, this, [this, dialog, creating] {
        QString name;
        if (const std::optional<User> &saved = dialog->saved()) {
            name = saved->displayName;
            selectAfterReload_ = saved->id;
        }
        Q_EMIT usersChanged();
        reloadWithNotice(creating ? tr("The account of %1 was created.").arg(name)
                                  : tr("The account of %1 was saved.").arg(name),
                         false);
    });
    // A save cancelled while under way may still have reached the server.
    connect(dialog, &QDialog::rejected, this, &UsersPage::reload);
    dialog->open();
}

void UsersPage::toggleSelected()
{
    const std::optional<User> user = selected();
    if (!user)
        return;
    if (user->active && user->id == workspace_.user().id) {
        refuse(tr("Deactivate account"),
               tr("You cannot deactivate your own account: you would lock yourself out. Another administrator "
                  "can do it."));
        return;
    }
    const QString who = tr("%1 (%2)").arg(user->displayName, user->username);
    auto *box = user->active
        ? new QMessageBox(QMessageBox::Question, tr("Deactivate account"),
                          tr("Deactivate the account of %1? They can no longer sign in and their open sessions "
                             "end. What they wrote stays in the records.")
                              .arg(who),
                          QMessageBox::Yes | QMessageBox::No, this)
        : new QMessageBox(QMessageBox::Question, tr("Reactivate account"),
                          tr("Reactivate the account of %1? They can sign in again with their password.").arg(who),
                          QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmUserToggle"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, user = *user] {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            saveActive(user, !user.active);
    });
    box->open();
}

void UsersPage::saveActive(User user, bool active)
{
    if (busy_)
        return;
    user.active = active;
    setBusy(true);
    status_->showBusy(AdminFeedback::saving());
    workspace_.callServer(
        this, [user](AdminApi &api) { return updateUserChecked(api, user); },
        [this, name = user.displayName, active](VersionedUpdate<User> update) {
            setBusy(false);
            if (update.result.ok()) {
                Q_EMIT usersChanged();
                reloadWithNotice(active ? tr("The account of %1 was reactivated.").arg(name)
                                        : tr("The account of %1 was deactivated.").arg(name),
                                 false);
                return;
            }
            if (update.changedMeanwhile) {
                reloadWithNotice(tr("Somebody else changed the account of %1 in the meantime, so nothing was "
                                    "saved. The list now shows its current state.")
                                     .arg(name),
                                 true);
                return;
            }
            status_->showError(AdminFeedback::failure(update.result.httpStatus, update.result.error));
        });
}

void UsersPage::resetSelectedPassword()
{
    const std::optional<User> user = selected();
    if (!user)
        return;
    if (user->id == workspace_.user().id) {
        // A reset would end this very session, and this computer's cache is locked with the
        // current password: changing one's own password is its own action.
        refuse(tr("Reset password"),
               tr("To change your own password, use File > Change password…."));
        return;
    }
    auto *dialog = new ResetPasswordDialog(workspace_, *user, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name = user->displayName] {
        status_->showInfo(tr("The password of %1 was reset. Give it to them in person; their open sessions "
                             "have ended.")
                              .arg(name));
    });
    dialog->open();
}

} // namespace medinexus::client::gui
