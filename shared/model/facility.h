#pragma once

#include "shared/model/enums.h"

#include <QString>
#include <QUuid>

namespace medinexus {

// A hospital, clinic or pharmacy of the community. Facilities are never deleted, only
// deactivated, because clinical entries keep pointing at where they were written.
struct Facility {
    QUuid id;
    QString name;
    FacilityKind kind = FacilityKind::Clinic;
    QString village;  // where it is, for people choosing among facilities
    bool active = true;
    int version = 1;  // increases with every change, for optimistic concurrency

    bool operator==(const Facility &) const = default;
};

} // namespace medinexus
