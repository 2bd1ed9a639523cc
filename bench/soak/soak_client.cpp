#include "bench/soak/soak_client.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/model/clinical_entry.h"
#include "shared/sync/sync_messages.h"

#include <QDateTime>
#include <QJsonArray>

#include <exception>
#include <thread>

namespace medinexus::bench {

namespace {

constexpr std::size_t kMaxFailuresKept = 5;
constexpr int kPullPage = 500;          // the desktop client's page (sync_engine.h: pullPage)
constexpr int kMaxPagesPerPull = 1000;  // a bound: 500,000 changes behind is not a soak any more
constexpr std::uint64_t kReplayEvery = 8;
constexpr std::uint64_t kReadEvery = 3;

std::string str(const QString &text)
{
    return text.toStdString();
}

} // namespace

SoakClient::SoakClient(SoakAccount account, std::unique_ptr<test::HttpsClient> http, std::vector<QUuid> patients,
                       std::uint32_t seed, std::chrono::milliseconds thinkTime)
    : account_(std::move(account)), http_(std::move(http)), patients_(std::move(patients)), thinkTime_(thinkTime),
      random_(seed), deviceId_(newUuidV7())
{
    if (patients_.empty()) {
        throw std::invalid_argument("a soak client needs patients to write on");
    }
}

void SoakClient::run(std::chrono::steady_clock::time_point deadline) noexcept
{
    try {
        pullToEnd(); // the initial sync of a new workstation
        for (std::uint64_t iteration = 1; std::chrono::steady_clock::now() < deadline; ++iteration) {
            iterate(iteration);
            if (thinkTime_.count() > 0) {
                std::this_thread::sleep_for(thinkTime_);
            }
        }
        pullToEnd();
        checkOwnChanges();
        // TLS close_notify now: the server's graceful stop would otherwise wait for idle clients.
        http_->disconnect();
    } catch (const std::exception &error) {
        fail(std::string("stopped by an exception: ") + error.what());
    }
}

void SoakClient::iterate(std::uint64_t iteration)
{
    pushNewBatch();
    if (iteration % kReplayEvery == 0) {
        replayLastBatch();
    }
    pullToEnd();
    if (iteration % kReadEvery == 0) {
        readRecord();
    }
}

void SoakClient::fail(std::string what)
{
    ++report_.failed;
    if (report_.failures.size() < kMaxFailuresKept) {
        report_.failures.push_back(str(account_.username) + ": " + std::move(what));
    }
}

std::optional<test::HttpResponse> SoakClient::send(std::string_view method, const std::string &target,
                                                   const std::optional<QJsonObject> &body)
{
    ++report_.requests;
    try {
        test::HttpResponse response = body ? http_->request(method, target, test::toJsonText(*body))
                                           : http_->request(method, target);
        if (!response.is2xx()) {
            // Error bodies carry a code and a generic message, never patient data.
            fail(std::string(method) + " " + target.substr(0, target.find('?')) + ": " + response.describe());
            return std::nullopt;
        }
        return response;
    } catch (const test::TransportError &error) {
        fail(std::string(method) + " " + target.substr(0, target.find('?')) + ": transport error: " + error.what());
        return std::nullopt;
    }
}

const QUuid &SoakClient::randomPatient()
{
    std::uniform_int_distribution<std::size_t> pick(0, patients_.size() - 1);
    return patients_[pick(random_)];
}

sync::ChangeEnvelope SoakClient::newChange()
{
    ClinicalEntry entry;
    entry.id = newUuidV7();
    entry.patientId = randomPatient();
    entry.authorId = account_.id;
    entry.authorRole = account_.role;
    entry.facilityId = account_.facilityId;
    // Millisecond precision, as the wire form carries.
    entry.recordedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
    auto between = [this](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); };
    if (between(0, 1) == 0) {
        ObservationBody body;
        body.vitals.temperatureDeciCelsius = between(360, 395);
        body.vitals.pulsePerMinute = between(58, 120);
        body.vitals.systolicMmHg = between(100, 160);
        body.vitals.diastolicMmHg = between(60, 95);
        body.vitals.spo2Percent = between(92, 100);
        body.vitals.weightGrams = between(45000, 90000);
        body.nursingText = QStringLiteral("Constantes prises en consultation de suivi.");
        entry.body = body;
    } else {
        entry.body = NoteBody{NoteCategory::FollowUp, QStringLiteral("Revu en consultation, évolution favorable ; revoir dans 7 jours.")};
    }
    return sync::makeChange(newUuidV7(), entry, 0, account_.id, account_.facilityId, clock_.now());
}

void SoakClient::pushNewBatch()
{
    std::vector<sync::ChangeEnvelope> batch;
    const int size = std::uniform_int_distribution<int>(1, 3)(random_);
    for (int i = 0; i < size; ++i) {
        batch.push_back(newChange());
    }
    ++report_.pushes;
    const auto response = send("POST", "/api/v1/sync/push", sync::toJson(sync::PushRequest{deviceId_, batch}));
    if (!response) {
        return;
    }
    const QJsonArray results = response->object().value(QStringLiteral("results")).toArray();
    if (results.size() != static_cast<qsizetype>(batch.size())) {
        fail("push: " + std::to_string(results.size()) + " results for " + std::to_string(batch.size()) + " changes");
        return;
    }
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject result = results.at(i).toObject();
        const QString status = result.value(QStringLiteral("status")).toString();
        const QUuid &changeId = batch[static_cast<std::size_t>(i)].changeId;
        if (result.value(QStringLiteral("changeId")).toString() != uuidToString(changeId)) {
            fail("push: results out of order");
        } else if (status != QLatin1String("accepted")) {
            fail("push: a new change answered " + str(status) + " (" + str(result.value(QStringLiteral("reason")).toString()) + ")");
        } else {
            report_.acknowledged.push_back(changeId);
            ownSeen_.insert(changeId, 0);
        }
    }
    lastBatch_ = std::move(batch);
}

void SoakClient::replayLastBatch()
{
    if (lastBatch_.empty()) {
        return;
    }
    ++report_.pushes;
    ++report_.replays;
    const auto response = send("POST", "/api/v1/sync/push", sync::toJson(sync::PushRequest{deviceId_, lastBatch_}));
    if (!response) {
        return;
    }
    const QJsonArray results = response->object().value(QStringLiteral("results")).toArray();
    if (results.size() != static_cast<qsizetype>(lastBatch_.size())) {
        fail("replayed push: wrong number of results");
        return;
    }
    for (const QJsonValue &value : results) {
        const QString status = value.toObject().value(QStringLiteral("status")).toString();
        if (status != QLatin1String("duplicate")) {
            fail("replayed push: a change answered " + str(status) + " instead of duplicate");
        }
    }
}

void SoakClient::pullToEnd()
{
    for (int page = 0; page < kMaxPagesPerPull; ++page) {
        std::string target = "/api/v1/sync/pull?limit=" + std::to_string(kPullPage);
        if (!cursor_.isEmpty()) {
            target += "&after=" + str(cursor_);
        }
        ++report_.pullPages;
        const auto response = send("GET", target);
        if (!response) {
            return;
        }
        const QJsonObject body = response->object();
        const QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
        report_.pulledChanges += static_cast<std::uint64_t>(changes.size());
        for (const QJsonValue &value : changes) {
            const auto changeId = parseUuid(value.toObject().value(QStringLiteral("changeId")).toString());
            if (!changeId) {
                fail("pull: a change without a valid changeId");
                continue;
            }
            const auto own = ownSeen_.find(*changeId);
            if (own != ownSeen_.end()) {
                ++own.value();
            }
        }
        const QString next = body.value(QStringLiteral("nextCursor")).toString();
        if (!next.isEmpty()) {
            cursor_ = next;
        }
        if (!body.value(QStringLiteral("hasMore")).toBool()) {
            return;
        }
    }
    fail("pull: still more after " + std::to_string(kMaxPagesPerPull) + " pages");
}

void SoakClient::readRecord()
{
    ++report_.recordReads;
    const auto response = send("GET", "/api/v1/patients/" + str(uuidToString(randomPatient())));
    if (response && !response->object().value(QStringLiteral("patient")).isObject()) {
        fail("record read: no patient in the answer");
    }
}

void SoakClient::checkOwnChanges()
{
    for (auto it = ownSeen_.cbegin(); it != ownSeen_.cend(); ++it) {
        if (it.value() == 0) {
            ++report_.ownMissing;
        } else if (it.value() > 1) {
            ++report_.ownRepeated;
        }
    }
    if (report_.ownMissing > 0) {
        fail(std::to_string(report_.ownMissing) + " acknowledged changes never came back in a pull");
    }
    if (report_.ownRepeated > 0) {
        fail(std::to_string(report_.ownRepeated) + " acknowledged changes came back more than once");
    }
}

} // namespace medinexus::bench
