#include "shared/model/vital_signs.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace medinexus {

namespace {

constexpr VitalSign kAllSigns[] = {VitalSign::Temperature, VitalSign::Pulse, VitalSign::Systolic,
    VitalSign::Diastolic, VitalSign::RespiratoryRate, VitalSign::Spo2, VitalSign::Weight};

// `value` / 10^decimals in the current locale, computed on integers so that what is shown is
// exactly what was stored. With `trimZeros`, trailing fractional zeros (and a bare decimal
// point) are dropped: 3450 g -> "3.45", 70000 g -> "70".
QString fixedPoint(int value, int decimals, bool trimZeros)
{
    const QLocale locale;
    int scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const long long magnitude = std::llabs(static_cast<long long>(value));
    QString text = locale.toString(magnitude / scale);
    QString fraction = QString::number(magnitude % scale).rightJustified(decimals, QLatin1Char('0'));
    if (trimZeros) {
        while (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
    }
    if (!fraction.isEmpty()) {
        // Digits in the locale's own script (Arabic-Indic...) like the whole part.
        QString localized;
        for (const QChar digit : fraction)
            localized += locale.toString(digit.digitValue());
        text += locale.decimalPoint() + localized;
    }
    if (value < 0)
        text.prepend(locale.negativeSign());
    return text;
}

} // namespace

std::optional<NormalRange> normalRange(VitalSign sign)
{
    switch (sign) {
    case VitalSign::Temperature: return NormalRange{361, 375};
    case VitalSign::Pulse: return NormalRange{60, 100};
    case VitalSign::Systolic: return NormalRange{90, 140};
    case VitalSign::Diastolic: return NormalRange{60, 90};
    case VitalSign::RespiratoryRate: return NormalRange{12, 20};
    case VitalSign::Spo2: return NormalRange{94, 100};
    case VitalSign::Weight: return std::nullopt;
    }
    return std::nullopt;
}

std::optional<int> valueOf(const Vitals &vitals, VitalSign sign)
{
    switch (sign) {
    case VitalSign::Temperature: return vitals.temperatureDeciCelsius;
    case VitalSign::Pulse: return vitals.pulsePerMinute;
    case VitalSign::Systolic: return vitals.systolicMmHg;
    case VitalSign::Diastolic: return vitals.diastolicMmHg;
    case VitalSign::RespiratoryRate: return vitals.respiratoryRatePerMinute;
    case VitalSign::Spo2: return vitals.spo2Percent;
    case VitalSign::Weight: return vitals.weightGrams;
    }
    return std::nullopt;
}

QList<VitalSign> abnormalSigns(const Vitals &vitals)
{
    QList<VitalSign> abnormal;
    for (const VitalSign sign : kAllSigns) {
        const auto value = valueOf(vitals, sign);
        const auto range = normalRange(sign);
        if (value && range && (*value < range->low || *value > range->high))
            abnormal.append(sign);
    }
    return abnormal;
}

QString vitalSignName(VitalSign sign)
{
    switch (sign) {
    case VitalSign::Temperature: return QCoreApplication::translate("medinexus::VitalSign", "Temperature");
    case VitalSign::Pulse: return QCoreApplication::translate("medinexus::VitalSign", "Pulse");
    case VitalSign::Systolic: return QCoreApplication::translate("medinexus::VitalSign", "Systolic pressure");
    case VitalSign::Diastolic: return QCoreApplication::translate("medinexus::VitalSign", "Diastolic pressure");
    case VitalSign::RespiratoryRate: return QCoreApplication::translate("medinexus::VitalSign", "Respiratory rate");
    case VitalSign::Spo2: return QCoreApplication::translate("medinexus::VitalSign", "Oxygen saturation (SpO2)");
    case VitalSign::Weight: return QCoreApplication::translate("medinexus::VitalSign", "Weight");
    }
    return {};
}

QString vitalSignUnit(VitalSign sign)
{
    switch (sign) {
    case VitalSign::Temperature: return QCoreApplication::translate("medinexus::VitalSign", "°C");
    case VitalSign::Pulse: return QCoreApplication::translate("medinexus::VitalSign", "/min", "beats per minute");
    case VitalSign::Systolic:
    case VitalSign::Diastolic: return QCoreApplication::translate("medinexus::VitalSign", "mmHg");
    case VitalSign::RespiratoryRate: return QCoreApplication::translate("medinexus::VitalSign", "/min", "breaths per minute");
    case VitalSign::Spo2: return QCoreApplication::translate("medinexus::VitalSign", "%");
    case VitalSign::Weight: return QCoreApplication::translate("medinexus::VitalSign", "kg");
    }
    return {};
}

QString formatVitalSign(VitalSign sign, int storedValue)
{
    QString number;
    switch (sign) {
    case VitalSign::Temperature: number = fixedPoint(storedValue, 1, false); break;
    case VitalSign::Weight: number = fixedPoint(storedValue, 3, true); break;
    case VitalSign::Pulse:
    case VitalSign::Systolic:
    case VitalSign::Diastolic:
    case VitalSign::RespiratoryRate:
    case VitalSign::Spo2: number = QLocale().toString(storedValue); break;
    }
    // A narrow no-break space keeps the unit on the number's line.
    return number + QChar(0x202F) + vitalSignUnit(sign);
}

} // namespace medinexus
