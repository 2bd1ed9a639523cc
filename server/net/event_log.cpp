#include "server/net/event_log.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <typeinfo>

#if __has_include(<cxxabi.h>)
#include <cxxabi.h>
#define MEDINEXUS_HAVE_CXXABI 1
#endif

namespace medinexus::server::net {

std::string_view toString(LogLevel level) noexcept
{
    switch (level) {
    case LogLevel::debug:
        return "debug";
    case LogLevel::info:
        return "info";
    case LogLevel::warning:
        return "warning";
    case LogLevel::error:
        return "error";
    }
    return "unknown";
}

void logEvent(const EventLogSink &sink, LogLevel level, std::string_view message) noexcept
{
    if (sink) {
        try {
            sink(level, message);
            return;
        } catch (...) {
            // A failing log sink must not take a connection down; fall back to stderr.
        }
    }
    if (level == LogLevel::warning || level == LogLevel::error) {
        const std::string_view name = toString(level);
        std::fprintf(stderr, "medinexus-server net %.*s: %.*s\n", static_cast<int>(name.size()), name.data(),
                     static_cast<int>(message.size()), message.data());
    }
}

std::string exceptionTypeName(const std::exception &exception)
{
    const char *mangled = typeid(exception).name();
#ifdef MEDINEXUS_HAVE_CXXABI
    int status = 0;
    std::unique_ptr<char, decltype(&std::free)> demangled(abi::__cxa_demangle(mangled, nullptr, nullptr, &status),
                                                          &std::free);
    if (status == 0 && demangled) {
        return demangled.get();
    }
#endif
    return mangled;
}

} // namespace medinexus::server::net
