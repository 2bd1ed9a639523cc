// Registration and editing through the real form: typed with the keyboard, checked by the
// shared validator, warned about patients who look like the same person, and sent to the
// server by the sync worker.
#include "client/gui/patients/patient_form_dialog.h"

#include "client/gui/patients/patient_search_panel.h"
#include "shared/model/patient_search.h"
#include "tests/gui/support/gui_test_support.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

namespace medinexus::client::gui::testing {
namespace {

struct Typed {
    QString familyName;
    QString givenNames;
    QString sex;  // typed into the combo box: its first letters
    int estimatedYear = 0;
    QString phone;
    QString village;
    QStringList allergies;
};

// Fills the form the way a nurse does: keyboard only, field after field.
void fill(PatientFormDialog &dialog, const Typed &typed)
{
    auto *family = child<QLineEdit>(&dialog, QStringLiteral("familyNameField"));
    auto *given = child<QLineEdit>(&dialog, QStringLiteral("givenNamesField"));
    auto *sex = child<QComboBox>(&dialog, QStringLiteral("sexField"));
    auto *estimated = child<QRadioButton>(&dialog, QStringLiteral("estimatedYearRadio"));
    auto *year = child<QLineEdit>(&dialog, QStringLiteral("estimatedYearField"));
    auto *phone = child<QLineEdit>(&dialog, QStringLiteral("phoneField"));
    auto *village = child<QLineEdit>(&dialog, QStringLiteral("villageField"));
    auto *allergies = child<QPlainTextEdit>(&dialog, QStringLiteral("allergiesField"));
    ASSERT_TRUE(family && given && sex && estimated && year && phone && village && allergies);
    QTest::keyClicks(family, typed.familyName);
    QTest::keyClicks(given, typed.givenNames);
    if (!typed.sex.isEmpty()) {
        sex->setFocus();
        QTest::keyClicks(sex, typed.sex);
    }
    if (typed.estimatedYear != 0) {
        estimated->setFocus();
        QTest::keyClick(estimated, Qt::Key_Space);
        ASSERT_TRUE(estimated->isChecked());
        ASSERT_TRUE(year->isEnabled());
        QTest::keyClicks(year, QString::number(typed.estimatedYear));
    }
    QTest::keyClicks(phone, typed.phone);
    QTest::keyClicks(village, typed.village);
    allergies->setFocus();
    for (const QString &allergy : typed.allergies) {
        QTest::keyClicks(allergies, allergy);
        QTest::keyClick(allergies, Qt::Key_Return);
    }
}

void clickSave(PatientFormDialog &dialog)
{
    auto *save = child<QPushButton>(&dialog, QStringLiteral("saveButton"));
    ASSERT_TRUE(save);
    ASSERT_TRUE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
}

bool isMarked(const QWidget *widget)
{
    return widget->property("medinexusInvalid").toBool();
}

class PatientFormDialogTest : public ::testing::Test {
protected:
    Community community;
};

TEST_F(PatientFormDialogTest, ADoctorRegistersAPatientWhoReachesTheServer)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    const qint64 before = workspace->records().patientCount();

    PatientFormDialog dialog(*workspace, std::nullopt);
    dialog.show();
    ASSERT_TRUE(dialog.isRegistration());
    fill(dialog, Typed{QStringLiteral("Sagna"), QStringLiteral("Khady Marie"), QStringLiteral("F"), 1984,
                       QStringLiteral("+221 76 555 12 34"), QStringLiteral("Ibel"),
                       {QStringLiteral("Sulfamides"), QStringLiteral("Chloroquine")}});
    clickSave(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.chosenExistingId().isNull());
    const QUuid id = dialog.savedPatientId();
    ASSERT_FALSE(id.isNull());
    EXPECT_EQ(workspace->records().patientCount(), before + 1);

    const auto stored = workspace->records().patient(id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->familyName, QStringLiteral("Sagna"));
    EXPECT_EQ(stored->givenNames, QStringLiteral("Khady Marie"));
    EXPECT_EQ(stored->sex, Sex::Female);
    EXPECT_EQ(stored->estimatedBirthYear, 1984);
    EXPECT_FALSE(stored->birthDate);
    EXPECT_EQ(stored->phone, QStringLiteral("+221 76 555 12 34"));
    EXPECT_EQ(stored->village, QStringLiteral("Ibel"));
    EXPECT_EQ(stored->allergies, (QStringList{QStringLiteral("Sulfamides"), QStringLiteral("Chloroquine")}));

    // Found by the search at once.
    PatientSearchPanel panel(*workspace);
    panel.show();
    auto *field = child<QLineEdit>(&panel, QStringLiteral("patientSearchField"));
    ASSERT_TRUE(field);
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("khady sag"));
    ASSERT_TRUE(waitUntil([&] { return panel.resultCount() == 1; }));

    // On the server after the sync: another doctor's computer receives it.
    ASSERT_TRUE(syncAndWait(*workspace));
    Device otherClinic;
    auto other = openWorkspace(otherClinic, community.profile, QStringLiteral("dr.sow"));
    ASSERT_TRUE(other);
    const auto received = other->records().patient(id);
    ASSERT_TRUE(received);
    EXPECT_EQ(*received, *stored);
}

TEST_F(PatientFormDialogTest, SimilarPatientsAreShownBeforeAnythingIsRegistered)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(workspace);
    const auto patients = workspace->records().patients();
    ASSERT_FALSE(patients.empty());
    const Patient existing = patients.front();
    const qint64 before = workspace->records().patientCount();

    // The same person typed again: no accents, other case, only the birth year known.
    const Typed sameNames{search::fold(existing.familyName).toUpper(), search::fold(existing.givenNames),
                          QString(), *search::birthYear(existing), QString(), QStringLiteral("Ibel"), {}};
    {
        PatientFormDialog dialog(*workspace, std::nullopt);
        dialog.show();
        fill(dialog, sameNames);
        clickSave(dialog);
        auto *warning = child<QWidget>(&dialog, QStringLiteral("similarPatientsWarning"));
        auto *list = child<QTableWidget>(&dialog, QStringLiteral("similarPatientsList"));
        ASSERT_TRUE(warning && list);
        ASSERT_TRUE(warning->isVisible());
        EXPECT_TRUE(dialog.isVisible());
        EXPECT_EQ(workspace->records().patientCount(), before) << "nothing written before the choice";
        bool listed = false;
        for (int row = 0; row < list->rowCount(); ++row) {
            if (list->item(row, 0)->text() == displayName(existing)) {
                listed = true;
                EXPECT_FALSE(list->item(row, 4)->text().isEmpty()) << "says why";
            }
        }
        EXPECT_TRUE(listed);
        EXPECT_FALSE(child<QPushButton>(&dialog, QStringLiteral("saveButton"))->isEnabled())
            << "the user chooses in the warning";

        // "Open this patient": the existing record, nothing registered.
        auto *open = child<QPushButton>(&dialog, QStringLiteral("openExistingButton"));
        ASSERT_TRUE(open);
        list->selectRow(0);
        const QUuid selected = list->item(0, 0)->data(Qt::UserRole + 1).toUuid();
        QTest::mouseClick(open, Qt::LeftButton);
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(dialog.chosenExistingId(), selected);
        EXPECT_TRUE(dialog.savedPatientId().isNull());
        EXPECT_EQ(workspace->records().patientCount(), before);
    }
    {
        // "Register anyway": a different person with the same name and year.
        PatientFormDialog dialog(*workspace, std::nullopt);
        dialog.show();
        fill(dialog, sameNames);
        clickSave(dialog);
        auto *anyway = child<QPushButton>(&dialog, QStringLiteral("registerAnywayButton"));
        ASSERT_TRUE(anyway);
        ASSERT_TRUE(anyway->isVisible());
        QTest::mouseClick(anyway, Qt::LeftButton);
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_FALSE(dialog.savedPatientId().isNull());
        EXPECT_TRUE(dialog.chosenExistingId().isNull());
        EXPECT_EQ(workspace->records().patientCount(), before + 1);
    }
    {
        // The same phone, written differently, under another name.
        PatientFormDialog dialog(*workspace, std::nullopt);
        dialog.show();
        fill(dialog, Typed{QStringLiteral("Mbaye"), QStringLiteral("Oumou"), QStringLiteral("F"), 2001,
                           search::phoneDigits(existing.phone), QStringLiteral("Ibel"), {}});
        clickSave(dialog);
        auto *warning = child<QWidget>(&dialog, QStringLiteral("similarPatientsWarning"));
        auto *list = child<QTableWidget>(&dialog, QStringLiteral("similarPatientsList"));
        ASSERT_TRUE(warning && list);
        ASSERT_TRUE(warning->isVisible());
        ASSERT_GE(list->rowCount(), 1);
        EXPECT_EQ(list->item(0, 0)->text(), displayName(existing));
        EXPECT_EQ(list->item(0, 3)->text(), existing.phone);
        EXPECT_EQ(workspace->records().patientCount(), before + 1);

        // Changing what was typed withdraws the warning: Save checks again.
        auto *phone = child<QLineEdit>(&dialog, QStringLiteral("phoneField"));
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("+221 70 123 45 67"));
        EXPECT_FALSE(warning->isVisible());
        clickSave(dialog);
        ASSERT_EQ(dialog.result(), QDialog::Accepted);
        EXPECT_EQ(workspace->records().patientCount(), before + 2);
    }
}

TEST_F(PatientFormDialogTest, InvalidInputIsMarkedAndNothingIsStored)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    const qint64 before = workspace->records().patientCount();

    PatientFormDialog dialog(*workspace, std::nullopt);
    dialog.show();
    // No family name, no given names, a year in the future.
    fill(dialog, Typed{QString(), QString(), QString(), QDate::currentDate().year() + 3, QString(), QString(), {}});
    clickSave(dialog);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(isMarked(child<QLineEdit>(&dialog, QStringLiteral("familyNameField"))));
    EXPECT_TRUE(isMarked(child<QLineEdit>(&dialog, QStringLiteral("estimatedYearField"))));
    EXPECT_FALSE(isMarked(child<QLineEdit>(&dialog, QStringLiteral("villageField"))));
    auto *summary = child<QLabel>(&dialog, QStringLiteral("formErrors"));
    ASSERT_TRUE(summary);
    EXPECT_TRUE(summary->isVisible());
    EXPECT_FALSE(summary->text().isEmpty());
    EXPECT_FALSE(child<QWidget>(&dialog, QStringLiteral("similarPatientsWarning"))->isVisible());
    EXPECT_EQ(workspace->records().patientCount(), before);

    // Neither a date nor a year: the birth date is asked for.
    PatientFormDialog noBirth(*workspace, std::nullopt);
    noBirth.show();
    fill(noBirth, Typed{QStringLiteral("Faye"), QStringLiteral("Astou"), QString(), 0, QString(), QString(), {}});
    clickSave(noBirth);
    EXPECT_NE(noBirth.result(), QDialog::Accepted);
    EXPECT_TRUE(isMarked(child<QDateEdit>(&noBirth, QStringLiteral("birthDateField"))));
    EXPECT_EQ(workspace->records().patientCount(), before);
}

TEST_F(PatientFormDialogTest, EditingChangesTheDemographicsOfTheSamePatient)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(workspace);
    const Patient existing = workspace->records().patients().front();
    const qint64 before = workspace->records().patientCount();

    PatientFormDialog dialog(*workspace, existing);
    dialog.show();
    ASSERT_FALSE(dialog.isRegistration());
    auto *family = child<QLineEdit>(&dialog, QStringLiteral("familyNameField"));
    auto *village = child<QLineEdit>(&dialog, QStringLiteral("villageField"));
    ASSERT_TRUE(family && village);
    EXPECT_EQ(family->text(), existing.familyName);
    village->selectAll();
    QTest::keyClicks(village, QStringLiteral("Fongolimbi Sud"));
    clickSave(dialog);
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.savedPatientId(), existing.id);
    EXPECT_EQ(workspace->records().patientCount(), before);
    const auto edited = workspace->records().patient(existing.id);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->village, QStringLiteral("Fongolimbi Sud"));
    EXPECT_EQ(edited->version, existing.version + 1);
    Patient expected = existing;
    expected.village = QStringLiteral("Fongolimbi Sud");
    expected.version = edited->version;
    EXPECT_EQ(*edited, expected) << "nothing else changed";
}

TEST_F(PatientFormDialogTest, APharmacistCannotSaveARegistration)
{
    Device device;
    auto workspace = openWorkspace(device, community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(workspace);
    PatientFormDialog dialog(*workspace, std::nullopt);
    dialog.show();
    auto *save = child<QPushButton>(&dialog, QStringLiteral("saveButton"));
    ASSERT_TRUE(save);
    EXPECT_FALSE(save->isEnabled());
    EXPECT_EQ(save->toolTip(), refusalMessage(Role::Pharmacist, Action::RegisterPatient));
}

} // namespace
} // namespace medinexus::client::gui::testing
