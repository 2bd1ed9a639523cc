#pragma once

// Shown inside the registration form when patients already in the records look like the
// person being registered (shared rule: shared/model/similar_patients.h). Duplicates split a
// patient's history across two records, so the user decides, seeing who they are: open the
// existing record, or register anyway.

#include "shared/model/patient.h"
#include "shared/model/similar_patients.h"

#include <QFrame>
#include <QUuid>

#include <utility>
#include <vector>

class QPushButton;
class QTableWidget;

namespace medinexus::client::gui {

class SimilarPatientsWarning : public QFrame {
    Q_OBJECT

public:
    using Candidate = std::pair<Patient, SimilarityReason>;

    explicit SimilarPatientsWarning(QWidget *parent = nullptr);

    // Lists `candidates` (the first one selected) and shows the warning.
    void setCandidates(const std::vector<Candidate> &candidates);
    [[nodiscard]] int candidateCount() const;
    // The candidate selected in the list (null when none).
    [[nodiscard]] QUuid selectedPatientId() const;

    static QString reasonText(SimilarityReason reason);

Q_SIGNALS:
    void openExistingRequested(const QUuid &id);
    void registerAnywayRequested();

private:
    QTableWidget *list_;
    QPushButton *openButton_;
    QPushButton *registerAnywayButton_;
};

} // namespace medinexus::client::gui
