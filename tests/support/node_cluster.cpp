#include "tests/support/node_cluster.h"

#include "shared/ids/uuid.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <stdexcept>

namespace medinexus::test {

namespace {

const QString kDoctor = QStringLiteral("dr.diallo");


} // namespace

DemoDoctor loginDemoDoctor(const ServerProcess &node)
{
    DemoDoctor doctor{std::make_unique<HttpsClient>(node.port(), node.certificate()), {}, {}};
    const HttpResponse login = doctor.http->login(kDoctor, QString::fromLatin1(kDemoPassword));
    if (login.status != 200)
        throw std::runtime_error("the demo doctor cannot log in: " + login.describe());
    const QJsonObject user = login.object().value(QStringLiteral("user")).toObject();
    const auto id = parseUuid(user.value(QStringLiteral("id")).toString());
    const auto facilityId = parseUuid(user.value(QStringLiteral("facilityId")).toString());
    if (!id || !facilityId)
        throw std::runtime_error("the login answer names no user or facility");
    doctor.id = *id;
    doctor.facilityId = *facilityId;
    return doctor;
}

std::vector<QUuid> demoPatientIds(const ServerProcess &node)
{
    const DemoDoctor doctor = loginDemoDoctor(node);
    HttpsClient &http = *doctor.http;
    std::vector<QUuid> ids;
    QString cursor;
    for (bool more = true; more;) {
        const HttpResponse response = http.get("/api/v1/sync/pull?limit=1000" + (cursor.isEmpty() ? std::string() : "&after=" + cursor.toStdString()));
        if (response.status != 200)
            throw std::runtime_error("pulling the demo community: " + response.describe());
        const QJsonObject body = response.object();
        for (const QJsonValue &value : body.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            if (change.value(QStringLiteral("objectType")).toString() != QLatin1String("patient"))
                continue;
            if (const auto id = parseUuid(change.value(QStringLiteral("objectId")).toString()))
                ids.push_back(*id);
        }
        if (const QString next = body.value(QStringLiteral("nextCursor")).toString(); !next.isEmpty())
            cursor = next;
        more = body.value(QStringLiteral("hasMore")).toBool();
    }
    if (ids.empty())
        throw std::runtime_error("the demo community has no patients");
    return ids;
}

TwoNodeServer::TwoNodeServer(const std::filesystem::path &serverBinary, PostgresCluster::Options database, int demoPatients)
    : database_(std::make_unique<PostgresCluster>(database))
{
    database_->createDatabase(QStringLiteral("medinexus"));
    conninfo_ = (database.withStandby ? database_->multiHostConninfo(QStringLiteral("medinexus"))
                                      : database_->conninfo(QStringLiteral("medinexus"))).toStdString();
    ServerSetup first;
    first.kind = ServerSetup::Kind::demo;
    first.demoPatients = demoPatients;
    first.setupArguments = {"--database", conninfo_};
    node1_ = std::make_unique<ServerProcess>(serverBinary, first);
    ServerSetup second;
    second.kind = ServerSetup::Kind::join;
    second.joinFrom = node1_->dataDir();
    node2_ = std::make_unique<ServerProcess>(serverBinary, second);
    patients_ = demoPatientIds(*node1_);
}

PusherOptions TwoNodeServer::pusherOptions(std::size_t firstNode, std::uint32_t seed) const
{
    PusherOptions options;
    options.ports = {node1_->port(), node2_->port()};
    if (firstNode % 2 == 1)
        std::swap(options.ports[0], options.ports[1]);
    options.caFile = node1_->certificate();
    options.username = kDoctor;
    options.password = QString::fromLatin1(kDemoPassword);
    options.patients = patients_;
    options.seed = seed;
    return options;
}

PusherFleet::PusherFleet(const TwoNodeServer &server, int count, bool oneNode)
{
    for (int i = 0; i < count; ++i) {
        const auto seed = static_cast<std::uint32_t>(i + 1);
        pushers_.push_back(std::make_unique<ResilientPusher>(oneNode ? server.singleNodePusherOptions(seed)
                                                                     : server.pusherOptions(static_cast<std::size_t>(i), seed)));
    }
    for (auto &pusher : pushers_)
        threads_.emplace_back([this, raw = pusher.get()] { raw->run(stop_); });
}

PusherOptions TwoNodeServer::singleNodePusherOptions(std::uint32_t seed) const
{
    PusherOptions options = pusherOptions(0, seed);
    options.ports = {node1_->port()};
    return options;
}

std::uint64_t PusherFleet::acknowledgedBatches() const
{
    std::uint64_t total = 0;
    for (const auto &pusher : pushers_)
        total += pusher->acknowledgedBatches();
    return total;
}

PusherFleet::~PusherFleet()
{
    stop();
}

bool PusherFleet::waitForAcknowledged(std::uint64_t batches, std::chrono::seconds timeout)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        bool all = true;
        for (const auto &pusher : pushers_)
            all = all && pusher->acknowledgedBatches() >= batches;
        if (all)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return false;
}

void PusherFleet::markOutageStart()
{
    for (auto &pusher : pushers_)
        pusher->markOutageStart();
}

bool PusherFleet::waitForRecovery(std::chrono::seconds timeout)
{
    // Each pusher's count grows again only once it was acknowledged after the mark.
    std::vector<std::uint64_t> before;
    for (const auto &pusher : pushers_)
        before.push_back(pusher->acknowledgedBatches());
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        bool all = true;
        for (std::size_t i = 0; i < pushers_.size(); ++i)
            all = all && pushers_[i]->acknowledgedBatches() > before[i];
        if (all)
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return false;
}

void PusherFleet::stop()
{
    stop_ = true;
    for (auto &thread : threads_) {
        if (thread.joinable())
            thread.join();
    }
}

std::vector<QUuid> PusherFleet::acknowledged() const
{
    std::vector<QUuid> all;
    for (const auto &pusher : pushers_)
        all.insert(all.end(), pusher->report().acknowledged.begin(), pusher->report().acknowledged.end());
    return all;
}

std::vector<std::string> PusherFleet::failures() const
{
    std::vector<std::string> all;
    for (const auto &pusher : pushers_)
        all.insert(all.end(), pusher->report().failures.begin(), pusher->report().failures.end());
    return all;
}

std::string joinedLines(const std::vector<std::string> &lines)
{
    std::string text;
    for (const auto &line : lines)
        text += line + "\n";
    return text;
}

std::vector<std::string> notExactlyOnce(const std::vector<QUuid> &wanted, const std::vector<QUuid> &log)
{
    QHash<QUuid, int> counts;
    for (const QUuid &id : log)
        ++counts[id];
    std::vector<std::string> problems;
    for (const QUuid &id : wanted) {
        const int count = counts.value(id);
        if (count != 1)
            problems.push_back(uuidToString(id).toStdString() + " logged " + std::to_string(count) + " times");
    }
    return problems;
}

} // namespace medinexus::test
