#include "client/gui/record/patient_header.h"

#include "client/gui/workspace/entry_text.h"
#include "shared/ids/patient_number.h"
#include "shared/model/record_summary.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace medinexus::client::gui {

namespace {
QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

PatientHeader::PatientHeader(QWidget *parent)
    : QWidget(parent),
      name_(makeLabel(QStringLiteral("patientName"), this)),
      number_(makeLabel(QStringLiteral("patientNumber"), this)),
      age_(makeLabel(QStringLiteral("patientAge"), this)),
      sex_(makeLabel(QStringLiteral("patientSex"), this)),
      phone_(makeLabel(QStringLiteral("patientPhone"), this)),
      village_(makeLabel(QStringLiteral("patientVillage"), this)),
      allergies_(makeLabel(QStringLiteral("allergies"), this)),
      diagnoses_(makeLabel(QStringLiteral("activeDiagnoses"), this)),
      prescriptions_(makeLabel(QStringLiteral("currentPrescriptions"), this)),
      conflict_(makeLabel(QStringLiteral("conflictMarker"), this)),
      pending_(makeLabel(QStringLiteral("pendingMarker"), this))
{
    setObjectName(QStringLiteral("patientHeader"));
    QFont big = name_->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    name_->setFont(big);
    QFont numberFont = number_->font();
    numberFont.setFamily(QStringLiteral("monospace"));
    numberFont.setStyleHint(QFont::Monospace);
    number_->setFont(numberFont);
    number_->setAccessibleName(tr("Patient number"));

    // Allergies must not be overlooked: red and bold when there are any.
    allergies_->setAccessibleName(tr("Allergies"));
    conflict_->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    conflict_->setText(tr("Two versions of this patient's details disagree: the conflict must be resolved."));
    pending_->setStyleSheet(QStringLiteral("color: #1565c0;"));

    // Numbers are read whole: never wrapped at their spaces.
    number_->setWordWrap(false);
    phone_->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    auto *identity = new QGridLayout;
    identity->addWidget(name_, 0, 0, 1, 2);
    identity->addWidget(number_, 0, 2, Qt::AlignRight);
    identity->addWidget(age_, 1, 0);
    identity->addWidget(sex_, 1, 1);
    identity->addWidget(phone_, 1, 2, Qt::AlignRight);
    identity->addWidget(village_, 2, 0, 1, 3);
    layout->addLayout(identity);
    layout->addWidget(allergies_);

    auto *summary = new QFormLayout;
    auto *diagnosesTitle = new QLabel(tr("Active diagnoses:"), this);
    auto *prescriptionsTitle = new QLabel(tr("Current prescriptions:"), this);
    diagnoses_->setAccessibleName(diagnosesTitle->text());
    prescriptions_->setAccessibleName(prescriptionsTitle->text());
    summary->addRow(diagnosesTitle, diagnoses_);
    summary->addRow(prescriptionsTitle, prescriptions_);
    layout->addLayout(summary);
    layout->addWidget(conflict_);
    layout->addWidget(pending_);
    clear();
}

void PatientHeader::clear()
{
    for (QLabel *label : {name_, number_, age_, sex_, phone_, village_, allergies_, diagnoses_, prescriptions_, pending_})
        label->clear();
    conflict_->hide();
    pending_->hide();
}

void PatientHeader::showPatient(const Patient &patient, const std::vector<ClinicalEntry> &record, bool hasConflict,
                                int pendingEntries)
{
    name_->setText(displayName(patient));
    const auto number = PatientNumber::parse(patient.number);
    number_->setText(number ? number->toString() : patient.number);

    const QString age = ageText(patient);
    const QString birth = birthText(patient);
    if (age.isEmpty() && birth.isEmpty())
        age_->setText(tr("Age unknown"));
    else if (birth.isEmpty())
        age_->setText(age);
    else
        age_->setText(tr("%1 (born %2)").arg(age, birth));
    sex_->setText(label(patient.sex));
    phone_->setText(patient.phone.isEmpty() ? QString() : tr("Phone: %1").arg(patient.phone));
    village_->setText(patient.village.isEmpty() ? QString() : tr("Village: %1").arg(patient.village));

    if (patient.allergies.isEmpty()) {
        allergies_->setText(tr("No known allergies"));
        allergies_->setStyleSheet(QString());
    } else {
        allergies_->setText(tr("ALLERGIES: %1").arg(QLocale().createSeparatedList(patient.allergies)));
        allergies_->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold; font-size: 120%;"));
    }

    QStringList diagnoses;
    for (const ClinicalEntry &entry : activeDiagnoses(record))
        diagnoses << entryText(entry);
    diagnoses_->setText(diagnoses.isEmpty() ? tr("None") : diagnoses.join(QLatin1Char('\n')));

    QStringList prescriptions;
    for (const PrescriptionProgress &progress : openPrescriptions(record)) {
        const auto &body = std::get<PrescriptionBody>(progress.prescription.body);
        prescriptions << tr("%1 — still to dispense: %2 %3")
                             .arg(prescriptionText(body), QLocale().toString(progress.remaining), body.quantityUnit);
    }
    prescriptions_->setText(prescriptions.isEmpty() ? tr("None") : prescriptions.join(QLatin1Char('\n')));

    conflict_->setVisible(hasConflict);
    if (pendingEntries > 0) {
        pending_->setText(tr("%n entry(ies) not yet sent to the server.", "pending entries", pendingEntries));
        pending_->show();
    } else {
        pending_->hide();
    }
}

} // namespace medinexus::client::gui
