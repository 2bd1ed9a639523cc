#include "client/core/sync/retry_backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace medinexus::client {

RetryBackoff::RetryBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum, Random random)
    : initial_(initial), maximum_(std::max(initial, maximum)), random_(std::move(random))
{
    if (!random_)
        random_ = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::chrono::milliseconds RetryBackoff::nextDelay()
{
    // initial * 2^failures, capped; computed in double so a long outage cannot overflow.
    const double step = std::min(static_cast<double>(maximum_.count()),
                                 static_cast<double>(initial_.count()) * std::pow(2.0, std::min(failures_, 30)));
    ++failures_;
    const double jittered = step * (0.5 + 0.5 * random_());
    return std::chrono::milliseconds(static_cast<qint64>(jittered));
}

} // namespace medinexus::client
