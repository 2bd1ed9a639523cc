// The entry forms on their own: refused input shown on the fields with nothing stored,
// corrections prefilled, numbers read exactly in the units entries store.

#include "client/gui/record/diagnosis_dialog.h"
#include "client/gui/record/number_field.h"
#include "client/gui/record/observation_dialog.h"
#include "client/gui/record/prescription_dialog.h"
#include "tests/gui/record/record_test_support.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

namespace medinexus::client::gui::testing {
namespace {

TEST(NumberFieldTest, ReadsTypedNumbersExactlyInStoredUnits)
{
    EXPECT_EQ(readNumber(QStringLiteral("37.5"), 1).value, 375);
    EXPECT_EQ(readNumber(QStringLiteral("37,5"), 1).value, 375);
    EXPECT_EQ(readNumber(QStringLiteral("38"), 1).value, 380);
    EXPECT_EQ(readNumber(QStringLiteral("3.45"), 3).value, 3450);
    EXPECT_EQ(readNumber(QStringLiteral(" 72 "), 0).value, 72);
    EXPECT_TRUE(readNumber(QStringLiteral("  "), 1).blank);
    EXPECT_TRUE(readNumber(QString(), 1).isValid());
    EXPECT_FALSE(readNumber(QStringLiteral("37.55"), 1).isValid());  // more decimals than stored
    EXPECT_FALSE(readNumber(QStringLiteral("abc"), 0).isValid());
    EXPECT_FALSE(readNumber(QStringLiteral("1.5"), 0).isValid());
    EXPECT_EQ(numberText(375, 1), QLocale().toString(37.5, 'f', 1));
    EXPECT_EQ(readNumber(numberText(3450, 3), 3).value, 3450);
    EXPECT_EQ(readNumber(numberText(72, 0), 0).value, 72);
}

TEST_F(RecordTest, EmptyDiagnosisIsRefusedOnItsFieldAndNothingIsStored)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    const Patient patient = anyPatient(*workspace);
    const auto before = workspace->records().entriesOfPatient(patient.id).size();

    DiagnosisDialog dialog(*workspace, patient.id);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));  // Ctrl+Enter works in the active window
    QTest::keyClicks(child<QLineEdit>(&dialog, QStringLiteral("icd10Code")), QStringLiteral("B54"));
    QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("saveButton")), Qt::LeftButton);

    EXPECT_FALSE(dialog.savedEntry());
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    auto *summary = child<QLabel>(&dialog, QStringLiteral("errorSummary"));
    EXPECT_FALSE(summary->isHidden());
    EXPECT_TRUE(summary->text().contains(QStringLiteral("Enter the diagnosis."))) << summary->text().toStdString();
    auto *text = child<QLineEdit>(&dialog, QStringLiteral("text"));
    EXPECT_TRUE(text->property("medinexusInvalid").toBool());
    EXPECT_TRUE(text->toolTip().contains(QStringLiteral("Enter the diagnosis.")));
    EXPECT_EQ(workspace->records().entriesOfPatient(patient.id).size(), before);

    // Corrected, it saves, and the marks go.
    QTest::keyClicks(text, QStringLiteral("Amoebiasis"));
    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(dialog.savedEntry()) << summary->text().toStdString();
    EXPECT_FALSE(text->property("medinexusInvalid").toBool());
    EXPECT_EQ(workspace->records().entriesOfPatient(patient.id).size(), before + 1);
}

TEST_F(RecordTest, ImplausibleVitalsAndIncompletePrescriptionsAreMarked)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    const Patient patient = anyPatient(*workspace);
    const auto before = workspace->records().entriesOfPatient(patient.id).size();

    ObservationDialog vitals(*workspace, patient.id);
    vitals.show();
    // Nothing at all is refused on the form as a whole.
    EXPECT_FALSE(vitals.save());
    EXPECT_TRUE(child<QPlainTextEdit>(&vitals, QStringLiteral("nursingText"))->property("medinexusInvalid").toBool());
    // A systolic pressure alone, and an impossible pulse.
    QTest::keyClicks(child<QLineEdit>(&vitals, QStringLiteral("systolicMmHg")), QStringLiteral("130"));
    QTest::keyClicks(child<QLineEdit>(&vitals, QStringLiteral("pulsePerMinute")), QStringLiteral("400"));
    EXPECT_FALSE(vitals.save());
    EXPECT_TRUE(child<QLineEdit>(&vitals, QStringLiteral("diastolicMmHg"))->property("medinexusInvalid").toBool());
    EXPECT_TRUE(child<QLineEdit>(&vitals, QStringLiteral("pulsePerMinute"))->property("medinexusInvalid").toBool());
    EXPECT_FALSE(child<QLineEdit>(&vitals, QStringLiteral("systolicMmHg"))->property("medinexusInvalid").toBool());

    PrescriptionDialog prescription(*workspace, patient.id);
    prescription.show();
    QTest::keyClicks(child<QLineEdit>(&prescription, QStringLiteral("medication")), QStringLiteral("Paracetamol 500 mg"));
    EXPECT_FALSE(prescription.save());
    for (const char *field : {"dose", "frequency", "quantity"}) {
        EXPECT_TRUE(child<QWidget>(&prescription, QString::fromLatin1(field))->property("medinexusInvalid").toBool())
            << field;
    }
    EXPECT_FALSE(child<QLineEdit>(&prescription, QStringLiteral("medication"))->property("medinexusInvalid").toBool());
    EXPECT_EQ(workspace->records().entriesOfPatient(patient.id).size(), before);
}

TEST_F(RecordTest, CorrectionFormIsPrefilledAndNamesTheCorrectedEntry)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(workspace);
    const Patient patient = anyPatient(*workspace);

    ClinicalEntry draft;
    draft.patientId = patient.id;
    ObservationBody body;
    body.vitals.temperatureDeciCelsius = 372;
    body.vitals.weightGrams = 3450;
    body.nursingText = QStringLiteral("Calm");
    draft.body = body;
    const ClinicalEntry original = workspace->addEntry(draft);

    ObservationDialog correction(*workspace, patient.id, original);
    correction.show();
    EXPECT_TRUE(correction.isAmendment());
    EXPECT_TRUE(child<QLabel>(&correction, QStringLiteral("correctedEntry"))->text().contains(QStringLiteral("Calm")));
    auto *temperature = child<QLineEdit>(&correction, QStringLiteral("temperatureDeciCelsius"));
    EXPECT_EQ(readNumber(temperature->text(), 1).value, 372);
    EXPECT_EQ(readNumber(child<QLineEdit>(&correction, QStringLiteral("weightGrams"))->text(), 3).value, 3450);
    EXPECT_EQ(child<QPlainTextEdit>(&correction, QStringLiteral("nursingText"))->toPlainText(), QStringLiteral("Calm"));

    temperature->selectAll();
    QTest::keyClicks(temperature, QStringLiteral("37.8"));
    QTest::keyClicks(child<QPlainTextEdit>(&correction, QStringLiteral("amendmentReason")),
                     QStringLiteral("Thermometer misread"));
    ASSERT_TRUE(correction.save()) << child<QLabel>(&correction, QStringLiteral("errorSummary"))->text().toStdString();
    EXPECT_EQ(correction.savedEntry()->amends, original.id);
    EXPECT_EQ(std::get<ObservationBody>(correction.savedEntry()->body).vitals.temperatureDeciCelsius, 378);
    EXPECT_EQ(std::get<ObservationBody>(correction.savedEntry()->body).vitals.weightGrams, 3450);
}

} // namespace
} // namespace medinexus::client::gui::testing
