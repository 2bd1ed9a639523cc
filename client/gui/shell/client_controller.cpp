#include "client/gui/shell/client_controller.h"

#include "client/gui/login/first_run_wizard.h"
#include "client/gui/login/login_dialog.h"
#include "client/gui/shell/password_dialogs.h"
#include "client/gui/workspace/workspace.h"

#include <QDir>
#include <QMessageBox>

namespace medinexus::client::gui {

ClientController::ClientController(ClientOptions options, QObject *parent)
    : QObject(parent), options_(std::move(options)),
      accounts_(options_.dataRoot, options_.login, options_.keychainService),
      profiles_(QDir(options_.dataRoot).filePath(QStringLiteral("profiles.json"))), settings_(options_.settingsFile)
{
    QDir().mkpath(options_.dataRoot);
    language_.apply(settings_.language());
}

ClientController::~ClientController()
{
    // Windows first: they use the workspace.
    window_.reset();
    login_.reset();
    wizard_.reset();
    workspace_.reset();
}

void ClientController::ensureProfile(const QString &name, const QStringList &addresses, const QByteArray &sha256)
{
    std::vector<ServerProfile> profiles = profiles_.load();
    auto existing = std::find_if(profiles.begin(), profiles.end(),
                                 [&](const ServerProfile &profile) { return profile.name == name; });
    if (existing == profiles.end()) {
        ServerProfile profile;
        profile.id = QUuid::createUuid();
        profile.name = name;
        profiles.push_back(profile);
        existing = std::prev(profiles.end());
    }
    existing->addresses = addresses;
    existing->pinnedCertificateSha256 = sha256;
    profiles_.save(profiles);
    settings_.setLastProfile(existing->id);
}

void ClientController::start()
{
    if (isFirstRun())
        showFirstRunWizard();
    else
        showLoginDialog();
}

bool ClientController::isFirstRun() const
{
    try {
        return profiles_.load().empty();
    } catch (const std::runtime_error &) {
        // A damaged list is no first run: the login window reports it, and the wizard must
        // not write over it.
        return false;
    }
}

void ClientController::showFirstRunWizard()
{
    wizard_ = std::make_unique<FirstRunWizard>(profiles_, settings_, language_);
    connect(wizard_.get(), &QDialog::finished, this, [this](int result) {
        // The wizard is still delivering this signal: delete it afterwards.
        wizard_.release()->deleteLater();
        if (result == QDialog::Accepted)
            showLoginDialog(); // with the new profile selected, in the chosen language
        else
            Q_EMIT finished();
    });
    wizard_->show();
}

void ClientController::showLoginDialog()
{
    login_ = std::make_unique<LoginDialog>(accounts_, profiles_, settings_);
    LoginDialog *dialog = login_.get();
    connect(dialog, &LoginDialog::languageChosen, this, &ClientController::setLanguage);
    connect(dialog, &QDialog::finished, this, [this, dialog](int result) {
        // The dialog is still delivering this signal: delete it afterwards.
        login_.release()->deleteLater();
        if (result == QDialog::Accepted) {
            const bool offline = dialog->loggedInOffline();
            const QString notice = dialog->notice();
            openWorkspace(dialog->takeSession(), offline, notice);
        } else {
            Q_EMIT finished();
        }
    });
    dialog->show();
}

void ClientController::setLanguage(const QString &code)
{
    if (!language_.apply(code))
        return;
    settings_.setLanguage(code);
    // Screens set their texts when built: build the main window again in the new language.
    if (window_ && workspace_)
        showMainWindow(window_->currentPage(), window_->currentPatient(), QString());
}

void ClientController::openWorkspace(std::unique_ptr<UserSession> session, bool offline, const QString &notice)
{
    try {
        workspace_ = std::make_unique<Workspace>(std::move(session), offline);
    } catch (const std::exception &error) {
        QMessageBox::critical(nullptr, tr("MediNexus"),
                              tr("The local records cannot be opened: %1").arg(QString::fromUtf8(error.what())));
        showLoginDialog();
        return;
    }
    // Queued: the workspace is deleted in the slot, never while it is emitting.
    connect(workspace_.get(), &Workspace::offlineAccessRevoked, this, &ClientController::accessRevoked,
            Qt::QueuedConnection);
    workspace_->startSync(options_.sync);
    showMainWindow(MainWindow::Page::Patients, QUuid(), notice);
}

void ClientController::showMainWindow(MainWindow::Page page, const QUuid &patient, const QString &notice)
{
    const bool rebuilding = window_ != nullptr;
    const QRect geometry = rebuilding ? window_->geometry() : QRect();
    if (rebuilding)
        dropMainWindow();
    window_ = std::make_unique<MainWindow>(*workspace_, settings_.language());
    MainWindow *window = window_.get();
    connect(window, &MainWindow::logoutRequested, this, [this] { logOut(false); });
    connect(window, &MainWindow::changePasswordRequested, this, &ClientController::changePassword);
    connect(window, &MainWindow::signInAgainRequested, this, &ClientController::signInAgain);
    connect(window, &MainWindow::languageRequested, this, &ClientController::setLanguage);
    // Closed by the user: log out, then quit.
    connect(window, &MainWindow::closed, this, [this] { logOut(true); });
    if (rebuilding) {
        window->setGeometry(geometry);
        if (window->hasPage(page))
            window->showPage(page);
        if (!patient.isNull())
            window->openPatient(patient);
    }
    if (!notice.isEmpty())
        window->setNotice(notice);
    window->show();
    Q_EMIT mainWindowShown(window);
}

void ClientController::logOut(bool thenQuit)
{
    if (!workspace_ || leaving_)
        return;
    leaving_ = true;
    dropMainWindow();
    workspace_->stopSync();
    Workspace *workspace = workspace_.get();
    accounts_.run(
        this,
        [workspace](LoginService &, Keychain &) {
            // Ends the server session (best effort) and wipes the key and token.
            workspace->session().logout();
            return true;
        },
        [this, thenQuit](bool) {
            workspace_.reset();
            leaving_ = false;
            if (thenQuit)
                Q_EMIT finished();
            else
                showLoginDialog();
        });
}

void ClientController::signInAgain()
{
    if (!workspace_ || !window_)
        return;
    auto dialog = std::make_unique<SignInAgainDialog>(workspace_->user().username, window_.get());
    if (dialog->exec() != QDialog::Accepted)
        return;
    auto password = std::make_shared<SecretString>(dialog->takePassword());
    dialog.reset();
    // A full login, with this session closed first: the login may find that the password no
    // longer opens the local key (reset by an administrator) and set the cache aside, which it
    // must never do under open connections. What was written meanwhile is in the cache's
    // outbox and goes out with the new session.
    const ServerProfile profile = workspace_->session().profile();
    const QString username = workspace_->user().username;
    const MainWindow::Page page = window_->currentPage();
    const QUuid patient = window_->currentPatient();
    leaving_ = true;
    dropMainWindow();
    workspace_->stopSync();
    workspace_.reset();
    accounts_.run(
        this,
        [profile, username, password](LoginService &login, Keychain &) { return login.login(profile, username, *password); },
        [this, page, patient](LoginResult result) {
            leaving_ = false;
            if (!result.session) {
                // Deactivated, wrong password, or no server: back to the login window, which
                // says why (and allows working offline where the core permits it).
                showLoginDialog();
                login_->showMessage(result.message);
                return;
            }
            const bool offline = result.offline;
            const QString notice = result.cacheReset ? result.message : QString();
            openWorkspace(std::move(result.session), offline, notice);
            if (window_) {
                if (window_->hasPage(page))
                    window_->showPage(page);
                if (!patient.isNull())
                    window_->openPatient(patient);
            }
        });
}

void ClientController::changePassword()
{
    if (!workspace_ || !window_)
        return;
    ChangePasswordDialog dialog(workspace_->user().username, window_.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto current = std::make_shared<SecretString>(dialog.takeCurrentPassword());
    auto next = std::make_shared<SecretString>(dialog.takeNewPassword());
    Workspace *workspace = workspace_.get();
    accounts_.run(
        this,
        [workspace, current, next](LoginService &, Keychain &) {
            return workspace->session().changePassword(*current, *next);
        },
        [this](UserSession::PasswordChangeResult result) {
            if (result.outcome != UserSession::PasswordChange::Changed) {
                QMessageBox::warning(window_.get(), tr("Change my password"), result.message);
                return;
            }
            workspace_->renewServerSession(std::move(result.newToken));
            QMessageBox::information(window_.get(), tr("Change my password"), tr("Your password has been changed."));
        });
}

void ClientController::dropMainWindow()
{
    if (!window_)
        return;
    window_->disconnect(this);
    window_->hide();
    // Possibly called from one of the window's own signals: delete it once they are delivered.
    window_.release()->deleteLater();
}

void ClientController::accessRevoked()
{
    if (!workspace_ || leaving_)
        return;
    dropMainWindow();
    workspace_.reset();
    // Back to the login window, which says why (no blocking message box: the window is the
    // place the user returns to anyway).
    showLoginDialog();
    login_->showMessage(tr("Your account has been deactivated or its password reset by an administrator. "
                           "Ask your administrator, then log in again."));
}

} // namespace medinexus::client::gui
