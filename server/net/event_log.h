#pragma once

#include <exception>
#include <functional>
#include <string>
#include <string_view>

namespace medinexus::server::net {

enum class LogLevel { debug, info, warning, error };

/// Receives the transport's diagnostic messages. Called from I/O and worker threads, so it
/// must be thread-safe and quick. Messages never contain request bodies, headers, query
/// strings or exception texts.
using EventLogSink = std::function<void(LogLevel level, std::string_view message)>;

[[nodiscard]] std::string_view toString(LogLevel level) noexcept;

/// Hands the message to the sink; without a sink, warnings and errors go to stderr. Never
/// throws, even when the sink does.
void logEvent(const EventLogSink &sink, LogLevel level, std::string_view message) noexcept;

/// The dynamic type of an exception, demangled where the platform allows
/// ("std::runtime_error"). Never its what() text, which may contain SQL or patient data.
[[nodiscard]] std::string exceptionTypeName(const std::exception &exception);

} // namespace medinexus::server::net
