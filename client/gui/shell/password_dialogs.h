#pragma once

// The two password prompts of a logged-in user: signing in again when the server ended the
// session, and changing one's own password. Passwords leave the line edits as SecretString the
// moment they are read; the fields are cleared.

#include "shared/security/secret_string.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace medinexus::client::gui {

class FieldErrors;

class SignInAgainDialog : public QDialog {
    Q_OBJECT

public:
    SignInAgainDialog(const QString &username, QWidget *parent = nullptr);
    ~SignInAgainDialog() override;
    // Read once after accept(): the field is cleared.
    [[nodiscard]] SecretString takePassword();
    void showError(const QString &message);

private:
    QLineEdit *passwordField_ = nullptr;
    QLabel *errorLabel_ = nullptr;
};

class ChangePasswordDialog : public QDialog {
    Q_OBJECT

public:
    ChangePasswordDialog(const QString &username, QWidget *parent = nullptr);
    ~ChangePasswordDialog() override;
    [[nodiscard]] SecretString takeCurrentPassword();
    [[nodiscard]] SecretString takeNewPassword();

private:
    void check();

    QString username_;
    QLineEdit *currentField_ = nullptr;
    QLineEdit *newField_ = nullptr;
    QLineEdit *confirmField_ = nullptr;
    QLabel *errorLabel_ = nullptr;
    std::unique_ptr<FieldErrors> errors_;
};

} // namespace medinexus::client::gui
