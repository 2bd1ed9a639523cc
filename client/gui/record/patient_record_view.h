#pragma once

// A patient's record as the logged-in user works with it: the header (identity, allergies,
// what is active), the timeline of every clinical entry with a filter by kind and the full
// text of the selected one, and the actions the user's role allows (add entries, correct the
// selected one, print a prescription, edit the patient's details). Every opening of a record
// is reported for the audit log; the record is re-read whenever the cache changes.

#include "client/gui/workspace/workspace.h"
#include "shared/model/clinical_entry.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace medinexus::client::gui {

class EntryDialog;
class PatientHeader;
class TimelineFilter;
class TimelineModel;

class PatientRecordView : public QWidget {
    Q_OBJECT

public:
    explicit PatientRecordView(Workspace &workspace, QWidget *parent = nullptr);

    // Opens the record of `patientId` (audited: Workspace::recordAccess() once per call).
    void showPatient(const QUuid &patientId);
    // The patient shown; null when none (or when the record could not be opened).
    [[nodiscard]] QUuid patientId() const { return patientId_; }
    // The entry selected in the timeline, as recorded (not necessarily the one in effect).
    [[nodiscard]] std::optional<ClinicalEntry> selectedEntry() const;
    // Selects the timeline row of entry `id` (when it is shown); returns whether it is.
    bool selectEntry(const QUuid &id);

public Q_SLOTS:
    // Each opens its form (window-modal, deleted when closed); nothing when not allowed.
    void addDiagnosis();
    void addPrescription();
    void addObservation();
    void addNote();
    // Opens the form of the selected entry's kind prefilled with the entry in effect.
    void amendSelected();
    // Emits printRequested() with the selected prescription as in effect.
    void printSelected();

Q_SIGNALS:
    void printRequested(const medinexus::ClinicalEntry &prescription);
    void editDetailsRequested(const QUuid &patientId);
    // A form saved an entry (already written to the cache and queued for the server).
    void entrySaved(const medinexus::ClinicalEntry &entry);

private:
    void reload();
    void updateActions();
    void showSelectionDetail();
    void openDialog(EntryDialog *dialog);
    QPushButton *makeAction(const QString &objectName, const QString &text, const QString &tip,
                            const QKeySequence &shortcut);

    Workspace &workspace_;
    QUuid patientId_;
    PatientHeader *header_;
    QLabel *message_;
    TimelineModel *model_;
    TimelineFilter *filter_;
    QComboBox *kindFilter_;
    QTableView *timeline_;
    QPlainTextEdit *detail_;
    QPushButton *addDiagnosis_;
    QPushButton *addPrescription_;
    QPushButton *addObservation_;
    QPushButton *addNote_;
    QPushButton *amend_;
    QPushButton *print_;
    QPushButton *editDetails_;
};

} // namespace medinexus::client::gui
