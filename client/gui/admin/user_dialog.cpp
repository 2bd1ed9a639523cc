#include "client/gui/admin/user_dialog.h"

#include "client/gui/admin/admin_feedback.h"
#include "client/gui/workspace/password_field.h"
#include "client/gui/admin/status_line.h"
#include "client/gui/admin/versioned_update.h"
#include "shared/validation/validator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace medinexus::client::gui {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

UserDialog::UserDialog(Workspace &workspace, std::optional<User> existing, const std::vector<Facility> &facilities,
                       QWidget *parent)
    : QDialog(parent),
      workspace_(workspace),
      existing_(std::move(existing)),
      username_(new QLineEdit(this)),
      displayName_(new QLineEdit(this)),
      role_(new QComboBox(this)),
      facility_(new QComboBox(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      status_(new StatusLine(this)),
      summary_(createErrorSummary(QStringLiteral("userErrors"), this)),
      errors_(summary_)
{
    setObjectName(QStringLiteral("userDialog"));
    setWindowTitle(existing_ ? tr("Edit account") : tr("New account"));

    username_->setObjectName(QStringLiteral("usernameField"));
    username_->setMaxLength(ValidationLimits::kUsernameMaxLength);
    displayName_->setObjectName(QStringLiteral("displayNameField"));
    displayName_->setMaxLength(ValidationLimits::kDisplayNameMaxLength);
    role_->setObjectName(QStringLiteral("roleField"));
    for (Role role : allValues<Role>())
        role_->addItem(label(role), toToken(role));
    facility_->setObjectName(QStringLiteral("facilityField"));

    std::vector<Facility> offered;
    std::copy_if(facilities.begin(), facilities.end(), std::back_inserter(offered), [this](const Facility &facility) {
        return facility.active || (existing_ && existing_->facilityId == facility.id);
    });
    std::sort(offered.begin(), offered.end(), [](const Facility &a, const Facility &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Facility &facility : offered) {
        const QString text = facility.active ? facility.name : tr("%1 (inactive)").arg(facility.name);
        facility_->addItem(text, facility.id);
    }

    const QUuid preferredFacility = existing_ ? existing_->facilityId : workspace_.user().facilityId;
    if (existing_) {
        username_->setText(existing_->username);
        // A username never changes: it is how the person signs in and how the log names them.
        username_->setReadOnly(true);
        displayName_->setText(existing_->displayName);
        role_->setCurrentIndex(role_->findData(toToken(existing_->role)));
    } else {
        role_->setCurrentIndex(role_->findData(toToken(Role::Nurse)));
        // Usernames are stored in lower case: show them so while they are typed.
        connect(username_, &QLineEdit::textEdited, this, [this](const QString &text) {
            const QString lower = text.toLower();
            if (lower != text) {
                const int cursor = username_->cursorPosition();
                username_->setText(lower);
                username_->setCursorPosition(cursor);
            }
        });
    }
    if (const int index = facility_->findData(preferredFacility); index >= 0)
        facility_->setCurrentIndex(index);

    auto *form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Username:"), username_, this), username_);
    form->addRow(buddyLabel(tr("&Display name:"), displayName_, this), displayName_);
    form->addRow(buddyLabel(tr("&Role:"), role_, this), role_);
    form->addRow(buddyLabel(tr("&Facility:"), facility_, this), facility_);
    if (!existing_) {
        password_ = createPasswordField(QStringLiteral("passwordField"), this);
        confirmation_ = createPasswordField(QStringLiteral("passwordConfirmationField"), this);
        form->addRow(buddyLabel(tr("&Password:"), password_, this), password_);
        form->addRow(buddyLabel(tr("&Confirm password:"), confirmation_, this), confirmation_);
        auto *hint = new QLabel(passwordRuleHint(), this);
        hint->setWordWrap(true);
        form->addRow(QString(), hint);
    }

    errors_.bind(QStringLiteral("username"), username_);
    errors_.bind(QStringLiteral("displayName"), displayName_);
    errors_.bind(QStringLiteral("role"), role_);
    errors_.bind(QStringLiteral("facilityId"), facility_);
    if (password_) {
        errors_.bind(QStringLiteral("password"), password_);
        errors_.bind(QStringLiteral("passwordConfirmation"), confirmation_);
    }

    buttons_->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("userSaveButton"));
    buttons_->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("userCancelButton"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &UserDialog::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(status_);
    layout->addWidget(buttons_);

    setTabOrder(username_, displayName_);
    setTabOrder(displayName_, role_);
    setTabOrder(role_, facility_);
    if (password_) {
        setTabOrder(facility_, password_);
        setTabOrder(password_, confirmation_);
    }
    (existing_ ? displayName_ : username_)->setFocus(Qt::OtherFocusReason);
}

User UserDialog::draft() const
{
    User user = existing_.value_or(User{});
    if (!existing_) {
        const QString typed = username_->text();
        user.username = normalizedUsername(typed).value_or(typed.trimmed());
    }
    user.displayName = displayName_->text().trimmed();
    user.role = fromToken<Role>(role_->currentData().toString()).value_or(Role::Nurse);
    user.facilityId = facility_->currentData().toUuid();
    return user;
}

void UserDialog::setBusy(bool busy)
{
    username_->setEnabled(!busy);
    displayName_->setEnabled(!busy);
    role_->setEnabled(!busy);
    facility_->setEnabled(!busy);
    if (password_) {
        password_->setEnabled(!busy);
        confirmation_->setEnabled(!busy);
    }
    buttons_->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (busy)
        status_->showBusy(AdminFeedback::saving());
    else
        status_->clearText();
}

void UserDialog::showRefusal(int httpStatus, const QString &error, const ValidationErrors &fieldErrors)
{
    setBusy(false);
    errors_.show(fieldErrors, AdminFeedback::failure(httpStatus, error));
}

void UserDialog::save()
{
    const User user = draft();
    if (existing_)
        update(user);
    else
        create(user);
}

void UserDialog::create(const User &draft)
{
    // Taken out of the fields at once: a refused form has them typed again.
    QString password = takePassword(password_);
    QString confirmation = takePassword(confirmation_);

    // The server gives the identifier; the rules only need one to exist.
    User checked = draft;
    checked.id = QUuid::createUuid();
    ValidationErrors errors = validateUser(checked);
    appendErrors(errors, validateNewPassword(password, draft.username));
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
        [draft, secret = std::move(secret)](AdminApi &api) { return api.createUser(draft, secret); },
        [this](RemoteResult<User> result) {
            if (!result.ok()) {
                showRefusal(result.httpStatus, result.error, result.fieldErrors);
                return;
            }
            saved_ = std::move(result.value);
            accept();
        });
}

void UserDialog::update(const User &edited)
{
    ValidationErrors errors = validateUser(edited);
    // Only another administrator may take the role away: nobody locks themselves out.
    if (edited.id == workspace_.user().id && existing_->role == Role::Admin && edited.role != Role::Admin) {
        ValidationError error;
        error.field = QStringLiteral("role");
        error.code = ValidationCode::InvalidValue;
        error.sourceText = QT_TRANSLATE_NOOP("medinexus::Validation",
                                             "You cannot take away your own administrator role: another "
                                             "administrator must do it.");
        errors.push_back(error);
    }
    if (!errors.empty()) {
        errors_.show(errors);
        return;
    }
    errors_.clear();
    setBusy(true);
    workspace_.callServer(
        this, [edited](AdminApi &api) { return updateUserChecked(api, edited); },
        [this](VersionedUpdate<User> update) {
            if (update.result.ok()) {
                saved_ = std::move(update.result.value);
                accept();
                return;
            }
            if (update.changedMeanwhile) {
                setBusy(false);
                // Saving again would meet the same conflict: the user reopens the new version.
                buttons_->button(QDialogButtonBox::Save)->setEnabled(false);
                errors_.showMessage(tr("Somebody else changed this account in the meantime, so your changes were "
                                       "not saved. The list has been reloaded: open the account again to edit its "
                                       "current version."));
                Q_EMIT changedMeanwhile();
                return;
            }
            showRefusal(update.result.httpStatus, update.result.error, update.result.fieldErrors);
        });
}

} // namespace medinexus::client::gui
