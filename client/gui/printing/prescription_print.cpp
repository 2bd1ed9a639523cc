#include "client/gui/printing/prescription_print.h"

#include "client/gui/printing/qr_code.h"
#include "client/gui/workspace/background_task.h"
#include "client/gui/workspace/workspace.h"
#include "shared/ids/patient_number.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

#include <stdexcept>

namespace medinexus::client::gui {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", text);
}

// The wait cursor while a printer receives the page, restored however rendering ends.
class WaitCursor {
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

struct PdfResult {
    bool ok = false;
    QString error;
};

QString suggestedPdfPath(const PrescriptionPrintData &data)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString number = data.patient.number;
    if (auto parsed = PatientNumber::parse(data.patient.number))
        number = parsed->toString();
    const QString name = QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint",
                                                     "prescription-%1-%2.pdf")
                             .arg(number, data.printedAt.toLocalTime().date().toString(Qt::ISODate));
    return QDir(folder).filePath(name);
}

void savePdf(QWidget *parent, const PrescriptionPrintData &data)
{
    QString path = QFileDialog::getSaveFileName(
        parent, QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Save the prescription as PDF"),
        suggestedPdfPath(data),
        QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");

    // Qt parent ownership; deleted when the answer arrives (or with its parent before that,
    // in which case the answer is dropped).
    auto *progress = new QProgressDialog(parent);
    progress->setWindowTitle(QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Prescription"));
    progress->setLabelText(
        QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Writing the PDF…"));
    progress->setRange(0, 0);  // busy indicator: one page has no meaningful progress
    progress->setCancelButton(nullptr);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();

    runInBackground(
        progress,
        [path, data]() {
            PdfResult result;
            result.ok = writePrescriptionPdf(path, data, &result.error);
            return result;
        },
        [progress = QPointer<QProgressDialog>(progress), parent = QPointer<QWidget>(parent), path](PdfResult result) {
            if (progress) {
                progress->close();
                progress->deleteLater();
            }
            if (result.ok) {
                QMessageBox::information(
                    parent, QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Prescription"),
                    QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint",
                                                "The prescription was saved to %1.")
                        .arg(QDir::toNativeSeparators(path)));
            } else {
                QMessageBox::warning(
                    parent, QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Prescription"),
                    result.error);
            }
        });
}

void sendToPrinter(QWidget *parent, const PrescriptionPrintData &data)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Prescription"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Print the prescription"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    try {
        // On the GUI thread: the platform's print engine belongs to the dialog's printer, and
        // one page takes a moment.
        WaitCursor wait;
        PrescriptionDocument(data).render(printer);
    } catch (const QrEncodingError &) {
        error = translate(QT_TRANSLATE_NOOP("medinexus::client::gui::PrescriptionPrint",
                                            "The QR code of the patient number could not be made."));
    } catch (const std::invalid_argument &) {
        error = translate(QT_TRANSLATE_NOOP("medinexus::client::gui::PrescriptionPrint",
                                            "This entry cannot be printed as a prescription."));
    } catch (const std::runtime_error &) {
        error = translate(QT_TRANSLATE_NOOP("medinexus::client::gui::PrescriptionPrint",
                                            "The printer did not accept the page. Check that it is on and try again."));
    }
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Prescription"),
                             error);
    }
}

} // namespace

PrescriptionPrintData prescriptionPrintData(Workspace &workspace, const Patient &patient,
                                            const ClinicalEntry &prescription, const QDateTime &printedAt)
{
    PrescriptionPrintData data;
    data.facilityName = workspace.facilityName(prescription.facilityId);
    data.patient = patient;
    data.prescription = prescription;
    data.prescriberName = workspace.userName(prescription.authorId);
    data.printedAt = printedAt;
    return data;
}

bool writePrescriptionPdf(const QString &path, const PrescriptionPrintData &data, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    try {
        const PrescriptionDocument document(data);
        // QSaveFile: an existing file is replaced only by a complete PDF.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return fail(QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint",
                                                    "The file %1 cannot be written: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        {
            QPdfWriter writer(&file);
            writer.setCreator(QStringLiteral("MediNexus"));
            writer.setTitle(QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Prescription"));
            writer.setResolution(600);
            document.render(writer);
        }  // the writer finishes the PDF when it goes
        if (!file.commit()) {
            return fail(QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint",
                                                    "The file %1 cannot be written: %2")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        return true;
    } catch (const QrEncodingError &) {
        return fail(translate(QT_TRANSLATE_NOOP("medinexus::client::gui::PrescriptionPrint",
                                                "The QR code of the patient number could not be made.")));
    } catch (const std::invalid_argument &) {
        return fail(translate(QT_TRANSLATE_NOOP("medinexus::client::gui::PrescriptionPrint",
                                                "This entry cannot be printed as a prescription.")));
    } catch (const std::runtime_error &) {
        return fail(QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint",
                                                "The PDF could not be written to %1.")
                        .arg(QDir::toNativeSeparators(path)));
    }
}

void printPrescription(QWidget *parent, Workspace &workspace, const Patient &patient,
                       const ClinicalEntry &prescription)
{
    const QString title = QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Print the prescription");
    if (!workspace.can(Action::ReadPatientRecord)) {
        QMessageBox::warning(parent, title, refusalMessage(workspace.role(), Action::ReadPatientRecord));
        return;
    }
    const PrescriptionPrintData data = prescriptionPrintData(workspace, patient, prescription);

    QMessageBox choice(QMessageBox::Question, title,
                       QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint",
                                                   "Save the prescription as a PDF file, or print it?"),
                       QMessageBox::Cancel, parent);
    QPushButton *pdf = choice.addButton(
        QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "Save as &PDF…"),
        QMessageBox::AcceptRole);
    pdf->setObjectName(QStringLiteral("printToPdfButton"));
    QPushButton *printer = choice.addButton(
        QCoreApplication::translate("medinexus::client::gui::PrescriptionPrint", "P&rint…"), QMessageBox::AcceptRole);
    printer->setObjectName(QStringLiteral("printToPrinterButton"));
    choice.setDefaultButton(pdf);
    choice.exec();
    if (choice.clickedButton() == pdf)
        savePdf(parent, data);
    else if (choice.clickedButton() == printer)
        sendToPrinter(parent, data);
}

} // namespace medinexus::client::gui
