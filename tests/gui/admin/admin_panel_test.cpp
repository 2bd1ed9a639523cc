// The administrator's screens driven with QTest against the real server: facilities and
// accounts created through their dialogs land on the server, accounts created, deactivated
// or given a new password behave accordingly at login, the audit log filters, and an offline
// administrator is told that administration needs the server.
#include "client/gui/admin/admin_feedback.h"
#include "client/gui/admin/admin_panel.h"
#include "client/gui/admin/audit_actions.h"
#include "client/gui/admin/audit_log_page.h"
#include "client/gui/admin/facilities_page.h"
#include "client/gui/admin/users_page.h"
#include "tests/gui/support/gui_test_support.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>

namespace medinexus::client::gui {
namespace {

using namespace medinexus::client::gui::testing;

// QTest::keyClicks types ASCII only (Qt 6.4 asserts on other characters): typed names avoid accents.
constexpr int kFacilityName = 0, kFacilityKind = 1, kFacilityVillage = 2, kFacilityStatus = 3;
constexpr int kUserDisplayName = 0, kUserUsername = 1, kUserRole = 2, kUserFacility = 3, kUserStatus = 4;
constexpr int kAuditActor = 1, kAuditAction = 2, kAuditObjectId = 4, kAuditOutcome = 5;

const QString kClinicName = QStringLiteral("Centre de santé de Bandafassi");

int findRow(const QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (const QTableWidgetItem *item = table->item(row, column); item && item->text() == text)
            return row;
    }
    return -1;
}

void clickRow(QTableWidget *table, int row)
{
    ASSERT_GE(row, 0);
    QTableWidgetItem *item = table->item(row, 0);
    table->scrollToItem(item);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(item).center());
    ASSERT_EQ(table->currentRow(), row);
}

class AdminPanelTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { community_ = std::make_unique<Community>(); }
    static void TearDownTestSuite() { community_.reset(); }

    void SetUp() override
    {
        workspace_ = openWorkspace(device_, community_->profile, QStringLiteral("admin"));
        ASSERT_NE(workspace_, nullptr);
        panel_ = std::make_unique<AdminPanel>(*workspace_);
        panel_->resize(1100, 700);
        panel_->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(panel_.get()));
        facilitiesTable_ = child<QTableWidget>(panel_.get(), QStringLiteral("facilitiesTable"));
        usersTable_ = child<QTableWidget>(panel_.get(), QStringLiteral("usersTable"));
        ASSERT_TRUE(facilitiesTable_ && usersTable_);
        ASSERT_TRUE(waitUntil([&] { return !panel_->facilitiesPage()->isBusy() && facilitiesTable_->rowCount() > 0; }));
    }

    void TearDown() override
    {
        panel_.reset();
        workspace_.reset();
    }

    // A direct line to the server with the administrator's session, to check what the
    // screens did.
    [[nodiscard]] std::unique_ptr<AdminApi> api() const
    {
        return std::make_unique<AdminApi>(community_->profile, workspace_->session().token());
    }

    void showUsers()
    {
        panel_->tabs()->setCurrentWidget(panel_->usersPage());
        ASSERT_TRUE(waitUntil([&] { return !panel_->usersPage()->isBusy() && usersTable_->rowCount() > 0; }));
    }

    AuditLogPage *showAudit()
    {
        panel_->tabs()->setCurrentWidget(panel_->auditLogPage());
        auto *actors = child<QComboBox>(panel_.get(), QStringLiteral("auditActorField"));
        EXPECT_TRUE(waitUntil([&] { return !panel_->auditLogPage()->isBusy() && actors->count() > 1; }));
        return panel_->auditLogPage();
    }

    void searchAudit()
    {
        auto *search = child<QPushButton>(panel_.get(), QStringLiteral("auditSearchButton"));
        ASSERT_TRUE(search->isEnabled());
        QTest::mouseClick(search, Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return !panel_->auditLogPage()->isBusy(); }));
    }

    // The account `username` as the server holds it.
    std::optional<User> serverUser(const QString &username) const
    {
        auto users = api()->users();
        EXPECT_TRUE(users.ok()) << users.error.toStdString();
        if (!users.ok())
            return std::nullopt;
        for (const User &user : *users.value) {
            if (user.username == username)
                return user;
        }
        return std::nullopt;
    }

    // Fills the new-account dialog and saves it; the dialog stays open (and the test fails)
    // if anything is refused.
    void createAccount(const QString &username, const QString &displayName, Role role, const QString &password)
    {
        whenModalOpens([username, displayName, role, password](QWidget *modal) {
            auto *dialog = qobject_cast<QDialog *>(modal);
            ASSERT_NE(dialog, nullptr);
            ASSERT_EQ(dialog->objectName(), QStringLiteral("userDialog"));
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("usernameField")), username);
            QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("displayNameField")), displayName);
            auto *roleField = child<QComboBox>(dialog, QStringLiteral("roleField"));
            roleField->setCurrentIndex(roleField->findData(toToken(role)));
            auto *facilityField = child<QComboBox>(dialog, QStringLiteral("facilityField"));
            facilityField->setCurrentIndex(facilityField->findText(kClinicName));
            ASSERT_GE(facilityField->currentIndex(), 0);
            auto *passwordField = child<QLineEdit>(dialog, QStringLiteral("passwordField"));
            auto *confirmationField = child<QLineEdit>(dialog, QStringLiteral("passwordConfirmationField"));
            EXPECT_EQ(passwordField->echoMode(), QLineEdit::Password);
            EXPECT_EQ(confirmationField->echoMode(), QLineEdit::Password);
            QTest::keyClicks(passwordField, password);
            QTest::keyClicks(confirmationField, password);
            QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("userSaveButton")), Qt::LeftButton);
            // The password lives on only in the request, not in the form.
            EXPECT_TRUE(passwordField->text().isEmpty());
            EXPECT_TRUE(confirmationField->text().isEmpty());
        });
        QTest::mouseClick(child<QPushButton>(panel_.get(), QStringLiteral("newUserButton")), Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return findRow(usersTable_, kUserUsername, username) >= 0; }))
            << "the account did not appear in the list";
        EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    }

    static std::unique_ptr<Community> community_;
    Device device_;
    std::unique_ptr<Workspace> workspace_;
    std::unique_ptr<AdminPanel> panel_;
    QTableWidget *facilitiesTable_ = nullptr;
    QTableWidget *usersTable_ = nullptr;
};

std::unique_ptr<Community> AdminPanelTest::community_;

TEST_F(AdminPanelTest, ListsTheDemoFacilitiesAndAccounts)
{
    const int hospital = findRow(facilitiesTable_, kFacilityName, QStringLiteral("Hôpital régional de Kédougou"));
    ASSERT_GE(hospital, 0);
    EXPECT_EQ(facilitiesTable_->item(hospital, kFacilityKind)->text(), label(FacilityKind::Hospital));
    EXPECT_EQ(facilitiesTable_->item(hospital, kFacilityVillage)->text(), QStringLiteral("Kédougou"));
    EXPECT_EQ(facilitiesTable_->item(hospital, kFacilityStatus)->text(), QStringLiteral("Active"));
    const int pharmacy = findRow(facilitiesTable_, kFacilityName, QStringLiteral("Pharmacie du Marché"));
    ASSERT_GE(pharmacy, 0);
    EXPECT_EQ(facilitiesTable_->item(pharmacy, kFacilityKind)->text(), label(FacilityKind::Pharmacy));
    EXPECT_GE(findRow(facilitiesTable_, kFacilityName, kClinicName), 0);

    showUsers();
    for (const char *username : {"admin", "dr.diallo", "dr.sow", "inf.ndiaye", "ph.camara"})
        EXPECT_GE(findRow(usersTable_, kUserUsername, QString::fromLatin1(username)), 0) << username;
    const int sow = findRow(usersTable_, kUserUsername, QStringLiteral("dr.sow"));
    ASSERT_GE(sow, 0);
    EXPECT_EQ(usersTable_->item(sow, kUserDisplayName)->text(), QStringLiteral("Dr Ibrahima Sow"));
    EXPECT_EQ(usersTable_->item(sow, kUserRole)->text(), label(Role::Doctor));
    EXPECT_EQ(usersTable_->item(sow, kUserFacility)->text(), kClinicName);
    EXPECT_EQ(usersTable_->item(sow, kUserStatus)->text(), QStringLiteral("Active"));
}

TEST_F(AdminPanelTest, CreatesAFacilityThroughTheDialog)
{
    const QString name = QStringLiteral("Poste de sante de Ndiormi");
    whenModalOpens([&](QWidget *modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("facilityDialog"));
        QTest::keyClicks(child<QLineEdit>(modal, QStringLiteral("facilityNameField")), name);
        auto *kind = child<QComboBox>(modal, QStringLiteral("facilityKindField"));
        kind->setCurrentIndex(kind->findText(label(FacilityKind::Hospital)));
        QTest::keyClicks(child<QLineEdit>(modal, QStringLiteral("facilityVillageField")), QStringLiteral("Ndiormi"));
        QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("facilitySaveButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel_.get(), QStringLiteral("newFacilityButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return findRow(facilitiesTable_, kFacilityName, name) >= 0; }));
    const int row = findRow(facilitiesTable_, kFacilityName, name);
    EXPECT_EQ(facilitiesTable_->item(row, kFacilityKind)->text(), label(FacilityKind::Hospital));
    EXPECT_EQ(facilitiesTable_->item(row, kFacilityVillage)->text(), QStringLiteral("Ndiormi"));
    // The new facility is selected, and said to be created.
    EXPECT_EQ(facilitiesTable_->currentRow(), row);
    EXPECT_TRUE(child<QLabel>(panel_.get(), QStringLiteral("facilitiesStatus"))->text().contains(name));

    auto facilities = api()->facilities();
    ASSERT_TRUE(facilities.ok()) << facilities.error.toStdString();
    const auto stored = std::find_if(facilities.value->begin(), facilities.value->end(),
                                     [&](const Facility &facility) { return facility.name == name; });
    ASSERT_NE(stored, facilities.value->end());
    EXPECT_EQ(stored->kind, FacilityKind::Hospital);
    EXPECT_EQ(stored->village, QStringLiteral("Ndiormi"));
    EXPECT_TRUE(stored->active);
}

TEST_F(AdminPanelTest, RefusesAFacilityWithoutNameAndCreatesNothing)
{
    auto before = api()->facilities();
    ASSERT_TRUE(before.ok());
    bool checked = false;
    whenModalOpens([&](QWidget *modal) {
        auto *name = child<QLineEdit>(modal, QStringLiteral("facilityNameField"));
        QTest::keyClicks(child<QLineEdit>(modal, QStringLiteral("facilityVillageField")), QStringLiteral("Nulle part"));
        QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("facilitySaveButton")), Qt::LeftButton);
        // Refused at once by the shared rules: the name is marked, the message listed.
        EXPECT_TRUE(modal->isVisible());
        EXPECT_TRUE(name->property("medinexusInvalid").toBool());
        EXPECT_FALSE(name->toolTip().isEmpty());
        auto *errors = child<QLabel>(modal, QStringLiteral("facilityErrors"));
        EXPECT_FALSE(errors->isHidden());
        EXPECT_TRUE(errors->text().contains(name->toolTip()));
        checked = true;
        QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("facilityCancelButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel_.get(), QStringLiteral("newFacilityButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return checked && QApplication::activeModalWidget() == nullptr; }));
    ASSERT_TRUE(waitUntil([&] { return !panel_->facilitiesPage()->isBusy(); }));

    auto after = api()->facilities();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after.value->size(), before.value->size());
    EXPECT_EQ(findRow(facilitiesTable_, kFacilityVillage, QStringLiteral("Nulle part")), -1);
}

TEST_F(AdminPanelTest, AConcurrentChangeIsShownAndTheListReloaded)
{
    const QString name = QStringLiteral("Pharmacie du Marché");
    clickRow(facilitiesTable_, findRow(facilitiesTable_, kFacilityName, name));

    bool conflictShown = false;
    whenModalOpens([&](QWidget *modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("facilityDialog"));
        // Another administrator saves the same facility while this dialog is open.
        auto facilities = api()->facilities();
        ASSERT_TRUE(facilities.ok());
        auto other = std::find_if(facilities.value->begin(), facilities.value->end(),
                                  [&](const Facility &facility) { return facility.name == name; });
        ASSERT_NE(other, facilities.value->end());
        Facility changed = *other;
        changed.village = QStringLiteral("Saraya");
        ASSERT_TRUE(api()->updateFacility(changed).ok());

        auto *village = child<QLineEdit>(modal, QStringLiteral("facilityVillageField"));
        village->clear();
        QTest::keyClicks(village, QStringLiteral("Bandafassi"));
        auto *save = child<QPushButton>(modal, QStringLiteral("facilitySaveButton"));
        QTest::mouseClick(save, Qt::LeftButton);
        auto *errors = child<QLabel>(modal, QStringLiteral("facilityErrors"));
        ASSERT_TRUE(waitUntil([&] { return !errors->isHidden(); }));
        EXPECT_TRUE(errors->text().contains(QStringLiteral("changed this facility in the meantime")));
        EXPECT_FALSE(save->isEnabled());
        conflictShown = true;
        QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("facilityCancelButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel_.get(), QStringLiteral("editFacilityButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return conflictShown && QApplication::activeModalWidget() == nullptr; }));
    // The list shows the other administrator's version; this one's edit was not saved.
    ASSERT_TRUE(waitUntil([&] {
        const int row = findRow(facilitiesTable_, kFacilityName, name);
        return row >= 0 && facilitiesTable_->item(row, kFacilityVillage)->text() == QStringLiteral("Saraya");
    }));
    auto facilities = api()->facilities();
    ASSERT_TRUE(facilities.ok());
    for (const Facility &facility : *facilities.value) {
        if (facility.name == name) {
            EXPECT_EQ(facility.village, QStringLiteral("Saraya"));
        }
    }
}

TEST_F(AdminPanelTest, EditsAnAccount)
{
    showUsers();
    clickRow(usersTable_, findRow(usersTable_, kUserUsername, QStringLiteral("inf.ndiaye")));
    whenModalOpens([&](QWidget *modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("userDialog"));
        EXPECT_TRUE(child<QLineEdit>(modal, QStringLiteral("usernameField"))->isReadOnly());
        EXPECT_EQ(modal->findChild<QLineEdit *>(QStringLiteral("passwordField")), nullptr);
        auto *displayName = child<QLineEdit>(modal, QStringLiteral("displayNameField"));
        displayName->selectAll();
        QTest::keyClicks(displayName, QStringLiteral("Fatou Ndiaye Diouf"));
        QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("userSaveButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel_.get(), QStringLiteral("editUserButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return findRow(usersTable_, kUserDisplayName, QStringLiteral("Fatou Ndiaye Diouf")) >= 0; }));
    const std::optional<User> stored = serverUser(QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->displayName, QStringLiteral("Fatou Ndiaye Diouf"));
    EXPECT_EQ(stored->role, Role::Nurse);
    EXPECT_EQ(usersTable_->item(usersTable_->currentRow(), kUserUsername)->text(), QStringLiteral("inf.ndiaye"));
}

TEST_F(AdminPanelTest, CreatedNurseLogsInAndIsRefusedOnceDeactivated)
{
    showUsers();
    const QString password = QStringLiteral("Baobab-et-fleuve-42");
    ASSERT_NO_FATAL_FAILURE(createAccount(QStringLiteral("inf.sarr"), QStringLiteral("Awa Sarr"), Role::Nurse, password));
    const int row = findRow(usersTable_, kUserUsername, QStringLiteral("inf.sarr"));
    EXPECT_EQ(usersTable_->item(row, kUserRole)->text(), label(Role::Nurse));
    EXPECT_EQ(usersTable_->item(row, kUserFacility)->text(), kClinicName);

    {
        Device nurseDevice;
        LoginResult login = nurseDevice.login(community_->profile, QStringLiteral("inf.sarr"), password);
        ASSERT_NE(login.session, nullptr) << login.message.toStdString();
        EXPECT_FALSE(login.offline);
        EXPECT_EQ(login.session->user().role, Role::Nurse);
    }

    // Deactivate, after saying yes to the confirmation.
    clickRow(usersTable_, findRow(usersTable_, kUserUsername, QStringLiteral("inf.sarr")));
    auto *toggle = child<QPushButton>(panel_.get(), QStringLiteral("toggleUserButton"));
    ASSERT_TRUE(toggle->isEnabled());
    bool confirmed = false;
    whenModalOpens([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("confirmUserToggle"));
        EXPECT_TRUE(box->text().contains(QStringLiteral("Awa Sarr")));
        confirmed = true;
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(toggle, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] {
        const int r = findRow(usersTable_, kUserUsername, QStringLiteral("inf.sarr"));
        return confirmed && r >= 0 && usersTable_->item(r, kUserStatus)->text() == QStringLiteral("Deactivated");
    }));
    const std::optional<User> stored = serverUser(QStringLiteral("inf.sarr"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_FALSE(stored->active);
    EXPECT_EQ(toggle->text(), QStringLiteral("&Reactivate"));

    Device otherDevice;
    LoginResult refused = otherDevice.login(community_->profile, QStringLiteral("inf.sarr"), password);
    EXPECT_EQ(refused.session, nullptr);
    EXPECT_NE(refused.failure, LoginFailure::None);
}

TEST_F(AdminPanelTest, AnsweringNoToTheConfirmationChangesNothing)
{
    showUsers();
    clickRow(usersTable_, findRow(usersTable_, kUserUsername, QStringLiteral("ph.camara")));
    bool asked = false;
    whenModalOpens([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_NE(box, nullptr);
        asked = true;
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel_.get(), QStringLiteral("toggleUserButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return asked && QApplication::activeModalWidget() == nullptr; }));
    EXPECT_FALSE(panel_->usersPage()->isBusy());
    const std::optional<User> stored = serverUser(QStringLiteral("ph.camara"));
    ASSERT_TRUE(stored.has_value());
    EXPECT_TRUE(stored->active);
}

TEST_F(AdminPanelTest, RefusesToDeactivateOneself)
{
    showUsers();
    clickRow(usersTable_, findRow(usersTable_, kUserUsername, QStringLiteral("admin")));
    bool told = false;
    whenModalOpens([&](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("adminRefusal"));
        EXPECT_TRUE(box->text().contains(QStringLiteral("your own account")));
        told = true;
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel_.get(), QStringLiteral("toggleUserButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return told && QApplication::activeModalWidget() == nullptr; }));
    const std::optional<User> admin = serverUser(QStringLiteral("admin"));
    ASSERT_TRUE(admin.has_value());
    EXPECT_TRUE(admin->active);
}

TEST_F(AdminPanelTest, ResetsAPasswordThatThenSignsIn)
{
    showUsers();
    clickRow(usersTable_, findRow(usersTable_, kUserUsername, QStringLiteral("dr.sow")));
    const QString newPassword = QStringLiteral("Kapokier-2031-rouge");
    whenModalOpens([&](QWidget *modal) {
        ASSERT_EQ(modal->objectName(), QStringLiteral("resetPasswordDialog"));
        auto *password = child<QLineEdit>(modal, QStringLiteral("newPasswordField"));
        auto *confirmation = child<QLineEdit>(modal, QStringLiteral("newPasswordConfirmationField"));
        EXPECT_EQ(password->echoMode(), QLineEdit::Password);
        // A mismatch is refused first, with both fields emptied.
        QTest::keyClicks(password, newPassword);
        QTest::keyClicks(confirmation, QStringLiteral("Kapokier-2031-rougE"));
        QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("resetPasswordSaveButton")), Qt::LeftButton);
        EXPECT_TRUE(confirmation->property("medinexusInvalid").toBool());
        EXPECT_TRUE(password->text().isEmpty());
        EXPECT_TRUE(confirmation->text().isEmpty());
        QTest::keyClicks(password, newPassword);
        QTest::keyClicks(confirmation, newPassword);
        QTest::mouseClick(child<QPushButton>(modal, QStringLiteral("resetPasswordSaveButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(panel_.get(), QStringLiteral("resetPasswordButton")), Qt::LeftButton);
    auto *status = child<QLabel>(panel_.get(), QStringLiteral("usersStatus"));
    ASSERT_TRUE(waitUntil([&] { return status->text().contains(QStringLiteral("was reset")); }));

    Device doctorDevice;
    LoginResult login = doctorDevice.login(community_->profile, QStringLiteral("dr.sow"), newPassword);
    ASSERT_NE(login.session, nullptr) << login.message.toStdString();
    EXPECT_FALSE(login.offline);
    Device oldPasswordDevice;
    EXPECT_EQ(oldPasswordDevice.login(community_->profile, QStringLiteral("dr.sow")).session, nullptr);
}

TEST_F(AdminPanelTest, AuditLogFiltersByPersonAndAction)
{
    showUsers();
    ASSERT_NO_FATAL_FAILURE(createAccount(QStringLiteral("ph.diop"), QStringLiteral("Khady Diop"), Role::Pharmacist,
                                          QStringLiteral("Marigot-sous-la-pluie")));
    const std::optional<User> created = serverUser(QStringLiteral("ph.diop"));
    ASSERT_TRUE(created.has_value());

    AuditLogPage *page = showAudit();
    auto *actor = child<QComboBox>(page, QStringLiteral("auditActorField"));
    auto *action = child<QComboBox>(page, QStringLiteral("auditActionField"));
    auto *table = child<QTableWidget>(page, QStringLiteral("auditTable"));
    const QUuid adminId = workspace_->user().id;
    ASSERT_GE(actor->findData(adminId), 0);
    actor->setCurrentIndex(actor->findData(adminId));
    action->setCurrentIndex(action->findData(QStringLiteral("user.create")));
    ASSERT_GE(action->currentIndex(), 1);
    ASSERT_NO_FATAL_FAILURE(searchAudit());

    ASSERT_FALSE(page->records().empty());
    ASSERT_EQ(table->rowCount(), static_cast<int>(page->records().size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        EXPECT_EQ(page->records()[static_cast<std::size_t>(row)].actorId, adminId);
        EXPECT_EQ(page->records()[static_cast<std::size_t>(row)].action, QStringLiteral("user.create"));
        EXPECT_EQ(table->item(row, kAuditAction)->text(), AuditActions::actionLabel(QStringLiteral("user.create")));
        EXPECT_EQ(table->item(row, kAuditActor)->text(), page->records()[static_cast<std::size_t>(row)].actorName);
    }
    // The creation done through the dialog is there, naming the new account.
    EXPECT_GE(findRow(table, kAuditObjectId, created->id.toString(QUuid::WithoutBraces)), 0);

    // Paging: two rows at a time, "Load more" continues after the last one shown.
    const std::size_t all = page->records().size();
    ASSERT_GE(all, 3u);  // the demo accounts and this one
    page->setPageSize(2);
    ASSERT_NO_FATAL_FAILURE(searchAudit());
    EXPECT_EQ(table->rowCount(), 2);
    auto *more = child<QPushButton>(page, QStringLiteral("auditMoreButton"));
    ASSERT_TRUE(more->isEnabled());
    QTest::mouseClick(more, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !page->isBusy(); }));
    ASSERT_EQ(table->rowCount(), 4 <= static_cast<int>(all) ? 4 : static_cast<int>(all));
    for (std::size_t i = 1; i < page->records().size(); ++i)
        EXPECT_LT(page->records()[i - 1].sequence, page->records()[i].sequence);
}

TEST_F(AdminPanelTest, AuditLogShowsRefusedSignInsInRed)
{
    Device intruder;
    ASSERT_EQ(intruder.login(community_->profile, QStringLiteral("dr.diallo"), QStringLiteral("not-the-password")).session,
              nullptr);

    AuditLogPage *page = showAudit();
    auto *action = child<QComboBox>(page, QStringLiteral("auditActionField"));
    action->setCurrentIndex(action->findData(QStringLiteral("auth.login")));
    ASSERT_NO_FATAL_FAILURE(searchAudit());
    auto *table = child<QTableWidget>(page, QStringLiteral("auditTable"));
    bool sawFailure = false;
    bool sawSuccess = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        const AuditRecord &record = page->records()[static_cast<std::size_t>(row)];
        EXPECT_EQ(record.action, QStringLiteral("auth.login"));
        const QTableWidgetItem *outcome = table->item(row, kAuditOutcome);
        if (record.outcome == QLatin1String("failed")) {
            sawFailure = true;
            EXPECT_EQ(outcome->foreground().color(), QColor(0xc6, 0x28, 0x28));
        } else if (record.outcome == QLatin1String("ok")) {
            sawSuccess = true;
            EXPECT_NE(outcome->foreground().color(), QColor(0xc6, 0x28, 0x28));
        }
    }
    EXPECT_TRUE(sawFailure);
    EXPECT_TRUE(sawSuccess);
}

TEST(AdminPanelOfflineTest, SaysThatAdministrationNeedsTheServer)
{
    Community community;
    Device device;
    ASSERT_NE(device.login(community.profile, QStringLiteral("admin")).session, nullptr);
    LoginResult offline = device.loginOffline(community.unreachable, QStringLiteral("admin"));
    ASSERT_NE(offline.session, nullptr) << offline.message.toStdString();
    ASSERT_TRUE(offline.offline);
    Workspace workspace(std::move(offline.session), true);

    AdminPanel panel(workspace);
    panel.resize(1000, 600);
    panel.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&panel));
    auto *facilitiesStatus = child<QLabel>(&panel, QStringLiteral("facilitiesStatus"));
    EXPECT_TRUE(waitUntil([&] { return facilitiesStatus->isVisible(); }));
    EXPECT_EQ(facilitiesStatus->text(), AdminFeedback::needsConnection());
    EXPECT_FALSE(child<QPushButton>(&panel, QStringLiteral("newFacilityButton"))->isEnabled());
    EXPECT_EQ(child<QTableWidget>(&panel, QStringLiteral("facilitiesTable"))->rowCount(), 0);

    panel.tabs()->setCurrentWidget(panel.usersPage());
    EXPECT_EQ(child<QLabel>(&panel, QStringLiteral("usersStatus"))->text(), AdminFeedback::needsConnection());
    EXPECT_FALSE(child<QPushButton>(&panel, QStringLiteral("newUserButton"))->isEnabled());

    panel.tabs()->setCurrentWidget(panel.auditLogPage());
    EXPECT_EQ(child<QLabel>(&panel, QStringLiteral("auditStatus"))->text(), AdminFeedback::needsConnection());
    EXPECT_FALSE(child<QPushButton>(&panel, QStringLiteral("auditSearchButton"))->isEnabled());
}

} // namespace
} // namespace medinexus::client::gui
