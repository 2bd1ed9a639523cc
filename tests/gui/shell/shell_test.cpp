// The whole client as a user meets it: the login window, the main window of each role, the
// sync indicator, live changes from another clinic, working offline, the language, logging out.
// Real server over loopback TLS, real encrypted caches, real widgets driven with QTest.
#include "client/core/admin/admin_api.h"
#include "client/gui/login/login_dialog.h"
#include "client/gui/shell/client_controller.h"
#include "client/gui/shell/main_window.h"
#include "client/gui/shell/rejected_changes_dialog.h"
#include "client/gui/shell/sync_status_indicator.h"
#include "client/gui/workspace/app_settings.h"
#include "client/gui/workspace/language.h"
#include "client/gui/workspace/workspace.h"
#include "tests/gui/counter/dispensing_fixture.h"
#include "tests/gui/support/gui_test_support.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace medinexus::client::gui::testing {
namespace {

using Page = MainWindow::Page;

// One installed client: its own data folder and settings, pinned to the test server.
class Client {
public:
    explicit Client(const ServerProfile &profile)
    {
        ClientOptions options;
        options.dataRoot = dir_.filePath(QStringLiteral("data"));
        options.settingsFile = dir_.filePath(QStringLiteral("settings.ini"));
        options.login.argon2 = medinexus::client::testing::cheapArgon2();
        options.sync = testSyncSettings();
        options.sync.liveUpdates = true;
        options.keychainService = QStringLiteral("MediNexus-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        // English, whatever this machine's locale: the tests read the windows' texts.
        AppSettings(options.settingsFile).setLanguage(QStringLiteral("en"));
        controller_ = std::make_unique<ClientController>(options);
        setServer(profile);
        controller_->start();
    }

    void setServer(const ServerProfile &profile)
    {
        controller_->ensureProfile(QStringLiteral("Test community"), profile.addresses, profile.pinnedCertificateSha256);
    }

    ClientController &controller() { return *controller_; }

    // Types the credentials into the login window and clicks "Log in".
    void typeLogin(const QString &username, const QString &password = QString::fromLatin1(kDemoPassword),
                   bool offline = false)
    {
        ASSERT_TRUE(waitUntil([&] { return controller_->loginDialog() && controller_->loginDialog()->isVisible(); }));
        LoginDialog *dialog = controller_->loginDialog();
        auto *user = child<QLineEdit>(dialog, QStringLiteral("usernameField"));
        auto *pass = child<QLineEdit>(dialog, QStringLiteral("passwordField"));
        ASSERT_TRUE(user && pass);
        user->clear();
        QTest::keyClicks(user, username);
        QTest::keyClicks(pass, password);
        child<QCheckBox>(dialog, QStringLiteral("workOfflineBox"))->setChecked(offline);
        QTest::mouseClick(child<QPushButton>(dialog, QStringLiteral("loginButton")), Qt::LeftButton);
    }

    // Logs in and waits for the main window and the first sync.
    MainWindow *logIn(const QString &username)
    {
        typeLogin(username);
        EXPECT_TRUE(waitUntil([&] { return controller_->mainWindow() != nullptr; })) << username.toStdString();
        if (!controller_->mainWindow())
            return nullptr;
        EXPECT_TRUE(waitUntil([&] {
            return controller_->workspace()->syncStatus().connectivity == SyncStatus::Connectivity::Online;
        }));
        return controller_->mainWindow();
    }

private:
    QTemporaryDir dir_;
    std::unique_ptr<ClientController> controller_;
};

// Whether any item view or label under `root` shows `text`.
bool shows(const QWidget *root, const QString &text)
{
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->isVisibleTo(root->window()) && label->text().contains(text))
            return true;
    }
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                if (model->data(model->index(row, column)).toString().contains(text))
                    return true;
            }
        }
    }
    return false;
}

class ShellTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { community_ = std::make_unique<Community>(4); }
    static void TearDownTestSuite() { community_.reset(); }
    static std::unique_ptr<Community> community_;
};
std::unique_ptr<Community> ShellTest::community_;

TEST_F(ShellTest, EachRoleGetsOnlyThePagesItsPermissionsAllow)
{
    struct Expected {
        const char *username;
        bool patients, counter, conflicts, administration;
        Page first;
    };
    const Expected roles[] = {
        {"dr.diallo", true, false, true, false, Page::Patients},
        {"inf.ndiaye", true, false, true, false, Page::Patients},
        {"ph.camara", true, true, false, false, Page::Counter},
        {"admin", false, false, false, true, Page::Administration},
    };
    for (const Expected &role : roles) {
        SCOPED_TRACE(role.username);
        Client client(community_->profile);
        MainWindow *window = client.logIn(QString::fromLatin1(role.username));
        ASSERT_NE(window, nullptr);
        EXPECT_EQ(window->hasPage(Page::Patients), role.patients);
        EXPECT_EQ(window->hasPage(Page::Counter), role.counter);
        EXPECT_EQ(window->hasPage(Page::Conflicts), role.conflicts);
        EXPECT_EQ(window->hasPage(Page::Administration), role.administration);
        EXPECT_EQ(window->currentPage(), role.first);
        // Refused actions are not offered: no registration for the pharmacist or the admin.
        const bool mayRegister = QString::fromLatin1(role.username).startsWith(QLatin1String("dr."))
            || QString::fromLatin1(role.username).startsWith(QLatin1String("inf."));
        EXPECT_EQ(window->findChild<QAction *>(QStringLiteral("registerPatientAction")) != nullptr, mayRegister);
        EXPECT_TRUE(window->syncIndicator()->text().contains(QStringLiteral("Online")));
    }
}

TEST_F(ShellTest, AWrongPasswordIsRefusedInTheLoginWindow)
{
    Client client(community_->profile);
    client.typeLogin(QStringLiteral("dr.diallo"), QStringLiteral("not-the-password"));
    auto *message = child<QLabel>(client.controller().loginDialog(), QStringLiteral("loginMessage"));
    ASSERT_TRUE(waitUntil([&] { return message->isVisible() && !message->text().contains(QStringLiteral("Logging in")); }));
    EXPECT_FALSE(message->text().isEmpty());
    EXPECT_EQ(client.controller().mainWindow(), nullptr);
    // The password field was emptied; the user types it again.
    EXPECT_TRUE(child<QLineEdit>(client.controller().loginDialog(), QStringLiteral("passwordField"))->text().isEmpty());
}

TEST_F(ShellTest, AChangeFromAnotherClinicAppearsInTheOpenRecord)
{
    Client client(community_->profile);
    MainWindow *window = client.logIn(QStringLiteral("dr.diallo"));
    ASSERT_NE(window, nullptr);
    Workspace &workspace = *client.controller().workspace();
    const Patient patient = workspace.records().patients().front();
    window->openPatient(patient.id);

    // Another clinic: dr.sow on another computer adds a note to the same patient.
    Device otherComputer;
    auto other = openWorkspace(otherComputer, community_->profile, QStringLiteral("dr.sow"));
    ASSERT_TRUE(other);
    const QString text = QStringLiteral("Seen at the other clinic %1").arg(QUuid::createUuid().toString());
    other->addEntry(medinexus::client::testing::noteFor(patient.id, text));
    ASSERT_TRUE(syncAndWait(*other));

    // The server notifies the first client, which pulls; the open record shows the note.
    EXPECT_TRUE(waitUntil([&] { return shows(window, text); }, std::chrono::seconds(30)));
}

TEST_F(ShellTest, TheIndicatorCountsChangesUntilTheServerHasThem)
{
    Client client(community_->profile);
    MainWindow *window = client.logIn(QStringLiteral("inf.ndiaye"));
    ASSERT_NE(window, nullptr);
    Workspace &workspace = *client.controller().workspace();
    const Patient patient = workspace.records().patients().front();
    workspace.stopSync();  // as if the link were down: the change waits in the outbox
    workspace.addEntry(medinexus::client::testing::noteFor(patient.id, QStringLiteral("Waiting for the link")));
    workspace.startSync(testSyncSettings());
    // Sent at the next sync; the indicator goes back to nothing waiting.
    EXPECT_TRUE(waitForSync(workspace, QDateTime::currentDateTimeUtc().addSecs(-1)));
    EXPECT_FALSE(window->syncIndicator()->text().contains(QStringLiteral("waiting")));
    SyncStatus pending = workspace.syncStatus();
    pending.pendingChanges = 2;
    EXPECT_TRUE(describeSyncStatus(pending).contains(QStringLiteral("2 changes waiting")));
}

TEST_F(ShellTest, WithoutTheServerTheUserWorksOfflineAndIsToldSo)
{
    Client client(community_->profile);
    ASSERT_NE(client.logIn(QStringLiteral("inf.ndiaye")), nullptr);
    // Log out, then the server becomes unreachable.
    client.controller().mainWindow()->findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return client.controller().loginDialog() && !client.controller().workspace(); }));
    client.setServer(community_->unreachable);
    // The login window re-reads the list when it is shown again: start over as a user would.
    client.controller().loginDialog()->reject();
    client.controller().start();
    client.typeLogin(QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(waitUntil([&] { return client.controller().mainWindow() != nullptr; }));
    auto *notice = child<QLabel>(client.controller().mainWindow(), QStringLiteral("windowNotice"));
    EXPECT_TRUE(notice->isVisible());
    EXPECT_TRUE(notice->text().contains(QStringLiteral("offline")));
    EXPECT_TRUE(client.controller().workspace()->loggedInOffline());
    // The cached records are there to work with.
    EXPECT_FALSE(client.controller().workspace()->records().patients().empty());
}

TEST_F(ShellTest, FrenchIsChosenInTheLoginWindowAndKeptInTheMainWindow)
{
    // The catalogues are compiled into the program.
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/i18n/medinexus_fr.qm")));
    Client client(community_->profile);
    ASSERT_TRUE(waitUntil([&] { return client.controller().loginDialog() != nullptr; }));
    auto *languages = child<QComboBox>(client.controller().loginDialog(), QStringLiteral("languageCombo"));
    const int french = languages->findData(QStringLiteral("fr"));
    ASSERT_GE(french, 0);
    languages->setCurrentIndex(french);
    Q_EMIT languages->activated(french);
    EXPECT_EQ(client.controller().language().current(), QStringLiteral("fr"));
    // Widgets hear of the new language through a posted LanguageChange event.
    auto *login = child<QPushButton>(client.controller().loginDialog(), QStringLiteral("loginButton"));
    EXPECT_TRUE(waitUntil([&] { return login->text() == QStringLiteral("Se &connecter"); })) << login->text().toStdString();
    EXPECT_EQ(QLocale().language(), QLocale::French);

    MainWindow *window = client.logIn(QStringLiteral("dr.diallo"));
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->syncIndicator()->text().contains(QStringLiteral("En ligne")));
    // Back to English from the Settings menu: the window is rebuilt in English.
    window->findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return client.controller().mainWindow() && client.controller().mainWindow() != window; }));
    EXPECT_TRUE(client.controller().mainWindow()->syncIndicator()->text().contains(QStringLiteral("Online")));
    client.controller().setLanguage(QStringLiteral("en"));
}

TEST_F(ShellTest, LoggingOutReturnsToTheLoginWindow)
{
    Client client(community_->profile);
    MainWindow *window = client.logIn(QStringLiteral("ph.camara"));
    ASSERT_NE(window, nullptr);
    window->findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return client.controller().loginDialog() != nullptr && !client.controller().workspace(); }));
    EXPECT_EQ(client.controller().mainWindow(), nullptr);
    EXPECT_EQ(child<QLineEdit>(client.controller().loginDialog(), QStringLiteral("usernameField"))->text(),
              QStringLiteral("ph.camara"));
}


// An administrator's action through the API (deactivate, reactivate an account).
User setActive(const ServerProfile &profile, const QUuid &userId, bool active)
{
    Device adminComputer;
    auto admin = adminComputer.session(profile, QStringLiteral("admin"));
    AdminApi api(profile, admin->token());
    auto users = api.users();
    EXPECT_TRUE(users.ok()) << users.error.toStdString();
    for (User user : users.value.value_or(std::vector<User>{})) {
        if (user.id == userId) {
            user.active = active;
            auto saved = api.updateUser(user);
            EXPECT_TRUE(saved.ok()) << saved.error.toStdString();
            return saved.value.value_or(user);
        }
    }
    ADD_FAILURE() << "no such user";
    return {};
}

// Answers the "Sign in again" prompt with `password`.
void answerSignIn(const QString &password)
{
    whenModalOpens([password](QWidget *dialog) {
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("signInPasswordField"));
        auto *signIn = qobject_cast<QDialog *>(dialog);
        ASSERT_TRUE(field && signIn) << "not the sign-in prompt: " << dialog->metaObject()->className();
        field->setText(password);
        signIn->accept();
    });
}

TEST(ShellSessionTest, AfterTheServerEndedTheSessionSigningInAgainSendsWhatWasWrittenMeanwhile)
{
    Community community(3);
    Client client(community.profile);
    MainWindow *window = client.logIn(QStringLiteral("inf.ndiaye"));
    ASSERT_NE(window, nullptr);
    const QUuid nurseId = client.controller().workspace()->user().id;
    const Patient patient = client.controller().workspace()->records().patients().front();
    window->openPatient(patient.id);

    // An administrator deactivates and reactivates the account while this computer is off
    // the network: its server session has ended when it comes back.
    Workspace *workspace = client.controller().workspace();
    workspace->stopSync();
    setActive(community.profile, nurseId, false);
    setActive(community.profile, nurseId, true);
    workspace->startSync(testSyncSettings());
    ASSERT_TRUE(waitUntil([&] {
        return workspace->syncStatus().connectivity == SyncStatus::Connectivity::SignInRequired;
    }));
    auto *notice = child<QLabel>(window, QStringLiteral("windowNotice"));
    EXPECT_TRUE(notice->isVisible());

    // Work goes on meanwhile: the note waits in the outbox.
    const QString text = QStringLiteral("Written while signed out %1").arg(QUuid::createUuid().toString());
    workspace->addEntry(medinexus::client::testing::noteFor(patient.id, text));

    answerSignIn(QString::fromLatin1(kDemoPassword));
    window->findChild<QAction *>(QStringLiteral("signInAgainAction"))->trigger();
    ASSERT_TRUE(waitUntil([&] {
        Workspace *renewed = client.controller().workspace();
        return client.controller().mainWindow() && renewed
            && renewed->syncStatus().connectivity == SyncStatus::Connectivity::Online
            && renewed->syncStatus().pendingChanges == 0;
    }));
    // Back on the same record, and the note reached the server.
    EXPECT_EQ(client.controller().mainWindow()->currentPatient(), patient.id);
    const auto onServer = medinexus::client::testing::serverEntries(*community.server, QStringLiteral("dr.diallo"));
    EXPECT_TRUE(std::any_of(onServer.begin(), onServer.end(), [&](const ClinicalEntry &entry) {
        const auto *note = std::get_if<NoteBody>(&entry.body);
        return note && note->text == text;
    }));
}

TEST(ShellSessionTest, ADeactivatedAccountIsSentBackToTheLoginWindow)
{
    Community community(3);
    Client client(community.profile);
    MainWindow *window = client.logIn(QStringLiteral("inf.ndiaye"));
    ASSERT_NE(window, nullptr);
    setActive(community.profile, client.controller().workspace()->user().id, false);
    Workspace *workspace = client.controller().workspace();
    workspace->syncNow();
    ASSERT_TRUE(waitUntil([&] {
        return workspace->syncStatus().connectivity == SyncStatus::Connectivity::SignInRequired;
    }));

    answerSignIn(QString::fromLatin1(kDemoPassword));
    window->findChild<QAction *>(QStringLiteral("signInAgainAction"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return client.controller().loginDialog() && !client.controller().workspace(); }));
    auto *message = child<QLabel>(client.controller().loginDialog(), QStringLiteral("loginMessage"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_FALSE(message->text().isEmpty());
    // Offline access ended too: the password no longer opens this computer's records.
    client.setServer(community.unreachable);
    client.controller().loginDialog()->reject();
    client.controller().start();
    client.typeLogin(QStringLiteral("inf.ndiaye"));
    auto *again = child<QLabel>(client.controller().loginDialog(), QStringLiteral("loginMessage"));
    ASSERT_TRUE(waitUntil([&] { return again->isVisible() && !again->text().contains(QStringLiteral("Logging in")); }));
    EXPECT_EQ(client.controller().workspace(), nullptr);
}

TEST(ShellSessionTest, ChangingOnesPasswordKeepsWorkingAndTheNewOneOpensTheNextLogin)
{
    Community community(3);
    Client client(community.profile);
    MainWindow *window = client.logIn(QStringLiteral("dr.sow"));
    ASSERT_NE(window, nullptr);
    const QString newPassword = QStringLiteral("Kedougou-clinic-2027");
    whenModalOpens([newPassword](QWidget *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("currentPasswordField")),
                         QString::fromLatin1(kDemoPassword));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newPasswordField")), newPassword);
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirmPasswordField"));
        QTest::keyClicks(confirm, newPassword);
        QTest::keyClick(confirm, Qt::Key_Return);
    });
    // Returns once the dialog is accepted; the change itself runs in the account thread.
    window->findChild<QAction *>(QStringLiteral("changePasswordAction"))->trigger();
    bool confirmed = false;
    whenModalOpens([&confirmed](QWidget *box) {
        auto *messageBox = qobject_cast<QMessageBox *>(box);
        ASSERT_NE(messageBox, nullptr);
        confirmed = messageBox->text().contains(QStringLiteral("has been changed"));
        messageBox->accept();
    });
    ASSERT_TRUE(waitUntil([&] { return confirmed && QApplication::activeModalWidget() == nullptr; }));
    Workspace *workspace = client.controller().workspace();
    // The session goes on with the new token.
    ASSERT_TRUE(syncAndWait(*workspace));
    EXPECT_EQ(workspace->syncStatus().connectivity, SyncStatus::Connectivity::Online);

    window->findChild<QAction *>(QStringLiteral("logoutAction"))->trigger();
    ASSERT_TRUE(waitUntil([&] { return client.controller().loginDialog() && !client.controller().workspace(); }));
    client.typeLogin(QStringLiteral("dr.sow"), newPassword);
    EXPECT_TRUE(waitUntil([&] { return client.controller().mainWindow() != nullptr; }));
}


TEST(ShellRejectedChangesTest, AChangeTheServerRefusedIsListedWithItsReason)
{
    Language english;  // the plural forms of the status line
    ASSERT_TRUE(english.apply(QStringLiteral("en")));
    Community community(2);
    Device hospital, counterA, counterB;
    auto doctor = openWorkspace(hospital, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    const Patient patient = registerTestPatient(*doctor);
    const ClinicalEntry prescription = prescribe(*doctor, patient, QStringLiteral("Amoxicillin 500 mg"), 10);
    ASSERT_TRUE(syncAndWait(*doctor));

    // Two counters of the same pharmacy both have the prescription; one loses the link.
    auto offlineCounter = openWorkspace(counterA, community.profile, QStringLiteral("ph.camara"));
    auto onlineCounter = openWorkspace(counterB, community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(offlineCounter && onlineCounter);
    offlineCounter->stopSync();
    auto dispense = [&](Workspace &counter) {
        ClinicalEntry draft;
        draft.patientId = patient.id;
        draft.body = DispensationBody{prescription.id, 10, DispensationCompleteness::Full, {}};
        return counter.addEntry(draft);
    };
    dispense(*onlineCounter);
    ASSERT_TRUE(syncAndWait(*onlineCounter));
    // The offline counter dispenses the same ten tablets: the server refuses it on return.
    dispense(*offlineCounter);
    offlineCounter->startSync(testSyncSettings());
    ASSERT_TRUE(waitUntil([&] { return offlineCounter->syncStatus().rejectedChanges == 1; }));
    EXPECT_TRUE(describeSyncStatus(offlineCounter->syncStatus()).contains(QStringLiteral("1 change refused")));

    RejectedChangesDialog dialog(*offlineCounter);
    auto *table = child<QTableWidget>(&dialog, QStringLiteral("rejectedChangesTable"));
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 1)->text(), displayName(patient));
    EXPECT_TRUE(table->item(0, 2)->text().contains(QStringLiteral("10")));
    EXPECT_FALSE(table->item(0, 3)->text().isEmpty());  // the server's reason
}

} // namespace
} // namespace medinexus::client::gui::testing
