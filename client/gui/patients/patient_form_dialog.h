#pragma once

// Registering a patient, or editing a patient's demographics. The shared validator marks every
// wrong field at once; before a NEW patient is written, patients who look like the same person
// are listed inside the form (SimilarPatientsWarning) and nothing is stored until the user
// opens one of them or registers anyway.

#include "client/gui/workspace/field_errors.h"
#include "shared/model/patient.h"

#include <QDialog>
#include <QUuid>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace medinexus::client::gui {

class SimilarPatientsWarning;
class Workspace;

class PatientFormDialog : public QDialog {
    Q_OBJECT

public:
    // Registration when `existing` is empty, otherwise an edit of its demographics.
    PatientFormDialog(Workspace &workspace, std::optional<Patient> existing, QWidget *parent = nullptr);

    [[nodiscard]] bool isRegistration() const { return !existing_.has_value(); }
    // The patient registered or edited (null unless the dialog was accepted that way).
    [[nodiscard]] QUuid savedPatientId() const { return savedPatientId_; }
    // The already registered patient the user chose to open instead of registering (null
    // unless the dialog was accepted that way).
    [[nodiscard]] QUuid chosenExistingId() const { return chosenExistingId_; }

private:
    void buildFields();
    void fillFrom(const Patient &patient);
    [[nodiscard]] Patient patientFromFields() const;
    void updateBirthInputs();
    void fieldsEdited();
    void save();
    void write(const Patient &patient);

    Workspace &workspace_;
    std::optional<Patient> existing_;
    QUuid savedPatientId_;
    QUuid chosenExistingId_;

    QLineEdit *familyName_ = nullptr;
    QLineEdit *givenNames_ = nullptr;
    QComboBox *sex_ = nullptr;
    QRadioButton *knownDate_ = nullptr;
    QRadioButton *estimatedYear_ = nullptr;
    QDateEdit *birthDate_ = nullptr;
    QLineEdit *estimatedYearField_ = nullptr;
    QLineEdit *phone_ = nullptr;
    QLineEdit *village_ = nullptr;
    QPlainTextEdit *address_ = nullptr;
    QPlainTextEdit *allergies_ = nullptr;
    QLabel *errorSummary_ = nullptr;
    SimilarPatientsWarning *warning_ = nullptr;
    QPushButton *saveButton_ = nullptr;
    FieldErrors fieldErrors_;
};

} // namespace medinexus::client::gui
