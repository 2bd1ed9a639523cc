#include "client/gui/login/login_dialog.h"

#include "client/gui/login/account_thread.h"
#include "client/gui/login/server_profile_dialog.h"
#include "client/gui/workspace/app_settings.h"
#include "client/gui/workspace/field_errors.h"
#include "client/gui/workspace/language.h"
#include "client/gui/workspace/password_field.h"
#include "shared/security/secret_string.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace medinexus::client::gui {

LoginDialog::LoginDialog(AccountThread &accounts, ProfileStore &profiles, AppSettings &settings, QWidget *parent)
    : QDialog(parent), accounts_(accounts), profileStore_(profiles), settings_(settings)
{
    setObjectName(QStringLiteral("loginDialog"));
    title_ = new QLabel(this);
    QFont titleFont = title_->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title_->setFont(titleFont);

    profileCombo_ = new QComboBox(this);
    profileCombo_->setObjectName(QStringLiteral("profileCombo"));
    profileLabel_ = new QLabel(this);
    profileLabel_->setBuddy(profileCombo_);
    addProfileButton_ = new QPushButton(this);
    addProfileButton_->setObjectName(QStringLiteral("addProfileButton"));
    editProfileButton_ = new QPushButton(this);
    editProfileButton_->setObjectName(QStringLiteral("editProfileButton"));
    removeProfileButton_ = new QPushButton(this);
    removeProfileButton_->setObjectName(QStringLiteral("removeProfileButton"));
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(profileCombo_, 1);
    profileRow->addWidget(addProfileButton_);
    profileRow->addWidget(editProfileButton_);
    profileRow->addWidget(removeProfileButton_);

    usernameField_ = new QLineEdit(this);
    usernameField_->setObjectName(QStringLiteral("usernameField"));
    usernameLabel_ = new QLabel(this);
    usernameLabel_->setBuddy(usernameField_);
    passwordField_ = createPasswordField(QStringLiteral("passwordField"), this);
    passwordLabel_ = new QLabel(this);
    passwordLabel_->setBuddy(passwordField_);
    offlineBox_ = new QCheckBox(this);
    offlineBox_->setObjectName(QStringLiteral("workOfflineBox"));

    languageCombo_ = new QComboBox(this);
    languageCombo_->setObjectName(QStringLiteral("languageCombo"));
    languageLabel_ = new QLabel(this);
    languageLabel_->setBuddy(languageCombo_);
    for (const QString &code : Language::available())
        languageCombo_->addItem(Language::nativeName(code), code);

    auto *form = new QFormLayout;
    form->addRow(profileLabel_, profileRow);
    form->addRow(usernameLabel_, usernameField_);
    form->addRow(passwordLabel_, passwordField_);
    form->addRow(QString(), offlineBox_);
    form->addRow(languageLabel_, languageCombo_);

    messageLabel_ = createErrorSummary(QStringLiteral("loginMessage"), this);

    loginButton_ = new QPushButton(this);
    loginButton_->setObjectName(QStringLiteral("loginButton"));
    loginButton_->setDefault(true);
    quitButton_ = new QPushButton(this);
    quitButton_->setObjectName(QStringLiteral("quitButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(quitButton_);
    buttons->addWidget(loginButton_);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addLayout(form);
    layout->addWidget(messageLabel_);
    layout->addLayout(buttons);

    setTabOrder(profileCombo_, usernameField_);
    setTabOrder(usernameField_, passwordField_);
    setTabOrder(passwordField_, loginButton_);

    connect(addProfileButton_, &QPushButton::clicked, this, &LoginDialog::addProfile);
    connect(editProfileButton_, &QPushButton::clicked, this, &LoginDialog::editProfile);
    connect(removeProfileButton_, &QPushButton::clicked, this, &LoginDialog::removeProfile);
    connect(loginButton_, &QPushButton::clicked, this, &LoginDialog::logIn);
    connect(quitButton_, &QPushButton::clicked, this, &QDialog::reject);
    connect(profileCombo_, &QComboBox::currentIndexChanged, this, [this] {
        const ServerProfile *profile = currentProfile();
        editProfileButton_->setEnabled(profile != nullptr);
        removeProfileButton_->setEnabled(profile != nullptr);
        if (profile && usernameField_->text().isEmpty())
            usernameField_->setText(settings_.lastUsername(profile->id));
    });
    connect(languageCombo_, &QComboBox::activated, this, [this](int index) {
        Q_EMIT languageChosen(languageCombo_->itemData(index).toString());
    });

    retranslate();
    loadProfiles(settings_.lastProfile());
    (usernameField_->text().isEmpty() ? usernameField_ : passwordField_)->setFocus();
}

LoginDialog::~LoginDialog()
{
    QString typed = takePassword(passwordField_);
    secureWipe(typed);
}

std::unique_ptr<UserSession> LoginDialog::takeSession()
{
    return std::move(session_);
}

void LoginDialog::showMessage(const QString &message)
{
    messageLabel_->setStyleSheet(QStringLiteral("color: #c62828;"));
    messageLabel_->setText(message);
    messageLabel_->setVisible(!message.isEmpty());
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("MediNexus: log in"));
    title_->setText(tr("MediNexus"));
    profileLabel_->setText(tr("&Server:"));
    addProfileButton_->setText(tr("&Add…"));
    addProfileButton_->setToolTip(tr("Add a server (first contact: check its fingerprint)"));
    editProfileButton_->setText(tr("&Edit…"));
    removeProfileButton_->setText(tr("&Remove"));
    usernameLabel_->setText(tr("&User name:"));
    passwordLabel_->setText(tr("&Password:"));
    offlineBox_->setText(tr("Work &offline (without contacting the server)"));
    languageLabel_->setText(tr("&Language:"));
    loginButton_->setText(tr("&Log in"));
    quitButton_->setText(tr("&Quit"));
    const int index = languageCombo_->findData(Language::available().contains(QLocale().name().left(2))
                                                   ? QLocale().name().left(2)
                                                   : QString());
    if (index >= 0)
        languageCombo_->setCurrentIndex(index);
}

void LoginDialog::loadProfiles(const QUuid &select)
{
    try {
        profiles_ = profileStore_.load();
    } catch (const std::runtime_error &error) {
        profiles_.clear();
        messageLabel_->setText(tr("The list of servers cannot be read: %1").arg(QString::fromUtf8(error.what())));
        messageLabel_->show();
    }
    profileCombo_->clear();
    int selected = 0;
    for (std::size_t i = 0; i < profiles_.size(); ++i) {
        profileCombo_->addItem(profiles_[i].name, profiles_[i].id);
        if (profiles_[i].id == select)
            selected = static_cast<int>(i);
    }
    if (!profiles_.empty())
        profileCombo_->setCurrentIndex(selected);
    editProfileButton_->setEnabled(!profiles_.empty());
    removeProfileButton_->setEnabled(!profiles_.empty());
}

const ServerProfile *LoginDialog::currentProfile() const
{
    const int index = profileCombo_->currentIndex();
    if (index < 0 || index >= static_cast<int>(profiles_.size()))
        return nullptr;
    return &profiles_[static_cast<std::size_t>(index)];
}

bool LoginDialog::saveProfiles(const std::vector<ServerProfile> &profiles, const QString &failureTitle)
{
    try {
        profileStore_.save(profiles);
        return true;
    } catch (const std::runtime_error &error) {
        // The file on disk is unchanged (ProfileStore writes atomically).
        QMessageBox::warning(this, failureTitle, QString::fromUtf8(error.what()));
        return false;
    }
}

void LoginDialog::addProfile()
{
    ServerProfileDialog dialog(std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto profiles = profiles_;
    profiles.push_back(dialog.profile());
    if (saveProfiles(profiles, tr("Server not saved")))
        loadProfiles(dialog.profile().id);
}

void LoginDialog::editProfile()
{
    const ServerProfile *current = currentProfile();
    if (!current)
        return;
    ServerProfileDialog dialog(*current, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto profiles = profiles_;
    for (auto &profile : profiles) {
        if (profile.id == dialog.profile().id)
            profile = dialog.profile();
    }
    if (saveProfiles(profiles, tr("Server not saved")))
        loadProfiles(dialog.profile().id);
}

void LoginDialog::removeProfile()
{
    const ServerProfile *current = currentProfile();
    if (!current)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove the server"),
        tr("Remove \"%1\" from this list? The records already on this computer stay on it.").arg(current->name));
    if (answer != QMessageBox::Yes)
        return;
    const QUuid id = current->id;
    auto profiles = profiles_;
    std::erase_if(profiles, [&](const ServerProfile &profile) { return profile.id == id; });
    if (!saveProfiles(profiles, tr("Server not removed")))
        return;
    loadProfiles({});
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{profileCombo_, addProfileButton_, editProfileButton_,
                                                            removeProfileButton_, usernameField_, passwordField_,
                                                            offlineBox_, loginButton_, languageCombo_})
        widget->setEnabled(!busy);
    if (busy) {
        messageLabel_->setStyleSheet(QString());
        messageLabel_->setText(tr("Logging in…"));
        messageLabel_->show();
    }
}

void LoginDialog::logIn()
{
    const ServerProfile *profile = currentProfile();
    if (!profile) {
        messageLabel_->setStyleSheet(QStringLiteral("color: #c62828;"));
        messageLabel_->setText(tr("Add a server first."));
        messageLabel_->show();
        addProfileButton_->setFocus();
        return;
    }
    const QString username = usernameField_->text().trimmed();
    if (username.isEmpty() || passwordField_->text().isEmpty()) {
        messageLabel_->setStyleSheet(QStringLiteral("color: #c62828;"));
        messageLabel_->setText(tr("Type your user name and password."));
        messageLabel_->show();
        (username.isEmpty() ? usernameField_ : passwordField_)->setFocus();
        return;
    }
    // The password leaves the line edit at once; QLineEdit's own buffers are beyond our reach.
    auto password = std::make_shared<SecretString>(SecretString::fromUtf16(takePassword(passwordField_)));
    setBusy(true);
    accounts_.run(
        this,
        [profile = *profile, username, password, offline = offlineBox_->isChecked()](LoginService &login, Keychain &) {
            return offline ? login.loginOffline(profile, username, *password) : login.login(profile, username, *password);
        },
        [this, profileId = profile->id, username](LoginResult result) {
            settings_.setLastProfile(profileId);
            if (result.session)
                settings_.setLastUsername(profileId, username);
            finishLogin(std::move(result));
        });
}

void LoginDialog::finishLogin(LoginResult result)
{
    setBusy(false);
    if (!result.session) {
        messageLabel_->setStyleSheet(QStringLiteral("color: #c62828;"));
        QString message = result.message;
        if (result.retryAfterSeconds)
            message += QLatin1Char(' ') + tr("Try again in %n second(s).", "throttled", *result.retryAfterSeconds);
        messageLabel_->setText(message);
        messageLabel_->show();
        passwordField_->setFocus();
        return;
    }
    session_ = std::move(result.session);
    offline_ = result.offline;
    notice_ = result.cacheReset ? result.message : QString();
    accept();
}

} // namespace medinexus::client::gui
