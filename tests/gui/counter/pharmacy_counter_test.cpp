// The pharmacy counter driven with the keyboard only, against the real server: a doctor's
// prescription synced to the pharmacy, typed number, Enter, quantity, Enter.

#include "client/gui/counter/pharmacy_counter_view.h"
#include "shared/ids/patient_number.h"
#include "shared/permissions/permissions.h"
#include "tests/gui/counter/dispensing_fixture.h"
#include "tests/gui/support/gui_test_support.h"

#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>

namespace medinexus::client::gui::testing {
namespace {

using medinexus::client::testing::serverEntries;

// Sends `keys` then Enter to whichever widget has the keyboard focus, as a person would.
void typeIntoFocus(QWidget &window, const QString &keys, bool enter = true)
{
    QWidget *focus = window.focusWidget();
    ASSERT_NE(focus, nullptr) << "nothing has the keyboard focus";
    if (!keys.isEmpty())
        QTest::keyClicks(focus, keys);
    if (enter)
        QTest::keyClick(focus, Qt::Key_Return);
}

void showActive(QWidget &window)
{
    window.resize(900, 600);
    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
}

TEST(PharmacyCounterTest, TypedNumberThenPartialAndFullDispensationWithTheKeyboardOnly)
{
    const Community community;
    Device doctorDevice;
    Device pharmacyDevice;
    auto doctor = openWorkspace(doctorDevice, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    const Patient patient = registerTestPatient(*doctor, {QStringLiteral("Penicillin")});
    // The older prescription first: the list shows the most recent first.
    prescribe(*doctor, patient, QStringLiteral("Paracetamol 500 mg"), 12);
    // Recorded times have millisecond precision: make sure the two differ.
    QTest::qWait(5);
    const ClinicalEntry prescription = prescribe(*doctor, patient, QStringLiteral("Amoxicillin 500 mg"), 30);
    ASSERT_TRUE(syncAndWait(*doctor));

    auto pharmacist = openWorkspace(pharmacyDevice, community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(pharmacist);
    ASSERT_TRUE(syncAndWait(*pharmacist));
    ASSERT_TRUE(pharmacist->records().patient(patient.id)) << "the patient did not reach the pharmacy";

    PharmacyCounterView view(*pharmacist);
    showActive(view);
    view.focusNumberField();
    auto *number = child<QLineEdit>(&view, QStringLiteral("counterNumberField"));
    auto *list = child<QTreeWidget>(&view, QStringLiteral("openPrescriptions"));
    auto *quantity = child<QSpinBox>(&view, QStringLiteral("dispenseQuantityField"));
    auto *status = child<QLabel>(&view, QStringLiteral("counterStatus"));
    auto *allergies = child<QLabel>(&view, QStringLiteral("counterAllergies"));
    ASSERT_TRUE(number && list && quantity && status && allergies);
    EXPECT_EQ(view.focusWidget(), number);

    // Typed the way people do: lower case, with hyphens.
    const QString display = PatientNumber::parse(patient.number)->toString();
    typeIntoFocus(view, display.toLower());
    ASSERT_TRUE(view.currentPatient());
    EXPECT_EQ(view.currentPatient()->id, patient.id);
    EXPECT_TRUE(allergies->text().contains(QStringLiteral("Penicillin"))) << allergies->text().toStdString();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_TRUE(list->topLevelItem(0)->text(0).contains(QStringLiteral("Amoxicillin 500 mg")));
    EXPECT_TRUE(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("30 of 30")))
        << list->topLevelItem(0)->text(3).toStdString();
    EXPECT_EQ(list->currentItem(), list->topLevelItem(0));
    EXPECT_EQ(quantity->value(), 30);
    EXPECT_EQ(quantity->maximum(), 30);
    EXPECT_EQ(view.focusWidget(), quantity);

    // Down and Up move between the prescriptions without leaving the quantity field.
    QTest::keyClick(view.focusWidget(), Qt::Key_Down);
    EXPECT_EQ(list->currentItem(), list->topLevelItem(1));
    EXPECT_EQ(quantity->value(), 12);
    QTest::keyClick(view.focusWidget(), Qt::Key_Up);
    EXPECT_EQ(list->currentItem(), list->topLevelItem(0));
    EXPECT_EQ(quantity->value(), 30);
    EXPECT_EQ(view.focusWidget(), quantity);

    // 10 of 30: a partial dispensation.
    typeIntoFocus(view, QStringLiteral("10"));
    std::vector<DispensationBody> recorded =
        dispensationsOf(pharmacist->records().entriesOfPatient(patient.id), patient.id);
    ASSERT_EQ(recorded.size(), 1U) << status->text().toStdString();
    EXPECT_EQ(recorded[0].prescriptionId, prescription.id);
    EXPECT_EQ(recorded[0].quantity, 10);
    EXPECT_EQ(recorded[0].completeness, DispensationCompleteness::Partial);
    EXPECT_EQ(status->text(), QStringLiteral("10 tablets dispensed to %1").arg(displayName(patient)));
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->currentItem(), list->topLevelItem(0));
    EXPECT_TRUE(list->topLevelItem(0)->text(3).startsWith(QStringLiteral("20 of 30")))
        << list->topLevelItem(0)->text(3).toStdString();
    EXPECT_EQ(quantity->value(), 20);
    EXPECT_EQ(view.focusWidget(), quantity);

    // Enter again: the 20 that remain, the prescription is complete and leaves the list.
    typeIntoFocus(view, QString());
    recorded = dispensationsOf(pharmacist->records().entriesOfPatient(patient.id), patient.id);
    ASSERT_EQ(recorded.size(), 2U) << status->text().toStdString();
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("20 tablets dispensed to %1").arg(displayName(patient))))
        << status->text().toStdString();
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_TRUE(list->topLevelItem(0)->text(0).contains(QStringLiteral("Paracetamol")));
    EXPECT_EQ(list->currentItem(), list->topLevelItem(0));
    EXPECT_EQ(quantity->value(), 12);
    EXPECT_EQ(view.focusWidget(), quantity);

    // The server has both dispensations, as written at the counter.
    ASSERT_TRUE(syncAndWait(*pharmacist));
    std::vector<DispensationBody> onServer =
        dispensationsOf(serverEntries(*community.server, QStringLiteral("ph.camara")), patient.id);
    std::sort(onServer.begin(), onServer.end(),
              [](const DispensationBody &a, const DispensationBody &b) { return a.quantity < b.quantity; });
    ASSERT_EQ(onServer.size(), 2U);
    EXPECT_EQ(onServer[0].prescriptionId, prescription.id);
    EXPECT_EQ(onServer[0].quantity, 10);
    EXPECT_EQ(onServer[0].completeness, DispensationCompleteness::Partial);
    EXPECT_EQ(onServer[1].prescriptionId, prescription.id);
    EXPECT_EQ(onServer[1].quantity, 20);
    EXPECT_EQ(onServer[1].completeness, DispensationCompleteness::Full);

    // Esc: the counter is ready for the next patient.
    QTest::keyClick(view.focusWidget(), Qt::Key_Escape);
    EXPECT_FALSE(view.currentPatient());
    EXPECT_TRUE(number->text().isEmpty());
    EXPECT_TRUE(status->text().isEmpty());
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_EQ(view.focusWidget(), number);
}

TEST(PharmacyCounterTest, UnknownAndMistypedNumbersOpenNothingAndRecordNothing)
{
    const Community community;
    Device doctorDevice;
    Device pharmacyDevice;
    auto doctor = openWorkspace(doctorDevice, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    const Patient patient = registerTestPatient(*doctor);
    prescribe(*doctor, patient, QStringLiteral("Amoxicillin 500 mg"), 30);
    ASSERT_TRUE(syncAndWait(*doctor));
    auto pharmacist = openWorkspace(pharmacyDevice, community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(pharmacist);
    ASSERT_TRUE(pharmacist->records().patient(patient.id));
    const qint64 entriesBefore = pharmacist->records().entryCount();

    PharmacyCounterView view(*pharmacist);
    showActive(view);
    view.focusNumberField();
    auto *number = child<QLineEdit>(&view, QStringLiteral("counterNumberField"));
    auto *list = child<QTreeWidget>(&view, QStringLiteral("openPrescriptions"));
    auto *status = child<QLabel>(&view, QStringLiteral("counterStatus"));
    ASSERT_TRUE(number && list && status);

    // A valid number that belongs to nobody here.
    PatientNumber unknown = PatientNumber::generate();
    while (pharmacist->records().patientIdByNumber(unknown.compact()))
        unknown = PatientNumber::generate();
    typeIntoFocus(view, unknown.toString());
    EXPECT_FALSE(view.currentPatient());
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("No patient with the number %1").arg(unknown.toString())))
        << status->text().toStdString();
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_EQ(view.focusWidget(), number);
    // Enter once more (the pharmacist insists): still nothing.
    QTest::keyClick(view.focusWidget(), Qt::Key_Return);
    EXPECT_EQ(pharmacist->records().entryCount(), entriesBefore);

    // The patient's number with one data character changed: the check character catches it.
    QString typo = patient.number;
    typo[3] = typo[3] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    ASSERT_NE(typo, patient.number);
    QTest::keyClick(view.focusWidget(), Qt::Key_Escape);
    typeIntoFocus(view, typo);
    EXPECT_FALSE(view.currentPatient());
    EXPECT_EQ(status->text(), QStringLiteral("Check the number: a character is wrong."));
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_EQ(view.focusWidget(), number);
    EXPECT_EQ(pharmacist->records().entryCount(), entriesBefore);

    // Too short, and an impossible character.
    number->clear();
    typeIntoFocus(view, QStringLiteral("7K2M-QX4"));
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("A patient number has 11 characters")));
    number->clear();
    typeIntoFocus(view, QStringLiteral("7K2M-QX4D-9U*"));
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("This is not a patient number")));
    EXPECT_EQ(pharmacist->records().entryCount(), entriesBefore);

    // The right number after the mistakes opens the patient.
    number->clear();
    typeIntoFocus(view, patient.number);
    ASSERT_TRUE(view.currentPatient());
    EXPECT_EQ(view.currentPatient()->id, patient.id);
    EXPECT_EQ(list->topLevelItemCount(), 1);
}

TEST(PharmacyCounterTest, ADoctorSeesTheCounterDisabledWithTheReason)
{
    const Community community;
    Device doctorDevice;
    auto doctor = openWorkspace(doctorDevice, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    const Patient patient = registerTestPatient(*doctor);
    prescribe(*doctor, patient, QStringLiteral("Amoxicillin 500 mg"), 30);
    const qint64 entriesBefore = doctor->records().entryCount();

    PharmacyCounterView view(*doctor);
    showActive(view);
    auto *refusal = child<QLabel>(&view, QStringLiteral("counterRefusal"));
    auto *body = child<QWidget>(&view, QStringLiteral("counterBody"));
    auto *number = child<QLineEdit>(&view, QStringLiteral("counterNumberField"));
    ASSERT_TRUE(refusal && body && number);
    EXPECT_TRUE(refusal->isVisible());
    EXPECT_EQ(refusal->text(), refusalMessage(Role::Doctor, Action::AddDispensation));
    EXPECT_FALSE(body->isEnabled());
    EXPECT_FALSE(number->isEnabled());

    // Keys sent anyway open nothing and write nothing.
    QTest::keyClicks(number, patient.number);
    QTest::keyClick(number, Qt::Key_Return);
    EXPECT_FALSE(view.currentPatient());
    EXPECT_EQ(doctor->records().entryCount(), entriesBefore);
}

} // namespace
} // namespace medinexus::client::gui::testing
