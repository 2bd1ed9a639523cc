#include "store_test_support.h"

namespace medinexus::server::testing {

// This program runs the behaviour suite on PostgreSQL (and the PostgreSQL-only tests),
// against one cluster started by the first test (StoreFixture::cluster()).
std::vector<Backend> storeBackendsUnderTest()
{
    return {Backend::Postgres};
}

} // namespace medinexus::server::testing
