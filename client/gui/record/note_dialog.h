#pragma once

// A note: its category and text. The categories offered follow the role: a nurse writes
// nursing notes, a doctor follow-up notes, both general ones.

#include "client/gui/record/entry_dialog.h"

class QComboBox;
class QPlainTextEdit;

namespace medinexus::client::gui {

class NoteDialog : public EntryDialog {
    Q_OBJECT

public:
    // A new note for `patientId`, or (with `corrected`) the correction of that note.
    NoteDialog(Workspace &workspace, const QUuid &patientId, std::optional<ClinicalEntry> corrected = std::nullopt,
               QWidget *parent = nullptr);

protected:
    [[nodiscard]] EntryBody body() const override;

private:
    QComboBox *category_;
    QPlainTextEdit *text_;
};

} // namespace medinexus::client::gui
