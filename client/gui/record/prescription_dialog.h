#pragma once

// A prescription: medication, dose, route, frequency, optional duration, the quantity to
// dispense with its unit, and instructions.

#include "client/gui/record/entry_dialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace medinexus::client::gui {

class PrescriptionDialog : public EntryDialog {
    Q_OBJECT

public:
    // A new prescription for `patientId`, or (with `corrected`) the correction of that one.
    PrescriptionDialog(Workspace &workspace, const QUuid &patientId,
                       std::optional<ClinicalEntry> corrected = std::nullopt, QWidget *parent = nullptr);

protected:
    [[nodiscard]] EntryBody body() const override;
    [[nodiscard]] ValidationErrors formErrors() const override;

private:
    QLineEdit *medication_;
    QLineEdit *dose_;
    QComboBox *route_;
    QLineEdit *frequency_;
    QLineEdit *duration_;
    QLineEdit *quantity_;
    QComboBox *unit_;
    QPlainTextEdit *instructions_;
};

} // namespace medinexus::client::gui
