#pragma once

// An observation: vital signs (each optional, its unit beside the field) and a nursing text.
// Values outside the usual range are highlighted as they are typed, with a warning, but are
// saved: only the validator's implausible values are refused.

#include "client/gui/record/entry_dialog.h"
#include "shared/model/vital_signs.h"

#include <map>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace medinexus::client::gui {

class ObservationDialog : public EntryDialog {
    Q_OBJECT

public:
    // A new observation for `patientId`, or (with `corrected`) the correction of that one.
    ObservationDialog(Workspace &workspace, const QUuid &patientId,
                      std::optional<ClinicalEntry> corrected = std::nullopt, QWidget *parent = nullptr);

    // The signs currently outside their usual range (what the warning names).
    [[nodiscard]] QList<VitalSign> abnormalSignsShown() const { return abnormal_; }

protected:
    [[nodiscard]] EntryBody body() const override;
    [[nodiscard]] ValidationErrors formErrors() const override;

private:
    struct SignField {
        QLineEdit *edit = nullptr;
        QLabel *flag = nullptr;  // "high" / "low" beside the unit
        int decimals = 0;        // typed unit to stored unit: 10^decimals (°C -> tenths, kg -> g)
        const char *field = nullptr;  // validation field name
    };

    // Sets up the field of `sign` and returns the flag label that goes beside its unit.
    QLabel *addSign(VitalSign sign, QLineEdit *edit, int decimals, int integerDigits, const char *field);
    [[nodiscard]] Vitals vitals() const;
    void updateWarnings();

    std::map<VitalSign, SignField> signs_;
    QPlainTextEdit *nursingText_ = nullptr;
    QLabel *warning_ = nullptr;
    QList<VitalSign> abnormal_;
};

} // namespace medinexus::client::gui
