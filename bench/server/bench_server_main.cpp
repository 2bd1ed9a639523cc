// medinexus-bench-server: the server side of the benchmarks (bench/README.md).
//
//   generate --data-dir DIR [--patients N] [--entries M] [--seed S]
//       A new data directory with a benchmark community, written through the write path.
//   push-baseline --data-dir DIR --measurements FILE
//       The baseline of the push figures (FILE: what medinexus-bench-client sync-push wrote);
//       prints the push rows.
#include "bench/common/bench_options.h"
#include "bench/common/bench_report.h"
#include "bench/server/community_generator.h"
#include "bench/server/push_baseline.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <exception>
#include <map>
#include <string>

using namespace medinexus;
using namespace medinexus::bench;

using medinexus::bench::integer;
using medinexus::bench::parseOptions;
using medinexus::bench::text;
using medinexus::bench::UsageError;

namespace {

int generate(const std::map<QString, QString> &values)
{
    server::bench::GeneratorOptions generator;
    generator.dataDir = text(values, "data-dir");
    generator.patients = static_cast<int>(integer(values, "patients", generator.patients));
    generator.entries = integer(values, "entries", generator.entries);
    generator.seed = static_cast<quint32>(integer(values, "seed", generator.seed));
    const auto community = server::bench::generateCommunity(generator);
    const qint64 changes = community.patients + community.entries;
    progress(QStringLiteral("community: %1 facilities, %2 users, %3 patients, %4 entries in %5 s")
                 .arg(community.facilities).arg(community.users).arg(community.patients).arg(community.entries)
                 .arg(community.seconds, 0, 'f', 1));
    printRow({QStringLiteral("generate %1 p + %2 e via write path").arg(community.patients).arg(community.entries),
              static_cast<double>(changes) / community.seconds, QStringLiteral("changes/s"), {}, {}, {}, {}});
    return 0;
}

int pushBaseline(const std::map<QString, QString> &values)
{
    QFile file(text(values, "measurements"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the measurements file");
    const QJsonObject measured = QJsonDocument::fromJson(file.readAll()).object();
    std::vector<sync::ChangeEnvelope> pushed;
    for (const QJsonValue &value : measured.value(QStringLiteral("changes")).toArray()) {
        auto change = sync::changeEnvelopeFromJson(value.toObject());
        if (!change)
            throw std::runtime_error("undecodable change in the measurements file: " + change.error().toString().toStdString());
        pushed.push_back(std::move(*change));
    }
    const int pushBatch = measured.value(QStringLiteral("pushBatch")).toInt();
    const int pullPage = measured.value(QStringLiteral("pullPage")).toInt();
    check(!pushed.empty() && pushBatch > 0 && pullPage > 0, QStringLiteral("the measurements file is complete"));

    const auto baseline = server::bench::runPushBaseline(text(values, "data-dir"),
                                                         measured.value(QStringLiteral("username")).toString(), pushed,
                                                         pushBatch, pullPage);
    check(baseline.changes == static_cast<int>(pushed.size()), QStringLiteral("every baseline change accepted"));
    check(baseline.pulled >= baseline.changes, QStringLiteral("the baseline pulled its changes back"));
    progress(QStringLiteral("push baseline: %1 changes in %2 s (CPU %3 s), %4 pulled back")
                 .arg(baseline.changes).arg(baseline.wallSeconds, 0, 'f', 3).arg(baseline.cpuSeconds, 0, 'f', 3)
                 .arg(baseline.pulled));
    const int count = static_cast<int>(pushed.size());
    printRow({QStringLiteral("push %1 offline changes: sync wall time").arg(count),
              measured.value(QStringLiteral("wallSeconds")).toDouble(), QStringLiteral("s"),
              QStringLiteral("same changes via SyncService in-process"), baseline.wallSeconds, {}, {}});
    printRow({QStringLiteral("push %1 offline changes: server CPU").arg(count),
              measured.value(QStringLiteral("serverCpuSeconds")).toDouble(), QStringLiteral("s"),
              QStringLiteral("CPU of the in-process baseline"), baseline.cpuSeconds, {}, {}});
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    try {
        const QString verb = arguments.value(1);
        const auto values = parseOptions(arguments);
        if (verb == QLatin1String("generate"))
            return generate(values);
        if (verb == QLatin1String("push-baseline"))
            return pushBaseline(values);
        throw UsageError("unknown verb");
    } catch (const UsageError &error) {
        std::fprintf(stderr, "medinexus-bench-server: %s\nusage: medinexus-bench-server generate --data-dir DIR "
                             "[--patients N] [--entries M] [--seed S]\n"
                             "       medinexus-bench-server push-baseline --data-dir DIR --measurements FILE\n",
                     error.what());
        return 64;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "medinexus-bench-server: %s\n", error.what());
        return 1;
    }
}
