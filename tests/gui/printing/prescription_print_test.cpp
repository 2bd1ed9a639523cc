// The printed prescription read back with poppler and zbar, and its QR code scanned into the
// pharmacy counter: from the doctor's printout to the pharmacist's screen.

#include "client/gui/counter/pharmacy_counter_view.h"
#include "client/gui/printing/prescription_print.h"
#include "shared/ids/patient_number.h"
#include "tests/gui/counter/dispensing_fixture.h"
#include "tests/gui/printing/printing_tools.h"
#include "tests/gui/support/gui_test_support.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

namespace medinexus::client::gui::testing {
namespace {

// Spaces as pdftotext lays them out do not matter; words do.
QString simplified(const QString &text)
{
    return text.simplified();
}

TEST(PrescriptionPrintTest, ThePdfShowsThePrescriptionAndItsQrCodeOpensThePatientAtTheCounter)
{
    const Community community;
    Device doctorDevice;
    Device pharmacyDevice;
    auto doctor = openWorkspace(doctorDevice, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    const Patient patient = registerTestPatient(*doctor, {QStringLiteral("Penicillin"), QStringLiteral("Sulfa")});
    const ClinicalEntry prescription = prescribe(*doctor, patient, QStringLiteral("Amoxicillin 500 mg"), 30);
    ASSERT_TRUE(syncAndWait(*doctor));
    const QString display = PatientNumber::parse(patient.number)->toString();

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString pdf = dir.filePath(QStringLiteral("prescription.pdf"));
    const PrescriptionPrintData data = prescriptionPrintData(*doctor, patient, prescription);
    EXPECT_EQ(data.prescriberName, doctor->userName(doctor->user().id));
    QString error;
    ASSERT_TRUE(writePrescriptionPdf(pdf, data, &error)) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());

    const QString text = simplified(pdfToText(pdf));
    EXPECT_TRUE(text.contains(display)) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Amoxicillin 500 mg"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("ALLERGIES: Penicillin, Sulfa"))) << text.toStdString();
    EXPECT_TRUE(text.contains(displayName(patient))) << text.toStdString();
    EXPECT_TRUE(text.contains(data.prescriberName)) << text.toStdString();
    EXPECT_TRUE(text.contains(data.facilityName)) << text.toStdString();
    EXPECT_TRUE(text.contains(prescription.id.toString(QUuid::WithoutBraces).left(8).toUpper())) << text.toStdString();

    // The page as a printer would put it on paper, and the QR code as a scanner reads it.
    const QString png = pdfToPng(pdf, 150);
    ASSERT_TRUE(QFile::exists(png));
    const QString scanned = decodeBarcode(png);
    EXPECT_EQ(scanned, display);

    // The scanner "types" what it read into the counter's number field, then Enter.
    auto pharmacist = openWorkspace(pharmacyDevice, community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(pharmacist);
    PharmacyCounterView view(*pharmacist);
    view.resize(900, 600);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.focusNumberField();
    ASSERT_NE(view.focusWidget(), nullptr);
    QTest::keyClicks(view.focusWidget(), scanned);
    QTest::keyClick(view.focusWidget(), Qt::Key_Return);
    ASSERT_TRUE(view.currentPatient());
    EXPECT_EQ(view.currentPatient()->id, patient.id);
    auto *list = child<QTreeWidget>(&view, QStringLiteral("openPrescriptions"));
    auto *quantity = child<QSpinBox>(&view, QStringLiteral("dispenseQuantityField"));
    ASSERT_TRUE(list && quantity);
    ASSERT_EQ(list->topLevelItemCount(), 1);
    EXPECT_TRUE(list->topLevelItem(0)->text(0).contains(QStringLiteral("Amoxicillin 500 mg")));
    EXPECT_EQ(quantity->value(), 30);
    EXPECT_EQ(view.focusWidget(), quantity);
}

TEST(PrescriptionPrintTest, AFileThatCannotBeWrittenIsAClearErrorAndNoPartialFile)
{
    const Community community;
    Device doctorDevice;
    auto doctor = openWorkspace(doctorDevice, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    const Patient patient = registerTestPatient(*doctor);
    const ClinicalEntry prescription = prescribe(*doctor, patient, QStringLiteral("Amoxicillin 500 mg"), 30);
    const PrescriptionPrintData data = prescriptionPrintData(*doctor, patient, prescription);

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("no-such-folder/prescription.pdf"));
    QString error;
    EXPECT_FALSE(writePrescriptionPdf(path, data, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("The file "))) << error.toStdString();
    EXPECT_FALSE(QFile::exists(path));

    // Not a prescription: refused before anything is written.
    PrescriptionPrintData note = data;
    note.prescription.body = NoteBody{NoteCategory::General, QStringLiteral("Seen today")};
    const QString notePath = dir.filePath(QStringLiteral("note.pdf"));
    EXPECT_FALSE(writePrescriptionPdf(notePath, note, &error));
    EXPECT_EQ(error, QStringLiteral("This entry cannot be printed as a prescription."));
    EXPECT_FALSE(QFile::exists(notePath));
}

TEST(PrescriptionPrintTest, PrintingToPdfThroughTheDialogsWritesTheFileAndSaysWhere)
{
    const Community community;
    Device doctorDevice;
    auto doctor = openWorkspace(doctorDevice, community.profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    const Patient patient = registerTestPatient(*doctor);
    const ClinicalEntry prescription = prescribe(*doctor, patient, QStringLiteral("Amoxicillin 500 mg"), 30);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Without ".pdf": the dialog flow adds it.
    const QString chosen = dir.filePath(QStringLiteral("from-dialog"));
    const QString written = chosen + QStringLiteral(".pdf");

    // The user's answers, as each window opens: PDF, the file name, then OK on the result.
    QString result;
    QTimer answers;
    answers.setInterval(20);
    QObject::connect(&answers, &QTimer::timeout, [&]() {
        for (QWidget *window : QApplication::topLevelWidgets()) {
            if (!window->isVisible())
                continue;
            if (auto *box = qobject_cast<QMessageBox *>(window)) {
                if (auto *pdf = box->findChild<QPushButton *>(QStringLiteral("printToPdfButton"))) {
                    pdf->click();
                } else if (QAbstractButton *ok = box->button(QMessageBox::Ok)) {
                    result = box->text();
                    ok->click();
                }
                return;
            }
            if (auto *files = qobject_cast<QFileDialog *>(window)) {
                // Typed into the name field as a user would: selectFile() can be undone by the
                // dialog's own initial selection once its directory has loaded.
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (!name)
                    return;
                name->setText(chosen);
                // QFileDialog::accept() is protected; QDialog's is the public "OK".
                static_cast<QDialog *>(files)->accept();
                return;
            }
        }
    });
    answers.start();

    QWidget parent;
    parent.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&parent));
    printPrescription(&parent, *doctor, patient, prescription);
    ASSERT_TRUE(waitUntil([&]() { return !result.isEmpty(); }));
    answers.stop();
    EXPECT_EQ(result, QStringLiteral("The prescription was saved to %1.").arg(QDir::toNativeSeparators(written))) << result.toStdString();
    ASSERT_TRUE(QFile::exists(written));
    EXPECT_TRUE(simplified(pdfToText(written)).contains(PatientNumber::parse(patient.number)->toString()));
}

} // namespace
} // namespace medinexus::client::gui::testing
