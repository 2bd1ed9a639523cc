#pragma once

// Entries of one patient's record at chosen times, for the tests of the rules that read whole
// records (amendment chains, record summary).

#include "shared/ids/uuid.h"
#include "shared/model/clinical_entry.h"

#include <QDateTime>

namespace medinexus::testing {

class RecordBuilder {
public:
    // An entry of `body` recorded `offsetMs` after a fixed instant, by someone somewhere.
    ClinicalEntry entryAt(EntryBody body, qint64 offsetMs) const
    {
        ClinicalEntry entry;
        entry.id = newUuidV7();
        entry.patientId = patientId_;
        entry.authorId = newUuidV7();
        entry.facilityId = newUuidV7();
        entry.recordedAt = base_.addMSecs(offsetMs);
        entry.body = std::move(body);
        return entry;
    }
    ClinicalEntry dispensation(const ClinicalEntry &of, int quantity, qint64 offsetMs) const
    {
        return entryAt(DispensationBody{of.id, quantity, DispensationCompleteness::Partial, {}}, offsetMs);
    }
    // A correction of `of` with `body`.
    ClinicalEntry amendment(const ClinicalEntry &of, EntryBody body, qint64 offsetMs) const
    {
        ClinicalEntry entry = entryAt(std::move(body), offsetMs);
        entry.amends = of.id;
        entry.amendmentReason = QStringLiteral("correction");
        return entry;
    }

private:
    QUuid patientId_ = newUuidV7();
    QDateTime base_ = QDateTime::fromMSecsSinceEpoch(1'790'000'000'000).toUTC();
};

} // namespace medinexus::testing
