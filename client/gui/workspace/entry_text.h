#pragma once

// How a clinical entry reads in one line (timeline, counter, printout, conflict lists), in the
// current language, with numbers and units in the current locale. Formatting only: what is in
// effect, open or abnormal is decided in shared/model.

#include "shared/model/clinical_entry.h"
#include "shared/model/patient.h"

#include <QDate>
#include <QString>

namespace medinexus::client::gui {

// "Amoxicillin 500 mg: 1 tablet, oral, 3 times a day, for 7 days (21 tablets). After meals."
QString prescriptionText(const PrescriptionBody &body);
// "Malaria (B54), confirmed"
QString diagnosisText(const DiagnosisBody &body);
// "37.2 °C · pulse 88/min · BP 120/80 mmHg ..." then the nursing text
QString observationText(const ObservationBody &body);
// "12 tablets dispensed (partial). Note"
QString dispensationText(const DispensationBody &body, const QString &quantityUnit = {});
// "Follow-up: text"
QString noteText(const NoteBody &body);
// The entry's body in one line (the functions above).
QString entryText(const ClinicalEntry &entry);

// "34 years" / "8 months" (under two years) / "" when unknown, at `today`.
QString ageText(const Patient &patient, QDate today = QDate::currentDate());
// "12 Mar 1991" in the locale's short format, or "about 1991" for an estimated year.
QString birthText(const Patient &patient);

} // namespace medinexus::client::gui
