// The first start of a client that knows no server: the controller opens the first-run wizard
// (language, server with its certificate's fingerprint, summary) instead of the login window;
// Finish saves the profile pinned to the real server's certificate and the language, Cancel
// saves nothing. Real server over loopback TLS, real files, real widgets driven with QTest.
#include "client/core/net/server_profile.h"
#include "client/gui/login/first_run_wizard.h"
#include "client/gui/login/login_dialog.h"
#include "client/gui/shell/client_controller.h"
#include "client/gui/workspace/app_settings.h"
#include "client/gui/workspace/language.h"
#include "tests/gui/support/gui_test_support.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

namespace medinexus::client::gui::testing {
namespace {

class FirstRunWizardTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { community_ = std::make_unique<Community>(1); }
    static void TearDownTestSuite() { community_.reset(); }

    static QString address() { return community_->profile.addresses.first(); }
    static QByteArray fingerprint() { return community_->profile.pinnedCertificateSha256; }

    // A client installed in this test's folder; `language` preset in its settings ("" = none:
    // a true first start).
    std::unique_ptr<ClientController> makeClient(const QString &language = {})
    {
        ClientOptions options;
        options.dataRoot = dataRoot();
        options.settingsFile = settingsFile();
        options.login.argon2 = medinexus::client::testing::cheapArgon2();
        options.sync = testSyncSettings();
        options.keychainService = keychainService_;
        if (!language.isEmpty())
            AppSettings(options.settingsFile).setLanguage(language);
        return std::make_unique<ClientController>(options);
    }

    [[nodiscard]] QString dataRoot() const { return dir_.filePath(QStringLiteral("data")); }
    [[nodiscard]] QString settingsFile() const { return dir_.filePath(QStringLiteral("settings.ini")); }
    [[nodiscard]] QString profilesFile() const { return QDir(dataRoot()).filePath(QStringLiteral("profiles.json")); }

    // The wizard the controller shows, once visible.
    static FirstRunWizard *shownWizard(const ClientController &controller)
    {
        EXPECT_TRUE(waitUntil([&] { return controller.firstRunWizard() && controller.firstRunWizard()->isVisible(); }));
        return controller.firstRunWizard();
    }

    // Clicks where a user would: on the box of a check box or radio button (its row may be
    // wider than its text), in the middle of a push button.
    static void click(QAbstractButton *button)
    {
        ASSERT_NE(button, nullptr);
        ASSERT_TRUE(button->isVisible() && button->isEnabled()) << button->text().toStdString();
        QStyleOptionButton option;
        option.initFrom(button);
        QPoint point = button->rect().center();
        if (qobject_cast<QRadioButton *>(button))
            point = button->style()->subElementRect(QStyle::SE_RadioButtonIndicator, &option, button).center();
        else if (qobject_cast<QCheckBox *>(button))
            point = button->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, button).center();
        QTest::mouseClick(button, Qt::LeftButton, {}, point);
    }

    // Makes the wizard the active window, so that keyboard shortcuts and Tab reach it.
    static bool activate(FirstRunWizard *wizard)
    {
        wizard->activateWindow();
        return QTest::qWaitForWindowActive(wizard);
    }

    // Types a name and the address, optionally the expected fingerprint, and checks the server.
    static void fillServer(FirstRunWizard *wizard, const QString &expected = {})
    {
        ASSERT_EQ(wizard->currentId(), FirstRunWizard::ServerPage);
        QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("profileNameField")), QStringLiteral("District"));
        QTest::keyClicks(child<QPlainTextEdit>(wizard, QStringLiteral("profileAddressesField")), address());
        if (!expected.isEmpty())
            QTest::keyClicks(child<QLineEdit>(wizard, QStringLiteral("expectedFingerprintField")), expected);
        click(child<QPushButton>(wizard, QStringLiteral("checkServerButton")));
    }

    // Waits until the certificate label shows the real server's fingerprint.
    static bool showsRealFingerprint(FirstRunWizard *wizard)
    {
        auto *certificate = child<QLabel>(wizard, QStringLiteral("certificateLabel"));
        const bool shown = waitUntil([&] { return certificate->text().contains(formatFingerprint(fingerprint())); });
        EXPECT_TRUE(shown) << certificate->text().toStdString();
        return shown;
    }

    static QByteArray otherFingerprint()
    {
        QByteArray other = fingerprint();
        other[0] = static_cast<char>(other[0] ^ 0x01);
        return other;
    }

    static std::unique_ptr<Community> community_;
    QTemporaryDir dir_;
    QString keychainService_ = QStringLiteral("MediNexus-test-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
};
std::unique_ptr<Community> FirstRunWizardTest::community_;

TEST_F(FirstRunWizardTest, AFirstStartGoesThroughTheWizardToTheLoginWindow)
{
    auto controller = makeClient();
    controller->start();
    FirstRunWizard *wizard = shownWizard(*controller);
    ASSERT_NE(wizard, nullptr);
    EXPECT_EQ(controller->loginDialog(), nullptr) << "the login window opened without any server";
    EXPECT_EQ(wizard->currentId(), FirstRunWizard::LanguagePage);

    // English, applied at once.
    click(child<QRadioButton>(wizard, QStringLiteral("languageButton_en")));
    EXPECT_EQ(controller->language().current(), QStringLiteral("en"));
    ASSERT_TRUE(waitUntil([&] { return wizard->button(QWizard::NextButton)->text() == QStringLiteral("&Next >"); }));
    click(wizard->button(QWizard::NextButton));

    // The server: its real fingerprint is shown, Next waits for the user's confirmation.
    fillServer(wizard);
    ASSERT_TRUE(showsRealFingerprint(wizard));
    EXPECT_FALSE(wizard->button(QWizard::NextButton)->isEnabled()) << "went on before the fingerprint was confirmed";
    auto *confirm = child<QCheckBox>(wizard, QStringLiteral("confirmFingerprintBox"));
    click(confirm);
    ASSERT_TRUE(confirm->isChecked());
    click(wizard->button(QWizard::NextButton));

    // The summary: what was chosen and what comes next.
    ASSERT_EQ(wizard->currentId(), FirstRunWizard::SummaryPage);
    const QString server = child<QLabel>(wizard, QStringLiteral("summaryServer"))->text();
    EXPECT_TRUE(server.contains(QStringLiteral("District")) && server.contains(address())) << server.toStdString();
    EXPECT_EQ(child<QLabel>(wizard, QStringLiteral("summaryFingerprint"))->text(), formatFingerprint(fingerprint()));
    EXPECT_EQ(child<QLabel>(wizard, QStringLiteral("summaryLanguage"))->text(), QStringLiteral("English"));
    EXPECT_TRUE(child<QLabel>(wizard, QStringLiteral("nextStepsLabel"))->text().contains(QStringLiteral("log in")));
    EXPECT_FALSE(QFile::exists(profilesFile())) << "saved before Finish";
    EXPECT_TRUE(AppSettings(settingsFile()).language().isEmpty()) << "saved before Finish";
    click(wizard->button(QWizard::FinishButton));

    // The login window, with the new server selected, in English.
    ASSERT_TRUE(waitUntil([&] { return controller->loginDialog() && controller->loginDialog()->isVisible(); }));
    EXPECT_EQ(controller->firstRunWizard(), nullptr);
    const std::vector<ServerProfile> profiles = ProfileStore(profilesFile()).load();
    ASSERT_EQ(profiles.size(), 1U);
    const ServerProfile &saved = profiles.front();
    EXPECT_FALSE(saved.id.isNull());
    EXPECT_EQ(saved.name, QStringLiteral("District"));
    EXPECT_EQ(saved.addresses, QStringList{address()});
    EXPECT_EQ(saved.pinnedCertificateSha256, fingerprint()) << "not pinned to the server's real certificate";
    auto *profileCombo = child<QComboBox>(controller->loginDialog(), QStringLiteral("profileCombo"));
    EXPECT_EQ(profileCombo->currentData().toUuid(), saved.id);
    EXPECT_EQ(profileCombo->currentText(), QStringLiteral("District"));
    EXPECT_EQ(child<QPushButton>(controller->loginDialog(), QStringLiteral("loginButton"))->text(), QStringLiteral("&Log in"));
    EXPECT_EQ(AppSettings(settingsFile()).language(), QStringLiteral("en"));
    EXPECT_EQ(AppSettings(settingsFile()).lastProfile(), saved.id);

    // The next start on this computer: straight to the login window, in English.
    controller.reset();
    auto next = makeClient();
    next->start();
    ASSERT_NE(next->loginDialog(), nullptr);
    EXPECT_TRUE(next->loginDialog()->isVisible());
    EXPECT_EQ(next->firstRunWizard(), nullptr);
    EXPECT_EQ(next->language().current(), QStringLiteral("en"));
    EXPECT_EQ(child<QComboBox>(next->loginDialog(), QStringLiteral("profileCombo"))->currentData().toUuid(), saved.id);
}

TEST_F(FirstRunWizardTest, AFingerprintThatDiffersCannotBeConfirmed)
{
    auto controller = makeClient(QStringLiteral("en"));
    controller->start();
    FirstRunWizard *wizard = shownWizard(*controller);
    ASSERT_NE(wizard, nullptr);
    click(wizard->button(QWizard::NextButton));
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    auto *confirm = child<QCheckBox>(wizard, QStringLiteral("confirmFingerprintBox"));
    auto *errors = child<QLabel>(wizard, QStringLiteral("profileErrors"));
    auto *expected = child<QLineEdit>(wizard, QStringLiteral("expectedFingerprintField"));

    // Pasted before the check.
    fillServer(wizard, formatFingerprint(otherFingerprint()));
    ASSERT_TRUE(showsRealFingerprint(wizard));
    ASSERT_TRUE(waitUntil([&] { return errors->isVisible(); }));
    EXPECT_TRUE(errors->text().contains(QStringLiteral("NOT the expected one"))) << errors->text().toStdString();
    EXPECT_FALSE(confirm->isEnabled());
    EXPECT_FALSE(next->isEnabled());

    // Without a pasted fingerprint the user compares by eye and confirms.
    expected->clear();
    EXPECT_TRUE(confirm->isEnabled());
    EXPECT_FALSE(next->isEnabled());
    click(confirm);
    EXPECT_TRUE(next->isEnabled());

    // Pasted after the confirmation: compared too, and the confirmation is gone.
    QTest::keyClicks(expected, QString::fromLatin1(otherFingerprint().toHex()));
    EXPECT_FALSE(confirm->isChecked());
    EXPECT_FALSE(confirm->isEnabled());
    EXPECT_FALSE(next->isEnabled());
    EXPECT_TRUE(errors->isVisible());
    EXPECT_TRUE(errors->text().contains(QStringLiteral("NOT the expected one"))) << errors->text().toStdString();

    // The right one, typed as it may come in a text message: confirmed for the user.
    expected->clear();
    QTest::keyClicks(expected, QString::fromLatin1(fingerprint().toHex()));
    EXPECT_TRUE(confirm->isChecked());
    EXPECT_TRUE(next->isEnabled());
}

TEST_F(FirstRunWizardTest, ChoosingFrenchTranslatesTheWizardAtOnce)
{
    // The catalogues are compiled into the program.
    ASSERT_TRUE(QFile::exists(QStringLiteral(":/i18n/medinexus_fr.qm")));
    auto controller = makeClient(QStringLiteral("en"));
    controller->start();
    FirstRunWizard *wizard = shownWizard(*controller);
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(child<QRadioButton>(wizard, QStringLiteral("languageButton_en"))->isChecked());
    QAbstractButton *next = wizard->button(QWizard::NextButton);
    EXPECT_EQ(next->text(), QStringLiteral("&Next >"));
    const QString englishTitle = wizard->currentPage()->title();

    // By keyboard: Alt+F ("&Français").
    ASSERT_TRUE(activate(wizard));
    QTest::keyClick(wizard, Qt::Key_F, Qt::AltModifier);
    // A button's shortcut "animates" the click: released a moment later.
    auto *french = child<QRadioButton>(wizard, QStringLiteral("languageButton_fr"));
    ASSERT_TRUE(waitUntil([&] { return french->isChecked(); }));
    EXPECT_EQ(controller->language().current(), QStringLiteral("fr"));
    // Widgets hear of the new language through a posted LanguageChange event.
    EXPECT_TRUE(waitUntil([&] { return next->text() == QStringLiteral("&Suivant >"); })) << next->text().toStdString();
    EXPECT_EQ(wizard->button(QWizard::CancelButton)->text(), QStringLiteral("Annuler"));
    EXPECT_EQ(QLocale().language(), QLocale::French);

    // And back, with the mouse.
    click(child<QRadioButton>(wizard, QStringLiteral("languageButton_en")));
    EXPECT_TRUE(waitUntil([&] { return next->text() == QStringLiteral("&Next >"); })) << next->text().toStdString();
    EXPECT_EQ(wizard->currentPage()->title(), englishTitle);
    EXPECT_EQ(controller->language().current(), QStringLiteral("en"));
}

TEST_F(FirstRunWizardTest, CancelQuitsWithoutSavingAServer)
{
    auto controller = makeClient(QStringLiteral("en"));
    QSignalSpy finished(controller.get(), &ClientController::finished);
    controller->start();
    FirstRunWizard *wizard = shownWizard(*controller);
    ASSERT_NE(wizard, nullptr);
    click(wizard->button(QWizard::NextButton));
    // Even with a confirmed certificate.
    fillServer(wizard);
    ASSERT_TRUE(showsRealFingerprint(wizard));
    click(child<QCheckBox>(wizard, QStringLiteral("confirmFingerprintBox")));
    ASSERT_TRUE(wizard->button(QWizard::NextButton)->isEnabled());

    click(wizard->button(QWizard::CancelButton));
    EXPECT_EQ(finished.count(), 1);
    EXPECT_EQ(controller->loginDialog(), nullptr);
    EXPECT_FALSE(QFile::exists(profilesFile()));
    EXPECT_TRUE(ProfileStore(profilesFile()).load().empty());
    EXPECT_TRUE(AppSettings(settingsFile()).lastProfile().isNull());
}

TEST_F(FirstRunWizardTest, AServerGivenOnTheCommandLineSkipsTheWizard)
{
    auto controller = makeClient(QStringLiteral("en"));
    // What --server NAME=HOST:PORT --fingerprint HEX does before start().
    controller->ensureProfile(QStringLiteral("Demo"), {address()}, fingerprint());
    controller->start();
    ASSERT_NE(controller->loginDialog(), nullptr);
    EXPECT_TRUE(controller->loginDialog()->isVisible());
    EXPECT_EQ(controller->firstRunWizard(), nullptr);
    EXPECT_EQ(child<QComboBox>(controller->loginDialog(), QStringLiteral("profileCombo"))->currentText(),
              QStringLiteral("Demo"));
}

TEST_F(FirstRunWizardTest, ADamagedServerListIsReportedNotOverwritten)
{
    ASSERT_TRUE(QDir().mkpath(dataRoot()));
    const QByteArray damaged = "{\"version\":1,\"profiles\":[{\"id\":";
    {
        QFile file(profilesFile());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_EQ(file.write(damaged), damaged.size());
    }
    auto controller = makeClient(QStringLiteral("en"));
    controller->start();
    ASSERT_NE(controller->loginDialog(), nullptr);
    EXPECT_EQ(controller->firstRunWizard(), nullptr);
    auto *message = child<QLabel>(controller->loginDialog(), QStringLiteral("loginMessage"));
    EXPECT_TRUE(message->text().contains(QStringLiteral("cannot be read"))) << message->text().toStdString();
    QFile file(profilesFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), damaged);
}

TEST_F(FirstRunWizardTest, EveryFieldHasAKeyboardShortcutAndATabOrder)
{
    auto controller = makeClient(QStringLiteral("en"));
    controller->start();
    FirstRunWizard *wizard = shownWizard(*controller);
    ASSERT_NE(wizard, nullptr);
    for (const QString &code : {QStringLiteral("fr"), QStringLiteral("en")})
        EXPECT_TRUE(child<QRadioButton>(wizard, QStringLiteral("languageButton_%1").arg(code))->text().startsWith(QLatin1Char('&')));
    click(wizard->button(QWizard::NextButton));

    QWidget *page = wizard->currentPage();
    int buddies = 0;
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->text().contains(QLatin1Char('&')))
            continue;
        EXPECT_NE(label->buddy(), nullptr) << label->text().toStdString();
        ++buddies;
    }
    EXPECT_EQ(buddies, 3); // name, addresses, expected fingerprint

    // Tab goes through the server's fields in reading order.
    fillServer(wizard);
    ASSERT_TRUE(showsRealFingerprint(wizard));
    ASSERT_TRUE(activate(wizard));
    auto *name = child<QLineEdit>(page, QStringLiteral("profileNameField"));
    name->setFocus();
    ASSERT_TRUE(waitUntil([&] { return name->hasFocus(); }));
    const QStringList order = {QStringLiteral("profileAddressesField"), QStringLiteral("expectedFingerprintField"),
                               QStringLiteral("checkServerButton"), QStringLiteral("confirmFingerprintBox")};
    for (const QString &expected : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        ASSERT_NE(QApplication::focusWidget(), nullptr);
        EXPECT_EQ(QApplication::focusWidget()->objectName(), expected);
    }
    // The certificate label takes no Tab stop: the confirmation box carries its text for
    // screen readers.
    EXPECT_TRUE(child<QCheckBox>(page, QStringLiteral("confirmFingerprintBox"))
                    ->accessibleDescription()
                    .contains(formatFingerprint(fingerprint())));
}

} // namespace
} // namespace medinexus::client::gui::testing
