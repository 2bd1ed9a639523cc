#pragma once

// The server part of a profile, shared by the server dialog and the first-run wizard: a name,
// the addresses, and first contact like SSH. "Check" connects and shows the certificate's
// SHA-256 fingerprint; the user compares it with the one the community's administrator gave
// them, or pastes that one and the form compares. A fingerprint that differs can never be
// confirmed; only a confirmed certificate is pinned.

#include "client/core/net/server_profile.h"
#include "client/core/net/tls_trust.h"

#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace medinexus::client::gui {

class FieldErrors;

class ServerProfileForm : public QWidget {
    Q_OBJECT

public:
    // `initial`: the profile being edited (its id, pin and CAs are kept), or a new one.
    explicit ServerProfileForm(const ServerProfile &initial, QWidget *parent = nullptr);
    ~ServerProfileForm() override;

    // A certificate was checked for the typed address and the user confirmed its fingerprint
    // (or it matched the pasted one).
    [[nodiscard]] bool isConfirmed() const;
    // Nothing was checked since the form opened on a pinned profile: saving keeps that pin.
    [[nodiscard]] bool keepsExistingPin() const;

    // The profile as typed, pinned to the confirmed certificate (or keeping its pin); nullopt,
    // with the refused fields marked, when the name or an address is missing or malformed.
    [[nodiscard]] std::optional<ServerProfile> validatedProfile();

    // The ends of the form's tab chain, to chain it with the widgets around it.
    [[nodiscard]] QWidget *firstField() const;
    [[nodiscard]] QWidget *lastField() const;

Q_SIGNALS:
    // isConfirmed() or keepsExistingPin() may have changed.
    void confirmationChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void checkServer();
    void showProbe(const CertificateProbe &probe);
    // Compares the certificate with the pasted fingerprint, if any, and sets the confirmation
    // box accordingly. `reportFormat`: say so when the pasted text is not a fingerprint (on
    // "Check"; not while it is being typed).
    void compareWithExpected(bool reportFormat);
    void forgetProbe();
    void updateCertificateText();
    [[nodiscard]] QStringList typedAddresses() const;

    ServerProfile initial_;
    std::optional<CertificateProbe> probe_;
    // Which check is current: an answer for an address since changed is dropped.
    quint64 probeGeneration_ = 0;
    QString checkingAddress_; // non-empty while a check runs

    QLabel *nameLabel_ = nullptr;
    QLineEdit *nameField_ = nullptr;
    QLabel *addressesLabel_ = nullptr;
    QPlainTextEdit *addressesField_ = nullptr;
    QLabel *expectedLabel_ = nullptr;
    QLineEdit *expectedFingerprintField_ = nullptr;
    QPushButton *checkButton_ = nullptr;
    QLabel *certificateLabel_ = nullptr;
    QCheckBox *confirmBox_ = nullptr;
    QLabel *errorsLabel_ = nullptr;
    std::unique_ptr<FieldErrors> errors_;
};

} // namespace medinexus::client::gui
