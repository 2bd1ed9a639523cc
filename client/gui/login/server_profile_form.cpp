#include "client/gui/login/server_profile_form.h"

#include "client/gui/workspace/background_task.h"
#include "client/gui/workspace/field_errors.h"

#include <QCheckBox>
#include <QEvent>
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

ServerProfileForm::ServerProfileForm(const ServerProfile &initial, QWidget *parent)
    : QWidget(parent), initial_(initial)
{
    setObjectName(QStringLiteral("serverProfileForm"));

    nameField_ = new QLineEdit(initial_.name, this);
    nameField_->setObjectName(QStringLiteral("profileNameField"));
    nameLabel_ = new QLabel(this);
    nameLabel_->setBuddy(nameField_);

    addressesField_ = new QPlainTextEdit(initial_.addresses.join(QLatin1Char('\n')), this);
    addressesField_->setObjectName(QStringLiteral("profileAddressesField"));
    addressesField_->setTabChangesFocus(true);
    addressesField_->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    addressesLabel_ = new QLabel(this);
    addressesLabel_->setBuddy(addressesField_);

    expectedFingerprintField_ = new QLineEdit(this);
    expectedFingerprintField_->setObjectName(QStringLiteral("expectedFingerprintField"));
    expectedLabel_ = new QLabel(this);
    expectedLabel_->setBuddy(expectedFingerprintField_);

    checkButton_ = new QPushButton(this);
    checkButton_->setObjectName(QStringLiteral("checkServerButton"));
    certificateLabel_ = new QLabel(this);
    certificateLabel_->setObjectName(QStringLiteral("certificateLabel"));
    certificateLabel_->setWordWrap(true);
    certificateLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    confirmBox_ = new QCheckBox(this);
    confirmBox_->setObjectName(QStringLiteral("confirmFingerprintBox"));
    confirmBox_->setEnabled(false);

    errorsLabel_ = createErrorSummary(QStringLiteral("profileErrors"), this);
    errors_ = std::make_unique<FieldErrors>(errorsLabel_);
    errors_->bind(QStringLiteral("name"), nameField_);
    errors_->bind(QStringLiteral("addresses"), addressesField_);
    errors_->bind(QStringLiteral("fingerprint"), expectedFingerprintField_);

    auto *form = new QFormLayout;
    form->addRow(nameLabel_, nameField_);
    form->addRow(addressesLabel_, addressesField_);
    form->addRow(expectedLabel_, expectedFingerprintField_);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(checkButton_);
    layout->addWidget(certificateLabel_);
    layout->addWidget(confirmBox_);
    layout->addWidget(errorsLabel_);

    setTabOrder(nameField_, addressesField_);
    setTabOrder(addressesField_, expectedFingerprintField_);
    setTabOrder(expectedFingerprintField_, checkButton_);
    setTabOrder(checkButton_, confirmBox_);

    connect(checkButton_, &QPushButton::clicked, this, &ServerProfileForm::checkServer);
    connect(confirmBox_, &QCheckBox::toggled, this, &ServerProfileForm::confirmationChanged);
    // Another address is another server: its certificate must be checked again.
    connect(addressesField_, &QPlainTextEdit::textChanged, this, &ServerProfileForm::forgetProbe);
    // A fingerprint pasted after the check is compared too.
    connect(expectedFingerprintField_, &QLineEdit::textChanged, this, [this] {
        if (probe_)
            compareWithExpected(false);
    });

    retranslate();
}

ServerProfileForm::~ServerProfileForm() = default;

bool ServerProfileForm::isConfirmed() const
{
    return probe_ && confirmBox_->isChecked();
}

bool ServerProfileForm::keepsExistingPin() const
{
    return !probe_ && !initial_.pinnedCertificateSha256.isEmpty();
}

QWidget *ServerProfileForm::firstField() const
{
    return nameField_;
}

QWidget *ServerProfileForm::lastField() const
{
    return confirmBox_;
}

void ServerProfileForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ServerProfileForm::retranslate()
{
    nameField_->setPlaceholderText(tr("e.g. District health network"));
    nameLabel_->setText(tr("&Name:"));
    addressesField_->setPlaceholderText(tr("host:port, one per line; the first one is tried first"));
    addressesLabel_->setText(tr("&Addresses:"));
    expectedFingerprintField_->setPlaceholderText(tr("Optional: paste the fingerprint your administrator gave you"));
    expectedLabel_->setText(tr("&Expected fingerprint:"));
    checkButton_->setText(tr("&Check the server"));
    confirmBox_->setText(tr("I have compared this &fingerprint with the one my administrator gave me"));
    updateCertificateText();
}

QStringList ServerProfileForm::typedAddresses() const
{
    QStringList addresses;
    const QStringList lines = addressesField_->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (const QString address = line.trimmed(); !address.isEmpty())
            addresses << address;
    }
    return addresses;
}

void ServerProfileForm::forgetProbe()
{
    ++probeGeneration_;
    probe_.reset();
    checkingAddress_.clear();
    checkButton_->setEnabled(true);
    confirmBox_->setChecked(false);
    confirmBox_->setEnabled(false);
    updateCertificateText();
    Q_EMIT confirmationChanged();
}

void ServerProfileForm::checkServer()
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
    forgetProbe();
    checkingAddress_ = addresses.first();
    checkButton_->setEnabled(false);
    updateCertificateText();
    runInBackground(
        this, [address = checkingAddress_]() { return probeServerCertificate(address, kProbeTimeout); },
        [this, generation = probeGeneration_](CertificateProbe probe) {
            if (generation != probeGeneration_)
                return;
            checkingAddress_.clear();
            checkButton_->setEnabled(true);
            showProbe(probe);
        });
}

void ServerProfileForm::showProbe(const CertificateProbe &probe)
{
    if (!probe.reached) {
        probe_.reset();
        updateCertificateText();
        errors_->showMessage(tr("The server cannot be reached: %1").arg(probe.error));
        Q_EMIT confirmationChanged();
        return;
    }
    probe_ = probe;
    updateCertificateText();
    compareWithExpected(true);
    Q_EMIT confirmationChanged();
}

void ServerProfileForm::compareWithExpected(bool reportFormat)
{
    // Whatever was confirmed was confirmed against another comparison.
    confirmBox_->setChecked(false);
    const QString expectedText = expectedFingerprintField_->text().trimmed();
    if (expectedText.isEmpty()) {
        // The user compares with their own eyes.
        errors_->clear();
        confirmBox_->setEnabled(true);
        return;
    }
    const auto expected = parseFingerprint(expectedText);
    if (!expected) {
        if (reportFormat)
            errors_->show({{QStringLiteral("fingerprint"), QStringLiteral("invalid_format"),
                            QT_TRANSLATE_NOOP("medinexus::Validation",
                                              "A fingerprint has 64 hexadecimal digits (pairs may be separated by colons)."),
                            {}}});
        else
            errors_->clear();
        confirmBox_->setEnabled(false);
    } else if (*expected != probe_->sha256) {
        // Not the expected server: possibly someone in the middle. Never offer to continue.
        errors_->showMessage(tr("The server's fingerprint is NOT the expected one. Do not connect; "
                                "call your administrator."));
        confirmBox_->setEnabled(false);
    } else {
        errors_->clear();
        confirmBox_->setEnabled(true);
        confirmBox_->setChecked(true);
    }
}

void ServerProfileForm::updateCertificateText()
{
    if (!checkingAddress_.isEmpty()) {
        certificateLabel_->setText(tr("Connecting to %1…").arg(checkingAddress_));
    } else if (probe_) {
        const QLocale locale;
        QString text = tr("Certificate of %1\nValid from %2 to %3\nSHA-256 fingerprint:\n%4")
                           .arg(probe_->certificate.subjectDisplayName(),
                                locale.toString(probe_->certificate.effectiveDate().toLocalTime(), QLocale::ShortFormat),
                                locale.toString(probe_->certificate.expiryDate().toLocalTime(), QLocale::ShortFormat),
                                formatFingerprint(probe_->sha256));
        if (probe_->trustedBySystem)
            text += QLatin1Char('\n') + tr("This certificate is also trusted by this computer's certificate authorities.");
        certificateLabel_->setText(text);
    } else if (!initial_.pinnedCertificateSha256.isEmpty()) {
        certificateLabel_->setText(
            tr("Trusted certificate (SHA-256):\n%1").arg(formatFingerprint(initial_.pinnedCertificateSha256)));
    } else {
        certificateLabel_->clear();
    }
    // The label takes no Tab stop: screen readers hear the certificate on the box that confirms it.
    confirmBox_->setAccessibleDescription(certificateLabel_->text());
}

std::optional<ServerProfile> ServerProfileForm::validatedProfile()
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
        return std::nullopt;
    }
    ServerProfile profile = initial_;
    profile.name = nameField_->text().trimmed();
    profile.addresses = addresses;
    if (isConfirmed())
        profile.pinnedCertificateSha256 = probe_->sha256;
    return profile;
}

} // namespace medinexus::client::gui
