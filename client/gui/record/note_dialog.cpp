#include "client/gui/record/note_dialog.h"

#include "shared/validation/validator.h"

#include <QComboBox>
#include <QPlainTextEdit>

#include <algorithm>
#include <vector>

namespace medinexus::client::gui {

namespace {
// The categories a role writes, its usual one first (the default).
std::vector<NoteCategory> categoriesFor(Role role)
{
    switch (role) {
    case Role::Nurse:
        return {NoteCategory::Nursing, NoteCategory::General};
    case Role::Doctor:
        return {NoteCategory::FollowUp, NoteCategory::General};
    case Role::Pharmacist:
    case Role::Admin:
        break;
    }
    return {NoteCategory::General};
}
} // namespace

NoteDialog::NoteDialog(Workspace &workspace, const QUuid &patientId, std::optional<ClinicalEntry> corrected,
                       QWidget *parent)
    : EntryDialog(workspace, patientId, std::move(corrected), parent),
      category_(new QComboBox(this)),
      text_(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(isAmendment() ? tr("Correct a note") : tr("Add a note"));

    const NoteBody *original = nullptr;
    if (const auto &entry = this->corrected())
        original = std::get_if<NoteBody>(&entry->body);

    category_->setObjectName(QStringLiteral("category"));
    std::vector<NoteCategory> offered = categoriesFor(workspace.role());
    // A correction keeps the category of the note it corrects available, whoever wrote it.
    if (original && std::find(offered.begin(), offered.end(), original->category) == offered.end())
        offered.push_back(original->category);
    for (NoteCategory category : offered)
        category_->addItem(label(category), static_cast<int>(category));
    addRow(tr("&Category:"), category_);
    bindField(QStringLiteral("category"), category_);

    text_->setObjectName(QStringLiteral("text"));
    text_->setTabChangesFocus(true);
    text_->setPlaceholderText(tr("The note"));
    addRow(tr("&Text:"), text_);
    bindField(QStringLiteral("text"), text_);

    if (original) {
        category_->setCurrentIndex(category_->findData(static_cast<int>(original->category)));
        text_->setPlainText(original->text);
    }
    finishForm();
}

EntryBody NoteDialog::body() const
{
    NoteBody note;
    note.category = static_cast<NoteCategory>(category_->currentData().toInt());
    note.text = text_->toPlainText().trimmed();
    return note;
}

} // namespace medinexus::client::gui
