#include "client/gui/workspace/entry_text.h"

#include "shared/model/enums.h"
#include "shared/model/vital_signs.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace medinexus::client::gui {

QString prescriptionText(const PrescriptionBody &body)
{
    const QLocale locale;
    QStringList how;
    if (!body.dose.isEmpty())
        how << body.dose;
    how << label(body.route).toLower();
    if (!body.frequency.isEmpty())
        how << body.frequency;
    if (body.durationDays)
        how << QCoreApplication::translate("medinexus::client::gui::EntryText", "for %n day(s)", "duration",
                                           *body.durationDays);
    QString text = QCoreApplication::translate("medinexus::client::gui::EntryText", "%1: %2 (%3 %4)")
                       .arg(body.medication, how.join(QStringLiteral(", ")), locale.toString(body.quantity),
                            body.quantityUnit)
                       .trimmed();
    if (!body.instructions.isEmpty())
        text += QStringLiteral(". ") + body.instructions;
    return text;
}

QString diagnosisText(const DiagnosisBody &body)
{
    QString text = body.text;
    if (!body.icd10Code.isEmpty())
        text += QStringLiteral(" (%1)").arg(body.icd10Code);
    return QCoreApplication::translate("medinexus::client::gui::EntryText", "%1, %2")
        .arg(text, label(body.status).toLower());
}

QString observationText(const ObservationBody &body)
{
    QStringList parts;
    const Vitals &vitals = body.vitals;
    if (vitals.systolicMmHg && vitals.diastolicMmHg) {
        const QLocale locale;
        parts << QCoreApplication::translate("medinexus::client::gui::EntryText", "BP %1/%2 mmHg")
                     .arg(locale.toString(*vitals.systolicMmHg), locale.toString(*vitals.diastolicMmHg));
    }
    for (VitalSign sign : {VitalSign::Temperature, VitalSign::Pulse, VitalSign::Systolic, VitalSign::Diastolic,
                           VitalSign::RespiratoryRate, VitalSign::Spo2, VitalSign::Weight}) {
        const bool inPair = (sign == VitalSign::Systolic || sign == VitalSign::Diastolic) && vitals.systolicMmHg
            && vitals.diastolicMmHg;
        if (inPair)
            continue;
        if (auto value = valueOf(vitals, sign))
            parts << QStringLiteral("%1 %2").arg(vitalSignName(sign), formatVitalSign(sign, *value));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!body.nursingText.isEmpty())
        text = text.isEmpty() ? body.nursingText : text + QStringLiteral(". ") + body.nursingText;
    return text;
}

QString dispensationText(const DispensationBody &body, const QString &quantityUnit)
{
    QString text = body.completeness == DispensationCompleteness::Full
        ? QCoreApplication::translate("medinexus::client::gui::EntryText", "%1 %2 dispensed (full)")
        : QCoreApplication::translate("medinexus::client::gui::EntryText", "%1 %2 dispensed (partial)");
    text = text.arg(QLocale().toString(body.quantity), quantityUnit).simplified();
    if (!body.note.isEmpty())
        text += QStringLiteral(". ") + body.note;
    return text;
}

QString noteText(const NoteBody &body)
{
    return QCoreApplication::translate("medinexus::client::gui::EntryText", "%1: %2").arg(label(body.category), body.text);
}

QString entryText(const ClinicalEntry &entry)
{
    return std::visit(
        [](const auto &body) -> QString {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, DiagnosisBody>)
                return diagnosisText(body);
            else if constexpr (std::is_same_v<Body, PrescriptionBody>)
                return prescriptionText(body);
            else if constexpr (std::is_same_v<Body, DispensationBody>)
                return dispensationText(body);
            else if constexpr (std::is_same_v<Body, ObservationBody>)
                return observationText(body);
            else
                return noteText(body);
        },
        entry.body);
}

QString ageText(const Patient &patient, QDate today)
{
    const auto years = ageInYears(patient, today);
    if (!years)
        return {};
    if (*years < 2 && patient.birthDate) {
        // Young children's ages are read in months.
        int months = (today.year() - patient.birthDate->year()) * 12 + today.month() - patient.birthDate->month();
        if (today.day() < patient.birthDate->day())
            --months;
        months = std::max(0, months);
        return QCoreApplication::translate("medinexus::client::gui::EntryText", "%n month(s)", "age", months);
    }
    return QCoreApplication::translate("medinexus::client::gui::EntryText", "%n year(s)", "age", *years);
}

QString birthText(const Patient &patient)
{
    if (patient.birthDate)
        return QLocale().toString(*patient.birthDate, QLocale::ShortFormat);
    if (patient.estimatedBirthYear)
        return QCoreApplication::translate("medinexus::client::gui::EntryText", "about %1")
            .arg(*patient.estimatedBirthYear);
    return {};
}

} // namespace medinexus::client::gui
