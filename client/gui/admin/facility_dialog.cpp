#include "client/gui/admin/facility_dialog.h"

#include "client/gui/admin/admin_feedback.h"
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

namespace medinexus::client::gui {

FacilityDialog::FacilityDialog(Workspace &workspace, std::optional<Facility> existing, QWidget *parent)
    : QDialog(parent),
      workspace_(workspace),
      existing_(std::move(existing)),
      name_(new QLineEdit(this)),
      kind_(new QComboBox(this)),
      village_(new QLineEdit(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      status_(new StatusLine(this)),
      summary_(createErrorSummary(QStringLiteral("facilityErrors"), this)),
      errors_(summary_)
{
    setObjectName(QStringLiteral("facilityDialog"));
    setWindowTitle(existing_ ? tr("Edit facility") : tr("New facility"));

    name_->setObjectName(QStringLiteral("facilityNameField"));
    name_->setMaxLength(ValidationLimits::kFacilityNameMaxLength);
    kind_->setObjectName(QStringLiteral("facilityKindField"));
    for (FacilityKind kind : allValues<FacilityKind>())
        kind_->addItem(label(kind), toToken(kind));
    village_->setObjectName(QStringLiteral("facilityVillageField"));
    village_->setMaxLength(ValidationLimits::kVillageMaxLength);

    if (existing_) {
        name_->setText(existing_->name);
        kind_->setCurrentIndex(kind_->findData(toToken(existing_->kind)));
        village_->setText(existing_->village);
    } else {
        kind_->setCurrentIndex(kind_->findData(toToken(FacilityKind::Clinic)));
    }

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(name_);
    form->addRow(nameLabel, name_);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(kind_);
    form->addRow(kindLabel, kind_);
    auto *villageLabel = new QLabel(tr("&Village:"), this);
    villageLabel->setBuddy(village_);
    form->addRow(villageLabel, village_);

    errors_.bind(QStringLiteral("name"), name_);
    errors_.bind(QStringLiteral("kind"), kind_);
    errors_.bind(QStringLiteral("village"), village_);

    buttons_->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("facilitySaveButton"));
    buttons_->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("facilityCancelButton"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &FacilityDialog::save);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(status_);
    layout->addWidget(buttons_);

    setTabOrder(name_, kind_);
    setTabOrder(kind_, village_);
    name_->setFocus(Qt::OtherFocusReason);
}

Facility FacilityDialog::draft() const
{
    Facility facility = existing_.value_or(Facility{});
    facility.name = name_->text().trimmed();
    facility.kind = fromToken<FacilityKind>(kind_->currentData().toString()).value_or(FacilityKind::Clinic);
    facility.village = village_->text().trimmed();
    return facility;
}

void FacilityDialog::setBusy(bool busy)
{
    name_->setEnabled(!busy);
    kind_->setEnabled(!busy);
    village_->setEnabled(!busy);
    buttons_->button(QDialogButtonBox::Save)->setEnabled(!busy);
    if (busy)
        status_->showBusy(AdminFeedback::saving());
    else
        status_->clearText();
}

void FacilityDialog::showRefusal(int httpStatus, const QString &error, const ValidationErrors &fieldErrors)
{
    setBusy(false);
    errors_.show(fieldErrors, AdminFeedback::failure(httpStatus, error));
}

void FacilityDialog::save()
{
    const Facility facility = draft();
    // A new facility's identifier is given by the server; the rules only need one to exist.
    Facility checked = facility;
    if (checked.id.isNull())
        checked.id = QUuid::createUuid();
    if (const ValidationErrors errors = validateFacility(checked); !errors.empty()) {
        errors_.show(errors);
        return;
    }
    errors_.clear();
    setBusy(true);

    if (!existing_) {
        workspace_.callServer(
            this,
            [facility](AdminApi &api) { return api.createFacility(facility.name, facility.kind, facility.village); },
            [this](RemoteResult<Facility> result) {
                if (!result.ok()) {
                    showRefusal(result.httpStatus, result.error, result.fieldErrors);
                    return;
                }
                saved_ = std::move(result.value);
                accept();
            });
        return;
    }
    workspace_.callServer(
        this, [facility](AdminApi &api) { return updateFacilityChecked(api, facility); },
        [this](VersionedUpdate<Facility> update) {
            if (update.result.ok()) {
                saved_ = std::move(update.result.value);
                accept();
                return;
            }
            if (update.changedMeanwhile) {
                setBusy(false);
                // Saving again would meet the same conflict: the user reopens the new version.
                buttons_->button(QDialogButtonBox::Save)->setEnabled(false);
                errors_.showMessage(tr("Somebody else changed this facility in the meantime, so your changes were "
                                       "not saved. The list has been reloaded: open the facility again to edit "
                                       "its current version."));
                Q_EMIT changedMeanwhile();
                return;
            }
            showRefusal(update.result.httpStatus, update.result.error, update.result.fieldErrors);
        });
}

} // namespace medinexus::client::gui
