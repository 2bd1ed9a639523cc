#pragma once

// Printing a prescription from the record: to a PDF file (rendered on a pool thread while a
// busy indicator shows) or to a printer, with a clear answer either way.

#include "client/gui/printing/prescription_document.h"

#include <QDateTime>
#include <QString>

class QWidget;

namespace medinexus::client::gui {

class Workspace;

// What the printout shows, gathered from the cache: the prescriber's name and the facility
// where the prescription was written.
PrescriptionPrintData prescriptionPrintData(Workspace &workspace, const Patient &patient,
                                            const ClinicalEntry &prescription,
                                            const QDateTime &printedAt = QDateTime::currentDateTimeUtc());

// Writes the printout to `path` as a one-page PDF (replaced only once complete). On failure
// returns false and sets `*error` (when given) to a translated message. Safe on a pool thread.
bool writePrescriptionPdf(const QString &path, const PrescriptionPrintData &data, QString *error);

// Asks for a PDF file or a printer, prints, and tells the user how it went. Returns at once
// for a PDF (the file is written in the background); `parent` is the dialogs' parent.
void printPrescription(QWidget *parent, Workspace &workspace, const Patient &patient,
                       const ClinicalEntry &prescription);

} // namespace medinexus::client::gui
