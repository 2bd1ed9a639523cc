#include "bench/common/bench_report.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <stdexcept>

#include <unistd.h>

namespace medinexus::bench {

namespace {

QString number(double value)
{
    // Enough digits to read, never exponent notation.
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 100 ? 1 : (magnitude >= 1 ? 2 : 3);
    return QString::number(value, 'f', decimals);
}

QString clean(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char('\t'), QLatin1Char(' '));
    result.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return result.isEmpty() ? QStringLiteral("-") : result;
}

QByteArray readProcFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

} // namespace

void printRow(const FigureRow &row)
{
    QString ratio = QStringLiteral("-");
    if (row.baselineValue && *row.baselineValue > 0)
        ratio = number(row.value / *row.baselineValue);
    const QStringList fields{clean(row.figure),
                             number(row.value),
                             clean(row.unit),
                             clean(row.baseline),
                             row.baselineValue ? number(*row.baselineValue) : QStringLiteral("-"),
                             ratio,
                             clean(row.target),
                             row.met ? (*row.met ? QStringLiteral("yes") : QStringLiteral("no")) : QStringLiteral("-")};
    const QByteArray line = fields.join(QLatin1Char('\t')).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fflush(stdout);
}

void progress(const QString &message)
{
    const QByteArray line = "  [bench] " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
    std::fflush(stderr);
}

double processCpuSeconds(pid_t pid)
{
    const QByteArray stat = readProcFile(QStringLiteral("/proc/%1/stat").arg(pid));
    // The command name (field 2) may hold spaces and parentheses: fields count from the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        throw std::runtime_error("unexpected /proc/<pid>/stat format");
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    // After ')': field 3 (state) is index 0, so utime (14) is index 11 and stime (15) index 12.
    if (fields.size() < 13)
        throw std::runtime_error("unexpected /proc/<pid>/stat format");
    bool okUser = false;
    bool okSystem = false;
    const double ticks = static_cast<double>(fields.at(11).toLongLong(&okUser) + fields.at(12).toLongLong(&okSystem));
    if (!okUser || !okSystem)
        throw std::runtime_error("unexpected /proc/<pid>/stat format");
    return ticks / static_cast<double>(sysconf(_SC_CLK_TCK));
}

double ownCpuSeconds()
{
    timespec now{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) != 0)
        throw std::runtime_error("clock_gettime(CLOCK_PROCESS_CPUTIME_ID) failed");
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

MemoryFigures ownMemory()
{
    MemoryFigures figures;
    const QByteArray status = readProcFile(QStringLiteral("/proc/self/status"));
    for (const QByteArray &line : status.split('\n')) {
        const auto kib = [&line] {
            return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
        };
        if (line.startsWith("VmHWM:"))
            figures.peakMiB = kib();
        else if (line.startsWith("VmRSS:"))
            figures.residentMiB = kib();
    }
    return figures;
}

double percentile(std::vector<double> sample, double p)
{
    if (sample.empty())
        throw std::invalid_argument("percentile of an empty sample");
    std::sort(sample.begin(), sample.end());
    const double rank = std::ceil(p / 100.0 * static_cast<double>(sample.size()));
    const auto index = static_cast<std::size_t>(std::clamp(rank, 1.0, static_cast<double>(sample.size()))) - 1;
    return sample[index];
}

void check(bool condition, const QString &what)
{
    if (!condition)
        throw CheckFailed("check failed: " + what.toStdString());
}

} // namespace medinexus::bench
