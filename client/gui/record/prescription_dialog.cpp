#include "client/gui/record/prescription_dialog.h"

#include "client/gui/record/number_field.h"
#include "shared/validation/validator.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace medinexus::client::gui {

namespace L = ValidationLimits;

PrescriptionDialog::PrescriptionDialog(Workspace &workspace, const QUuid &patientId,
                                       std::optional<ClinicalEntry> corrected, QWidget *parent)
    : EntryDialog(workspace, patientId, std::move(corrected), parent),
      medication_(new QLineEdit(this)),
      dose_(new QLineEdit(this)),
      route_(new QComboBox(this)),
      frequency_(new QLineEdit(this)),
      duration_(new QLineEdit(this)),
      quantity_(new QLineEdit(this)),
      unit_(new QComboBox(this)),
      instructions_(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("prescriptionDialog"));
    setWindowTitle(isAmendment() ? tr("Correct a prescription") : tr("Add a prescription"));

    medication_->setObjectName(QStringLiteral("medication"));
    medication_->setMaxLength(L::kMedicationMaxLength);
    medication_->setPlaceholderText(tr("Name and strength, e.g. Amoxicillin 500 mg"));
    addRow(tr("&Medication:"), medication_);
    bindField(QStringLiteral("medication"), medication_);

    dose_->setObjectName(QStringLiteral("dose"));
    dose_->setMaxLength(L::kDoseMaxLength);
    dose_->setPlaceholderText(tr("Per administration, e.g. 1 tablet"));
    addRow(tr("D&ose:"), dose_);
    bindField(QStringLiteral("dose"), dose_);

    route_->setObjectName(QStringLiteral("route"));
    for (Route route : allValues<Route>())
        route_->addItem(label(route), static_cast<int>(route));
    addRow(tr("&Route:"), route_);
    bindField(QStringLiteral("route"), route_);

    frequency_->setObjectName(QStringLiteral("frequency"));
    frequency_->setMaxLength(L::kFrequencyMaxLength);
    frequency_->setPlaceholderText(tr("e.g. 3 times a day"));
    addRow(tr("&Frequency:"), frequency_);
    bindField(QStringLiteral("frequency"), frequency_);

    duration_->setObjectName(QStringLiteral("durationDays"));
    setUpNumberField(duration_, 0, 3);
    duration_->setToolTip(tr("Optional, %1 to %2 days").arg(L::kMinDurationDays).arg(L::kMaxDurationDays));
    addRow(tr("D&uration:"), duration_, withUnit(duration_, tr("days (optional)"), this));
    bindField(QStringLiteral("durationDays"), duration_);

    quantity_->setObjectName(QStringLiteral("quantity"));
    setUpNumberField(quantity_, 0, 5);
    quantity_->setToolTip(tr("Units to dispense in total, %1 to %2").arg(L::kMinQuantity).arg(L::kMaxQuantity));
    addRow(tr("&Quantity to dispense:"), quantity_);
    bindField(QStringLiteral("quantity"), quantity_);

    // Common units offered, any other can be typed.
    unit_->setObjectName(QStringLiteral("quantityUnit"));
    unit_->setEditable(true);
    unit_->setInsertPolicy(QComboBox::NoInsert);
    unit_->addItems({tr("tablets"), tr("capsules"), tr("bottles"), tr("sachets"), tr("ampoules"), tr("tubes"),
                     tr("vials"), tr("ml")});
    unit_->lineEdit()->setMaxLength(L::kQuantityUnitMaxLength);
    addRow(tr("U&nit:"), unit_);
    bindField(QStringLiteral("quantityUnit"), unit_);

    instructions_->setObjectName(QStringLiteral("instructions"));
    instructions_->setTabChangesFocus(true);
    instructions_->setPlaceholderText(tr("Optional, e.g. after meals"));
    instructions_->setMaximumHeight(instructions_->fontMetrics().lineSpacing() * 5);
    addRow(tr("&Instructions:"), instructions_);
    bindField(QStringLiteral("instructions"), instructions_);

    if (const auto &entry = this->corrected()) {
        if (const auto *prescription = std::get_if<PrescriptionBody>(&entry->body)) {
            medication_->setText(prescription->medication);
            dose_->setText(prescription->dose);
            route_->setCurrentIndex(route_->findData(static_cast<int>(prescription->route)));
            frequency_->setText(prescription->frequency);
            if (prescription->durationDays)
                duration_->setText(numberText(*prescription->durationDays, 0));
            quantity_->setText(numberText(prescription->quantity, 0));
            unit_->setCurrentText(prescription->quantityUnit);
            instructions_->setPlainText(prescription->instructions);
        }
    }
    finishForm();
}

EntryBody PrescriptionDialog::body() const
{
    PrescriptionBody prescription;
    prescription.medication = medication_->text().trimmed();
    prescription.dose = dose_->text().trimmed();
    prescription.route = static_cast<Route>(route_->currentData().toInt());
    prescription.frequency = frequency_->text().trimmed();
    prescription.durationDays = readNumber(duration_->text(), 0).value;
    // Blank or unreadable is 0, which the validator refuses as out of range.
    prescription.quantity = readNumber(quantity_->text(), 0).value.value_or(0);
    prescription.quantityUnit = unit_->currentText().trimmed();
    prescription.instructions = instructions_->toPlainText().trimmed();
    return prescription;
}

ValidationErrors PrescriptionDialog::formErrors() const
{
    ValidationErrors errors;
    if (!readNumber(duration_->text(), 0).isValid()) {
        errors.push_back({QStringLiteral("durationDays"), ValidationCode::InvalidFormat,
                          QT_TRANSLATE_NOOP("medinexus::Validation", "The duration must be a whole number of days."),
                          {}});
    }
    return errors;
}

} // namespace medinexus::client::gui
