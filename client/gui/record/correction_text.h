#pragma once

// How a correction names what it corrects, for the timeline and the correction forms:
// "Corrects the diagnosis of 12/03/2025 10:42: Malaria, provisional".

#include "shared/model/clinical_entry.h"

#include <QString>

namespace medinexus::client::gui {

// The recording time of an entry as people read it: local time, the locale's short format.
QString entryTimeText(const ClinicalEntry &entry);

// "Corrects the <kind> of <time>: <one-line text of original>".
QString correctionText(const ClinicalEntry &original);

// "Reason: <reason>".
QString correctionReasonText(const QString &reason);

} // namespace medinexus::client::gui
