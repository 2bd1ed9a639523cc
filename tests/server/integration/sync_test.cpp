// The sync protocol end to end: idempotent pushes, conflicts of offline edits, pull pagination
// while others push, and the WebSocket notification that tells clients to pull.
#include "integration_support.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <mutex>
#include <set>
#include <thread>

namespace medinexus::itest {
namespace {

using Clock = std::chrono::steady_clock;

QStringList changeIds(const std::vector<sync::ChangeEnvelope> &changes)
{
    QStringList ids;
    for (const auto &change : changes) {
        ids << uuidToString(change.changeId);
    }
    return ids;
}

QStringList resultIds(const HttpResponse &response)
{
    QStringList ids;
    for (const QJsonValue &result : response.object().value(QStringLiteral("results")).toArray()) {
        ids << result.toObject().value(QStringLiteral("changeId")).toString();
    }
    return ids;
}

QStringList pulledIds(const PullResult &pulled)
{
    QStringList ids;
    for (const auto &change : pulled.changes) {
        ids << change.changeId;
    }
    return ids;
}

class SyncTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        community_ = std::make_unique<Community>();
        doctorAccount_ = community_->createUser(Role::Doctor, QStringLiteral("dr.wade"));
        nurseAccount_ = community_->createUser(Role::Nurse, QStringLiteral("inf.lo"), community_->createFacility(QStringLiteral("Case de santé de Ndiob")));
        pharmacistAccount_ = community_->createUser(Role::Pharmacist, QStringLiteral("ph.sall"));
        doctor_ = community_->loggedIn(doctorAccount_);
        nurse_ = community_->loggedIn(nurseAccount_);
        pharmacist_ = community_->loggedIn(pharmacistAccount_);
    }

    std::unique_ptr<Community> community_;
    Account doctorAccount_, nurseAccount_, pharmacistAccount_;
    std::unique_ptr<HttpsClient> doctor_, nurse_, pharmacist_;
};

TEST_F(SyncTest, ABatchReplayedThreeTimesIsAppliedOnce)
{
    ChangeFactory factory(doctorAccount_);
    const Patient first = factory.newPatient(QStringLiteral("Replayed"), QStringLiteral("Once"));
    const Patient second = factory.newPatient(QStringLiteral("Replayed"), QStringLiteral("Twice"));
    std::vector<sync::ChangeEnvelope> batch;
    batch.push_back(factory.create(first));
    for (EntryKind kind : {EntryKind::Diagnosis, EntryKind::Observation, EntryKind::Note}) {
        batch.push_back(factory.add(factory.newEntry(first.id, kind)));
    }
    batch.push_back(factory.create(second));
    const QUuid device = newUuidV7();
    const std::string body = toJsonText(pushBody(device, batch));

    const QString cursorBefore = pullAll(*nurse_).cursor;
    for (int round = 1; round <= 3; ++round) {
        SCOPED_TRACE("push number " + std::to_string(round));
        const HttpResponse response = doctor_->request("POST", "/api/v1/sync/push", body);
        ASSERT_EQ(response.status, 200u) << response.describe();
        EXPECT_EQ(resultIds(response), changeIds(batch)) << "one result per change, in push order";
        const QString expected = round == 1 ? QStringLiteral("accepted") : QStringLiteral("duplicate");
        EXPECT_EQ(pushStatuses(response), QStringList(static_cast<qsizetype>(batch.size()), expected)) << response.describe();
    }

    // Another client sees each change exactly once.
    const PullResult pulled = pullAll(*nurse_, cursorBefore, 2);
    EXPECT_EQ(pulledIds(pulled), changeIds(batch));
    EXPECT_EQ(readRecord(*nurse_, uuidToString(first.id)).value(QStringLiteral("entries")).toArray().size(), 3);
    EXPECT_EQ(searchIds(*nurse_, "q=replayed").size(), 2);

    // One audit row per applied change, none for the replays.
    const HttpResponse audit = community_->admin().get("/api/v1/audit?action=patient.register&objectId=" + str(uuidToString(first.id)));
    ASSERT_EQ(audit.status, 200u) << audit.describe();
    EXPECT_EQ(audit.object().value(QStringLiteral("records")).toArray().size(), 1) << audit.describe();

    // Old and new changes mixed: the old ones are duplicates, the new one is applied.
    std::vector<sync::ChangeEnvelope> mixed = {batch[0], factory.add(factory.newEntry(first.id, EntryKind::Note)), batch[4]};
    const HttpResponse mixedResponse = doctor_->post("/api/v1/sync/push", pushBody(device, mixed));
    ASSERT_EQ(mixedResponse.status, 200u) << mixedResponse.describe();
    EXPECT_EQ(pushStatuses(mixedResponse), (QStringList{QStringLiteral("duplicate"), QStringLiteral("accepted"), QStringLiteral("duplicate")}));

    // A change id re-used for different content is refused, not taken for a duplicate.
    sync::ChangeEnvelope forged = batch[1];
    forged.payload = toJson(factory.newEntry(first.id, EntryKind::Diagnosis));
    forged.objectId = parseUuid(forged.payload.value(QStringLiteral("id")).toString()).value();
    const HttpResponse reused = doctor_->post("/api/v1/sync/push", pushBody(device, {forged}));
    ASSERT_EQ(reused.status, 200u) << reused.describe();
    EXPECT_EQ(pushStatuses(reused), QStringList{QStringLiteral("rejected")});
    EXPECT_TRUE(reused.body.find("change_id_reused") != std::string::npos) << reused.describe();
    EXPECT_EQ(readRecord(*nurse_, uuidToString(first.id)).value(QStringLiteral("entries")).toArray().size(), 4);
}

TEST_F(SyncTest, TwoOfflineEditsOfTheSameVersionKeepBothVersions)
{
    ChangeFactory doctorChanges(doctorAccount_);
    ChangeFactory nurseChanges(nurseAccount_);
    const Patient original = doctorChanges.newPatient(QStringLiteral("Ndeye"), QStringLiteral("Gaye"));
    ASSERT_EQ(pushStatuses(doctor_->post("/api/v1/sync/push", pushBody(newUuidV7(), {doctorChanges.create(original)}))),
              QStringList{QStringLiteral("accepted")});

    // Both clinics edit version 1 while offline.
    Patient atHospital = original;
    atHospital.village = QStringLiteral("Kaolack");
    Patient atHealthPost = original;
    atHealthPost.phone = QStringLiteral("+221 70 765 43 21");
    const sync::ChangeEnvelope hospitalEdit = doctorChanges.edit(atHospital, 1);
    const sync::ChangeEnvelope healthPostEdit = nurseChanges.edit(atHealthPost, 1);

    const HttpResponse first = doctor_->post("/api/v1/sync/push", pushBody(newUuidV7(), {hospitalEdit}));
    ASSERT_EQ(pushStatuses(first), QStringList{QStringLiteral("accepted")}) << first.describe();

    const QUuid healthPostDevice = newUuidV7();
    const HttpResponse second = nurse_->post("/api/v1/sync/push", pushBody(healthPostDevice, {healthPostEdit}));
    ASSERT_EQ(second.status, 200u) << second.describe();
    const QJsonObject result = second.object().value(QStringLiteral("results")).toArray().first().toObject();
    EXPECT_EQ(result.value(QStringLiteral("status")).toString(), QStringLiteral("conflict")) << second.describe();
    EXPECT_EQ(result.value(QStringLiteral("currentVersion")).toInt(), 2);
    auto current = patientFromJson(result.value(QStringLiteral("current")).toObject());
    ASSERT_TRUE(current.ok()) << second.describe();
    Patient expectedCurrent = atHospital;
    expectedCurrent.version = 2;
    EXPECT_EQ(*current, expectedCurrent) << "the conflict answer carries the server's version";

    // The record keeps the applied version and flags the other.
    const QJsonObject record = readRecord(*pharmacist_, uuidToString(original.id));
    EXPECT_EQ(record.value(QStringLiteral("patient")).toObject().value(QStringLiteral("village")).toString(), QStringLiteral("Kaolack"));
    EXPECT_EQ(record.value(QStringLiteral("patient")).toObject().value(QStringLiteral("phone")).toString(), QString());
    const QJsonArray conflicts = record.value(QStringLiteral("conflicts")).toArray();
    ASSERT_EQ(conflicts.size(), 1) << toJsonText(record);
    EXPECT_EQ(conflicts.first().toObject().value(QStringLiteral("changeId")).toString(), uuidToString(healthPostEdit.changeId));
    EXPECT_EQ(conflicts.first().toObject().value(QStringLiteral("facilityId")).toString(), nurseAccount_.facilityId);
    auto proposed = patientFromJson(conflicts.first().toObject().value(QStringLiteral("proposed")).toObject());
    ASSERT_TRUE(proposed.ok());
    EXPECT_EQ(proposed->phone, atHealthPost.phone);
    EXPECT_EQ(doctor_->get("/api/v1/conflicts").object().value(QStringLiteral("conflicts")).toArray().size(), 1);

    // A third clinic pulls both changes, the second one marked as a conflict.
    const PullResult pulled = pullAll(*pharmacist_, {}, 3);
    std::map<QString, bool> conflictById;
    for (const auto &change : pulled.changes) {
        conflictById[change.changeId] = change.conflict;
    }
    ASSERT_EQ(conflictById.count(uuidToString(hospitalEdit.changeId)), 1u);
    ASSERT_EQ(conflictById.count(uuidToString(healthPostEdit.changeId)), 1u);
    EXPECT_FALSE(conflictById[uuidToString(hospitalEdit.changeId)]);
    EXPECT_TRUE(conflictById[uuidToString(healthPostEdit.changeId)]);

    // The health post retries after a timeout: still one conflict.
    const HttpResponse retried = nurse_->post("/api/v1/sync/push", pushBody(healthPostDevice, {healthPostEdit}));
    EXPECT_EQ(pushStatuses(retried), QStringList{QStringLiteral("duplicate")}) << retried.describe();
    EXPECT_EQ(readRecord(*pharmacist_, uuidToString(original.id)).value(QStringLiteral("conflicts")).toArray().size(), 1);

    // The nurse merges on top of version 2: resolved.
    Patient merged = atHospital;
    merged.phone = atHealthPost.phone;
    const HttpResponse resolved = nurse_->post("/api/v1/sync/push", pushBody(healthPostDevice, {nurseChanges.edit(merged, 2)}));
    EXPECT_EQ(pushStatuses(resolved), QStringList{QStringLiteral("accepted")}) << resolved.describe();
    const QJsonObject after = readRecord(*doctor_, uuidToString(original.id));
    EXPECT_TRUE(after.value(QStringLiteral("conflicts")).toArray().isEmpty()) << toJsonText(after);
    EXPECT_EQ(after.value(QStringLiteral("patient")).toObject().value(QStringLiteral("version")).toInt(), 3);
}

// Three clinics push while a fourth pages through the log with a small page size: at the end it
// has seen every accepted change exactly once, in the server's order.
TEST_F(SyncTest, PullPagesSkipNothingWhileOthersPush)
{
    const std::vector<Account> pushers = {doctorAccount_, nurseAccount_, community_->createUser(Role::Doctor, QStringLiteral("dr.toure"))};
    constexpr int kBatches = 10;
    constexpr int kEntriesPerPatient = 3;

    std::mutex mutex;
    std::map<QString, std::vector<QString>> acceptedByPusher; // in push order
    std::vector<std::string> failures;
    std::atomic<int> pushersDone{0};

    std::vector<std::thread> threads;
    for (const Account &account : pushers) {
        threads.emplace_back([&, account] {
            try {
                auto client = community_->loggedIn(account);
                ChangeFactory factory(account);
                const QUuid device = newUuidV7();
                for (int batch = 0; batch < kBatches; ++batch) {
                    const Patient patient = factory.newPatient(QStringLiteral("Paged"), account.username + QString::number(batch));
                    std::vector<sync::ChangeEnvelope> changes = {factory.create(patient)};
                    for (int i = 0; i < kEntriesPerPatient; ++i) {
                        changes.push_back(factory.add(factory.newEntry(patient.id, i % 2 == 0 ? EntryKind::Observation : EntryKind::Note)));
                    }
                    const HttpResponse response = client->post("/api/v1/sync/push", pushBody(device, changes));
                    const QStringList statuses = pushStatuses(response);
                    const std::lock_guard lock(mutex);
                    if (response.status != 200 || statuses != QStringList(static_cast<qsizetype>(changes.size()), QStringLiteral("accepted"))) {
                        failures.push_back(account.username.toStdString() + ": " + response.describe());
                        continue;
                    }
                    for (const auto &change : changes) {
                        acceptedByPusher[account.username].push_back(uuidToString(change.changeId));
                    }
                }
            } catch (const std::exception &error) {
                const std::lock_guard lock(mutex);
                failures.push_back(account.username.toStdString() + ": " + error.what());
            }
            ++pushersDone;
        });
    }

    // The puller: small pages, polling until the pushers are done and the log is drained.
    QStringList seen;
    QString cursor;
    int pulls = 0;
    bool drained = false;
    std::string pullFailure;
    const auto deadline = Clock::now() + 90s;
    auto puller = community_->loggedIn(pharmacistAccount_);
    while (Clock::now() < deadline && pulls < 20'000) {
        const bool pushersFinished = pushersDone.load() == static_cast<int>(pushers.size());
        std::string target = "/api/v1/sync/pull?limit=4";
        if (!cursor.isEmpty()) {
            target += "&after=" + str(cursor);
        }
        HttpResponse response;
        try {
            response = puller->get(target);
        } catch (const std::exception &error) {
            pullFailure = error.what();
            break;
        }
        ++pulls;
        if (response.status != 200) {
            pullFailure = response.describe();
            break; // no assertion before the pushers are joined
        }
        const QJsonObject page = response.object();
        for (const QJsonValue &change : page.value(QStringLiteral("changes")).toArray()) {
            seen << change.toObject().value(QStringLiteral("changeId")).toString();
        }
        if (!page.value(QStringLiteral("nextCursor")).toString().isEmpty()) {
            cursor = page.value(QStringLiteral("nextCursor")).toString();
        }
        if (!page.value(QStringLiteral("hasMore")).toBool()) {
            if (pushersFinished) {
                drained = true; // this page started after the last push was answered
                break;
            }
            std::this_thread::sleep_for(10ms);
        }
    }
    for (auto &thread : threads) {
        thread.join();
    }
    ASSERT_TRUE(failures.empty()) << failures.front();
    ASSERT_TRUE(pullFailure.empty()) << pullFailure;
    ASSERT_TRUE(drained) << "the puller did not catch up within the bounds (" << pulls << " pulls)";

    // Each change once, every accepted one present, and the same order as a fresh full pull.
    const std::set<QString> unique(seen.begin(), seen.end());
    EXPECT_EQ(unique.size(), static_cast<std::size_t>(seen.size())) << "a change was delivered twice";
    std::size_t accepted = 0;
    for (const auto &[pusher, ids] : acceptedByPusher) {
        accepted += ids.size();
        qsizetype previous = -1;
        for (const QString &id : ids) {
            const qsizetype at = seen.indexOf(id);
            EXPECT_GE(at, 0) << "change " << str(id) << " of " << str(pusher) << " was skipped";
            EXPECT_GT(at, previous) << "changes of " << str(pusher) << " out of push order";
            previous = at;
        }
    }
    EXPECT_EQ(accepted, pushers.size() * kBatches * (1 + kEntriesPerPatient));
    const PullResult fresh = pullAll(*puller, {}, 1000);
    EXPECT_EQ(seen, pulledIds(fresh)) << "the paged view differs from the log";
    EXPECT_GT(pulls, 30) << "the pages were not small enough to interleave with the pushes";
}

TEST_F(SyncTest, AWriteIsAnnouncedOnTheWebSocketWithinTwoSeconds)
{
    WebSocketClient socket(community_->server().port(), community_->server().certificate());
    ASSERT_EQ(socket.open("/api/v1/sync/notifications", nurse_->token()), 101u) << socket.refusalBody();
    EXPECT_FALSE(socket.readText(300ms).has_value()) << "nothing happened yet";
    const QString cursor = pullAll(*nurse_).cursor;

    const auto before = Clock::now();
    const QString id = registerPatient(*doctor_, patientJson(QStringLiteral("Announced"), QStringLiteral("Patient"))).value(QStringLiteral("id")).toString();
    const auto message = socket.readText(2s);
    const auto latency = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - before);
    ASSERT_TRUE(message.has_value()) << "no notification within 2 s of another client's write";
    auto parsed = parseJsonObject(QByteArray::fromStdString(*message));
    ASSERT_TRUE(parsed.ok()) << *message;
    EXPECT_EQ(parsed->value(QStringLiteral("type")).toString(), QStringLiteral("changes"));
    EXPECT_LT(latency, 2s);

    // The nurse pulls what the notification announced.
    const PullResult pulled = pullAll(*nurse_, cursor);
    ASSERT_EQ(pulled.changes.size(), 1u);
    EXPECT_EQ(pulled.changes.front().objectId, id);

    // A push is announced too; a push that changed nothing is not.
    ChangeFactory factory(doctorAccount_);
    const auto change = factory.create(factory.newPatient(QStringLiteral("Pushed"), QStringLiteral("Announced")));
    EXPECT_EQ(pushStatuses(doctor_->post("/api/v1/sync/push", pushBody(newUuidV7(), {change}))), QStringList{QStringLiteral("accepted")});
    EXPECT_TRUE(socket.readText(2s).has_value()) << "no notification for a push";
    EXPECT_EQ(pushStatuses(doctor_->post("/api/v1/sync/push", pushBody(newUuidV7(), {change}))), QStringList{QStringLiteral("duplicate")});
    EXPECT_FALSE(socket.readText(500ms).has_value()) << "a replay changed nothing and must not wake every client";
    EXPECT_TRUE(socket.isOpen());
    socket.close();

    // The channel needs a valid session.
    WebSocketClient anonymous(community_->server().port(), community_->server().certificate());
    EXPECT_EQ(anonymous.open("/api/v1/sync/notifications", {}), 401u);
    WebSocketClient forged(community_->server().port(), community_->server().certificate());
    const unsigned forgedStatus = forged.open("/api/v1/sync/notifications", std::string(43, 'A'));
    EXPECT_TRUE(forgedStatus == 401u || forgedStatus == 403u) << forgedStatus;
    WebSocketClient elsewhere(community_->server().port(), community_->server().certificate());
    EXPECT_NE(elsewhere.open("/api/v1/patients", nurse_->token()), 101u);
}

TEST_F(SyncTest, MalformedForeignFutureAndOversizedPushesAreRefused)
{
    ChangeFactory factory(doctorAccount_);
    const QUuid device = newUuidV7();

    // Not a push request.
    for (const std::string &body : {std::string("{}"), std::string(R"({"deviceId":"nope","changes":[]})"),
                                    std::string(R"({"deviceId":")") + str(uuidToString(device)) + R"(","changes":{}})",
                                    std::string(R"({"deviceId":")") + str(uuidToString(device)) + R"(","changes":[{"changeId":1}]})"}) {
        const HttpResponse response = doctor_->request("POST", "/api/v1/sync/push", body);
        EXPECT_EQ(response.status, 400u) << body << " -> " << response.describe();
        EXPECT_EQ(response.errorCode(), QStringLiteral("malformed"));
    }

    // A change authored by someone else, and one dated an hour ahead.
    ChangeFactory impostor(nurseAccount_);
    const auto foreign = impostor.create(impostor.newPatient(QStringLiteral("Not"), QStringLiteral("Mine")));
    auto future = factory.create(factory.newPatient(QStringLiteral("From"), QStringLiteral("Future")));
    future.hlc.wallMs += 3'600'000;
    const HttpResponse response = doctor_->post("/api/v1/sync/push", pushBody(device, {foreign, future}));
    ASSERT_EQ(response.status, 200u) << response.describe();
    EXPECT_EQ(pushStatuses(response), (QStringList{QStringLiteral("rejected"), QStringLiteral("rejected")}));
    EXPECT_NE(response.body.find("author_mismatch"), std::string::npos) << response.describe();
    EXPECT_NE(response.body.find("clock_ahead"), std::string::npos) << response.describe();
    EXPECT_EQ(searchIds(*doctor_, "q=mine").size(), 0);
    EXPECT_EQ(searchIds(*doctor_, "q=future").size(), 0);

    // More than a batch may hold: refused as a whole.
    std::vector<sync::ChangeEnvelope> tooMany;
    for (qsizetype i = 0; i <= sync::kMaxPushBatch; ++i) {
        tooMany.push_back(factory.create(factory.newPatient(QStringLiteral("Bulk"), QStringLiteral("Patient%1").arg(i))));
    }
    const HttpResponse bulk = doctor_->post("/api/v1/sync/push", pushBody(device, tooMany));
    EXPECT_TRUE(bulk.status == 400u || bulk.status == 413u) << bulk.describe();
    EXPECT_EQ(searchIds(*doctor_, "q=bulk").size(), 0) << "nothing of a refused batch is applied";

    // Pull cursors.
    EXPECT_EQ(doctor_->get("/api/v1/sync/pull?after=-1").status, 400u);
    EXPECT_EQ(doctor_->get("/api/v1/sync/pull?after=abc").status, 400u);
    EXPECT_EQ(doctor_->get("/api/v1/sync/pull?limit=abc").status, 400u);
    const HttpResponse beyond = doctor_->get("/api/v1/sync/pull?after=999999999");
    ASSERT_EQ(beyond.status, 200u) << beyond.describe();
    EXPECT_TRUE(beyond.object().value(QStringLiteral("changes")).toArray().isEmpty());
    EXPECT_FALSE(beyond.object().value(QStringLiteral("hasMore")).toBool());
}

} // namespace
} // namespace medinexus::itest
