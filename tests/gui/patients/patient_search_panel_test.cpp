// The patient search, driven with the keyboard against a real demo community: results follow
// each keystroke (accents and case ignored), a patient number is found however it is typed,
// phone digits and the birth-year filter work, and Enter opens the chosen patient.
#include "client/gui/patients/patient_search_panel.h"

#include "client/gui/patients/patient_results_model.h"
#include "shared/ids/patient_number.h"
#include "shared/model/patient_search.h"
#include "tests/gui/support/gui_test_support.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace medinexus::client::gui::testing {
namespace {

QList<QUuid> shownIds(const QTableView *table)
{
    QList<QUuid> ids;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(PatientResultsModel::PatientIdRole).toUuid();
    return ids;
}

// A demo patient whose family name has an accent, so typing it without one proves the folding.
Patient accentedPatient(Workspace &workspace)
{
    const auto patients = workspace.records().patients();
    EXPECT_FALSE(patients.empty());
    for (const Patient &patient : patients) {
        if (search::fold(patient.familyName) != patient.familyName.toLower())
            return patient;
    }
    return patients.front();
}

void clearField(QLineEdit *field)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Backspace);
}

class PatientSearchPanelTest : public ::testing::Test {
protected:
    // Enough demo patients for several accented names and different birth years.
    Community community{16};
};

TEST_F(PatientSearchPanelTest, ResultsFollowEachKeystrokeWithoutAccentsOrCase)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    PatientSearchPanel panel(*workspace);
    panel.show();
    auto *field = child<QLineEdit>(&panel, QStringLiteral("patientSearchField"));
    auto *table = child<QTableView>(&panel, QStringLiteral("patientResults"));
    auto *status = child<QLabel>(&panel, QStringLiteral("searchStatus"));
    ASSERT_TRUE(field && table && status);
    EXPECT_FALSE(field->placeholderText().isEmpty());
    EXPECT_EQ(table->model()->rowCount(), 0) << "an empty query shows nothing";
    EXPECT_FALSE(status->text().isEmpty()) << "but says what to type";

    const Patient target = accentedPatient(*workspace);
    const QString typed = search::fold(target.familyName);  // lower case, no accents
    ASSERT_FALSE(typed.isEmpty());
    field->setFocus();
    for (const QChar character : typed) {
        QTest::keyClicks(field, QString(character));
        // The panel searches after each keystroke (coalesced by a short timer, never a button):
        // the rows become what the store finds for the text typed so far.
        QList<QUuid> expected;
        for (const Patient &patient : workspace->records().searchPatients(field->text(), std::nullopt, 100))
            expected << patient.id;
        EXPECT_TRUE(waitUntil([&] { return shownIds(table) == expected; }))
            << "after typing " << field->text().toStdString();
        EXPECT_TRUE(expected.contains(target.id)) << "every beginning of the name finds the patient";
    }
    EXPECT_TRUE(shownIds(table).contains(target.id));
    EXPECT_EQ(panel.resultCount(), table->model()->rowCount());
}

TEST_F(PatientSearchPanelTest, NumberPhoneAndBirthYearFindThePatient)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    PatientSearchPanel panel(*workspace);
    panel.show();
    auto *field = child<QLineEdit>(&panel, QStringLiteral("patientSearchField"));
    auto *yearField = child<QLineEdit>(&panel, QStringLiteral("birthYearField"));
    auto *table = child<QTableView>(&panel, QStringLiteral("patientResults"));
    ASSERT_TRUE(field && yearField && table);
    const Patient target = accentedPatient(*workspace);

    // The number as read out from a card: hyphens, lower case.
    const auto number = PatientNumber::parse(target.number);
    ASSERT_TRUE(number);
    field->setFocus();
    QTest::keyClicks(field, number->toString().toLower());
    ASSERT_TRUE(waitUntil([&] { return shownIds(table) == QList<QUuid>{target.id}; }));
    // The number column shows the display form.
    EXPECT_EQ(table->model()->index(0, PatientResultsModel::NumberColumn).data().toString(), number->toString());

    // Phone digits, without the spaces of the stored number.
    clearField(field);
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == 0; }));
    const QString digits = search::phoneDigits(target.phone);
    ASSERT_GE(digits.size(), 6);
    QTest::keyClicks(field, digits.right(7));
    ASSERT_TRUE(waitUntil([&] { return shownIds(table).contains(target.id); }));

    // The birth-year filter narrows a broad query (every demo phone starts +221 77).
    clearField(field);
    QTest::keyClicks(field, QStringLiteral("+221 77"));
    const auto all = workspace->records().patients();
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == static_cast<int>(all.size()); }));
    const int year = *search::birthYear(target);
    const auto sameYear = std::count_if(all.begin(), all.end(),
                                        [&](const Patient &patient) { return search::birthYear(patient) == year; });
    ASSERT_LT(sameYear, static_cast<long>(all.size())) << "the demo data should have several birth years";
    yearField->setFocus();
    QTest::keyClicks(yearField, QString::number(year));
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() == static_cast<int>(sameYear); }));
    EXPECT_TRUE(shownIds(table).contains(target.id));
}

TEST_F(PatientSearchPanelTest, EnterAndDownArrowOpenTheChosenPatient)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(workspace);
    PatientSearchPanel panel(*workspace);
    panel.show();
    QSignalSpy chosen(&panel, &PatientSearchPanel::patientChosen);
    auto *field = child<QLineEdit>(&panel, QStringLiteral("patientSearchField"));
    auto *table = child<QTableView>(&panel, QStringLiteral("patientResults"));
    ASSERT_TRUE(field && table);
    const Patient target = accentedPatient(*workspace);

    // Enter in the field opens the only result, even typed faster than the results appear.
    panel.focusSearch();
    QTest::keyClicks(field, PatientNumber::parse(target.number)->toString());
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return chosen.count() == 1; }));
    EXPECT_EQ(chosen.at(0).at(0).toUuid(), target.id);

    // Down moves into the results; Down again to the second; Enter opens that one.
    clearField(field);
    QTest::keyClicks(field, QStringLiteral("+221"));
    ASSERT_TRUE(waitUntil([&] { return table->model()->rowCount() >= 2; }));
    QTest::keyClick(field, Qt::Key_Down);
    ASSERT_TRUE(table->hasFocus());
    EXPECT_EQ(table->currentIndex().row(), 0) << "a new search starts at its first result";
    QTest::keyClick(table, Qt::Key_Down);
    const QUuid second = shownIds(table).at(1);
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_EQ(chosen.count(), 2);
    EXPECT_EQ(chosen.at(1).at(0).toUuid(), second);

    // Up from the first row goes back to the field.
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Up);
    EXPECT_TRUE(field->hasFocus());
}

TEST_F(PatientSearchPanelTest, NothingFoundOffersRegistrationOnlyToRolesThatMayRegister)
{
    Device device;
    auto doctor = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    {
        PatientSearchPanel panel(*doctor);
        panel.show();
        QSignalSpy requested(&panel, &PatientSearchPanel::registerRequested);
        auto *field = child<QLineEdit>(&panel, QStringLiteral("patientSearchField"));
        auto *status = child<QLabel>(&panel, QStringLiteral("searchStatus"));
        auto *button = child<QPushButton>(&panel, QStringLiteral("registerPatientButton"));
        ASSERT_TRUE(field && status && button);
        EXPECT_FALSE(button->isVisible()) << "search first, then register";
        const QString before = status->text();
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("zzqxw"));
        ASSERT_TRUE(waitUntil([&] { return button->isVisible(); }));
        EXPECT_EQ(panel.resultCount(), 0);
        EXPECT_NE(status->text(), before) << "says that nobody was found";
        QTest::mouseClick(button, Qt::LeftButton);
        EXPECT_EQ(requested.count(), 1);
    }
    doctor.reset();

    // The permission matrix: pharmacists search patients but do not register them.
    ASSERT_TRUE(isAllowed(Role::Pharmacist, Action::SearchPatients));
    ASSERT_FALSE(isAllowed(Role::Pharmacist, Action::RegisterPatient));
    Device pharmacy;
    auto pharmacist = openWorkspace(pharmacy, community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(pharmacist);
    PatientSearchPanel panel(*pharmacist);
    panel.show();
    auto *field = child<QLineEdit>(&panel, QStringLiteral("patientSearchField"));
    auto *status = child<QLabel>(&panel, QStringLiteral("searchStatus"));
    auto *button = child<QPushButton>(&panel, QStringLiteral("registerPatientButton"));
    ASSERT_TRUE(field && status && button);
    const QString before = status->text();
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("zzqxw"));
    ASSERT_TRUE(waitUntil([&] { return status->text() != before; }));
    EXPECT_EQ(panel.resultCount(), 0);
    EXPECT_FALSE(button->isVisible());
}

TEST_F(PatientSearchPanelTest, ResultsFollowChangesArrivingFromTheServer)
{
    Device deviceA;
    Device deviceB;
    auto doctor = openWorkspace(deviceA, community.profile, QStringLiteral("dr.diallo"));
    auto nurse = openWorkspace(deviceB, community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(doctor && nurse);
    PatientSearchPanel panel(*doctor);
    panel.show();
    auto *field = child<QLineEdit>(&panel, QStringLiteral("patientSearchField"));
    ASSERT_TRUE(field);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("kaltoum"));
    ASSERT_TRUE(waitUntil([&] { return panel.resultCount() == 0; }));

    Patient draft;
    draft.givenNames = QStringLiteral("Kaltoum");
    draft.familyName = QStringLiteral("Sidibé");
    draft.sex = Sex::Female;
    draft.estimatedBirthYear = 1990;
    nurse->registerPatient(draft);
    ASSERT_TRUE(syncAndWait(*nurse));
    ASSERT_TRUE(syncAndWait(*doctor));
    EXPECT_TRUE(waitUntil([&] { return panel.resultCount() == 1; })) << "re-read on recordsChanged";
}

} // namespace
} // namespace medinexus::client::gui::testing
