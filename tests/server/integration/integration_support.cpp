#include "integration_support.h"

#include "shared/codec/model_json.h"
#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"

#include <QDateTime>

#include <gtest/gtest.h>

#include <stdexcept>

#ifndef MEDINEXUS_SERVER_BINARY
#error "MEDINEXUS_SERVER_BINARY must name the medinexus-server binary"
#endif

namespace medinexus::itest {

std::filesystem::path serverBinary()
{
    return std::filesystem::path(MEDINEXUS_SERVER_BINARY);
}

std::string str(const QString &text)
{
    return text.toStdString();
}

QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void expectCleanStop(ServerProcess &server)
{
    if (!server.running()) {
        return;
    }
    const int code = server.stop();
    const std::string err = server.serveStderr();
    EXPECT_EQ(code, 0) << "the server did not stop cleanly; stderr (end):\n" << err.substr(err.size() > 6000 ? err.size() - 6000 : 0);
    EXPECT_NE(server.serveStdout().find("MediNexus server stopped"), std::string::npos) << server.serveStdout();
}

QUuid Account::uuid() const
{
    return parseUuid(id).value_or(QUuid());
}

QUuid Account::facilityUuid() const
{
    return parseUuid(facilityId).value_or(QUuid());
}

namespace {

[[noreturn]] void fail(const std::string &what, const HttpResponse &response)
{
    throw std::runtime_error(what + ": " + response.describe());
}

} // namespace

// --- Community ----------------------------------------------------------------------------------

Community::Community(std::vector<ConfigValue> config, ServerSetup setup)
{
    setup.config.insert(setup.config.end(), config.begin(), config.end());
    server_ = std::make_unique<ServerProcess>(serverBinary(), setup);
    admin_ = client();
    const HttpResponse login = admin_->login(qs(server_->adminUser()), qs(server_->adminPassword()));
    if (login.status != 200) {
        fail("administrator login", login);
    }
    const QJsonObject user = login.object().value(QStringLiteral("user")).toObject();
    adminAccount_.id = user.value(QStringLiteral("id")).toString();
    adminAccount_.username = user.value(QStringLiteral("username")).toString();
    adminAccount_.password = qs(server_->adminPassword());
    adminAccount_.facilityId = user.value(QStringLiteral("facilityId")).toString();
    adminAccount_.role = Role::Admin;
}

Community::~Community()
{
    admin_.reset();
    if (server_) {
        expectCleanStop(*server_);
    }
}

void Community::stopServer()
{
    admin_->disconnect();
    expectCleanStop(*server_);
}

QString Community::createFacility(const QString &name, FacilityKind kind)
{
    const HttpResponse response = admin_->post("/api/v1/facilities", QJsonObject{{QStringLiteral("name"), name},
                                                                                {QStringLiteral("kind"), toToken(kind)},
                                                                                {QStringLiteral("village"), QStringLiteral("Ndiob")}});
    if (response.status != 201) {
        fail("creating facility " + str(name), response);
    }
    return response.object().value(QStringLiteral("id")).toString();
}

Account Community::createUser(Role role, const QString &username, const QString &facilityId)
{
    Account account;
    account.username = username;
    account.password = kUserPassword;
    account.role = role;
    account.facilityId = facilityId.isEmpty() ? mainFacility() : facilityId;
    const HttpResponse response = admin_->post("/api/v1/users", QJsonObject{{QStringLiteral("username"), username},
                                                                           {QStringLiteral("displayName"), QStringLiteral("Test ") + username},
                                                                           {QStringLiteral("role"), toToken(role)},
                                                                           {QStringLiteral("facilityId"), account.facilityId},
                                                                           {QStringLiteral("password"), account.password}});
    if (response.status != 201) {
        fail("creating user " + str(username), response);
    }
    account.id = response.object().value(QStringLiteral("id")).toString();
    return account;
}

std::unique_ptr<HttpsClient> Community::client() const
{
    return std::make_unique<HttpsClient>(server_->port(), server_->certificate());
}

std::unique_ptr<HttpsClient> Community::loggedIn(const Account &account) const
{
    auto session = client();
    const HttpResponse response = session->login(account.username, account.password);
    if (response.status != 200) {
        fail("login of " + str(account.username), response);
    }
    return session;
}

// --- REST bodies ---------------------------------------------------------------------------------

QJsonObject patientJson(const QString &givenNames, const QString &familyName)
{
    return QJsonObject{{QStringLiteral("givenNames"), givenNames},
                       {QStringLiteral("familyName"), familyName},
                       {QStringLiteral("sex"), QStringLiteral("female")},
                       {QStringLiteral("birthDate"), QStringLiteral("1990-05-01")}};
}

QJsonObject entryJson(EntryKind kind, const QString &prescriptionId, int quantity, bool complete)
{
    QJsonObject body;
    switch (kind) {
    case EntryKind::Diagnosis:
        body = QJsonObject{{QStringLiteral("icd10Code"), QStringLiteral("B54")},
                           {QStringLiteral("text"), QStringLiteral("Uncomplicated malaria")},
                           {QStringLiteral("status"), QStringLiteral("provisional")}};
        break;
    case EntryKind::Prescription:
        body = QJsonObject{{QStringLiteral("medication"), QStringLiteral("Artemether-lumefantrine 20/120 mg")},
                           {QStringLiteral("dose"), QStringLiteral("4 tablets")},
                           {QStringLiteral("route"), QStringLiteral("oral")},
                           {QStringLiteral("frequency"), QStringLiteral("twice a day")},
                           {QStringLiteral("durationDays"), 3},
                           {QStringLiteral("quantity"), quantity > 1 ? quantity : 100},
                           {QStringLiteral("quantityUnit"), QStringLiteral("tablets")},
                           {QStringLiteral("instructions"), QStringLiteral("with food")}};
        break;
    case EntryKind::Dispensation:
        body = QJsonObject{{QStringLiteral("prescriptionId"), prescriptionId},
                           {QStringLiteral("quantity"), quantity},
                           {QStringLiteral("completeness"), complete ? QStringLiteral("full") : QStringLiteral("partial")},
                           {QStringLiteral("note"), QString()}};
        break;
    case EntryKind::Observation:
        body = QJsonObject{{QStringLiteral("vitals"), QJsonObject{{QStringLiteral("temperatureDeciCelsius"), 385},
                                                                  {QStringLiteral("pulsePerMinute"), 96}}},
                           {QStringLiteral("nursingText"), QStringLiteral("Febrile, alert")}};
        break;
    case EntryKind::Note:
        body = QJsonObject{{QStringLiteral("category"), QStringLiteral("general")},
                           {QStringLiteral("text"), QStringLiteral("Came with her mother")}};
        break;
    }
    return QJsonObject{{QStringLiteral("kind"), toToken(kind)}, {QStringLiteral("body"), body}};
}

QJsonObject amendmentJson(QJsonObject entry, const QString &amendsId, const QString &reason)
{
    entry.insert(QStringLiteral("amends"), amendsId);
    entry.insert(QStringLiteral("amendmentReason"), reason);
    return entry;
}

QJsonObject registerPatient(HttpsClient &client, const QJsonObject &patient)
{
    const HttpResponse response = client.post("/api/v1/patients", patient);
    if (response.status != 201) {
        fail("registering a patient", response);
    }
    return response.object();
}

QJsonObject addEntry(HttpsClient &client, const QString &patientId, const QJsonObject &entry)
{
    const HttpResponse response = client.post("/api/v1/patients/" + str(patientId) + "/entries", entry);
    if (response.status != 201) {
        fail("adding an entry", response);
    }
    return response.object();
}

QJsonObject readRecord(HttpsClient &client, const QString &patientId)
{
    const HttpResponse response = client.get("/api/v1/patients/" + str(patientId));
    if (response.status != 200) {
        fail("reading a patient record", response);
    }
    return response.object();
}

QStringList searchIds(HttpsClient &client, const std::string &query)
{
    const HttpResponse response = client.get("/api/v1/patients?" + query);
    if (response.status != 200) {
        fail("searching " + query, response);
    }
    QStringList ids;
    for (const QJsonValue &patient : response.object().value(QStringLiteral("patients")).toArray()) {
        ids << patient.toObject().value(QStringLiteral("id")).toString();
    }
    return ids;
}

// --- Sync ------------------------------------------------------------------------------------------

ChangeFactory::ChangeFactory(Account author) : author_(std::move(author)) {}

Patient ChangeFactory::newPatient(const QString &givenNames, const QString &familyName)
{
    Patient patient;
    patient.id = newUuidV7();
    patient.number = PatientNumber::generate().compact();
    patient.version = 1;
    patient.givenNames = givenNames;
    patient.familyName = familyName;
    patient.sex = Sex::Male;
    patient.estimatedBirthYear = 1975;
    patient.village = QStringLiteral("Fatick");
    patient.registeredAtFacility = author_.facilityUuid();
    return patient;
}

sync::ChangeEnvelope ChangeFactory::envelope(ObjectType type, const QUuid &objectId, int baseVersion, const QJsonObject &payload)
{
    sync::ChangeEnvelope change;
    change.changeId = newUuidV7();
    change.objectType = type;
    change.objectId = objectId;
    change.baseVersion = baseVersion;
    change.authorId = author_.uuid();
    change.facilityId = author_.facilityUuid();
    change.hlc = clock_.now();
    change.payload = payload;
    return change;
}

sync::ChangeEnvelope ChangeFactory::create(const Patient &patient)
{
    return envelope(ObjectType::Patient, patient.id, 0, toJson(patient));
}

sync::ChangeEnvelope ChangeFactory::edit(Patient patient, int baseVersion)
{
    patient.version = baseVersion + 1;
    return envelope(ObjectType::Patient, patient.id, baseVersion, toJson(patient));
}

ClinicalEntry ChangeFactory::newEntry(const QUuid &patientId, EntryKind kind, const QUuid &prescriptionId)
{
    ClinicalEntry entry;
    entry.id = newUuidV7();
    entry.patientId = patientId;
    entry.authorId = author_.uuid();
    entry.authorRole = author_.role;
    entry.facilityId = author_.facilityUuid();
    // Millisecond precision, as the wire form carries.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    entry.recordedAt = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    switch (kind) {
    case EntryKind::Diagnosis:
        entry.body = DiagnosisBody{QStringLiteral("A09"), QStringLiteral("Gastroenteritis"), DiagnosisStatus::Provisional};
        break;
    case EntryKind::Prescription: {
        PrescriptionBody body;
        body.medication = QStringLiteral("ORS sachet");
        body.dose = QStringLiteral("1 sachet");
        body.frequency = QStringLiteral("after each stool");
        body.quantity = 50;
        body.quantityUnit = QStringLiteral("sachets");
        entry.body = body;
        break;
    }
    case EntryKind::Dispensation:
        entry.body = DispensationBody{prescriptionId, 1, DispensationCompleteness::Partial, QString()};
        break;
    case EntryKind::Observation: {
        ObservationBody body;
        body.vitals.temperatureDeciCelsius = 372;
        body.nursingText = QStringLiteral("Rehydrating well");
        entry.body = body;
        break;
    }
    case EntryKind::Note:
        entry.body = NoteBody{NoteCategory::FollowUp, QStringLiteral("Review in two days")};
        break;
    }
    return entry;
}

sync::ChangeEnvelope ChangeFactory::add(const ClinicalEntry &entry)
{
    return envelope(ObjectType::Entry, entry.id, 0, toJson(entry));
}

QJsonObject pushBody(const QUuid &deviceId, const std::vector<sync::ChangeEnvelope> &changes)
{
    sync::PushRequest request;
    request.deviceId = deviceId;
    request.changes = changes;
    return sync::toJson(request);
}

QStringList pushStatuses(const HttpResponse &response)
{
    QStringList statuses;
    for (const QJsonValue &result : response.object().value(QStringLiteral("results")).toArray()) {
        statuses << result.toObject().value(QStringLiteral("status")).toString();
    }
    return statuses;
}

PullResult pullAll(HttpsClient &client, const QString &after, int limit, int maxPages)
{
    PullResult result;
    result.cursor = after;
    const auto deadline = std::chrono::steady_clock::now() + 120s;
    for (int page = 0; page < maxPages && std::chrono::steady_clock::now() < deadline; ++page) {
        std::string target = "/api/v1/sync/pull?limit=" + std::to_string(limit);
        if (!result.cursor.isEmpty()) {
            target += "&after=" + str(result.cursor);
        }
        const HttpResponse response = client.get(target);
        if (response.status != 200) {
            fail("pulling " + target, response);
        }
        const QJsonObject body = response.object();
        QStringList conflicts;
        for (const QJsonValue &id : body.value(QStringLiteral("conflicts")).toArray()) {
            conflicts << id.toString();
        }
        for (const QJsonValue &value : body.value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = value.toObject();
            PulledChange pulled;
            pulled.changeId = change.value(QStringLiteral("changeId")).toString();
            pulled.objectType = change.value(QStringLiteral("objectType")).toString();
            pulled.objectId = change.value(QStringLiteral("objectId")).toString();
            pulled.conflict = conflicts.contains(pulled.changeId);
            result.changes.push_back(pulled);
        }
        ++result.pages;
        const QString next = body.value(QStringLiteral("nextCursor")).toString();
        if (!next.isEmpty()) {
            result.cursor = next;
        }
        if (!body.value(QStringLiteral("hasMore")).toBool()) {
            return result;
        }
    }
    throw std::runtime_error("pullAll: still more after " + std::to_string(result.pages) + " pages (bounds: " +
                             std::to_string(maxPages) + " pages, 120 s)");
}

} // namespace medinexus::itest
