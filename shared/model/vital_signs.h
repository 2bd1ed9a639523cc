#pragma once

// Vital signs as people read them: units, display in the locale's number format, and whether
// a value lies outside the usual adult range (shown highlighted, never refused: the
// validator's limits in validator.h are what is refused as implausible).

#include "shared/model/clinical_entry.h"

#include <QList>
#include <QString>

#include <optional>

namespace medinexus {

enum class VitalSign { Temperature, Pulse, Systolic, Diastolic, RespiratoryRate, Spo2, Weight };

// The usual adult range of a sign in its stored unit (tenths of a degree, per minute, mmHg,
// percent); weight has none (nullopt).
struct NormalRange {
    int low = 0;
    int high = 0;
};
std::optional<NormalRange> normalRange(VitalSign sign);

// The stored value of `sign` in `vitals`.
std::optional<int> valueOf(const Vitals &vitals, VitalSign sign);

// The signs present in `vitals` whose value lies outside their normal range.
QList<VitalSign> abnormalSigns(const Vitals &vitals);

// Translated name ("Temperature") and unit ("°C", "/min", "mmHg", "%", "kg").
QString vitalSignName(VitalSign sign);
QString vitalSignUnit(VitalSign sign);

// The value as shown, in the current locale with its unit: "37.2 °C" / "37,2 °C", "3.45 kg".
QString formatVitalSign(VitalSign sign, int storedValue);

} // namespace medinexus
