// Every role against every endpoint. What is expected comes from shared/permissions (isAllowed,
// canAddEntry, canAmendEntry): the matrix is not re-typed here, so the test follows it and fails
// whenever the server enforces something else. Each account is created through the admin API.
#include "integration_support.h"

#include "shared/codec/model_json.h"
#include "shared/ids/uuid.h"

#include <gtest/gtest.h>

#include <functional>
#include <optional>

namespace medinexus::itest {
namespace {

struct Outcome {
    unsigned status = 0;
    std::string detail;
};

struct Probe {
    std::string name;
    bool allowed = false;
    std::optional<Action> action; // for the refusal message, when one action decides
    std::function<HttpResponse()> call;
    /// Runs after a refusal: must show that nothing was written (empty when nothing to check).
    std::function<void()> checkNothingWritten;
};

QString roleName(Role role)
{
    return toToken(role);
}

class PermissionsTest : public ::testing::TestWithParam<Role> {
protected:
    void SetUp() override
    {
        community_ = std::make_unique<Community>();
        seedDoctor_ = community_->createUser(Role::Doctor, QStringLiteral("seed.doctor"));
        seedPharmacist_ = community_->createUser(Role::Pharmacist, QStringLiteral("seed.pharmacist"));
        subject_ = community_->createUser(GetParam(), QStringLiteral("subject.") + roleName(GetParam()));
        victim_ = community_->createUser(Role::Nurse, QStringLiteral("victim.nurse"));
        doctor_ = community_->loggedIn(seedDoctor_);
        pharmacist_ = community_->loggedIn(seedPharmacist_);
        subjectClient_ = community_->client();
        const HttpResponse login = subjectClient_->login(subject_.username, subject_.password);
        ASSERT_EQ(login.status, 200u) << login.describe();
        QStringList advertised;
        for (const QJsonValue &action : login.object().value(QStringLiteral("allowedActions")).toArray()) {
            advertised << action.toString();
        }
        QStringList expected;
        for (Action action : allowedActions(GetParam())) {
            expected << toToken(action);
        }
        EXPECT_EQ(advertised, expected) << "the login answer advertises the shared matrix";

        patient_ = registerPatient(*doctor_, patientJson(QStringLiteral("Seed"), QStringLiteral("Patient")))
                       .value(QStringLiteral("id")).toString();
        for (EntryKind kind : {EntryKind::Diagnosis, EntryKind::Prescription, EntryKind::Observation, EntryKind::Note}) {
            seedEntries_[kind] = addEntry(*doctor_, patient_, entryJson(kind)).value(QStringLiteral("id")).toString();
        }
        prescription_ = seedEntries_[EntryKind::Prescription];
        seedEntries_[EntryKind::Dispensation] =
            addEntry(*pharmacist_, patient_, entryJson(EntryKind::Dispensation, prescription_, 1))
                .value(QStringLiteral("id")).toString();
    }

    bool may(Action action) const { return isAllowed(GetParam(), action); }

    /// The seed patient as the server has it now (read by the seed doctor).
    QJsonObject currentPatient() { return readRecord(*doctor_, patient_).value(QStringLiteral("patient")).toObject(); }

    void expectAbsent(const std::string &target)
    {
        const HttpResponse response = doctor_->get(target);
        EXPECT_EQ(response.status, 404u) << target << " exists after a refused write: " << response.describe();
    }

    void expectNoEntry(const QString &entryId)
    {
        const QJsonArray entries = readRecord(*doctor_, patient_).value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &entry : entries) {
            EXPECT_NE(entry.toObject().value(QStringLiteral("id")).toString(), entryId) << "a refused entry was stored";
        }
    }

    QJsonObject adminListed(const char *collection, const QString &id)
    {
        const HttpResponse list = community_->admin().get(std::string("/api/v1/") + collection);
        for (const QJsonValue &item : list.object().value(QString::fromLatin1(collection)).toArray()) {
            if (item.toObject().value(QStringLiteral("id")).toString() == id) {
                return item.toObject();
            }
        }
        ADD_FAILURE() << collection << " has no " << str(id) << ": " << list.describe();
        return {};
    }

    std::vector<Probe> probes();

    std::unique_ptr<Community> community_;
    Account seedDoctor_, seedPharmacist_, subject_, victim_;
    std::unique_ptr<HttpsClient> doctor_, pharmacist_, subjectClient_;
    QString patient_;
    QString prescription_;
    std::map<EntryKind, QString> seedEntries_;
    QUuid device_ = newUuidV7();
};

std::vector<Probe> PermissionsTest::probes()
{
    // Every lambda captures by value (the client by pointer): they run after this returns.
    HttpsClient *client = subjectClient_.get();
    const Role role = GetParam();
    std::vector<Probe> list;

    list.push_back({"GET /api/v1/patients?q=", may(Action::SearchPatients), Action::SearchPatients,
                    [=, this] { return client->get("/api/v1/patients?q=seed"); }, {}});
    list.push_back({"GET /api/v1/patients?birthYear=", may(Action::SearchPatients), Action::SearchPatients,
                    [=, this] { return client->get("/api/v1/patients?birthYear=1990"); }, {}});
    {
        const QString id = uuidToString(newUuidV7());
        list.push_back({"POST /api/v1/patients", may(Action::RegisterPatient), Action::RegisterPatient,
                        [=, this] {
                            QJsonObject body = patientJson(QStringLiteral("Probe"), QStringLiteral("Registered"));
                            body.insert(QStringLiteral("id"), id);
                            return client->post("/api/v1/patients", body);
                        },
                        [=, this] { expectAbsent("/api/v1/patients/" + str(id)); }});
    }
    list.push_back({"GET /api/v1/patients/{id}", may(Action::ReadPatientRecord), Action::ReadPatientRecord,
                    [=, this] { return client->get("/api/v1/patients/" + str(patient_)); }, {}});
    {
        auto before = std::make_shared<int>(0);
        list.push_back({"PUT /api/v1/patients/{id}", may(Action::EditPatientDemographics), Action::EditPatientDemographics,
                        [=, this] {
                            QJsonObject patient = currentPatient();
                            *before = patient.value(QStringLiteral("version")).toInt();
                            patient.insert(QStringLiteral("village"), QStringLiteral("Edited by ") + roleName(role));
                            return client->put("/api/v1/patients/" + str(patient_),
                                              QJsonObject{{QStringLiteral("baseVersion"), *before}, {QStringLiteral("patient"), patient}});
                        },
                        [=, this] { EXPECT_EQ(currentPatient().value(QStringLiteral("version")).toInt(), *before); }});
    }
    for (EntryKind kind : allValues<EntryKind>()) {
        const QString id = uuidToString(newUuidV7());
        list.push_back({"POST /api/v1/patients/{id}/entries kind=" + str(toToken(kind)), canAddEntry(role, kind), actionToAdd(kind),
                        [=, this] {
                            QJsonObject entry = entryJson(kind, prescription_, 1);
                            entry.insert(QStringLiteral("id"), id);
                            return client->post("/api/v1/patients/" + str(patient_) + "/entries", entry);
                        },
                        [=, this] { expectNoEntry(id); }});
    }
    for (EntryKind kind : allValues<EntryKind>()) {
        const QString id = uuidToString(newUuidV7());
        list.push_back({"POST /api/v1/patients/{id}/entries amending kind=" + str(toToken(kind)), canAmendEntry(role, kind),
                        actionToAdd(kind),
                        [=, this] {
                            QJsonObject entry = amendmentJson(entryJson(kind, prescription_, 1), seedEntries_.at(kind));
                            entry.insert(QStringLiteral("id"), id);
                            return client->post("/api/v1/patients/" + str(patient_) + "/entries", entry);
                        },
                        [=, this] { expectNoEntry(id); }});
    }
    list.push_back({"GET /api/v1/conflicts", may(Action::ReadPatientRecord), Action::ReadPatientRecord,
                    [=, this] { return client->get("/api/v1/conflicts"); }, {}});

    // Sync: the whole push needs SyncClinicalData; each change then needs its own right.
    list.push_back({"POST /api/v1/sync/push (empty batch)", may(Action::SyncClinicalData), Action::SyncClinicalData,
                    [=, this] { return client->post("/api/v1/sync/push", pushBody(device_, {})); }, {}});
    list.push_back({"GET /api/v1/sync/pull", may(Action::SyncDirectory) || may(Action::SyncClinicalData), std::nullopt,
                    [=, this] { return client->get("/api/v1/sync/pull?limit=1000"); }, {}});

    list.push_back({"GET /api/v1/facilities", may(Action::SyncDirectory), Action::SyncDirectory,
                    [=, this] { return client->get("/api/v1/facilities"); }, {}});
    list.push_back({"POST /api/v1/facilities", may(Action::ManageFacilities), Action::ManageFacilities,
                    [=, this] {
                        return client->post("/api/v1/facilities", QJsonObject{{QStringLiteral("name"), QStringLiteral("Probe clinic ") + roleName(role)},
                                                                             {QStringLiteral("kind"), QStringLiteral("clinic")}});
                    },
                    [=, this] {
                        const HttpResponse facilities = community_->admin().get("/api/v1/facilities");
                        EXPECT_EQ(facilities.body.find(str(QStringLiteral("Probe clinic ") + roleName(role))), std::string::npos);
                    }});
    {
        auto before = std::make_shared<int>(0);
        list.push_back({"PUT /api/v1/facilities/{id}", may(Action::ManageFacilities), Action::ManageFacilities,
                        [=, this] {
                            QJsonObject facility = adminListed("facilities", community_->mainFacility());
                            *before = facility.value(QStringLiteral("version")).toInt();
                            facility.insert(QStringLiteral("village"), QStringLiteral("Moved by ") + roleName(role));
                            return client->put("/api/v1/facilities/" + str(community_->mainFacility()),
                                              QJsonObject{{QStringLiteral("baseVersion"), *before}, {QStringLiteral("facility"), facility}});
                        },
                        [=, this] {
                            EXPECT_EQ(adminListed("facilities", community_->mainFacility()).value(QStringLiteral("version")).toInt(), *before);
                        }});
    }
    list.push_back({"GET /api/v1/users", may(Action::ManageUsers), Action::ManageUsers, [=, this] { return client->get("/api/v1/users"); }, {}});
    list.push_back({"POST /api/v1/users", may(Action::ManageUsers), Action::ManageUsers,
                    [=, this] {
                        return client->post("/api/v1/users", QJsonObject{{QStringLiteral("username"), QStringLiteral("made.by.") + roleName(role)},
                                                                        {QStringLiteral("displayName"), QStringLiteral("Probe")},
                                                                        {QStringLiteral("role"), QStringLiteral("doctor")},
                                                                        {QStringLiteral("facilityId"), community_->mainFacility()},
                                                                        {QStringLiteral("password"), kUserPassword}});
                    },
                    [=, this] {
                        auto probe = community_->client();
                        EXPECT_EQ(probe->login(QStringLiteral("made.by.") + roleName(role), kUserPassword).status, 401u);
                    }});
    {
        auto before = std::make_shared<int>(0);
        list.push_back({"PUT /api/v1/users/{id}", may(Action::ManageUsers), Action::ManageUsers,
                        [=, this] {
                            QJsonObject user = adminListed("users", victim_.id);
                            *before = user.value(QStringLiteral("version")).toInt();
                            user.insert(QStringLiteral("displayName"), QStringLiteral("Renamed by ") + roleName(role));
                            return client->put("/api/v1/users/" + str(victim_.id),
                                              QJsonObject{{QStringLiteral("baseVersion"), *before}, {QStringLiteral("user"), user}});
                        },
                        [=, this] { EXPECT_EQ(adminListed("users", victim_.id).value(QStringLiteral("version")).toInt(), *before); }});
    }
    list.push_back({"POST /api/v1/users/{id}/password", may(Action::ManageUsers), Action::ManageUsers,
                    [=, this] {
                        return client->post("/api/v1/users/" + str(victim_.id) + "/password",
                                           QJsonObject{{QStringLiteral("password"), QStringLiteral("Reset-By-Probe-2026")}});
                    },
                    [this] {
                        auto probe = community_->client();
                        EXPECT_EQ(probe->login(victim_.username, victim_.password).status, 200u) << "the password was changed";
                    }});
    list.push_back({"GET /api/v1/audit", may(Action::ReadAuditLog), Action::ReadAuditLog,
                    [=, this] { return client->get("/api/v1/audit?limit=5"); }, {}});
    list.push_back({"GET /api/v1/auth/me", true, std::nullopt, [=, this] { return client->get("/api/v1/auth/me"); }, {}});
    return list;
}

TEST_P(PermissionsTest, EveryEndpointFollowsTheSharedMatrix)
{
    const Role role = GetParam();
    int allowed = 0;
    int refused = 0;
    for (Probe &probe : probes()) {
        SCOPED_TRACE(str(roleName(role)) + " -> " + probe.name);
        const HttpResponse response = probe.call();
        if (probe.allowed) {
            ++allowed;
            EXPECT_TRUE(response.is2xx()) << "allowed by the matrix but refused: " << response.describe();
        } else {
            ++refused;
            EXPECT_EQ(response.status, 403u) << "refused by the matrix but answered: " << response.describe();
            EXPECT_EQ(response.errorCode(), QStringLiteral("forbidden"));
            if (probe.action) {
                EXPECT_EQ(response.object().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
                          refusalMessage(role, *probe.action));
            }
            if (probe.checkNothingWritten) {
                probe.checkNothingWritten();
            }
        }
    }
    EXPECT_GT(allowed, 0);
    EXPECT_GT(refused, 0) << "every role is refused something";
}

// Pushed changes are checked change by change with the same matrix.
TEST_P(PermissionsTest, EveryPushedChangeFollowsTheSharedMatrix)
{
    const Role role = GetParam();
    ChangeFactory factory(subject_);
    const QUuid patientId = parseUuid(patient_).value();
    const QUuid prescriptionId = parseUuid(prescription_).value();

    auto current = patientFromJson(currentPatient());
    ASSERT_TRUE(current.ok());
    Patient edited = *current;
    edited.village = QStringLiteral("Pushed by ") + roleName(role);
    const Patient created = factory.newPatient(QStringLiteral("Pushed"), QStringLiteral("Newborn"));

    struct Expected {
        std::string name;
        bool allowed;
        QString objectId;
    };
    std::vector<sync::ChangeEnvelope> changes;
    std::vector<Expected> expected;
    changes.push_back(factory.create(created));
    expected.push_back({"patient creation", may(Action::RegisterPatient), uuidToString(created.id)});
    changes.push_back(factory.edit(edited, current->version));
    expected.push_back({"patient edit", may(Action::EditPatientDemographics), uuidToString(edited.id)});
    for (EntryKind kind : allValues<EntryKind>()) {
        const ClinicalEntry entry = factory.newEntry(patientId, kind, prescriptionId);
        changes.push_back(factory.add(entry));
        expected.push_back({"entry " + str(toToken(kind)), canAddEntry(role, kind), uuidToString(entry.id)});
    }

    const HttpResponse response = subjectClient_->post("/api/v1/sync/push", pushBody(device_, changes));
    if (!may(Action::SyncClinicalData)) {
        EXPECT_EQ(response.status, 403u) << response.describe();
        EXPECT_EQ(response.errorCode(), QStringLiteral("forbidden"));
        expectAbsent("/api/v1/patients/" + str(uuidToString(created.id)));
        return;
    }
    ASSERT_EQ(response.status, 200u) << response.describe();
    const QJsonArray results = response.object().value(QStringLiteral("results")).toArray();
    ASSERT_EQ(results.size(), static_cast<qsizetype>(changes.size()));
    for (std::size_t i = 0; i < changes.size(); ++i) {
        SCOPED_TRACE(str(roleName(role)) + " pushes " + expected[i].name);
        const QJsonObject result = results.at(static_cast<qsizetype>(i)).toObject();
        EXPECT_EQ(result.value(QStringLiteral("changeId")).toString(), uuidToString(changes[i].changeId));
        if (expected[i].allowed) {
            EXPECT_EQ(result.value(QStringLiteral("status")).toString(), QStringLiteral("accepted")) << toJsonText(result);
        } else {
            EXPECT_EQ(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected")) << toJsonText(result);
            EXPECT_TRUE(result.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("forbidden")))
                << toJsonText(result);
        }
    }
    // What was refused is not there.
    if (!may(Action::RegisterPatient)) {
        expectAbsent("/api/v1/patients/" + str(uuidToString(created.id)));
    }
    for (std::size_t i = 2; i < changes.size(); ++i) {
        if (!expected[i].allowed) {
            expectNoEntry(expected[i].objectId);
        }
    }
}

// A pull gives each role what it may synchronise, nothing more: administrators get the
// directory but no patient or entry.
TEST_P(PermissionsTest, PullCarriesOnlyWhatTheRoleMaySynchronise)
{
    const PullResult pulled = pullAll(*subjectClient_, {}, 50);
    bool clinical = false;
    bool directory = false;
    for (const PulledChange &change : pulled.changes) {
        if (change.objectType == QStringLiteral("patient") || change.objectType == QStringLiteral("entry")) {
            clinical = true;
        }
        if (change.objectType == QStringLiteral("facility") || change.objectType == QStringLiteral("user")) {
            directory = true;
        }
        EXPECT_NE(change.objectType, QStringLiteral("record_access")) << "record accesses only feed the audit log";
    }
    EXPECT_EQ(clinical, may(Action::SyncClinicalData));
    EXPECT_EQ(directory, may(Action::SyncDirectory));

    // The notification channel follows SyncDirectory.
    WebSocketClient socket(community_->server().port(), community_->server().certificate());
    const unsigned status = socket.open("/api/v1/sync/notifications", subjectClient_->token());
    EXPECT_EQ(status, may(Action::SyncDirectory) ? 101u : 403u) << socket.refusalBody();
}

constexpr auto kAllRoles = allValues<Role>();

INSTANTIATE_TEST_SUITE_P(AllRoles, PermissionsTest, ::testing::ValuesIn(kAllRoles),
                         [](const ::testing::TestParamInfo<Role> &paramInfo) { return str(toToken(paramInfo.param)); });

} // namespace
} // namespace medinexus::itest
