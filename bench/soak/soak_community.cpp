#include "bench/soak/soak_community.h"

#include "shared/ids/uuid.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#include <stdexcept>
#include <string>

namespace medinexus::bench {

namespace {

// Every soak account's password (a throwaway community on loopback, deleted afterwards).
const QString kSoakPassword = QStringLiteral("Soak-Clinic-Password-2026");

[[noreturn]] void fail(const std::string &what, const test::HttpResponse &response)
{
    throw std::runtime_error(what + ": " + response.describe());
}

std::unique_ptr<test::HttpsClient> loggedIn(const test::ServerProcess &server, const QString &username,
                                            const QString &password)
{
    auto http = std::make_unique<test::HttpsClient>(server.port(), server.certificate());
    const test::HttpResponse response = http->login(username, password);
    if (response.status != 200) {
        fail("login of " + username.toStdString(), response);
    }
    return http;
}

QUuid facilityOfKind(test::HttpsClient &admin, const QString &kind)
{
    const test::HttpResponse response = admin.get("/api/v1/facilities");
    if (response.status != 200) {
        fail("listing facilities", response);
    }
    for (const QJsonValue &value : response.object().value(QStringLiteral("facilities")).toArray()) {
        const QJsonObject facility = value.toObject();
        if (facility.value(QStringLiteral("kind")).toString() == kind) {
            if (const auto id = parseUuid(facility.value(QStringLiteral("id")).toString())) {
                return *id;
            }
        }
    }
    throw std::runtime_error("the demo community has no facility of kind " + kind.toStdString());
}

} // namespace

std::unique_ptr<test::HttpsClient> demoDoctor(const test::ServerProcess &server)
{
    return loggedIn(server, QStringLiteral("dr.diallo"), QString::fromLatin1(test::kDemoPassword));
}

std::vector<SoakSession> createSessions(const test::ServerProcess &server, int count)
{
    const auto admin = loggedIn(server, QString::fromStdString(server.adminUser()), QString::fromStdString(server.adminPassword()));
    const QUuid hospital = facilityOfKind(*admin, QStringLiteral("hospital"));
    const QUuid clinic = facilityOfKind(*admin, QStringLiteral("clinic"));

    std::vector<SoakSession> sessions;
    sessions.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        SoakAccount account;
        account.role = i % 2 == 0 ? Role::Doctor : Role::Nurse;
        account.facilityId = account.role == Role::Doctor ? hospital : clinic;
        account.username = QStringLiteral("soak.%1.%2").arg(toToken(account.role)).arg(i, 3, 10, QLatin1Char('0'));
        const test::HttpResponse created = admin->post(
            "/api/v1/users", QJsonObject{{QStringLiteral("username"), account.username},
                                         {QStringLiteral("displayName"), QStringLiteral("Soak workstation %1").arg(i)},
                                         {QStringLiteral("role"), toToken(account.role)},
                                         {QStringLiteral("facilityId"), uuidToString(account.facilityId)},
                                         {QStringLiteral("password"), kSoakPassword}});
        if (created.status != 201) {
            fail("creating " + account.username.toStdString(), created);
        }
        const auto id = parseUuid(created.object().value(QStringLiteral("id")).toString());
        if (!id) {
            throw std::runtime_error("the created user has no valid id");
        }
        account.id = *id;
        sessions.push_back(SoakSession{account, loggedIn(server, account.username, kSoakPassword)});
    }
    admin->disconnect();
    return sessions;
}

std::vector<QUuid> patientIds(const test::ServerProcess &server)
{
    const auto doctor = demoDoctor(server);
    std::vector<QUuid> ids;
    QString cursor;
    for (int page = 0; page < 10'000; ++page) {
        std::string target = "/api/v1/sync/pull?limit=1000";
        if (!cursor.isEmpty()) {
            target += "&after=" + cursor.toStdString();
        }
        const test::HttpResponse response = doctor->get(target);
        if (response.status != 200) {
            fail("pulling the patients", response);
        }
        const QJsonObject body = response.object();
        for (const QJsonValue &value : body.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            if (change.value(QStringLiteral("objectType")).toString() == QLatin1String("patient")
                && change.value(QStringLiteral("baseVersion")).toInt() == 0) {
                if (const auto id = parseUuid(change.value(QStringLiteral("objectId")).toString())) {
                    ids.push_back(*id);
                }
            }
        }
        cursor = body.value(QStringLiteral("nextCursor")).toString();
        if (!body.value(QStringLiteral("hasMore")).toBool()) {
            doctor->disconnect();
            if (ids.empty()) {
                throw std::runtime_error("the demo community has no patients: give --patients");
            }
            return ids;
        }
    }
    throw std::runtime_error("pulling the patients did not end");
}

} // namespace medinexus::bench
