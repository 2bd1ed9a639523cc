#pragma once

// Adding or editing a server profile. First contact works like SSH: the client connects, shows
// the certificate's SHA-256 fingerprint, and the user compares it with the one the community's
// administrator gave them (or pastes it, and the client compares). Only a confirmed
// certificate is pinned; a certificate the system already trusts may be used without a pin.

#include "client/core/net/server_profile.h"
#include "client/core/net/tls_trust.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace medinexus::client::gui {

class FieldErrors;

class ServerProfileDialog : public QDialog {
    Q_OBJECT

public:
    // `existing`: the profile to edit; a new one otherwise.
    explicit ServerProfileDialog(std::optional<ServerProfile> existing, QWidget *parent = nullptr);
    ~ServerProfileDialog() override;

    // The profile as saved (valid once the dialog was accepted).
    [[nodiscard]] const ServerProfile &profile() const { return profile_; }

private:
    void checkServer();
    void showProbe(const CertificateProbe &probe);
    void updateConfirmState();
    void save();
    [[nodiscard]] QStringList typedAddresses() const;

    ServerProfile profile_;
    std::optional<CertificateProbe> probe_;
    QLineEdit *nameField_ = nullptr;
    QPlainTextEdit *addressesField_ = nullptr;
    QPushButton *checkButton_ = nullptr;
    QLabel *certificateLabel_ = nullptr;
    QLineEdit *expectedFingerprintField_ = nullptr;
    QCheckBox *confirmBox_ = nullptr;
    QLabel *errorsLabel_ = nullptr;
    QPushButton *saveButton_ = nullptr;
    std::unique_ptr<FieldErrors> errors_;
};

} // namespace medinexus::client::gui
