#include "client/gui/record/diagnosis_dialog.h"

#include "shared/validation/validator.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace medinexus::client::gui {

DiagnosisDialog::DiagnosisDialog(Workspace &workspace, const QUuid &patientId,
                                 std::optional<ClinicalEntry> corrected, QWidget *parent)
    : EntryDialog(workspace, patientId, std::move(corrected), parent),
      text_(new QLineEdit(this)),
      code_(new QLineEdit(this)),
      status_(new QComboBox(this))
{
    setObjectName(QStringLiteral("diagnosisDialog"));
    setWindowTitle(isAmendment() ? tr("Correct a diagnosis") : tr("Add a diagnosis"));

    text_->setObjectName(QStringLiteral("text"));
    text_->setMaxLength(ValidationLimits::kDiagnosisTextMaxLength);
    text_->setPlaceholderText(tr("The diagnosis in your words"));
    addRow(tr("&Diagnosis:"), text_);
    bindField(QStringLiteral("text"), text_);

    code_->setObjectName(QStringLiteral("icd10Code"));
    code_->setPlaceholderText(tr("Optional, e.g. B54 or J18.9"));
    code_->setMaxLength(8);
    // Codes are stored in capitals: normalise what was typed as soon as the field is left.
    connect(code_, &QLineEdit::editingFinished, this, [this] {
        if (auto normalized = normalizedIcd10Code(code_->text()))
            code_->setText(*normalized);
    });
    addRow(tr("ICD-10 &code:"), code_);
    bindField(QStringLiteral("icd10Code"), code_);

    status_->setObjectName(QStringLiteral("status"));
    for (DiagnosisStatus status : allValues<DiagnosisStatus>())
        status_->addItem(label(status), static_cast<int>(status));
    addRow(tr("&Status:"), status_);
    bindField(QStringLiteral("status"), status_);

    if (const auto &entry = this->corrected()) {
        if (const auto *diagnosis = std::get_if<DiagnosisBody>(&entry->body)) {
            text_->setText(diagnosis->text);
            code_->setText(diagnosis->icd10Code);
            status_->setCurrentIndex(status_->findData(static_cast<int>(diagnosis->status)));
        }
    }
    finishForm();
}

EntryBody DiagnosisDialog::body() const
{
    DiagnosisBody diagnosis;
    diagnosis.text = text_->text().trimmed();
    const QString code = code_->text().trimmed();
    // A recognisable code in lower case is stored normalised; anything else is left for the
    // validator to explain.
    diagnosis.icd10Code = normalizedIcd10Code(code).value_or(code);
    diagnosis.status = static_cast<DiagnosisStatus>(status_->currentData().toInt());
    return diagnosis;
}

} // namespace medinexus::client::gui
