#pragma once

// The life of the client: the first-run wizard when no server is known yet, the login window,
// then the main window of the logged-in user, and back to the login window on logout or when
// the account is revoked. Owns what outlives one login: the account thread (keychain, logins),
// the profile list, the settings and the language.
// On a language change the main window is built again (same workspace, page and patient).

#include "client/core/net/server_profile.h"
#include "client/core/session/login_service.h"
#include "client/gui/login/account_thread.h"
#include "client/gui/shell/main_window.h"
#include "client/gui/workspace/app_settings.h"
#include "client/gui/workspace/language.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace medinexus::client::gui {

class FirstRunWizard;
class LoginDialog;
class Workspace;

struct ClientOptions {
    QString dataRoot;        // caches, wrapped keys, profiles.json
    QString settingsFile;    // empty: the platform's usual place
    LoginSettings login;
    SyncSettings sync;
    QString keychainService = QStringLiteral("MediNexus");
};

class ClientController : public QObject {
    Q_OBJECT

public:
    explicit ClientController(ClientOptions options, QObject *parent = nullptr);
    ~ClientController() override;

    // Shows the login window, or the first-run wizard when no server profile is saved yet.
    void start();
    // Adds (or updates, by name) a profile pinned to `sha256` (e.g. the demo server's).
    void ensureProfile(const QString &name, const QStringList &addresses, const QByteArray &sha256);

    [[nodiscard]] FirstRunWizard *firstRunWizard() const { return wizard_.get(); }
    [[nodiscard]] LoginDialog *loginDialog() const { return login_.get(); }
    [[nodiscard]] MainWindow *mainWindow() const { return window_.get(); }
    [[nodiscard]] Workspace *workspace() const { return workspace_.get(); }
    [[nodiscard]] Language &language() { return language_; }
    void setLanguage(const QString &code);

Q_SIGNALS:
    // The user quit (from the first-run wizard, the login window, or by closing the main window).
    void finished();
    // A main window is up (after a login, or rebuilt after a language change).
    void mainWindowShown(medinexus::client::gui::MainWindow *window);

private:
    [[nodiscard]] bool isFirstRun() const;
    void showFirstRunWizard();
    void showLoginDialog();
    void openWorkspace(std::unique_ptr<UserSession> session, bool offline, const QString &notice);
    void showMainWindow(MainWindow::Page page, const QUuid &patient, const QString &notice);
    void logOut(bool thenQuit);
    void signInAgain();
    void changePassword();
    void accessRevoked();
    // Hides the current main window and deletes it once its events are done.
    void dropMainWindow();

    ClientOptions options_;
    AccountThread accounts_;
    ProfileStore profiles_;
    AppSettings settings_;
    Language language_;
    std::unique_ptr<FirstRunWizard> wizard_;
    std::unique_ptr<LoginDialog> login_;
    std::unique_ptr<Workspace> workspace_;
    std::unique_ptr<MainWindow> window_;
    bool leaving_ = false;
};

} // namespace medinexus::client::gui
