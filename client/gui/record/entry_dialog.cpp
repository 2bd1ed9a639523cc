#include "client/gui/record/entry_dialog.h"

#include "client/gui/record/correction_text.h"
#include "shared/validation/validator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace medinexus::client::gui {

EntryDialog::EntryDialog(Workspace &workspace, const QUuid &patientId, std::optional<ClinicalEntry> corrected,
                         QWidget *parent)
    : QDialog(parent),
      workspace_(workspace),
      patientId_(patientId),
      corrected_(std::move(corrected)),
      errorSummary_(createErrorSummary(QStringLiteral("errorSummary"), this)),
      errors_(errorSummary_)
{
    auto *layout = new QVBoxLayout(this);
    if (corrected_) {
        // What is being corrected stays in sight while the correction is typed.
        auto *what = new QLabel(correctionText(*corrected_), this);
        what->setObjectName(QStringLiteral("correctedEntry"));
        what->setWordWrap(true);
        what->setTextFormat(Qt::PlainText);
        layout->addWidget(what);
    }
    form_ = new QFormLayout;
    layout->addLayout(form_);
}

QLabel *EntryDialog::addRow(const QString &labelText, QWidget *buddy, QWidget *field)
{
    auto *label = new QLabel(labelText, this);
    label->setBuddy(buddy);
    tabOrder_.append(buddy);
    form_->addRow(label, field ? field : buddy);
    return label;
}

void EntryDialog::bindField(const QString &field, QWidget *widget)
{
    errors_.bind(field, widget);
}

void EntryDialog::finishForm()
{
    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    if (corrected_) {
        reason_ = new QPlainTextEdit(this);
        reason_->setObjectName(QStringLiteral("amendmentReason"));
        reason_->setTabChangesFocus(true);
        reason_->setPlaceholderText(tr("Why is this entry corrected? (required)"));
        reason_->setMaximumHeight(reason_->fontMetrics().lineSpacing() * 4);
        addRow(tr("R&eason for the correction:"), reason_);
        bindField(QStringLiteral("amendmentReason"), reason_);
    }

    layout->addWidget(errorSummary_);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    saveButton_ = buttons->button(QDialogButtonBox::Save);
    saveButton_->setObjectName(QStringLiteral("saveButton"));
    saveButton_->setToolTip(tr("Save the entry (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without saving (Esc)"));
    connect(saveButton_, &QPushButton::clicked, this, &EntryDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &EntryDialog::reject);
    layout->addWidget(buttons);

    // Fields are reparented into unit rows as forms are built: state the order once here.
    tabOrder_ << saveButton_ << buttons->button(QDialogButtonBox::Cancel);
    for (qsizetype i = 1; i < tabOrder_.size(); ++i)
        setTabOrder(tabOrder_.at(i - 1), tabOrder_.at(i));
    if (!tabOrder_.isEmpty())
        tabOrder_.first()->setFocus(Qt::OtherFocusReason);

    // Both Enter keys: the main keyboard's Return and the keypad's Enter.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &EntryDialog::save);
    }
}

ValidationErrors EntryDialog::formErrors() const
{
    return {};
}

ClinicalEntry EntryDialog::draft() const
{
    ClinicalEntry entry;
    entry.patientId = patientId_;
    entry.body = body();
    if (corrected_) {
        entry.amends = corrected_->id;
        entry.amendmentReason = reason_ ? reason_->toPlainText().trimmed() : QString();
    }
    return entry;
}

bool EntryDialog::save()
{
    const ClinicalEntry entry = draft();

    // The shared rules first, so every bad field is marked at once without a write. The
    // fields addEntry() fills in are filled the same way here, so only the form is judged.
    ValidationErrors problems = formErrors();
    ClinicalEntry checked = entry;
    checked.id = QUuid::createUuid();
    checked.authorId = workspace_.user().id;
    checked.authorRole = workspace_.role();
    checked.facilityId = workspace_.user().facilityId;
    checked.recordedAt = QDateTime::currentDateTimeUtc();
    appendErrors(problems, validateEntry(checked, ValidationContext{}));
    if (corrected_)
        appendErrors(problems, validateAmendment(checked, *corrected_));
    if (!problems.empty()) {
        errors_.show(problems, tr("The entry was not saved. Please correct the marked fields."));
        return false;
    }

    try {
        saved_ = workspace_.addEntry(entry);
    } catch (const WriteRefused &refused) {
        errors_.show(refused.errors(), refused.message());
        return false;
    } catch (const std::exception &) {
        // A cache failure (disk full, file locked): said to the user, and nothing was written
        // (LocalChanges writes in one transaction).
        errors_.showMessage(tr("The entry could not be written to the local records, so it was not saved. "
                               "Try again; if it happens again, tell your administrator."));
        return false;
    }
    errors_.clear();
    accept();
    return true;
}

} // namespace medinexus::client::gui
