#include "client/gui/record/observation_dialog.h"

#include "client/gui/record/number_field.h"
#include "shared/validation/validator.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace medinexus::client::gui {

namespace L = ValidationLimits;

namespace {

// What the validator accepts, in the stored unit (shown in each field's tooltip).
std::pair<int, int> acceptedRange(VitalSign sign)
{
    switch (sign) {
    case VitalSign::Temperature:
        return {L::kMinTemperatureDeciCelsius, L::kMaxTemperatureDeciCelsius};
    case VitalSign::Pulse:
        return {L::kMinPulse, L::kMaxPulse};
    case VitalSign::Systolic:
        return {L::kMinSystolic, L::kMaxSystolic};
    case VitalSign::Diastolic:
        return {L::kMinDiastolic, L::kMaxDiastolic};
    case VitalSign::RespiratoryRate:
        return {L::kMinRespiratoryRate, L::kMaxRespiratoryRate};
    case VitalSign::Spo2:
        return {L::kMinSpo2, L::kMaxSpo2};
    case VitalSign::Weight:
        return {L::kMinWeightGrams, L::kMaxWeightGrams};
    }
    return {0, 0};
}

// A row of the form: the widgets side by side, the rest of the line empty.
QWidget *rowOf(std::initializer_list<QWidget *> widgets, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets) {
        widget->setParent(row);
        layout->addWidget(widget);
    }
    layout->addStretch();
    return row;
}

} // namespace

ObservationDialog::ObservationDialog(Workspace &workspace, const QUuid &patientId,
                                     std::optional<ClinicalEntry> corrected, QWidget *parent)
    : EntryDialog(workspace, patientId, std::move(corrected), parent)
{
    setObjectName(QStringLiteral("observationDialog"));
    setWindowTitle(isAmendment() ? tr("Correct an observation") : tr("Record vital signs and nursing observations"));

    auto unitLabel = [this](VitalSign sign) { return new QLabel(vitalSignUnit(sign), this); };

    auto *temperature = new QLineEdit(this);
    QLabel *temperatureFlag = addSign(VitalSign::Temperature, temperature, 1, 2, "vitals.temperatureDeciCelsius");
    addRow(tr("&Temperature:"), temperature,
           rowOf({temperature, unitLabel(VitalSign::Temperature), temperatureFlag}, this));

    auto *pulse = new QLineEdit(this);
    QLabel *pulseFlag = addSign(VitalSign::Pulse, pulse, 0, 3, "vitals.pulsePerMinute");
    addRow(tr("&Pulse:"), pulse, rowOf({pulse, unitLabel(VitalSign::Pulse), pulseFlag}, this));

    auto *systolic = new QLineEdit(this);
    auto *diastolic = new QLineEdit(this);
    QLabel *systolicFlag = addSign(VitalSign::Systolic, systolic, 0, 3, "vitals.systolicMmHg");
    QLabel *diastolicFlag = addSign(VitalSign::Diastolic, diastolic, 0, 3, "vitals.diastolicMmHg");
    systolic->setAccessibleName(tr("Systolic blood pressure"));
    diastolic->setAccessibleName(tr("Diastolic blood pressure"));
    addRow(tr("&Blood pressure:"), systolic,
           rowOf({systolic, systolicFlag, new QLabel(QStringLiteral("/"), this), diastolic,
                  unitLabel(VitalSign::Diastolic), diastolicFlag},
                 this));
    addToTabOrder(diastolic);

    auto *respiratory = new QLineEdit(this);
    QLabel *respiratoryFlag = addSign(VitalSign::RespiratoryRate, respiratory, 0, 2, "vitals.respiratoryRatePerMinute");
    addRow(tr("&Respiratory rate:"), respiratory,
           rowOf({respiratory, unitLabel(VitalSign::RespiratoryRate), respiratoryFlag}, this));

    auto *spo2 = new QLineEdit(this);
    QLabel *spo2Flag = addSign(VitalSign::Spo2, spo2, 0, 3, "vitals.spo2Percent");
    addRow(tr("&SpO2:"), spo2, rowOf({spo2, unitLabel(VitalSign::Spo2), spo2Flag}, this));

    auto *weight = new QLineEdit(this);
    QLabel *weightFlag = addSign(VitalSign::Weight, weight, 3, 3, "vitals.weightGrams");
    addRow(tr("&Weight:"), weight, rowOf({weight, unitLabel(VitalSign::Weight), weightFlag}, this));

    warning_ = new QLabel(this);
    warning_->setObjectName(QStringLiteral("abnormalWarning"));
    warning_->setWordWrap(true);
    warning_->setTextFormat(Qt::PlainText);
    warning_->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    warning_->hide();
    form()->addRow(warning_);

    nursingText_ = new QPlainTextEdit(this);
    nursingText_->setObjectName(QStringLiteral("nursingText"));
    nursingText_->setTabChangesFocus(true);
    nursingText_->setPlaceholderText(tr("Clinical evolution, care given (optional when vital signs are entered)"));
    addRow(tr("&Nursing observations:"), nursingText_);
    bindField(QStringLiteral("nursingText"), nursingText_);
    // "Enter at least one vital sign or a nursing note" concerns the whole form: mark the text.
    bindField(QStringLiteral("vitals"), nursingText_);

    if (const auto &entry = this->corrected()) {
        if (const auto *observation = std::get_if<ObservationBody>(&entry->body)) {
            for (auto &[sign, field] : signs_) {
                if (auto value = valueOf(observation->vitals, sign))
                    field.edit->setText(numberText(*value, field.decimals));
            }
            nursingText_->setPlainText(observation->nursingText);
        }
    }
    updateWarnings();
    finishForm();
}

QLabel *ObservationDialog::addSign(VitalSign sign, QLineEdit *edit, int decimals, int integerDigits,
                                   const char *field)
{
    const QString name = QString::fromLatin1(field);
    edit->setObjectName(name.mid(name.indexOf(QLatin1Char('.')) + 1));
    setUpNumberField(edit, decimals, integerDigits);

    const auto [low, high] = acceptedRange(sign);
    QString tip = tr("%1 to %2, empty when not measured")
                      .arg(formatVitalSign(sign, low), formatVitalSign(sign, high));
    if (auto usual = normalRange(sign)) {
        tip += QLatin1Char('\n')
            + tr("Usual range: %1 to %2").arg(formatVitalSign(sign, usual->low), formatVitalSign(sign, usual->high));
    }
    edit->setToolTip(tip);
    bindField(name, edit);

    auto *flag = new QLabel(this);
    flag->setObjectName(edit->objectName() + QStringLiteral("Flag"));
    flag->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    signs_[sign] = SignField{edit, flag, decimals, field};
    connect(edit, &QLineEdit::textChanged, this, &ObservationDialog::updateWarnings);
    return flag;
}

Vitals ObservationDialog::vitals() const
{
    auto read = [this](VitalSign sign) { return readNumber(signs_.at(sign).edit->text(), signs_.at(sign).decimals).value; };
    Vitals vitals;
    vitals.temperatureDeciCelsius = read(VitalSign::Temperature);
    vitals.pulsePerMinute = read(VitalSign::Pulse);
    vitals.systolicMmHg = read(VitalSign::Systolic);
    vitals.diastolicMmHg = read(VitalSign::Diastolic);
    vitals.respiratoryRatePerMinute = read(VitalSign::RespiratoryRate);
    vitals.spo2Percent = read(VitalSign::Spo2);
    vitals.weightGrams = read(VitalSign::Weight);
    return vitals;
}

void ObservationDialog::updateWarnings()
{
    const Vitals current = vitals();
    abnormal_ = abnormalSigns(current);
    QStringList lines;
    for (auto &[sign, field] : signs_) {
        const bool abnormal = abnormal_.contains(sign);
        const auto value = valueOf(current, sign);
        const auto usual = normalRange(sign);
        QString flag;
        if (abnormal && value && usual) {
            flag = *value > usual->high ? tr("high") : tr("low");
            lines << tr("%1 %2 is outside the usual range (%3 to %4).")
                         .arg(vitalSignName(sign), formatVitalSign(sign, *value),
                              formatVitalSign(sign, usual->low), formatVitalSign(sign, usual->high));
        }
        field.flag->setText(flag);
        field.flag->setVisible(!flag.isEmpty());
        field.edit->setAccessibleDescription(flag);
    }
    if (lines.isEmpty()) {
        warning_->clear();
        warning_->hide();
    } else {
        lines << tr("Check the values; they will be saved as typed.");
        warning_->setText(lines.join(QLatin1Char('\n')));
        warning_->show();
    }
}

EntryBody ObservationDialog::body() const
{
    ObservationBody observation;
    observation.vitals = vitals();
    observation.nursingText = nursingText_->toPlainText().trimmed();
    return observation;
}

ValidationErrors ObservationDialog::formErrors() const
{
    ValidationErrors errors;
    for (const auto &[sign, field] : signs_) {
        if (!readNumber(field.edit->text(), field.decimals).isValid()) {
            errors.push_back({QString::fromLatin1(field.field), ValidationCode::InvalidFormat,
                              QT_TRANSLATE_NOOP("medinexus::Validation",
                                                "This value is not a number in the expected unit."),
                              {}});
        }
    }
    return errors;
}

} // namespace medinexus::client::gui
