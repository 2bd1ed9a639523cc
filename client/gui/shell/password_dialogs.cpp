#include "client/gui/shell/password_dialogs.h"

#include "client/gui/workspace/field_errors.h"
#include "client/gui/workspace/password_field.h"
#include "shared/validation/validator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {
SecretString takeFrom(QLineEdit *edit)
{
    return SecretString::fromUtf16(takePassword(edit));
}

void wipe(QLineEdit *edit)
{
    QString typed = takePassword(edit);
    secureWipe(typed);
}
} // namespace

SignInAgainDialog::SignInAgainDialog(const QString &username, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Sign in again"));
    auto *intro = new QLabel(tr("The server ended your session. Type the password of %1 to synchronise again.")
                                 .arg(username),
                             this);
    intro->setWordWrap(true);
    passwordField_ = createPasswordField(QStringLiteral("signInPasswordField"), this);
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(passwordField_);
    errorLabel_ = createErrorSummary(QStringLiteral("passwordErrors"), this);
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
    wipe(passwordField_);
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
    currentField_ = createPasswordField(QStringLiteral("currentPasswordField"), this);
    newField_ = createPasswordField(QStringLiteral("newPasswordField"), this);
    confirmField_ = createPasswordField(QStringLiteral("confirmPasswordField"), this);
    auto *currentLabel = new QLabel(tr("&Current password:"), this);
    currentLabel->setBuddy(currentField_);
    auto *newLabel = new QLabel(tr("&New password:"), this);
    newLabel->setBuddy(newField_);
    auto *confirmLabel = new QLabel(tr("Con&firm the new password:"), this);
    confirmLabel->setBuddy(confirmField_);
    auto *rules = new QLabel(passwordRuleHint(), this);
    rules->setWordWrap(true);
    errorLabel_ = createErrorSummary(QStringLiteral("passwordErrors"), this);
    errors_ = std::make_unique<FieldErrors>(errorLabel_);
    errors_->bind(QStringLiteral("password"), newField_);
    errors_->bind(QStringLiteral("passwordConfirmation"), confirmField_);
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
    wipe(currentField_);
    wipe(newField_);
    wipe(confirmField_);
}

void ChangePasswordDialog::check()
{
    ValidationErrors problems = validateNewPassword(newField_->text(), username_);
    for (ValidationError &error : confirmationErrors(newField_->text(), confirmField_->text()))
        problems.push_back(std::move(error));
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
    wipe(confirmField_);
    return takeFrom(newField_);
}

} // namespace medinexus::client::gui
