#pragma once

// A diagnosis: the clinician's words, an optional ICD-10 code and its status.

#include "client/gui/record/entry_dialog.h"

class QComboBox;
class QLineEdit;

namespace medinexus::client::gui {

class DiagnosisDialog : public EntryDialog {
    Q_OBJECT

public:
    // A new diagnosis for `patientId`, or (with `corrected`) the correction of that diagnosis.
    DiagnosisDialog(Workspace &workspace, const QUuid &patientId,
                    std::optional<ClinicalEntry> corrected = std::nullopt, QWidget *parent = nullptr);

protected:
    [[nodiscard]] EntryBody body() const override;

private:
    QLineEdit *text_;
    QLineEdit *code_;
    QComboBox *status_;
};

} // namespace medinexus::client::gui
