#include "client/gui/login/server_profile_dialog.h"

#include "client/gui/login/server_profile_form.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace medinexus::client::gui {

ServerProfileDialog::ServerProfileDialog(std::optional<ServerProfile> existing, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(existing ? tr("Edit server") : tr("Add a server"));
    if (existing)
        profile_ = *existing;
    else
        profile_.id = QUuid::createUuid();

    form_ = new ServerProfileForm(profile_, this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    saveButton_ = buttons->button(QDialogButtonBox::Save);
    saveButton_->setObjectName(QStringLiteral("saveProfileButton"));
    saveButton_->setEnabled(!profile_.pinnedCertificateSha256.isEmpty() || existing.has_value());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(form_);
    layout->addWidget(buttons);

    connect(form_, &ServerProfileForm::confirmationChanged, this,
            [this] { saveButton_->setEnabled(form_->isConfirmed() || form_->keepsExistingPin()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ServerProfileDialog::~ServerProfileDialog() = default;

void ServerProfileDialog::save()
{
    if (std::optional<ServerProfile> profile = form_->validatedProfile()) {
        profile_ = std::move(*profile);
        accept();
    }
}

} // namespace medinexus::client::gui
