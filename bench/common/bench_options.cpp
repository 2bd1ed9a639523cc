#include "bench/common/bench_options.h"

#include <string>

namespace medinexus::bench {

Options parseOptions(const QStringList &arguments)
{
    Options result;
    for (qsizetype i = 2; i < arguments.size(); i += 2) {
        if (!arguments.at(i).startsWith(QLatin1String("--")) || i + 1 >= arguments.size())
            throw UsageError("expected --name value pairs");
        result[arguments.at(i).mid(2)] = arguments.at(i + 1);
    }
    return result;
}

QString text(const Options &values, const char *name, const char *fallback)
{
    const auto it = values.find(QString::fromLatin1(name));
    if (it != values.end())
        return it->second;
    if (!fallback)
        throw UsageError(std::string("missing --") + name);
    return QString::fromUtf8(fallback);
}

qint64 integer(const Options &values, const char *name, std::optional<qint64> fallback)
{
    const auto it = values.find(QString::fromLatin1(name));
    if (it == values.end()) {
        if (!fallback)
            throw UsageError(std::string("missing --") + name);
        return *fallback;
    }
    bool ok = false;
    const qint64 value = it->second.toLongLong(&ok);
    if (!ok || value < 0)
        throw UsageError(std::string("--") + name + ": expected a number");
    return value;
}

} // namespace medinexus::bench
