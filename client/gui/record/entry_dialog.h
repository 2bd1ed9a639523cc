#pragma once

// What every clinical entry form shares: a new entry for a patient, or the correction of the
// entry in effect (prefilled, with a required reason); the shared validation before saving;
// the write through the Workspace, with refused input shown on the fields and the dialog kept
// open. Ctrl+Enter saves, Esc cancels. Each kind's form is a subclass (diagnosis_dialog.h...).

#include "client/gui/workspace/field_errors.h"
#include "client/gui/workspace/workspace.h"
#include "shared/model/clinical_entry.h"

#include <QDialog>
#include <QList>
#include <QUuid>

#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace medinexus::client::gui {

class EntryDialog : public QDialog {
    Q_OBJECT

public:
    // The id of the patient the entry is for.
    [[nodiscard]] QUuid patientId() const { return patientId_; }
    // The entry this dialog corrects (the entry in effect), when in amend mode.
    [[nodiscard]] const std::optional<ClinicalEntry> &corrected() const { return corrected_; }
    [[nodiscard]] bool isAmendment() const { return corrected_.has_value(); }
    // The entry as stored by the last successful save().
    [[nodiscard]] const std::optional<ClinicalEntry> &savedEntry() const { return saved_; }

    // The entry the form describes, as it would be handed to Workspace::addEntry().
    [[nodiscard]] ClinicalEntry draft() const;

public Q_SLOTS:
    // Checks the form with the shared rules, then writes the entry. On success the dialog is
    // accepted and true returned; otherwise the errors are shown and the dialog stays open.
    bool save();

protected:
    // `corrected`: the entry in effect to correct (amend mode), or nullopt for a new entry.
    EntryDialog(Workspace &workspace, const QUuid &patientId, std::optional<ClinicalEntry> corrected,
                QWidget *parent);

    // Where a subclass adds its rows (label with a mnemonic and buddy, then the field).
    [[nodiscard]] QFormLayout *form() const { return form_; }
    // Adds a row whose label is `labelText` (with a mnemonic) and whose buddy is `buddy`;
    // `field` is what the row shows (the buddy itself or a widget containing it).
    QLabel *addRow(const QString &labelText, QWidget *buddy, QWidget *field = nullptr);
    // Appends `widget` to the tab order (addRow() does it for each buddy), for a second field
    // on one row such as the diastolic pressure.
    void addToTabOrder(QWidget *widget) { tabOrder_.append(widget); }
    // Marks `widget` for the errors of the validation field `field` ("text", "vitals"...).
    void bindField(const QString &field, QWidget *widget);
    // Ends the form: the correction's reason (amend mode), the error summary and the buttons.
    // Subclasses call it at the end of their constructor.
    void finishForm();

    [[nodiscard]] Workspace &workspace() const { return workspace_; }

    // The body the form describes.
    [[nodiscard]] virtual EntryBody body() const = 0;
    // Input the shared rules cannot see, e.g. a number that does not parse. Empty by default.
    [[nodiscard]] virtual ValidationErrors formErrors() const;

private:
    Workspace &workspace_;
    QUuid patientId_;
    std::optional<ClinicalEntry> corrected_;
    std::optional<ClinicalEntry> saved_;
    QFormLayout *form_ = nullptr;
    QList<QWidget *> tabOrder_;  // the fields in form order
    QPlainTextEdit *reason_ = nullptr;
    QLabel *errorSummary_;  // created first: FieldErrors lists the messages in it
    FieldErrors errors_;
    QPushButton *saveButton_ = nullptr;
};

} // namespace medinexus::client::gui
