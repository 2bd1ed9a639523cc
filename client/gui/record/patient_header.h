#pragma once

// The top of a patient's record: who the patient is (name, number, age and birth, sex, phone,
// village), the allergies in red, the active diagnoses and current prescriptions, and markers
// for an open conflict between two edits and for entries not yet sent to the server.

#include "shared/model/clinical_entry.h"
#include "shared/model/patient.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace medinexus::client::gui {

class PatientHeader : public QWidget {
    Q_OBJECT

public:
    explicit PatientHeader(QWidget *parent = nullptr);

    // `record`: the patient's entries; `hasConflict`: an open conflict between two versions of
    // the demographics; `pendingEntries`: entries written here and not yet sent.
    void showPatient(const Patient &patient, const std::vector<ClinicalEntry> &record, bool hasConflict,
                     int pendingEntries);
    void clear();

private:
    QLabel *name_;
    QLabel *number_;
    QLabel *age_;
    QLabel *sex_;
    QLabel *phone_;
    QLabel *village_;
    QLabel *allergies_;
    QLabel *diagnoses_;
    QLabel *prescriptions_;
    QLabel *conflict_;
    QLabel *pending_;
};

} // namespace medinexus::client::gui
