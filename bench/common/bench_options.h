#pragma once

// The benchmark programs' command lines: `<program> <verb> --name value ...`.

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <stdexcept>

namespace medinexus::bench {

// A mistake on the command line (exit code 2), as opposed to a failed benchmark.
class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

using Options = std::map<QString, QString>;

// The "--name value" pairs after the verb (arguments: program, verb, pairs...).
Options parseOptions(const QStringList &arguments);
// The value of --name, else `fallback`; throws UsageError when neither exists.
QString text(const Options &values, const char *name, const char *fallback = nullptr);
// The non-negative integer of --name, else `fallback`; throws UsageError otherwise.
qint64 integer(const Options &values, const char *name, std::optional<qint64> fallback = std::nullopt);

} // namespace medinexus::bench
