// First contact with a server: the certificate's fingerprint is shown and pinned only once the
// user confirms it; a fingerprint that differs from the one the administrator gave is refused.
#include "client/core/net/server_profile.h"
#include "client/gui/login/server_profile_dialog.h"
#include "tests/gui/support/gui_test_support.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace medinexus::client::gui::testing {
namespace {

class ServerProfileDialogTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { community_ = std::make_unique<Community>(1); }
    static void TearDownTestSuite() { community_.reset(); }

    static QString address() { return community_->profile.addresses.first(); }
    static QByteArray fingerprint() { return community_->profile.pinnedCertificateSha256; }

    // Types a name and the address, optionally the expected fingerprint, and checks the server.
    static void fill(ServerProfileDialog &dialog, const QString &expected = {})
    {
        QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("profileNameField")), QStringLiteral("District"));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, QStringLiteral("profileAddressesField")), address());
        if (!expected.isEmpty())
            QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("expectedFingerprintField")), expected);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("checkServerButton")), Qt::LeftButton);
    }

    static std::unique_ptr<Community> community_;
};
std::unique_ptr<Community> ServerProfileDialogTest::community_;

TEST_F(ServerProfileDialogTest, TheFingerprintIsShownAndPinnedOnlyOnceConfirmed)
{
    ServerProfileDialog dialog(std::nullopt);
    dialog.show();
    fill(dialog);
    auto *certificate = child<QLabel>(&dialog, QStringLiteral("certificateLabel"));
    ASSERT_TRUE(waitUntil([&] { return certificate->text().contains(formatFingerprint(fingerprint())); }))
        << certificate->text().toStdString();
    auto *save = child<QPushButton>(&dialog, QStringLiteral("saveProfileButton"));
    auto *confirm = child<QCheckBox>(&dialog, QStringLiteral("confirmFingerprintBox"));
    EXPECT_FALSE(save->isEnabled()) << "saved before the user confirmed the fingerprint";
    confirm->setChecked(true);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.profile().pinnedCertificateSha256, fingerprint());
    EXPECT_EQ(dialog.profile().addresses, QStringList{address()});
    EXPECT_EQ(dialog.profile().name, QStringLiteral("District"));
}

TEST_F(ServerProfileDialogTest, AMatchingExpectedFingerprintIsConfirmedForTheUser)
{
    ServerProfileDialog dialog(std::nullopt);
    dialog.show();
    // Typed in lower case without colons, as it may come in a text message.
    fill(dialog, QString::fromLatin1(fingerprint().toHex()));
    auto *confirm = child<QCheckBox>(&dialog, QStringLiteral("confirmFingerprintBox"));
    ASSERT_TRUE(waitUntil([&] { return confirm->isChecked(); }));
    EXPECT_TRUE(child<QPushButton>(&dialog, QStringLiteral("saveProfileButton"))->isEnabled());
}

TEST_F(ServerProfileDialogTest, ADifferentFingerprintIsRefusedAndCannotBeConfirmed)
{
    ServerProfileDialog dialog(std::nullopt);
    dialog.show();
    QByteArray other = fingerprint();
    other[0] = static_cast<char>(other[0] ^ 0x01);
    fill(dialog, formatFingerprint(other));
    auto *errors = child<QLabel>(&dialog, QStringLiteral("profileErrors"));
    ASSERT_TRUE(waitUntil([&] { return errors->isVisible(); }));
    EXPECT_TRUE(errors->text().contains(QStringLiteral("NOT the expected one")));
    EXPECT_FALSE(child<QCheckBox>(&dialog, QStringLiteral("confirmFingerprintBox"))->isEnabled());
    EXPECT_FALSE(child<QPushButton>(&dialog, QStringLiteral("saveProfileButton"))->isEnabled());
}

TEST_F(ServerProfileDialogTest, AnAddressWhereNothingAnswersIsReported)
{
    ServerProfileDialog dialog(std::nullopt);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("profileNameField")), QStringLiteral("Nowhere"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, QStringLiteral("profileAddressesField")),
                     medinexus::client::testing::closedAddress());
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("checkServerButton")), Qt::LeftButton);
    auto *errors = child<QLabel>(&dialog, QStringLiteral("profileErrors"));
    ASSERT_TRUE(waitUntil([&] { return errors->isVisible(); }));
    EXPECT_TRUE(errors->text().contains(QStringLiteral("cannot be reached")));
    EXPECT_FALSE(child<QPushButton>(&dialog, QStringLiteral("saveProfileButton"))->isEnabled());
}

TEST_F(ServerProfileDialogTest, AnAddressWithoutAPortIsMarked)
{
    ServerProfileDialog dialog(std::nullopt);
    dialog.show();
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, QStringLiteral("profileAddressesField")), QStringLiteral("clinic.example"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("checkServerButton")), Qt::LeftButton);
    auto *errors = child<QLabel>(&dialog, QStringLiteral("profileErrors"));
    EXPECT_TRUE(errors->isVisible());
    EXPECT_TRUE(errors->text().contains(QStringLiteral("host:port")));
}

} // namespace
} // namespace medinexus::client::gui::testing
