#pragma once

// The pharmacy counter, made for a queue of patients and the keyboard alone: type or scan the
// patient number, Enter; the open prescriptions appear with the most recent selected and its
// remaining quantity ready in the quantity field; Enter dispenses it. Up/Down choose another
// prescription, Esc clears the counter for the next patient. The allergies stay in view the
// whole time. What is open and how much remains comes from shared/model/record_summary.h; the
// dispensation is checked and written by the Workspace.

#include "shared/model/patient.h"
#include "shared/model/record_summary.h"

#include <QUuid>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace medinexus::client::gui {

class Workspace;

class PharmacyCounterView : public QWidget {
    Q_OBJECT

public:
    explicit PharmacyCounterView(Workspace &workspace, QWidget *parent = nullptr);

    // The patient shown, if any.
    [[nodiscard]] std::optional<Patient> currentPatient() const { return patient_; }

public Q_SLOTS:
    // Puts the cursor in the number field with its text selected, ready for the next scan.
    void focusNumberField();
    // Forgets the patient and the messages; focus in the number field (Esc).
    void clearForNextPatient();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Tone { Neutral, Success, Problem };

    void lookUpNumber();
    void showPatient(const Patient &patient);
    // Re-reads the open prescriptions of the patient shown; keeps the selected chain when it is
    // still open and, when `keepTypedQuantity`, the quantity typed for it.
    void reloadPrescriptions(bool keepTypedQuantity);
    void onSelectionChanged();
    void dispenseSelected();
    void moveSelection(int step);
    void setStatus(const QString &message, Tone tone);
    [[nodiscard]] const PrescriptionProgress *selectedProgress() const;

    Workspace &workspace_;
    bool allowed_ = false;
    std::optional<Patient> patient_;
    std::vector<PrescriptionProgress> open_;

    QLineEdit *numberField_ = nullptr;
    QPushButton *findButton_ = nullptr;
    QLabel *status_ = nullptr;
    QWidget *patientPanel_ = nullptr;
    QLabel *patientName_ = nullptr;
    QLabel *patientDetails_ = nullptr;
    QLabel *allergies_ = nullptr;
    QTreeWidget *prescriptions_ = nullptr;
    QSpinBox *quantityField_ = nullptr;
    QLabel *quantityUnit_ = nullptr;
    QLineEdit *noteField_ = nullptr;
    QPushButton *dispenseButton_ = nullptr;
};

} // namespace medinexus::client::gui
