#pragma once

// The printed prescription: one A4 portrait page that a patient carries to any pharmacy of the
// community. The patient number appears as text and as a QR code (the counter's scanner reads
// it), the allergies stand out, and the page ends with a line for the prescriber's signature.
// Pure rendering: everything it shows is in PrescriptionPrintData, so it can run on a pool
// thread (QPdfWriter) as well as on the GUI thread (QPrinter).

#include "shared/model/clinical_entry.h"
#include "shared/model/patient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;
class QPainter;

namespace medinexus::client::gui {

struct PrescriptionPrintData {
    QString facilityName;      // where the prescription was written
    Patient patient;
    ClinicalEntry prescription;  // a prescription entry (the one in effect of its chain)
    QString prescriberName;
    QDateTime printedAt;
};

class PrescriptionDocument {
    Q_DECLARE_TR_FUNCTIONS(medinexus::client::gui::PrescriptionDocument)

public:
    // Throws std::invalid_argument when `data.prescription` is not a prescription or the
    // patient's number is not a valid patient number (nothing to put in the QR code).
    explicit PrescriptionDocument(PrescriptionPrintData data);

    // Sets `device` to A4 portrait and paints the page, in the device's own resolution.
    // Throws std::runtime_error when the device cannot be painted on (e.g. a PDF file that
    // cannot be created) and QrEncodingError (qr_code.h).
    void render(QPagedPaintDevice &device) const;

    // The patient number as printed and as held by the QR code ("XXXX-XXXX-XXC").
    [[nodiscard]] const QString &patientNumberText() const { return numberText_; }
    // The short reference of the prescription entry printed on the page.
    [[nodiscard]] QString entryReference() const;

private:
    void paint(QPainter &painter) const;

    PrescriptionPrintData data_;
    QString numberText_;
};

} // namespace medinexus::client::gui
