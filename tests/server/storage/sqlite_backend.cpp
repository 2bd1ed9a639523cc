#include "store_test_support.h"

namespace medinexus::server::testing {

// This program runs the behaviour suite on SQLite (and the SQLite-only tests).
std::vector<Backend> storeBackendsUnderTest()
{
    return {Backend::Sqlite};
}

} // namespace medinexus::server::testing
