#include "server/storage/writer_gate.h"

#include <string>
#include <utility>

namespace medinexus::server {

bool WriterGate::acquire(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(mutex_);
    const quint64 ticket = nextTicket_++;
    if (changed_.wait_for(lock, timeout, [&] { return serving_ == ticket; }))
        return true;
    abandoned_.insert(ticket);  // skipped when its turn comes
    return false;
}

void WriterGate::release()
{
    {
        const std::lock_guard lock(mutex_);
        ++serving_;
        while (abandoned_.erase(serving_) > 0)
            ++serving_;
    }
    changed_.notify_all();
}

WriterGateHold::WriterGateHold(WriterGate &gate, int timeoutMs) : gate_(&gate)
{
    if (!gate.acquire(std::chrono::milliseconds(timeoutMs))) {
        gate_ = nullptr;
        throw StoreError("the store's writer stayed busy for " + std::to_string(timeoutMs)
                             + " ms (or this request already holds a write transaction)",
                         true);
    }
}

void WriterGateHold::release() noexcept
{
    if (gate_ != nullptr)
        std::exchange(gate_, nullptr)->release();
}

} // namespace medinexus::server
