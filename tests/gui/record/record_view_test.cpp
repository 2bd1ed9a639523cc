// The patient record driven as clinicians use it: buttons, shortcuts and typed forms, against
// the real server.

#include "client/gui/record/diagnosis_dialog.h"
#include "client/gui/record/dispensation_correction_dialog.h"
#include "client/gui/record/note_dialog.h"
#include "client/gui/record/observation_dialog.h"
#include "client/gui/record/patient_header.h"
#include "client/gui/record/prescription_dialog.h"
#include "client/gui/workspace/entry_text.h"
#include "shared/model/record_summary.h"
#include "tests/gui/counter/dispensing_fixture.h"
#include "tests/gui/record/record_test_support.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

namespace medinexus::client::gui::testing {
namespace {

using medinexus::client::testing::serverEntries;

// The open form of type T (shown by the view), once it is there.
template <typename T>
T *openForm(const PatientRecordView &view, const QString &name)
{
    T *form = nullptr;
    waitUntil([&] {
        form = view.findChild<T *>(name);
        return form && form->isVisible();
    });
    EXPECT_NE(form, nullptr) << "no form " << name.toStdString();
    return form;
}

// Waits until no form of type T is left (they are deleted when closed).
template <typename T>
bool formClosed(const PatientRecordView &view)
{
    return waitUntil([&] { return view.findChild<T *>() == nullptr; });
}

void clickRow(PatientRecordView &view, int row)
{
    auto *table = child<QTableView>(&view, QStringLiteral("timeline"));
    ASSERT_GE(row, 0);
    const QRect rect = table->visualRect(table->model()->index(row, TimelineModel::TextColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

void retype(QWidget *field, const QString &text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

TEST_F(RecordTest, DoctorAddsDiagnosisPrescriptionAndNoteThenCorrectsTheDiagnosis)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    const Patient patient = anyPatient(*workspace);

    PatientRecordView view(*workspace);
    view.resize(1100, 700);
    view.show();
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));  // shortcuts work in the active window
    view.showPatient(patient.id);
    EXPECT_EQ(view.patientId(), patient.id);
    EXPECT_EQ(child<QLabel>(&view, QStringLiteral("patientName"))->text(), displayName(patient));

    // --- a diagnosis, typed ---
    QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("addDiagnosisButton")), Qt::LeftButton);
    auto *diagnosis = openForm<DiagnosisDialog>(view, QStringLiteral("diagnosisDialog"));
    ASSERT_TRUE(diagnosis);
    QTest::keyClicks(child<QLineEdit>(diagnosis, QStringLiteral("text")), QStringLiteral("Paludisme simple"));
    QTest::keyClicks(child<QLineEdit>(diagnosis, QStringLiteral("icd10Code")), QStringLiteral("b54"));
    auto *status = child<QComboBox>(diagnosis, QStringLiteral("status"));
    status->setFocus();
    QTest::keyClick(status, Qt::Key_Down);  // Provisional -> Confirmed
    EXPECT_EQ(status->currentData().toInt(), static_cast<int>(DiagnosisStatus::Confirmed));
    QTest::mouseClick(child<QPushButton>(diagnosis, QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_TRUE(diagnosis->savedEntry()) << child<QLabel>(diagnosis, QStringLiteral("errorSummary"))->text().toStdString();
    const ClinicalEntry firstDiagnosis = *diagnosis->savedEntry();
    const auto &diagnosisBody = std::get<DiagnosisBody>(firstDiagnosis.body);
    EXPECT_EQ(diagnosisBody.text, QStringLiteral("Paludisme simple"));
    EXPECT_EQ(diagnosisBody.icd10Code, QStringLiteral("B54"));  // normalised
    EXPECT_EQ(diagnosisBody.status, DiagnosisStatus::Confirmed);
    ASSERT_TRUE(formClosed<DiagnosisDialog>(view));

    // --- a prescription, through its shortcut ---
    view.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&view));
    QTest::keyClick(&view, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto *prescription = openForm<PrescriptionDialog>(view, QStringLiteral("prescriptionDialog"));
    ASSERT_TRUE(prescription);
    ASSERT_TRUE(QTest::qWaitForWindowActive(prescription));
    QTest::keyClicks(child<QLineEdit>(prescription, QStringLiteral("medication")),
                     QStringLiteral("Artemether-lumefantrine 20/120 mg"));
    QTest::keyClicks(child<QLineEdit>(prescription, QStringLiteral("dose")), QStringLiteral("4 tablets"));
    QTest::keyClicks(child<QLineEdit>(prescription, QStringLiteral("frequency")), QStringLiteral("twice a day"));
    QTest::keyClicks(child<QLineEdit>(prescription, QStringLiteral("durationDays")), QStringLiteral("3"));
    QTest::keyClicks(child<QLineEdit>(prescription, QStringLiteral("quantity")), QStringLiteral("24"));
    retype(child<QComboBox>(prescription, QStringLiteral("quantityUnit")), QStringLiteral("tablets"));
    QTest::keyClicks(child<QPlainTextEdit>(prescription, QStringLiteral("instructions")),
                     QStringLiteral("With food"));
    // Saved with the button: the offscreen platform may hand activation back to the view late,
    // which would swallow Ctrl+Enter (that shortcut is driven in entry_dialogs_test.cpp).
    QTest::mouseClick(child<QPushButton>(prescription, QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return prescription->savedEntry().has_value(); }))
        << child<QLabel>(prescription, QStringLiteral("errorSummary"))->text().toStdString();
    const ClinicalEntry savedPrescription = *prescription->savedEntry();
    const auto &prescriptionBody = std::get<PrescriptionBody>(savedPrescription.body);
    EXPECT_EQ(prescriptionBody.medication, QStringLiteral("Artemether-lumefantrine 20/120 mg"));
    EXPECT_EQ(prescriptionBody.durationDays, 3);
    EXPECT_EQ(prescriptionBody.quantity, 24);
    EXPECT_EQ(prescriptionBody.quantityUnit, QStringLiteral("tablets"));
    EXPECT_EQ(prescriptionBody.instructions, QStringLiteral("With food"));
    ASSERT_TRUE(formClosed<PrescriptionDialog>(view));

    // --- a follow-up note: a doctor's notes are follow-up notes by default ---
    QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("addNoteButton")), Qt::LeftButton);
    auto *note = openForm<NoteDialog>(view, QStringLiteral("noteDialog"));
    ASSERT_TRUE(note);
    EXPECT_EQ(child<QComboBox>(note, QStringLiteral("category"))->currentData().toInt(),
              static_cast<int>(NoteCategory::FollowUp));
    QTest::keyClicks(child<QPlainTextEdit>(note, QStringLiteral("text")), QStringLiteral("Review in 3 days"));
    QTest::mouseClick(child<QPushButton>(note, QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_TRUE(note->savedEntry());
    const ClinicalEntry savedNote = *note->savedEntry();
    ASSERT_TRUE(formClosed<NoteDialog>(view));

    // --- all three in the timeline, newest first ---
    ASSERT_TRUE(waitUntil([&] { return shownRowOf(view, savedNote.id) >= 0; }));
    EXPECT_LT(shownRowOf(view, savedNote.id), shownRowOf(view, savedPrescription.id));
    EXPECT_LT(shownRowOf(view, savedPrescription.id), shownRowOf(view, firstDiagnosis.id));
    EXPECT_TRUE(shownText(view, shownRowOf(view, firstDiagnosis.id)).contains(QStringLiteral("Paludisme simple (B54)")));
    EXPECT_TRUE(shownText(view, shownRowOf(view, savedNote.id)).contains(QStringLiteral("Review in 3 days")));
    EXPECT_EQ(shownText(view, shownRowOf(view, savedNote.id), TimelineModel::AuthorColumn),
              workspace->userName(workspace->user().id));
    EXPECT_TRUE(child<QLabel>(&view, QStringLiteral("activeDiagnoses"))->text().contains(QStringLiteral("Paludisme simple")));
    EXPECT_TRUE(child<QLabel>(&view, QStringLiteral("currentPrescriptions"))
                    ->text()
                    .contains(QStringLiteral("Artemether-lumefantrine")));

    // Printing is offered for the selected prescription and hands over the entry in effect.
    auto *print = child<QPushButton>(&view, QStringLiteral("printButton"));
    clickRow(view, shownRowOf(view, savedNote.id));
    EXPECT_FALSE(print->isEnabled());
    clickRow(view, shownRowOf(view, savedPrescription.id));
    ASSERT_TRUE(print->isEnabled());
    std::optional<ClinicalEntry> printed;
    QObject::connect(&view, &PatientRecordView::printRequested, &view,
                     [&](const ClinicalEntry &entry) { printed = entry; });
    QTest::mouseClick(print, Qt::LeftButton);
    ASSERT_TRUE(printed);
    EXPECT_EQ(printed->id, savedPrescription.id);

    // --- the diagnosis corrected, with a reason ---
    clickRow(view, shownRowOf(view, firstDiagnosis.id));
    EXPECT_TRUE(child<QPlainTextEdit>(&view, QStringLiteral("entryDetail"))
                    ->toPlainText()
                    .contains(QStringLiteral("Paludisme simple")));
    auto *amend = child<QPushButton>(&view, QStringLiteral("amendButton"));
    ASSERT_TRUE(amend->isEnabled());
    QTest::mouseClick(amend, Qt::LeftButton);
    auto *correction = openForm<DiagnosisDialog>(view, QStringLiteral("diagnosisDialog"));
    ASSERT_TRUE(correction);
    ASSERT_TRUE(correction->isAmendment());
    auto *text = child<QLineEdit>(correction, QStringLiteral("text"));
    EXPECT_EQ(text->text(), QStringLiteral("Paludisme simple"));  // prefilled with the entry in effect
    retype(text, QStringLiteral("Paludisme grave"));
    // Without a reason the correction is refused in the form and nothing is written.
    QTest::mouseClick(child<QPushButton>(correction, QStringLiteral("saveButton")), Qt::LeftButton);
    EXPECT_FALSE(correction->savedEntry());
    EXPECT_TRUE(correction->isVisible());
    auto *reason = child<QPlainTextEdit>(correction, QStringLiteral("amendmentReason"));
    EXPECT_TRUE(reason->property("medinexusInvalid").toBool());
    EXPECT_TRUE(child<QLabel>(correction, QStringLiteral("errorSummary"))
                    ->text()
                    .contains(QStringLiteral("Give the reason for this correction.")));
    QTest::keyClicks(reason, QStringLiteral("Signs of severity"));
    QTest::mouseClick(child<QPushButton>(correction, QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_TRUE(correction->savedEntry()) << child<QLabel>(correction, QStringLiteral("errorSummary"))->text().toStdString();
    const ClinicalEntry amendment = *correction->savedEntry();
    EXPECT_EQ(amendment.amends, firstDiagnosis.id);
    EXPECT_EQ(amendment.amendmentReason, QStringLiteral("Signs of severity"));
    ASSERT_TRUE(formClosed<DiagnosisDialog>(view));

    // The correction says what it corrects and why; the corrected entry is marked.
    ASSERT_TRUE(waitUntil([&] { return shownRowOf(view, amendment.id) >= 0; }));
    const QString correctionRow = shownText(view, shownRowOf(view, amendment.id));
    EXPECT_TRUE(correctionRow.contains(QStringLiteral("Paludisme grave"))) << correctionRow.toStdString();
    EXPECT_TRUE(correctionRow.contains(QStringLiteral("Corrects the diagnosis of"))) << correctionRow.toStdString();
    EXPECT_TRUE(correctionRow.contains(QStringLiteral("Paludisme simple"))) << correctionRow.toStdString();
    EXPECT_TRUE(correctionRow.contains(QStringLiteral("Reason: Signs of severity"))) << correctionRow.toStdString();
    QAbstractItemModel *shown = shownTimeline(view);
    const QModelIndex original = shown->index(shownRowOf(view, firstDiagnosis.id), TimelineModel::TextColumn);
    EXPECT_TRUE(original.data(TimelineModel::CorrectedRole).toBool());
    EXPECT_TRUE(original.data().toString().contains(QStringLiteral("corrected")));
    EXPECT_TRUE(original.data(Qt::FontRole).value<QFont>().strikeOut());
    // The header counts the diagnosis in effect only.
    const QString active = child<QLabel>(&view, QStringLiteral("activeDiagnoses"))->text();
    EXPECT_TRUE(active.contains(QStringLiteral("Paludisme grave"))) << active.toStdString();
    EXPECT_FALSE(active.contains(QStringLiteral("Paludisme simple"))) << active.toStdString();

    // --- the server has them all ---
    ASSERT_TRUE(syncAndWait(*workspace));
    const auto onServer = serverEntries(*community.server, QStringLiteral("dr.diallo"));
    for (const ClinicalEntry &mine : {firstDiagnosis, savedPrescription, savedNote, amendment}) {
        const auto found = std::find_if(onServer.begin(), onServer.end(),
                                        [&](const ClinicalEntry &entry) { return entry.id == mine.id; });
        ASSERT_NE(found, onServer.end()) << "not on the server: " << entryText(mine).toStdString();
        EXPECT_EQ(found->body, mine.body);
        EXPECT_EQ(found->amends, mine.amends);
    }
    // Once sent, nothing is marked as waiting.
    ASSERT_TRUE(waitUntil([&] { return child<QLabel>(&view, QStringLiteral("pendingMarker"))->isHidden(); }));
    EXPECT_FALSE(shown->index(shownRowOf(view, amendment.id), 0).data(TimelineModel::PendingRole).toBool());
}

TEST_F(RecordTest, NurseRecordsVitalsWithAnAbnormalTemperatureAndANursingNote)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(workspace);
    const Patient patient = anyPatient(*workspace);
    PatientRecordView view(*workspace);
    view.resize(1100, 700);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.showPatient(patient.id);

    // A nurse neither diagnoses nor prescribes.
    EXPECT_TRUE(child<QPushButton>(&view, QStringLiteral("addDiagnosisButton"))->isHidden());
    EXPECT_TRUE(child<QPushButton>(&view, QStringLiteral("addPrescriptionButton"))->isHidden());
    EXPECT_FALSE(child<QPushButton>(&view, QStringLiteral("addObservationButton"))->isHidden());
    EXPECT_FALSE(child<QPushButton>(&view, QStringLiteral("addNoteButton"))->isHidden());
    EXPECT_FALSE(child<QPushButton>(&view, QStringLiteral("editDetailsButton"))->isHidden());

    QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("addObservationButton")), Qt::LeftButton);
    auto *vitals = openForm<ObservationDialog>(view, QStringLiteral("observationDialog"));
    ASSERT_TRUE(vitals);
    auto *warning = child<QLabel>(vitals, QStringLiteral("abnormalWarning"));
    EXPECT_TRUE(warning->isHidden());
    QTest::keyClicks(child<QLineEdit>(vitals, QStringLiteral("temperatureDeciCelsius")), QStringLiteral("39.6"));
    // Highlighted as it is typed, and still allowed.
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(vitalSignName(VitalSign::Temperature))) << warning->text().toStdString();
    EXPECT_FALSE(child<QLabel>(vitals, QStringLiteral("temperatureDeciCelsiusFlag"))->isHidden());
    EXPECT_TRUE(vitals->abnormalSignsShown().contains(VitalSign::Temperature));
    QTest::keyClicks(child<QLineEdit>(vitals, QStringLiteral("pulsePerMinute")), QStringLiteral("88"));
    QTest::keyClicks(child<QLineEdit>(vitals, QStringLiteral("systolicMmHg")), QStringLiteral("120"));
    QTest::keyClicks(child<QLineEdit>(vitals, QStringLiteral("diastolicMmHg")), QStringLiteral("80"));
    QTest::keyClicks(child<QLineEdit>(vitals, QStringLiteral("weightGrams")), QStringLiteral("61.5"));
    QTest::keyClicks(child<QPlainTextEdit>(vitals, QStringLiteral("nursingText")), QStringLiteral("Shivering"));
    EXPECT_FALSE(vitals->abnormalSignsShown().contains(VitalSign::Pulse));
    QTest::mouseClick(child<QPushButton>(vitals, QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_TRUE(vitals->savedEntry()) << child<QLabel>(vitals, QStringLiteral("errorSummary"))->text().toStdString();
    const ClinicalEntry observation = *vitals->savedEntry();
    const auto &body = std::get<ObservationBody>(observation.body);
    EXPECT_EQ(body.vitals.temperatureDeciCelsius, 396);
    EXPECT_EQ(body.vitals.pulsePerMinute, 88);
    EXPECT_EQ(body.vitals.systolicMmHg, 120);
    EXPECT_EQ(body.vitals.diastolicMmHg, 80);
    EXPECT_EQ(body.vitals.weightGrams, 61500);
    EXPECT_FALSE(body.vitals.spo2Percent);  // left empty: not measured
    EXPECT_EQ(body.nursingText, QStringLiteral("Shivering"));
    ASSERT_TRUE(formClosed<ObservationDialog>(view));

    // A nurse's notes are nursing notes by default.
    QTest::mouseClick(child<QPushButton>(&view, QStringLiteral("addNoteButton")), Qt::LeftButton);
    auto *note = openForm<NoteDialog>(view, QStringLiteral("noteDialog"));
    ASSERT_TRUE(note);
    EXPECT_EQ(child<QComboBox>(note, QStringLiteral("category"))->currentData().toInt(),
              static_cast<int>(NoteCategory::Nursing));
    QTest::keyClicks(child<QPlainTextEdit>(note, QStringLiteral("text")), QStringLiteral("Cold compresses given"));
    QTest::mouseClick(child<QPushButton>(note, QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_TRUE(note->savedEntry());
    const ClinicalEntry nursingNote = *note->savedEntry();
    EXPECT_EQ(std::get<NoteBody>(nursingNote.body).category, NoteCategory::Nursing);
    ASSERT_TRUE(formClosed<NoteDialog>(view));

    ASSERT_TRUE(waitUntil([&] { return shownRowOf(view, nursingNote.id) >= 0; }));
    ASSERT_GE(shownRowOf(view, observation.id), 0);
    EXPECT_EQ(shownText(view, shownRowOf(view, observation.id), TimelineModel::RoleColumn), label(Role::Nurse));

    ASSERT_TRUE(syncAndWait(*workspace));
    const auto onServer = serverEntries(*community.server, QStringLiteral("inf.ndiaye"));
    for (const QUuid &id : {observation.id, nursingNote.id}) {
        EXPECT_TRUE(std::any_of(onServer.begin(), onServer.end(), [&](const ClinicalEntry &entry) { return entry.id == id; }));
    }
}

TEST_F(RecordTest, PharmacistCorrectsADispensationWithAReason)
{
    Device hospital, pharmacy;
    auto doctor = openWorkspace(hospital, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    const Patient patient = registerTestPatient(*doctor);
    const ClinicalEntry prescription = prescribe(*doctor, patient, QStringLiteral("Amoxicillin 500 mg"), 30);
    ASSERT_TRUE(syncAndWait(*doctor));
    auto pharmacist = openWorkspace(pharmacy, community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(pharmacist);
    ClinicalEntry draft;
    draft.patientId = patient.id;
    draft.body = DispensationBody{prescription.id, 10, DispensationCompleteness::Partial, {}};
    const ClinicalEntry dispensation = pharmacist->addEntry(draft);

    PatientRecordView view(*pharmacist);
    view.show();
    view.showPatient(patient.id);
    auto *amend = child<QPushButton>(&view, QStringLiteral("amendButton"));
    EXPECT_FALSE(amend->isHidden());
    // The doctor's prescription is not the pharmacist's to correct.
    ASSERT_TRUE(view.selectEntry(prescription.id));
    EXPECT_FALSE(amend->isEnabled());
    ASSERT_TRUE(view.selectEntry(dispensation.id));
    ASSERT_TRUE(amend->isEnabled());
    QTest::mouseClick(amend, Qt::LeftButton);
    auto *form = openForm<DispensationCorrectionDialog>(view, QStringLiteral("dispensationCorrectionDialog"));
    ASSERT_NE(form, nullptr);
    auto *quantity = child<QSpinBox>(form, QStringLiteral("quantity"));
    EXPECT_EQ(quantity->value(), 10);
    quantity->selectAll();
    QTest::keyClicks(quantity, QStringLiteral("12"));
    QTest::keyClicks(child<QPlainTextEdit>(form, QStringLiteral("amendmentReason")),
                     QStringLiteral("Counted again: twelve tablets were handed over"));
    QTest::mouseClick(child<QPushButton>(form, QStringLiteral("saveButton")), Qt::LeftButton);
    ASSERT_TRUE(formClosed<DispensationCorrectionDialog>(view));

    // The correction counts in place of what it corrects: 30 - 12 remain.
    const auto record = pharmacist->records().entriesOfPatient(patient.id);
    const auto open = openPrescriptions(record);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open.front().remaining, 18);
    ASSERT_TRUE(syncAndWait(*pharmacist));
}

TEST_F(RecordTest, PharmacistIsOfferedNoneOfTheCliniciansActions)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(workspace);
    PatientRecordView view(*workspace);
    view.show();
    view.showPatient(anyPatient(*workspace).id);
    EXPECT_FALSE(view.patientId().isNull());
    // Correct stays: a pharmacist corrects dispensations (see above), nothing else.
    for (const char *name : {"addDiagnosisButton", "addPrescriptionButton", "addObservationButton", "addNoteButton",
                             "editDetailsButton"}) {
        EXPECT_TRUE(child<QPushButton>(&view, QString::fromLatin1(name))->isHidden()) << name;
    }
    EXPECT_FALSE(child<QPushButton>(&view, QStringLiteral("printButton"))->isHidden());
    // The shortcut of a hidden action does nothing either.
    QTest::keyClick(&view, Qt::Key_D, Qt::ControlModifier);
    QTest::qWait(50);
    EXPECT_EQ(view.findChild<DiagnosisDialog *>(), nullptr);
}

TEST_F(RecordTest, KindFilterShowsOnlyTheChosenKind)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    const Patient patient = anyPatient(*workspace);
    PatientRecordView view(*workspace);
    view.show();
    view.showPatient(patient.id);

    DiagnosisDialog diagnosis(*workspace, patient.id);
    QTest::keyClicks(child<QLineEdit>(&diagnosis, QStringLiteral("text")), QStringLiteral("Typhoid fever"));
    ASSERT_TRUE(diagnosis.save());
    NoteDialog note(*workspace, patient.id);
    QTest::keyClicks(child<QPlainTextEdit>(&note, QStringLiteral("text")), QStringLiteral("Drink boiled water"));
    ASSERT_TRUE(note.save());
    ASSERT_TRUE(waitUntil([&] { return shownRowOf(view, note.savedEntry()->id) >= 0; }));

    auto *filter = child<QComboBox>(&view, QStringLiteral("kindFilter"));
    const int all = shownTimeline(view)->rowCount();
    filter->setCurrentIndex(filter->findData(static_cast<int>(EntryKind::Note)));
    QAbstractItemModel *shown = shownTimeline(view);
    ASSERT_GE(shown->rowCount(), 1);
    EXPECT_LT(shown->rowCount(), all);
    for (int row = 0; row < shown->rowCount(); ++row)
        EXPECT_EQ(shown->index(row, 0).data(TimelineModel::KindRole).toInt(), static_cast<int>(EntryKind::Note));
    EXPECT_GE(shownRowOf(view, note.savedEntry()->id), 0);
    EXPECT_EQ(shownRowOf(view, diagnosis.savedEntry()->id), -1);

    filter->setCurrentIndex(filter->findData(static_cast<int>(EntryKind::Diagnosis)));
    EXPECT_GE(shownRowOf(view, diagnosis.savedEntry()->id), 0);
    EXPECT_EQ(shownRowOf(view, note.savedEntry()->id), -1);

    filter->setCurrentIndex(0);
    EXPECT_EQ(shownTimeline(view)->rowCount(), all);
}

TEST_F(RecordTest, EntryWrittenWithoutTheServerIsMarkedNotYetSent)
{
    Device device;
    QUuid patientId;
    {
        // A first session fills this computer's cache.
        auto online = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
        ASSERT_TRUE(online);
        patientId = anyPatient(*online).id;
    }
    // Then the server cannot be reached: the entry waits in the outbox.
    LoginResult offline = device.loginOffline(community.unreachable, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(offline.session) << offline.message.toStdString();
    Workspace workspace(std::move(offline.session), true);
    PatientRecordView view(workspace);
    view.show();
    view.showPatient(patientId);

    NoteDialog note(workspace, patientId);
    QTest::keyClicks(child<QPlainTextEdit>(&note, QStringLiteral("text")), QStringLiteral("Written offline"));
    ASSERT_TRUE(note.save());
    const int row = shownRowOf(view, note.savedEntry()->id);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(shownTimeline(view)->index(row, 0).data(TimelineModel::PendingRole).toBool());
    EXPECT_TRUE(shownText(view, row, TimelineModel::TimeColumn).contains(QStringLiteral("not yet sent")));
    EXPECT_FALSE(child<QLabel>(&view, QStringLiteral("pendingMarker"))->isHidden());
}

} // namespace
} // namespace medinexus::client::gui::testing
