#include "bench/server/push_baseline.h"

#include "bench/common/bench_report.h"

#include "server/app/server_context.h"

#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"

#include <QHash>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace medinexus::server::bench {

namespace {

// The same changes as new work: new ids, references to the new ids, new patient numbers.
std::vector<sync::ChangeEnvelope> renewed(const std::vector<sync::ChangeEnvelope> &pushed)
{
    QHash<QUuid, QUuid> renamed;
    std::vector<sync::ChangeEnvelope> result;
    result.reserve(pushed.size());
    for (sync::ChangeEnvelope change : pushed) {
        change.changeId = newUuidV7();
        const QUuid newId = newUuidV7();
        renamed.insert(change.objectId, newId);
        change.objectId = newId;
        change.payload.insert(QStringLiteral("id"), uuidToString(newId));
        if (change.objectType == ObjectType::Patient) {
            if (change.baseVersion != 0)
                throw std::runtime_error("push baseline: only registrations are renewed, not edits");
            change.payload.insert(QStringLiteral("number"), PatientNumber::generate().compact());
        } else if (change.objectType == ObjectType::Entry) {
            const auto patientId = uuidFromJsonString(change.payload.value(QStringLiteral("patientId")).toString());
            if (!patientId)
                throw std::runtime_error("push baseline: an entry without a patient id");
            if (const auto it = renamed.constFind(*patientId); it != renamed.constEnd())
                change.payload.insert(QStringLiteral("patientId"), uuidToString(*it));
        } else {
            throw std::runtime_error("push baseline: unexpected object type in the pushed changes");
        }
        result.push_back(std::move(change));
    }
    return result;
}

} // namespace

PushBaseline runPushBaseline(const QString &dataDir, const QString &username,
                             const std::vector<sync::ChangeEnvelope> &pushed, int pushBatch, int pullPage)
{
    ServerContext context(ServerConfig::load(dataDir));
    const auto account = context.store().findUserByUsername(username);
    if (!account)
        throw std::runtime_error("push baseline: no such user");
    const Principal principal{account->user, QStringLiteral("bench")};
    const std::vector<sync::ChangeEnvelope> changes = renewed(pushed);

    PushBaseline result;
    const double cpuBefore = medinexus::bench::ownCpuSeconds();
    const medinexus::bench::Stopwatch stopwatch;
    qint64 firstSequence = std::numeric_limits<qint64>::max();
    for (std::size_t start = 0; start < changes.size(); start += static_cast<std::size_t>(pushBatch)) {
        const auto end = std::min(changes.size(), start + static_cast<std::size_t>(pushBatch));
        const std::vector<sync::ChangeEnvelope> batch(changes.begin() + static_cast<std::ptrdiff_t>(start),
                                                      changes.begin() + static_cast<std::ptrdiff_t>(end));
        for (const ChangeOutcome &outcome : context.sync().push(principal, batch)) {
            if (outcome.status != ChangeOutcome::Status::Accepted)
                throw std::runtime_error("push baseline: a change was not accepted: " + outcome.reasonCode.toStdString());
            firstSequence = std::min(firstSequence, outcome.sequence);
            ++result.changes;
        }
    }
    // The client pulls its own changes back at the end of the same sync.
    qint64 cursor = firstSequence - 1;
    for (;;) {
        const PullPage page = context.sync().pull(principal, cursor, pullPage);
        result.pulled += static_cast<int>(page.changes.size());
        cursor = page.lastSequence;
        if (!page.hasMore)
            break;
    }
    result.wallSeconds = stopwatch.seconds();
    result.cpuSeconds = medinexus::bench::ownCpuSeconds() - cpuBefore;
    return result;
}

} // namespace medinexus::server::bench
