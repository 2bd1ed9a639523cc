#pragma once

#include "shared/version_info.h"

namespace medinexus {

// The product version, from the single project() version in the top CMakeLists.txt.
inline constexpr const char *kVersion = MEDINEXUS_VERSION_STRING;

} // namespace medinexus
