#pragma once

// Shared helpers of the server integration tests: the real binary (MEDINEXUS_SERVER_BINARY),
// a community built through the admin API, valid JSON for patients and every entry kind, sync
// envelopes built with the shared codec, and bounded pull loops.

#include "tests/support/https_client.h"
#include "tests/support/server_process.h"

#include "shared/model/clinical_entry.h"
#include "shared/model/enums.h"
#include "shared/model/patient.h"
#include "shared/permissions/permissions.h"
#include "shared/sync/change_envelope.h"
#include "shared/sync/hlc.h"
#include "shared/sync/sync_messages.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <chrono>
#include <filesystem>
#include <ostream>
#include <memory>
#include <string>
#include <vector>

// Readable QString and QStringList values in gtest messages (found by ADL: global namespace).
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace medinexus {
/// Roles by their token in gtest messages and test names (found by ADL).
inline void PrintTo(Role role, std::ostream *out)
{
    *out << toToken(role).toStdString();
}
} // namespace medinexus

namespace medinexus::itest {

using namespace medinexus::test;
using namespace std::chrono_literals;

/// The medinexus-server built with the tests.
std::filesystem::path serverBinary();

/// Stops `server` and adds a test failure unless it exits 0 after printing that it stopped.
void expectCleanStop(ServerProcess &server);

/// std::string of a QString (for gtest messages and targets).
std::string str(const QString &text);
/// QString of UTF-8.
QString qs(std::string_view text);

/// A password every account made by the tests has (none contains a test username).
inline const QString kUserPassword = QStringLiteral("Correct-Horse-Battery-42");

struct Account {
    QString id;
    QString username;
    QString password;
    QString facilityId;
    Role role = Role::Nurse;

    [[nodiscard]] QUuid uuid() const;
    [[nodiscard]] QUuid facilityUuid() const;
};

/// A running server (init) with its administrator logged in. Accounts are created through the
/// REST API (POST /api/v1/users), as an administrator would.
class Community {
public:
    explicit Community(std::vector<ConfigValue> config = {}, ServerSetup setup = {});
    /// Stops the server (SIGTERM) and reports a test failure unless it stopped cleanly (exit
    /// code 0, "MediNexus server stopped"): a crash or a sanitizer report fails the test.
    ~Community();

    ServerProcess &server() { return *server_; }
    /// Closes the administrator's connection (TLS close_notify), then expectCleanStop(): a
    /// graceful stop otherwise waits for idle clients' close_notify (up to 3 s).
    void stopServer();
    /// The administrator made by `init`, logged in.
    HttpsClient &admin() { return *admin_; }
    const Account &adminAccount() const { return adminAccount_; }
    /// The facility made by `init`.
    const QString &mainFacility() const { return adminAccount_.facilityId; }

    /// POST /api/v1/facilities; its id.
    QString createFacility(const QString &name, FacilityKind kind = FacilityKind::Clinic);
    /// POST /api/v1/users; throws when refused.
    Account createUser(Role role, const QString &username, const QString &facilityId = {});
    /// A new client (not logged in).
    std::unique_ptr<HttpsClient> client() const;
    /// A new client logged in as `account`; throws when the login fails.
    std::unique_ptr<HttpsClient> loggedIn(const Account &account) const;

private:
    std::unique_ptr<ServerProcess> server_;
    std::unique_ptr<HttpsClient> admin_;
    Account adminAccount_;
};

// --- REST bodies ------------------------------------------------------------------------------

/// A minimal valid patient for POST /api/v1/patients (born 1990-05-01).
QJsonObject patientJson(const QString &givenNames, const QString &familyName);
/// A valid entry of `kind` for POST /api/v1/patients/{id}/entries. A dispensation needs the id
/// of a prescription with at least `quantity` left, and is marked partial unless `complete`.
QJsonObject entryJson(EntryKind kind, const QString &prescriptionId = {}, int quantity = 1, bool complete = false);
/// `entry` turned into an amendment of `amendsId`.
QJsonObject amendmentJson(QJsonObject entry, const QString &amendsId, const QString &reason = QStringLiteral("Typing error"));

/// POST /api/v1/patients; the created patient's JSON; throws unless 201.
QJsonObject registerPatient(HttpsClient &client, const QJsonObject &patient);
/// POST /api/v1/patients/{id}/entries; the created entry's JSON; throws unless 201.
QJsonObject addEntry(HttpsClient &client, const QString &patientId, const QJsonObject &entry);
/// GET /api/v1/patients/{id}; the {patient, entries, conflicts} object; throws unless 200.
QJsonObject readRecord(HttpsClient &client, const QString &patientId);
/// The ids of the patients of GET /api/v1/patients?<query>; throws unless 200.
QStringList searchIds(HttpsClient &client, const std::string &query);

// --- Sync -------------------------------------------------------------------------------------

/// Builds envelopes authored by one account, stamped by its own hybrid logical clock.
class ChangeFactory {
public:
    explicit ChangeFactory(Account author);

    const Account &author() const { return author_; }
    /// A new patient registered at the author's facility.
    Patient newPatient(const QString &givenNames, const QString &familyName);
    sync::ChangeEnvelope create(const Patient &patient);
    /// `patient` with version baseVersion + 1, based on baseVersion.
    sync::ChangeEnvelope edit(Patient patient, int baseVersion);
    /// A valid entry of `kind` on `patientId` (a dispensation of 1 unit of prescriptionId).
    ClinicalEntry newEntry(const QUuid &patientId, EntryKind kind, const QUuid &prescriptionId = {});
    sync::ChangeEnvelope add(const ClinicalEntry &entry);

private:
    sync::ChangeEnvelope envelope(ObjectType type, const QUuid &objectId, int baseVersion, const QJsonObject &payload);

    Account author_;
    HybridLogicalClock clock_;
};

/// {"deviceId", "changes"} for POST /api/v1/sync/push.
QJsonObject pushBody(const QUuid &deviceId, const std::vector<sync::ChangeEnvelope> &changes);
/// The "status" of each result of a push answer, in order.
QStringList pushStatuses(const HttpResponse &response);

struct PulledChange {
    QString changeId;
    QString objectType;
    QString objectId;
    bool conflict = false;
};

struct PullResult {
    std::vector<PulledChange> changes;
    QString cursor;
    int pages = 0;
};

/// Pulls pages of `limit` from `after` until hasMore is false (at most `maxPages`, 120 s); throws
/// on a non-200 answer or when a bound is hit.
PullResult pullAll(HttpsClient &client, const QString &after = {}, int limit = 200, int maxPages = 10'000);

} // namespace medinexus::itest
