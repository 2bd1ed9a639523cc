#pragma once

// The first window: which server (profile), who, and the password. Logging in runs in the
// account thread (network and Argon2), with the window responsive and the buttons disabled
// meanwhile. When no server answers, the core logs in offline if this user may, and the window
// says so. The language can be switched here too, before anything else.

#include "client/core/net/server_profile.h"
#include "client/core/session/login_service.h"

#include <QDialog>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace medinexus::client::gui {

class AccountThread;
class AppSettings;

class LoginDialog : public QDialog {
    Q_OBJECT

public:
    LoginDialog(AccountThread &accounts, ProfileStore &profiles, AppSettings &settings, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // After accept(): the session and how it was opened.
    [[nodiscard]] std::unique_ptr<UserSession> takeSession();
    [[nodiscard]] bool loggedInOffline() const { return offline_; }
    // Something the main window should tell the user (e.g. a damaged cache was set aside).
    [[nodiscard]] const QString &notice() const { return notice_; }
    // Shows why the window is back (e.g. the account was deactivated while logged in).
    void showMessage(const QString &message);

Q_SIGNALS:
    // The user picked another language in the window.
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadProfiles(const QUuid &select);
    void addProfile();
    void editProfile();
    void removeProfile();
    // Writes the list; false (after telling the user) when it cannot be written.
    bool saveProfiles(const std::vector<ServerProfile> &profiles, const QString &failureTitle);
    void logIn();
    void finishLogin(LoginResult result);
    void setBusy(bool busy);
    [[nodiscard]] const ServerProfile *currentProfile() const;

    AccountThread &accounts_;
    ProfileStore &profileStore_;
    AppSettings &settings_;
    std::vector<ServerProfile> profiles_;
    std::unique_ptr<UserSession> session_;
    bool offline_ = false;
    QString notice_;

    QLabel *title_ = nullptr;
    QLabel *profileLabel_ = nullptr;
    QComboBox *profileCombo_ = nullptr;
    QPushButton *addProfileButton_ = nullptr;
    QPushButton *editProfileButton_ = nullptr;
    QPushButton *removeProfileButton_ = nullptr;
    QLabel *usernameLabel_ = nullptr;
    QLineEdit *usernameField_ = nullptr;
    QLabel *passwordLabel_ = nullptr;
    QLineEdit *passwordField_ = nullptr;
    QCheckBox *offlineBox_ = nullptr;
    QLabel *languageLabel_ = nullptr;
    QComboBox *languageCombo_ = nullptr;
    QLabel *messageLabel_ = nullptr;
    QPushButton *loginButton_ = nullptr;
    QPushButton *quitButton_ = nullptr;
};

} // namespace medinexus::client::gui
