#pragma once

// Correcting a dispensation recorded at the counter (a wrong quantity, a partial one that was
// in fact complete): a new dispensation entry that amends it, for the same prescription, with
// the reason. New dispensations are recorded at the pharmacy counter, not here.

#include "client/gui/record/entry_dialog.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace medinexus::client::gui {

class DispensationCorrectionDialog : public EntryDialog {
    Q_OBJECT

public:
    // `corrected`: the dispensation in effect to correct.
    DispensationCorrectionDialog(Workspace &workspace, const QUuid &patientId, ClinicalEntry corrected,
                                 QWidget *parent = nullptr);

protected:
    [[nodiscard]] EntryBody body() const override;

private:
    QUuid prescriptionId_;
    QSpinBox *quantity_;
    QComboBox *completeness_;
    QLineEdit *note_;
};

} // namespace medinexus::client::gui
