#include "client/gui/admin/reset_password_dialog.h"

#include "client/gui/admin/admin_feedback.h"
#include "client/gui/workspace/password_field.h"
#include "client/gui/admin/status_line.h"
#include "shared/validation/validator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace medinexus::client::gui {

ResetPasswordDialog::ResetPasswordDialog(Workspace &workspace, User account, QWidget *parent)
    : QDialog(parent),
      workspace_(workspace),
      account_(std::move(account)),
      password_(createPasswordField(QStringLiteral("newPasswordField"), this)),
      confirmation_(createPasswordField(QStringLiteral("newPasswordConfirmationField"), this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      status_(new StatusLine(this)),
      summary_(createErrorSummary(QStringLiteral("resetPasswordErrors"), this)),
      errors_(summary_)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));

    auto *intro = new QLabel(tr("New password for %1 (%2). Their open sessions end, on every computer.")
                                 .arg(account_.displayName, account_.username),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    auto *passwordLabel = new QLabel(tr("&New password:"), this);
    passwordLabel->setBuddy(password_);
    form->addRow(passwordLabel, password_);
    auto *confirmationLabel = new QLabel(tr("&Confirm new password:"), this);
    confirmationLabel->setBuddy(confirmation_);
    form->addRow(confirmationLabel, confirmation_);
    auto *hint = new QLabel(passwordRuleHint(), this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);

    errors_.bind(QStringLiteral("password"), password_);
    errors_.bind(QStringLiteral("passwordConfirmation"), confirmation_);

    QPushButton *reset = buttons_->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    reset->setObjectName(QStringLiteral("resetPasswordSaveButton"));
    reset->setDefault(true);
    buttons_->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("resetPasswordCancelButton"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(status_);
    layout->addWidget(buttons_);
    setTabOrder(password_, confirmation_);
    password_->setFocus(Qt::OtherFocusReason);
}

void ResetPasswordDialog::setBusy(bool busy)
{
    password_->setEnabled(!busy);
    confirmation_->setEnabled(!busy);
    if (QPushButton *reset = findChild<QPushButton *>(QStringLiteral("resetPasswordSaveButton")))
        reset->setEnabled(!busy);
    if (busy)
        status_->showBusy(AdminFeedback::saving());
    else
        status_->clearText();
}

void ResetPasswordDialog::save()
{
    // Taken out of the fields at once: a refused form has them typed again.
    QString password = takePassword(password_);
    QString confirmation = takePassword(confirmation_);
    ValidationErrors errors = validateNewPassword(password, account_.username);
    appendErrors(errors, confirmationErrors(password, confirmation));
    secureWipe(confirmation);
    SecretString secret = SecretString::fromUtf16(std::move(password));
    if (!errors.empty()) {
        errors_.show(errors);
        return;
    }
    errors_.clear();
    setBusy(true);
    workspace_.callServer(
        this,
        [id = account_.id, secret = std::move(secret)](AdminApi &api) { return api.resetPassword(id, secret); },
        [this](RemoteResult<bool> result) {
            if (!result.ok()) {
                setBusy(false);
                errors_.show(result.fieldErrors, AdminFeedback::failure(result.httpStatus, result.error));
                return;
            }
            accept();
        });
}

} // namespace medinexus::client::gui
