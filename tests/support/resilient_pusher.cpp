#include "tests/support/resilient_pusher.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"
#include "shared/model/clinical_entry.h"
#include "shared/sync/hlc.h"
#include "shared/sync/sync_messages.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <exception>
#include <random>
#include <thread>

namespace medinexus::test {

namespace {

constexpr std::size_t kMaxFailuresKept = 10;

} // namespace

NotePush makeNotePush(const QUuid &deviceId, const QUuid &doctorId, const QUuid &facilityId,
                      const std::vector<QUuid> &patients, int count, std::mt19937 &random, HybridLogicalClock &clock)
{
    std::uniform_int_distribution<std::size_t> pickPatient(0, patients.size() - 1);
    std::vector<sync::ChangeEnvelope> batch;
    NotePush push;
    for (int i = 0; i < count; ++i) {
        ClinicalEntry entry;
        entry.id = newUuidV7();
        entry.patientId = patients[pickPatient(random)];
        entry.authorId = doctorId;
        entry.authorRole = Role::Doctor;
        entry.facilityId = facilityId;
        entry.recordedAt = QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
        entry.body = NoteBody{NoteCategory::FollowUp, QStringLiteral("Revu en consultation ; revoir dans 7 jours.")};
        batch.push_back(sync::makeChange(newUuidV7(), entry, 0, doctorId, facilityId, clock.now()));
        push.changeIds.push_back(batch.back().changeId);
    }
    push.body = QByteArray::fromStdString(toJsonText(sync::toJson(sync::PushRequest{deviceId, batch})));
    return push;
}

ResilientPusher::ResilientPusher(PusherOptions options) : options_(std::move(options))
{
    if (options_.ports.empty() || options_.patients.empty())
        throw std::invalid_argument("a pusher needs at least one node and one patient");
}

ResilientPusher::~ResilientPusher() = default;

void ResilientPusher::fail(std::string what)
{
    if (report_.failures.size() < kMaxFailuresKept)
        report_.failures.push_back(options_.username.toStdString() + ": " + std::move(what));
    else
        report_.failures.back() = "... and more";
}

HttpsClient &ResilientPusher::connection()
{
    if (!http_) {
        http_ = std::make_unique<HttpsClient>(options_.ports[node_], options_.caFile, options_.requestTimeout);
        // The same bearer token on every node: sessions live in the shared database.
        if (!token_.empty())
            http_->setToken(token_);
    }
    return *http_;
}

void ResilientPusher::switchNode()
{
    http_.reset();
    node_ = (node_ + 1) % options_.ports.size();
}

void ResilientPusher::markOutageStart()
{
    const std::lock_guard lock(markMutex_);
    report_.firstAckAfterMark = {};
    marked_ = true;
}

ResilientPusher::Outcome ResilientPusher::attempt(const QByteArray &body, const std::vector<QUuid> &changeIds, bool resent)
{
    try {
        HttpsClient &http = connection();
        if (http.token().empty()) {
            ++report_.logins;
            const HttpResponse login = http.login(options_.username, options_.password);
            if (login.status == 503)
                return ++report_.unavailableAnswers, Outcome::Retry;
            if (login.status != 200) {
                fail("login: " + login.describe());
                return Outcome::Failed;
            }
            token_ = http.token();
        }
        const HttpResponse response = http.request("POST", "/api/v1/sync/push", std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        if (response.status == 503)
            return ++report_.unavailableAnswers, Outcome::Retry;
        if (response.status == 401) {
            // Sessions live in the shared database: a fail-over must not sign anyone out.
            fail("push answered 401 (the session was lost): " + response.describe());
            http.clearToken();
            return Outcome::Failed;
        }
        if (response.status != 200) {
            fail("push: " + response.describe());
            return Outcome::Failed;
        }
        const QJsonArray results = response.object().value(QStringLiteral("results")).toArray();
        if (results.size() != static_cast<qsizetype>(changeIds.size())) {
            fail("push: " + std::to_string(results.size()) + " results for " + std::to_string(changeIds.size()) + " changes");
            return Outcome::Failed;
        }
        for (qsizetype i = 0; i < results.size(); ++i) {
            const QJsonObject result = results.at(i).toObject();
            const QString status = result.value(QStringLiteral("status")).toString();
            if (result.value(QStringLiteral("changeId")).toString() != uuidToString(changeIds[static_cast<std::size_t>(i)])) {
                fail("push: results out of order");
                return Outcome::Failed;
            }
            if (status == QLatin1String("duplicate") && resent) {
                ++report_.duplicatesAfterRetry;
            } else if (status != QLatin1String("accepted")) {
                fail("push: a change answered " + status.toStdString() + (resent ? " (resent)" : " (first attempt)"));
                return Outcome::Failed;
            }
        }
        return Outcome::Acknowledged;
    } catch (const TransportError &) {
        // A node gone, or an answer lost on the way: the outcome is unknown, resend elsewhere.
        ++report_.transportErrors;
        switchNode();
        return Outcome::Retry;
    }
}

void ResilientPusher::run(const std::atomic<bool> &stop, std::chrono::milliseconds drainLimit) noexcept
{
    try {
        std::mt19937 random(options_.seed);
        HybridLogicalClock clock;
        const QUuid deviceId = newUuidV7();
        std::optional<QUuid> userId;
        std::optional<QUuid> facilityId;
        {
            // Who we are, for the envelopes (the server checks them against the session).
            HttpsClient &http = connection();
            ++report_.logins;
            const HttpResponse login = http.login(options_.username, options_.password);
            if (login.status != 200) {
                fail("first login: " + login.describe());
                return;
            }
            token_ = http.token();
            const QJsonObject user = login.object().value(QStringLiteral("user")).toObject();
            userId = parseUuid(user.value(QStringLiteral("id")).toString());
            facilityId = parseUuid(user.value(QStringLiteral("facilityId")).toString());
            if (!userId || !facilityId) {
                fail("the login answer names no user or facility");
                return;
            }
        }
        while (!stop.load()) {
            const NotePush push = makeNotePush(deviceId, *userId, *facilityId, options_.patients, options_.batchSize, random, clock);
            const QByteArray &body = push.body;
            const std::vector<QUuid> &changeIds = push.changeIds;

            std::optional<std::chrono::steady_clock::time_point> firstFailure;
            std::optional<std::chrono::steady_clock::time_point> drainDeadline;
            bool resent = false;
            for (;;) {
                const Outcome outcome = attempt(body, changeIds, resent);
                if (outcome == Outcome::Acknowledged) {
                    const auto now = std::chrono::steady_clock::now();
                    if (firstFailure)
                        report_.longestOutage = std::max(report_.longestOutage, std::chrono::duration_cast<std::chrono::milliseconds>(now - *firstFailure));
                    report_.acknowledged.insert(report_.acknowledged.end(), changeIds.begin(), changeIds.end());
                    ++report_.batches;
                    ++acknowledgedBatches_;
                    if (marked_.load()) {
                        const std::lock_guard lock(markMutex_);
                        if (marked_.exchange(false))
                            report_.firstAckAfterMark = now;
                    }
                    break;
                }
                if (outcome == Outcome::Failed)
                    break;  // not acknowledged: a real client would show the error
                if (!firstFailure)
                    firstFailure = std::chrono::steady_clock::now();
                if (stop.load()) {
                    if (!drainDeadline)
                        drainDeadline = std::chrono::steady_clock::now() + drainLimit;
                    else if (std::chrono::steady_clock::now() > *drainDeadline) {
                        fail("a batch was still unanswered when the run ended");
                        break;
                    }
                }
                ++report_.retries;
                resent = true;
                std::this_thread::sleep_for(options_.retryPause);
            }
        }
        if (http_)
            http_->disconnect();
    } catch (const std::exception &error) {
        fail(std::string("stopped by an exception: ") + error.what());
    }
}

std::vector<QUuid> pullAllChangeIds(HttpsClient &http)
{
    std::vector<QUuid> ids;
    QString cursor;
    for (int page = 0; page < 100'000; ++page) {
        std::string target = "/api/v1/sync/pull?limit=1000";
        if (!cursor.isEmpty())
            target += "&after=" + cursor.toStdString();
        const HttpResponse response = http.get(target);
        if (response.status != 200)
            throw std::runtime_error("pull: " + response.describe());
        const QJsonObject body = response.object();
        for (const QJsonValue &value : body.value(QStringLiteral("changes")).toArray()) {
            const auto id = parseUuid(value.toObject().value(QStringLiteral("changeId")).toString());
            if (!id)
                throw std::runtime_error("pull: a change without a valid changeId");
            ids.push_back(*id);
        }
        const QString next = body.value(QStringLiteral("nextCursor")).toString();
        if (!next.isEmpty())
            cursor = next;
        if (!body.value(QStringLiteral("hasMore")).toBool())
            return ids;
    }
    throw std::runtime_error("pull: did not end");
}

} // namespace medinexus::test
