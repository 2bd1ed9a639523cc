#pragma once

#include <chrono>
#include <functional>

namespace medinexus::client {

// When to try again after a failed sync: exponential growth from `initial` up to `maximum`,
// with "full jitter" (a random delay between half and all of the step) so that the clinics
// of a district do not all come back at the same second after an outage.
class RetryBackoff {
public:
    using Random = std::function<double()>;  // uniform in [0, 1)

    RetryBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum, Random random = {});

    // The delay before the next attempt; each call counts one more failure.
    std::chrono::milliseconds nextDelay();
    void reset() { failures_ = 0; }
    [[nodiscard]] int failures() const { return failures_; }

private:
    std::chrono::milliseconds initial_;
    std::chrono::milliseconds maximum_;
    Random random_;
    int failures_ = 0;
};

} // namespace medinexus::client
