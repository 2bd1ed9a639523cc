#include "shared/model/enums.h"

#include <QCoreApplication>

namespace medinexus {

QString translatedLabel(const char *englishLabel)
{
    return QCoreApplication::translate("medinexus::Enum", englishLabel);
}

} // namespace medinexus
