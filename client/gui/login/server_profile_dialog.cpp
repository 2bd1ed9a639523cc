#include "client/gui/login/server_profile_dialog.h"

#include "client/gui/workspace/background_task.h"
#include "client/gui/workspace/field_errors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {
constexpr auto kProbeTimeout = std::chrono::seconds(10);
}

ServerProfileDialog::ServerProfileDialog(std::optional<ServerProfile> existing, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(existing ? tr("Edit server") : tr("Add a server"));
    if (existing)
        profile_ = *existing;
    else
        profile_.id = QUuid::createUuid();

    auto *form = new QFormLayout;
    nameField_ = new QLineEdit(profile_.name, this);
    nameField_->setObjectName(QStringLiteral("profileNameField"));
    nameField_->setPlaceholderText(tr("e.g. District health network"));
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(nameField_);
    form->addRow(nameLabel, nameField_);

    addressesField_ = new QPlainTextEdit(profile_.addresses.join(QLatin1Char('\n')), this);
    addressesField_->setObjectName(QStringLiteral("profileAddressesField"));
    addressesField_->setTabChangesFocus(true);
    addressesField_->setPlaceholderText(tr("host:port, one per line; the first one is tried first"));
    addressesField_->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    auto *addressesLabel = new QLabel(tr("&Addresses:"), this);
    addressesLabel->setBuddy(addressesField_);
    form->addRow(addressesLabel, addressesField_);

    expectedFingerprintField_ = new QLineEdit(this);
    expectedFingerprintField_->setObjectName(QStringLiteral("expectedFingerprintField"));
    expectedFingerprintField_->setPlaceholderText(tr("Optional: paste the fingerprint your administrator gave you"));
    auto *expectedLabel = new QLabel(tr("&Expected fingerprint:"), this);
    expectedLabel->setBuddy(expectedFingerprintField_);
    form->addRow(expectedLabel, expectedFingerprintField_);

    checkButton_ = new QPushButton(tr("&Check the server"), this);
    checkButton_->setObjectName(QStringLiteral("checkServerButton"));
    certificateLabel_ = new QLabel(this);
    certificateLabel_->setObjectName(QStringLiteral("certificateLabel"));
    certificateLabel_->setWordWrap(true);
    certificateLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    if (!profile_.pinnedCertificateSha256.isEmpty())
        certificateLabel_->setText(tr("Trusted certificate (SHA-256):\n%1").arg(formatFingerprint(profile_.pinnedCertificateSha256)));

    confirmBox_ = new QCheckBox(tr("I have compared this &fingerprint with the one my administrator gave me"), this);
    confirmBox_->setObjectName(QStringLiteral("confirmFingerprintBox"));
    confirmBox_->setEnabled(false);

    errorsLabel_ = createErrorSummary(QStringLiteral("profileErrors"), this);
    errors_ = std::make_unique<FieldErrors>(errorsLabel_);
    errors_->bind(QStringLiteral("name"), nameField_);
    errors_->bind(QStringLiteral("addresses"), addressesField_);
    errors_->bind(QStringLiteral("fingerprint"), expectedFingerprintField_);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    saveButton_ = buttons->button(QDialogButtonBox::Save);
    saveButton_->setObjectName(QStringLiteral("saveProfileButton"));
    saveButton_->setEnabled(!profile_.pinnedCertificateSha256.isEmpty() || existing.has_value());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(checkButton_);
    layout->addWidget(certificateLabel_);
    layout->addWidget(confirmBox_);
    layout->addWidget(errorsLabel_);
    layout->addWidget(buttons);

    connect(checkButton_, &QPushButton::clicked, this, &ServerProfileDialog::checkServer);
    connect(confirmBox_, &QCheckBox::toggled, this, &ServerProfileDialog::updateConfirmState);
    connect(addressesField_, &QPlainTextEdit::textChanged, this, [this] {
        // Another address is another server: its certificate must be checked again.
        probe_.reset();
        confirmBox_->setChecked(false);
        confirmBox_->setEnabled(false);
        updateConfirmState();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ServerProfileDialog::~ServerProfileDialog() = default;

QStringList ServerProfileDialog::typedAddresses() const
{
    QStringList addresses;
    const QStringList lines = addressesField_->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (const QString address = line.trimmed(); !address.isEmpty())
            addresses << address;
    }
    return addresses;
}

void ServerProfileDialog::checkServer()
{
    const QStringList addresses = typedAddresses();
    if (addresses.isEmpty()) {
        errors_->show({{QStringLiteral("addresses"), QStringLiteral("required"),
                        QT_TRANSLATE_NOOP("medinexus::Validation", "Type the server's address (host:port)."), {}}});
        return;
    }
    for (const QString &address : addresses) {
        if (!parseServerAddress(address)) {
            errors_->show({{QStringLiteral("addresses"), QStringLiteral("invalid_format"),
                            QT_TRANSLATE_NOOP("medinexus::Validation",
                                              "\"%1\" is not an address of the form host:port."),
                            {address}}});
            return;
        }
    }
    errors_->clear();
    checkButton_->setEnabled(false);
    certificateLabel_->setText(tr("Connecting to %1…").arg(addresses.first()));
    runInBackground(
        this, [address = addresses.first()]() { return probeServerCertificate(address, kProbeTimeout); },
        [this](CertificateProbe probe) {
            checkButton_->setEnabled(true);
            showProbe(probe);
        });
}

void ServerProfileDialog::showProbe(const CertificateProbe &probe)
{
    if (!probe.reached) {
        probe_.reset();
        certificateLabel_->clear();
        errors_->showMessage(tr("The server cannot be reached: %1").arg(probe.error));
        updateConfirmState();
        return;
    }
    probe_ = probe;
    const QLocale locale;
    QString text = tr("Certificate of %1\nValid from %2 to %3\nSHA-256 fingerprint:\n%4")
                       .arg(probe.certificate.subjectDisplayName(),
                            locale.toString(probe.certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                            locale.toString(probe.certificate.expiryDate().toLocalTime(), QLocale::ShortFormat),
                            formatFingerprint(probe.sha256));
    if (probe.trustedBySystem)
        text += QLatin1Char('\n') + tr("This certificate is also trusted by this computer's certificate authorities.");
    certificateLabel_->setText(text);

    const QString expectedText = expectedFingerprintField_->text().trimmed();
    if (!expectedText.isEmpty()) {
        const auto expected = parseFingerprint(expectedText);
        if (!expected) {
            errors_->show({{QStringLiteral("fingerprint"), QStringLiteral("invalid_format"),
                            QT_TRANSLATE_NOOP("medinexus::Validation",
                                              "A fingerprint has 64 hexadecimal digits (pairs may be separated by colons)."),
                            {}}});
            confirmBox_->setEnabled(false);
        } else if (*expected != probe.sha256) {
            // Not the expected server: possibly someone in the middle. Never offer to continue.
            errors_->showMessage(tr("The server's fingerprint is NOT the expected one. Do not connect; "
                                    "call your administrator."));
            confirmBox_->setChecked(false);
            confirmBox_->setEnabled(false);
        } else {
            errors_->clear();
            confirmBox_->setEnabled(true);
            confirmBox_->setChecked(true);
        }
    } else {
        errors_->clear();
        confirmBox_->setEnabled(true);
    }
    updateConfirmState();
}

void ServerProfileDialog::updateConfirmState()
{
    const bool confirmed = probe_ && confirmBox_->isChecked();
    const bool keepsPin = !probe_ && !profile_.pinnedCertificateSha256.isEmpty();
    saveButton_->setEnabled(confirmed || keepsPin);
}

void ServerProfileDialog::save()
{
    const QStringList addresses = typedAddresses();
    ValidationErrors problems;
    if (nameField_->text().trimmed().isEmpty())
        problems.push_back({QStringLiteral("name"), QStringLiteral("required"),
                            QT_TRANSLATE_NOOP("medinexus::Validation", "Give the server a name."), {}});
    if (addresses.isEmpty())
        problems.push_back({QStringLiteral("addresses"), QStringLiteral("required"),
                            QT_TRANSLATE_NOOP("medinexus::Validation", "Type the server's address (host:port)."), {}});
    for (const QString &address : addresses) {
        if (!parseServerAddress(address))
            problems.push_back({QStringLiteral("addresses"), QStringLiteral("invalid_format"),
                                QT_TRANSLATE_NOOP("medinexus::Validation",
                                                  "\"%1\" is not an address of the form host:port."),
                                {address}});
    }
    if (!problems.empty()) {
        errors_->show(problems);
        return;
    }
    profile_.name = nameField_->text().trimmed();
    profile_.addresses = addresses;
    if (probe_ && confirmBox_->isChecked())
        profile_.pinnedCertificateSha256 = probe_->sha256;
    accept();
}

} // namespace medinexus::client::gui
