#include "client/gui/shell/password_dialogs.h"

#include "client/gui/workspace/field_errors.h"
#include "shared/validation/validator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {
QLineEdit *passwordEdit(QWidget *parent, const QString &name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    return edit;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("passwordErrors"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

SecretString takeFrom(QLineEdit *edit)
{
    SecretString secret = SecretString::fromUtf16(edit->text());
    edit->clear();
    return secret;
}
} // namespace

SignInAgainDialog::SignInAgainDialog(const QString &username, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign in again"));
    auto *intro = new QLabel(tr("The server ended your session. Type the password of %1 to synchronise again.")
                                 .arg(username),
                             this);
    intro->setWordWrap(true);
    passwordField_ = passwordEdit(this, QStringLiteral("signInPasswordField"));
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(passwordField_);
    errorLabel_ = errorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(label, passwordField_);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(errorLabel_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (passwordField_->text().isEmpty())
            showError(tr("Type your password."));
        else
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SignInAgainDialog::~SignInAgainDialog()
{
    passwordField_->clear();
}

SecretString SignInAgainDialog::takePassword()
{
    return takeFrom(passwordField_);
}

void SignInAgainDialog::showError(const QString &message)
{
    errorLabel_->setText(message);
    errorLabel_->show();
}

ChangePasswordDialog::ChangePasswordDialog(const QString &username, QWidget *parent)
    : QDialog(parent), username_(username)
{
    setWindowTitle(tr("Change my password"));
    currentField_ = passwordEdit(this, QStringLiteral("currentPasswordField"));
    newField_ = passwordEdit(this, QStringLiteral("newPasswordField"));
    confirmField_ = passwordEdit(this, QStringLiteral("confirmPasswordField"));
    auto *currentLabel = new QLabel(tr("&Current password:"), this);
    currentLabel->setBuddy(currentField_);
    auto *newLabel = new QLabel(tr("&New password:"), this);
    newLabel->setBuddy(newField_);
    auto *confirmLabel = new QLabel(tr("Con&firm the new password:"), this);
    confirmLabel->setBuddy(confirmField_);
    auto *rules = new QLabel(tr("At least %1 characters, not built on your user name.")
                                 .arg(ValidationLimits::kPasswordMinLength),
                             this);
    rules->setWordWrap(true);
    errorLabel_ = errorLabel(this);
    errors_ = std::make_unique<FieldErrors>(errorLabel_);
    errors_->bind(QStringLiteral("password"), newField_);
    errors_->bind(QStringLiteral("confirmation"), confirmField_);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(currentLabel, currentField_);
    form->addRow(newLabel, newField_);
    form->addRow(confirmLabel, confirmField_);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rules);
    layout->addWidget(errorLabel_);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ChangePasswordDialog::~ChangePasswordDialog()
{
    currentField_->clear();
    newField_->clear();
    confirmField_->clear();
}

void ChangePasswordDialog::check()
{
    ValidationErrors problems = validateNewPassword(newField_->text(), username_);
    if (newField_->text() != confirmField_->text())
        problems.push_back({QStringLiteral("confirmation"), QStringLiteral("inconsistent"),
                            QT_TRANSLATE_NOOP("medinexus::Validation", "The two new passwords differ."), {}});
    if (currentField_->text().isEmpty())
        problems.push_back({QStringLiteral("current"), QStringLiteral("required"),
                            QT_TRANSLATE_NOOP("medinexus::Validation", "Type your current password."), {}});
    if (!problems.empty()) {
        errors_->show(problems);
        return;
    }
    accept();
}

SecretString ChangePasswordDialog::takeCurrentPassword()
{
    return takeFrom(currentField_);
}

SecretString ChangePasswordDialog::takeNewPassword()
{
    confirmField_->clear();
    return takeFrom(newField_);
}

} // namespace medinexus::client::gui
