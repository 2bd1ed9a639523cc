#include "client/gui/record/patient_record_view.h"

#include "client/gui/record/diagnosis_dialog.h"
#include "client/gui/record/dispensation_correction_dialog.h"
#include "client/gui/record/note_dialog.h"
#include "client/gui/record/observation_dialog.h"
#include "client/gui/record/patient_header.h"
#include "client/gui/record/prescription_dialog.h"
#include "client/gui/record/timeline_filter.h"
#include "client/gui/record/timeline_model.h"
#include "shared/model/amendment_chains.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace medinexus::client::gui {

namespace {
// The kinds that can be corrected here (new dispensations are written at the pharmacy counter,
// their corrections here).
constexpr EntryKind kFormKinds[] = {EntryKind::Diagnosis, EntryKind::Prescription, EntryKind::Dispensation,
                                    EntryKind::Observation, EntryKind::Note};
} // namespace

PatientRecordView::PatientRecordView(Workspace &workspace, QWidget *parent) : QWidget(parent), workspace_(workspace)
{
    setObjectName(QStringLiteral("patientRecordView"));

    header_ = new PatientHeader(this);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("recordMessage"));
    message_->setWordWrap(true);
    message_->setTextFormat(Qt::PlainText);
    message_->hide();

    // --- actions ---
    addDiagnosis_ = makeAction(QStringLiteral("addDiagnosisButton"), tr("&Diagnosis…"), tr("Add a diagnosis"),
                               QKeySequence(Qt::CTRL | Qt::Key_D));
    addPrescription_ = makeAction(QStringLiteral("addPrescriptionButton"), tr("&Prescription…"),
                                  tr("Add a prescription"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addObservation_ = makeAction(QStringLiteral("addObservationButton"), tr("&Vital signs…"),
                                 tr("Record vital signs and nursing observations"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    addNote_ = makeAction(QStringLiteral("addNoteButton"), tr("&Note…"), tr("Add a note"),
                          QKeySequence(Qt::CTRL | Qt::Key_N));
    amend_ = makeAction(QStringLiteral("amendButton"), tr("&Correct…"), tr("Correct the selected entry"),
                        QKeySequence(Qt::CTRL | Qt::Key_E));
    print_ = makeAction(QStringLiteral("printButton"), tr("Pr&int…"), tr("Print the selected prescription"),
                        QKeySequence(Qt::CTRL | Qt::Key_P));
    editDetails_ = makeAction(QStringLiteral("editDetailsButton"), tr("Edit de&tails…"),
                              tr("Edit the patient's details"), QKeySequence());
    connect(addDiagnosis_, &QPushButton::clicked, this, &PatientRecordView::addDiagnosis);
    connect(addPrescription_, &QPushButton::clicked, this, &PatientRecordView::addPrescription);
    connect(addObservation_, &QPushButton::clicked, this, &PatientRecordView::addObservation);
    connect(addNote_, &QPushButton::clicked, this, &PatientRecordView::addNote);
    connect(amend_, &QPushButton::clicked, this, &PatientRecordView::amendSelected);
    connect(print_, &QPushButton::clicked, this, &PatientRecordView::printSelected);
    connect(editDetails_, &QPushButton::clicked, this, [this] {
        if (!patientId_.isNull())
            Q_EMIT editDetailsRequested(patientId_);
    });

    // What the role may do decides what is offered; the server decides again.
    addDiagnosis_->setVisible(workspace_.canAddEntry(EntryKind::Diagnosis));
    addPrescription_->setVisible(workspace_.canAddEntry(EntryKind::Prescription));
    addObservation_->setVisible(workspace_.canAddEntry(EntryKind::Observation));
    addNote_->setVisible(workspace_.canAddEntry(EntryKind::Note));
    amend_->setVisible(std::any_of(std::begin(kFormKinds), std::end(kFormKinds),
                                   [this](EntryKind kind) { return canAmendEntry(workspace_.role(), kind); }));
    editDetails_->setVisible(workspace_.can(Action::EditPatientDemographics));

    // --- timeline ---
    model_ = new TimelineModel(workspace_, this);
    filter_ = new TimelineFilter(this);
    filter_->setSourceModel(model_);

    kindFilter_ = new QComboBox(this);
    kindFilter_->setObjectName(QStringLiteral("kindFilter"));
    kindFilter_->addItem(tr("All entries"), -1);
    kindFilter_->addItem(tr("Diagnoses"), static_cast<int>(EntryKind::Diagnosis));
    kindFilter_->addItem(tr("Prescriptions"), static_cast<int>(EntryKind::Prescription));
    kindFilter_->addItem(tr("Dispensations"), static_cast<int>(EntryKind::Dispensation));
    kindFilter_->addItem(tr("Observations"), static_cast<int>(EntryKind::Observation));
    kindFilter_->addItem(tr("Notes"), static_cast<int>(EntryKind::Note));
    connect(kindFilter_, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = kindFilter_->currentData().toInt();
        filter_->setKind(kind < 0 ? std::nullopt : std::optional<EntryKind>(static_cast<EntryKind>(kind)));
        updateActions();
        showSelectionDetail();
    });
    auto *filterLabel = new QLabel(tr("S&how:"), this);
    filterLabel->setBuddy(kindFilter_);

    timeline_ = new QTableView(this);
    timeline_->setObjectName(QStringLiteral("timeline"));
    timeline_->setAccessibleName(tr("Clinical entries, newest first"));
    timeline_->setModel(filter_);
    timeline_->setSelectionBehavior(QAbstractItemView::SelectRows);
    timeline_->setSelectionMode(QAbstractItemView::SingleSelection);
    timeline_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    timeline_->setWordWrap(false);
    timeline_->verticalHeader()->hide();
    timeline_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    timeline_->horizontalHeader()->setSectionResizeMode(TimelineModel::TextColumn, QHeaderView::Stretch);
    connect(timeline_->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showSelectionDetail();
    });
    // Enter or a double click on a prescription prints it only through the print button:
    // activating a row shows its detail, which the selection already does.

    detail_ = new QPlainTextEdit(this);
    detail_->setObjectName(QStringLiteral("entryDetail"));
    detail_->setReadOnly(true);
    detail_->setAccessibleName(tr("Selected entry"));
    detail_->setPlaceholderText(tr("Select an entry to read it in full."));

    // --- layout ---
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : {addDiagnosis_, addPrescription_, addObservation_, addNote_, amend_, print_})
        actions->addWidget(button);
    actions->addStretch();
    actions->addWidget(filterLabel);
    actions->addWidget(kindFilter_);
    actions->addWidget(editDetails_);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(timeline_);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header_);
    layout->addWidget(message_);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    setTabOrder(timeline_, addDiagnosis_);
    setTabOrder(addDiagnosis_, addPrescription_);
    setTabOrder(addPrescription_, addObservation_);
    setTabOrder(addObservation_, addNote_);
    setTabOrder(addNote_, amend_);
    setTabOrder(amend_, print_);
    setTabOrder(print_, kindFilter_);
    setTabOrder(kindFilter_, editDetails_);
    setTabOrder(editDetails_, detail_);

    connect(&workspace_, &Workspace::recordsChanged, this, &PatientRecordView::reload);
    updateActions();
}

QPushButton *PatientRecordView::makeAction(const QString &objectName, const QString &text, const QString &tip,
                                           const QKeySequence &shortcut)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    if (shortcut.isEmpty()) {
        button->setToolTip(tip);
    } else {
        // setShortcut() replaces the mnemonic: the text's & stays only as a visual cue.
        button->setShortcut(shortcut);
        button->setToolTip(tr("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
    }
    button->setAccessibleDescription(button->toolTip());
    button->setProperty("baseToolTip", button->toolTip());
    return button;
}

void PatientRecordView::showPatient(const QUuid &patientId)
{
    patientId_ = QUuid();
    message_->hide();
    if (!patientId.isNull()) {
        try {
            // Every opening is audited, so the record is shown only once it is reported.
            workspace_.recordAccess(patientId);
            patientId_ = patientId;
        } catch (const WriteRefused &refused) {
            message_->setText(refused.message());
            message_->show();
        }
    }
    kindFilter_->setCurrentIndex(0);
    timeline_->clearSelection();
    reload();
    timeline_->setFocus(Qt::OtherFocusReason);
}

void PatientRecordView::reload()
{
    const std::optional<ClinicalEntry> selected = selectedEntry();
    std::optional<Patient> patient;
    if (!patientId_.isNull()) {
        patient = workspace_.records().patient(patientId_);
        if (!patient) {
            message_->setText(tr("This patient is not in the records of this computer."));
            message_->show();
        }
    }
    if (!patient) {
        header_->clear();
        model_->load(QUuid());
        updateActions();
        showSelectionDetail();
        return;
    }
    model_->load(patientId_);
    header_->showPatient(*patient, model_->entries(), !workspace_.records().conflicts(patientId_).empty(),
                         model_->pendingCount());
    if (selected)
        selectEntry(selected->id);
    updateActions();
    showSelectionDetail();
}

std::optional<ClinicalEntry> PatientRecordView::selectedEntry() const
{
    const QModelIndexList rows = timeline_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    const QModelIndex source = filter_->mapToSource(rows.first());
    if (!source.isValid() || source.row() >= model_->rowCount())
        return std::nullopt;
    return model_->entryAt(source.row());
}

bool PatientRecordView::selectEntry(const QUuid &id)
{
    const int row = model_->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = filter_->mapFromSource(model_->index(row, 0));
    if (!index.isValid())
        return false;
    timeline_->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    timeline_->setCurrentIndex(index);
    timeline_->scrollTo(index);
    return true;
}

void PatientRecordView::updateActions()
{
    const bool open = !patientId_.isNull();
    for (QPushButton *button : {addDiagnosis_, addPrescription_, addObservation_, addNote_, editDetails_})
        button->setEnabled(open);

    const auto selected = open ? selectedEntry() : std::nullopt;
    const QString amendTip = amend_->property("baseToolTip").toString();
    if (!selected) {
        amend_->setEnabled(false);
        amend_->setToolTip(tr("%1. Select an entry first.").arg(amendTip));
    } else if (!canAmendEntry(workspace_.role(), selected->kind())) {
        amend_->setEnabled(false);
        amend_->setToolTip(refusalMessage(workspace_.role(), actionToAdd(selected->kind())));
    } else {
        amend_->setEnabled(true);
        amend_->setToolTip(amendTip);
    }

    const QString printTip = print_->property("baseToolTip").toString();
    const bool prescription = selected && selected->kind() == EntryKind::Prescription;
    print_->setEnabled(prescription);
    print_->setToolTip(prescription ? printTip : tr("%1. Select a prescription first.").arg(printTip));
}

void PatientRecordView::showSelectionDetail()
{
    const QModelIndexList rows = timeline_->selectionModel()->selectedRows();
    detail_->setPlainText(rows.isEmpty() ? QString() : rows.first().data(TimelineModel::DetailRole).toString());
}

void PatientRecordView::openDialog(EntryDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto &saved = dialog->savedEntry()) {
            selectEntry(saved->id);
            Q_EMIT entrySaved(*saved);
        }
    });
    dialog->open();
}

void PatientRecordView::addDiagnosis()
{
    if (!patientId_.isNull() && workspace_.canAddEntry(EntryKind::Diagnosis))
        openDialog(new DiagnosisDialog(workspace_, patientId_, std::nullopt, this));
}

void PatientRecordView::addPrescription()
{
    if (!patientId_.isNull() && workspace_.canAddEntry(EntryKind::Prescription))
        openDialog(new PrescriptionDialog(workspace_, patientId_, std::nullopt, this));
}

void PatientRecordView::addObservation()
{
    if (!patientId_.isNull() && workspace_.canAddEntry(EntryKind::Observation))
        openDialog(new ObservationDialog(workspace_, patientId_, std::nullopt, this));
}

void PatientRecordView::addNote()
{
    if (!patientId_.isNull() && workspace_.canAddEntry(EntryKind::Note))
        openDialog(new NoteDialog(workspace_, patientId_, std::nullopt, this));
}

void PatientRecordView::amendSelected()
{
    const auto selected = selectedEntry();
    if (patientId_.isNull() || !selected || !canAmendEntry(workspace_.role(), selected->kind()))
        return;
    // A correction replaces what is in effect now, whichever version of the chain is selected.
    auto inEffect = entryInEffect(model_->entries(), selected->id);
    if (!inEffect)
        return;
    switch (inEffect->kind()) {
    case EntryKind::Diagnosis:
        openDialog(new DiagnosisDialog(workspace_, patientId_, std::move(inEffect), this));
        break;
    case EntryKind::Prescription:
        openDialog(new PrescriptionDialog(workspace_, patientId_, std::move(inEffect), this));
        break;
    case EntryKind::Observation:
        openDialog(new ObservationDialog(workspace_, patientId_, std::move(inEffect), this));
        break;
    case EntryKind::Note:
        openDialog(new NoteDialog(workspace_, patientId_, std::move(inEffect), this));
        break;
    case EntryKind::Dispensation:
        openDialog(new DispensationCorrectionDialog(workspace_, patientId_, std::move(*inEffect), this));
        break;
    }
}

void PatientRecordView::printSelected()
{
    const auto selected = selectedEntry();
    if (!selected || selected->kind() != EntryKind::Prescription)
        return;
    if (auto inEffect = entryInEffect(model_->entries(), selected->id))
        Q_EMIT printRequested(*inEffect);
}

} // namespace medinexus::client::gui
