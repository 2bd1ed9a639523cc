#include "client/gui/record/dispensation_correction_dialog.h"

#include "client/gui/workspace/entry_text.h"
#include "client/gui/workspace/workspace.h"
#include "shared/model/enums.h"
#include "shared/validation/validator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace medinexus::client::gui {

DispensationCorrectionDialog::DispensationCorrectionDialog(Workspace &workspace, const QUuid &patientId,
                                                           ClinicalEntry corrected, QWidget *parent)
    : EntryDialog(workspace, patientId, corrected, parent),
      quantity_(new QSpinBox(this)),
      completeness_(new QComboBox(this)),
      note_(new QLineEdit(this))
{
    setObjectName(QStringLiteral("dispensationCorrectionDialog"));
    setWindowTitle(tr("Correct a dispensation"));
    const DispensationBody original = std::get<DispensationBody>(corrected.body);
    prescriptionId_ = original.prescriptionId;

    QString unit;
    if (auto prescription = workspace.records().entry(original.prescriptionId)) {
        if (const auto *body = std::get_if<PrescriptionBody>(&prescription->body)) {
            unit = body->quantityUnit;
            auto *what = new QLabel(prescriptionText(*body), this);
            what->setObjectName(QStringLiteral("dispensedPrescription"));
            what->setWordWrap(true);
            form()->addRow(tr("Prescription:"), what);
        }
    }

    quantity_->setObjectName(QStringLiteral("quantity"));
    quantity_->setRange(ValidationLimits::kMinQuantity, ValidationLimits::kMaxQuantity);
    quantity_->setValue(original.quantity);
    if (!unit.isEmpty())
        quantity_->setSuffix(QLatin1Char(' ') + unit);
    addRow(tr("&Quantity handed over:"), quantity_);
    bindField(QStringLiteral("quantity"), quantity_);

    completeness_->setObjectName(QStringLiteral("completeness"));
    for (DispensationCompleteness value : allValues<DispensationCompleteness>())
        completeness_->addItem(label(value), static_cast<int>(value));
    completeness_->setCurrentIndex(completeness_->findData(static_cast<int>(original.completeness)));
    addRow(tr("&Dispensation:"), completeness_);
    bindField(QStringLiteral("completeness"), completeness_);

    note_->setObjectName(QStringLiteral("note"));
    note_->setMaxLength(ValidationLimits::kDispensationNoteMaxLength);
    note_->setText(original.note);
    addRow(tr("N&ote:"), note_);
    bindField(QStringLiteral("note"), note_);

    finishForm();
}

EntryBody DispensationCorrectionDialog::body() const
{
    DispensationBody body;
    body.prescriptionId = prescriptionId_;
    body.quantity = quantity_->value();
    body.completeness = static_cast<DispensationCompleteness>(completeness_->currentData().toInt());
    body.note = note_->text().trimmed();
    return body;
}

} // namespace medinexus::client::gui
