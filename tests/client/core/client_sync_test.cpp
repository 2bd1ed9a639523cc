// The client core against the real server over loopback TLS: offline work reaching other
// clients, conflicts kept on both sides, a server killed mid-push, failover between two server
// processes, offline record reads reaching the audit log.
#include "client_test_support.h"

#include "client/core/cache/outbox.h"
#include "client/core/cache/record_store.h"

#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <atomic>
#include <csignal>
#include <thread>

namespace medinexus::client::testing {
namespace {

using Outcome = SyncEngine::Outcome;

std::unique_ptr<SyncEngine> engineFor(const UserSession &session, SyncSettings settings = testSyncSettings())
{
    return std::make_unique<SyncEngine>(session.syncSetup(settings));
}

QUuid anyPatient(CacheDatabase &cache)
{
    const auto patients = RecordStore(cache.connection()).patients();
    if (patients.empty())
        throw std::runtime_error("the cache holds no patient");
    return patients.front().id;
}

TEST(ClientSyncTest, OfflineWorkOfOneClientReachesAnotherAfterSync)
{
    const Community community;
    const ServerProfile &online = community.profile;
    TwoClinics clinics(online);
    Device &clinicA = clinics.clinicA;
    auto &doctor = clinics.doctor;
    auto &nurse = clinics.nurse;
    ASSERT_EQ(engineFor(*doctor)->syncOnce(), Outcome::Synced);
    ASSERT_EQ(engineFor(*nurse)->syncOnce(), Outcome::Synced);

    // The link goes down: the doctor logs in again offline and keeps working.
    doctor->logout();
    LoginResult offline = clinicA.login(community.unreachable, QStringLiteral("dr.diallo"));
    ASSERT_EQ(offline.failure, LoginFailure::None) << offline.message.toStdString();
    ASSERT_TRUE(offline.offline);
    Patient registered;
    ClinicalEntry note;
    {
        CacheDatabase cache = offline.session->openCache();
        LocalChanges changes(cache, offline.session->user());
        Patient draft;
        draft.givenNames = QStringLiteral("Mariama");
        draft.familyName = QStringLiteral("Bâ");
        draft.sex = Sex::Female;
        draft.estimatedBirthYear = 1987;
        draft.village = QStringLiteral("Salémata");
        registered = changes.registerPatient(draft);
        note = changes.addEntry(noteFor(registered.id, QStringLiteral("Vue en consultation avancée.")));
        EXPECT_EQ(Outbox(cache.connection()).count(), 2);
    }
    {
        SyncSettings settings = testSyncSettings();
        settings.requestTimeout = std::chrono::seconds(2);
        SyncEngine engine(offline.session->syncSetup(settings));
        // An offline session has no server session: nothing is tried until the user logs in.
        EXPECT_EQ(engine.syncOnce(), Outcome::SignInRequired);
        EXPECT_EQ(engine.status().pendingChanges, 2);
    }
    offline.session.reset();

    // Back online.
    auto again = clinicA.session(online, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(again);
    {
        auto engine = engineFor(*again);
        ASSERT_EQ(engine->syncOnce(), Outcome::Synced) << engine->status().lastError.toStdString();
        EXPECT_EQ(engine->status().pendingChanges, 0);
        EXPECT_EQ(engine->status().connectivity, SyncStatus::Connectivity::Online);
        RecordStore records(engine->cache().connection());
        EXPECT_FALSE(records.isEntryPending(note.id)) << "acknowledged by the server";
    }

    auto engineB = engineFor(*nurse);
    ASSERT_EQ(engineB->syncOnce(), Outcome::Synced);
    RecordStore recordsB(engineB->cache().connection());
    const auto seen = recordsB.patient(registered.id);
    ASSERT_TRUE(seen.has_value());
    EXPECT_EQ(*seen, registered);
    const auto entries = recordsB.entriesOfPatient(registered.id);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries.front(), note);
    const auto found = recordsB.searchPatients(QStringLiteral("mariama ba"), std::nullopt, 10);
    ASSERT_EQ(found.size(), 1u) << "found without the accent";

    // Both caches hold exactly the server's view of their user.
    EXPECT_EQ(cacheDigest(engineB->cache()), serverDigest(*community.server, QStringLiteral("inf.ndiaye")));
    CacheDatabase cacheA = again->openCache();
    EXPECT_EQ(cacheDigest(cacheA), serverDigest(*community.server, QStringLiteral("dr.diallo")));
}

TEST(ClientSyncTest, TwoClinicsEditingOnePatientOfflineKeepBothVersionsUntilResolved)
{
    auto server = startDemoServer();
    const ServerProfile profile = profileFor(*server);
    TwoClinics clinics(profile);
    auto &doctor = clinics.doctor;
    auto &nurse = clinics.nurse;
    auto engineA = engineFor(*doctor);
    auto engineB = engineFor(*nurse);
    ASSERT_EQ(engineA->syncOnce(), Outcome::Synced);
    ASSERT_EQ(engineB->syncOnce(), Outcome::Synced);

    const QUuid patientId = anyPatient(engineA->cache());
    const Patient original = *RecordStore(engineA->cache().connection()).patient(patientId);

    // Both edit the same version while neither syncs.
    Patient byDoctor = original;
    byDoctor.phone = QStringLiteral("+221 70 000 00 01");
    Patient byNurse = original;
    byNurse.village = QStringLiteral("Kédougou");
    {
        CacheDatabase cache = doctor->openCache();
        LocalChanges(cache, doctor->user()).editPatient(byDoctor);
    }
    {
        CacheDatabase cache = nurse->openCache();
        LocalChanges(cache, nurse->user()).editPatient(byNurse);
    }

    ASSERT_EQ(engineA->syncOnce(), Outcome::Synced);
    ASSERT_EQ(engineB->syncOnce(), Outcome::Synced);
    ASSERT_EQ(engineA->syncOnce(), Outcome::Synced);

    for (SyncEngine *engine : {engineA.get(), engineB.get()}) {
        RecordStore records(engine->cache().connection());
        const auto shown = records.patient(patientId);
        ASSERT_TRUE(shown.has_value());
        EXPECT_EQ(shown->version, original.version + 1);
        EXPECT_EQ(shown->phone, byDoctor.phone) << "the version the server accepted first";
        const auto conflicts = records.conflicts(patientId);
        ASSERT_EQ(conflicts.size(), 1u) << "the other version is kept and listed";
        EXPECT_EQ(conflicts.front().proposed.village, byNurse.village);
        EXPECT_EQ(conflicts.front().baseVersion, original.version);
        EXPECT_EQ(engine->status().conflicts, 1);
    }

    // The doctor reconciles: a version with both edits supersedes the conflict everywhere.
    Patient merged = *RecordStore(engineA->cache().connection()).patient(patientId);
    merged.village = byNurse.village;
    {
        CacheDatabase cache = doctor->openCache();
        const Patient resolved = LocalChanges(cache, doctor->user()).resolveConflict(merged);
        EXPECT_EQ(resolved.version, original.version + 2);
    }
    ASSERT_EQ(engineA->syncOnce(), Outcome::Synced);
    ASSERT_EQ(engineB->syncOnce(), Outcome::Synced);
    for (SyncEngine *engine : {engineA.get(), engineB.get()}) {
        RecordStore records(engine->cache().connection());
        EXPECT_TRUE(records.conflicts(patientId).empty());
        EXPECT_EQ(records.patient(patientId)->village, byNurse.village);
        EXPECT_EQ(records.patient(patientId)->phone, byDoctor.phone);
    }
    EXPECT_EQ(cacheDigest(engineB->cache()), serverDigest(*server, QStringLiteral("inf.ndiaye")));
}

TEST(ClientSyncTest, LocalWritesFollowTheSharedPermissionAndValidationRules)
{
    const Community community;
    TwoClinics clinics(community.profile);
    Device pharmacy;
    auto pharmacist = pharmacy.session(community.profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(pharmacist);
    auto doctorEngine = engineFor(*clinics.doctor);
    ASSERT_EQ(doctorEngine->syncOnce(), Outcome::Synced);
    const QUuid patientId = anyPatient(doctorEngine->cache());

    // The doctor prescribes 20 tablets; the nurse may not.
    ClinicalEntry prescription;
    prescription.patientId = patientId;
    PrescriptionBody prescribed;
    prescribed.medication = QStringLiteral("Amoxicilline 500 mg");
    prescribed.dose = QStringLiteral("1 comprimé");
    prescribed.frequency = QStringLiteral("3 fois par jour");
    prescribed.quantity = 20;
    prescribed.quantityUnit = QStringLiteral("comprimés");
    prescription.body = prescribed;
    {
        CacheDatabase cache = clinics.nurse->openCache();
        SyncEngine(clinics.nurse->syncSetup(testSyncSettings())).syncOnce();
        try {
            LocalChanges(cache, clinics.nurse->user()).addEntry(prescription);
            ADD_FAILURE() << "a nurse prescribed";
        } catch (const WriteRefused &refused) {
            EXPECT_EQ(refused.reason(), WriteRefused::Reason::Forbidden);
            EXPECT_FALSE(refused.message().isEmpty());
        }
        EXPECT_EQ(Outbox(cache.connection()).count(), 0) << "a refused write leaves nothing behind";
    }
    {
        CacheDatabase cache = clinics.doctor->openCache();
        prescription = LocalChanges(cache, clinics.doctor->user()).addEntry(prescription);
    }
    ASSERT_EQ(doctorEngine->syncOnce(), Outcome::Synced);

    // At the counter: more than prescribed is refused on the device already; 15 then 5 fit.
    auto pharmacyEngine = engineFor(*pharmacist);
    ASSERT_EQ(pharmacyEngine->syncOnce(), Outcome::Synced);
    CacheDatabase cache = pharmacist->openCache();
    LocalChanges counter(cache, pharmacist->user());
    ClinicalEntry dispensation;
    dispensation.patientId = patientId;
    dispensation.body = DispensationBody{prescription.id, 25, DispensationCompleteness::Full, {}};
    try {
        counter.addEntry(dispensation);
        ADD_FAILURE() << "25 of 20 dispensed";
    } catch (const WriteRefused &refused) {
        EXPECT_EQ(refused.reason(), WriteRefused::Reason::Invalid);
        ASSERT_FALSE(refused.errors().empty());
        EXPECT_EQ(refused.errors().front().field, QStringLiteral("quantity"));
    }
    dispensation.body = DispensationBody{prescription.id, 15, DispensationCompleteness::Partial, {}};
    const ClinicalEntry first = counter.addEntry(dispensation);
    dispensation.body = DispensationBody{prescription.id, 5, DispensationCompleteness::Full, {}};
    counter.addEntry(dispensation);
    ASSERT_EQ(pharmacyEngine->syncOnce(), Outcome::Synced);
    EXPECT_EQ(pharmacyEngine->status().rejectedChanges, 0) << "the server agreed with every local check";

    // Correcting the first dispensation down to 10 frees 5 units, by the same rule on both sides.
    ClinicalEntry correction;
    correction.patientId = patientId;
    correction.amends = first.id;
    correction.amendmentReason = QStringLiteral("Erreur de comptage");
    correction.body = DispensationBody{prescription.id, 10, DispensationCompleteness::Partial, {}};
    counter.addEntry(correction);
    dispensation.body = DispensationBody{prescription.id, 5, DispensationCompleteness::Full, {}};
    counter.addEntry(dispensation);
    ASSERT_EQ(pharmacyEngine->syncOnce(), Outcome::Synced);
    EXPECT_EQ(pharmacyEngine->status().rejectedChanges, 0);
    EXPECT_EQ(pharmacyEngine->status().pendingChanges, 0);
}

TEST(ClientSyncTest, ServerKilledMidPushLosesAndDuplicatesNothing)
{
    auto server = startDemoServer(6, true);
    const ServerProfile profile = profileFor(*server);
    Device clinic;
    auto nurse = clinic.session(profile, QStringLiteral("inf.ndiaye"));
    ASSERT_TRUE(nurse);
    SyncSettings settings = testSyncSettings();
    settings.pushBatch = 25;
    auto engine = engineFor(*nurse, settings);
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced);

    constexpr int kNotes = 1200;
    const QUuid patientId = anyPatient(engine->cache());
    {
        CacheDatabase cache = nurse->openCache();
        LocalChanges changes(cache, nurse->user());
        for (int i = 0; i < kNotes; ++i)
            changes.addEntry(noteFor(patientId, QStringLiteral("mid-push note %1").arg(i)));
    }

    // The server dies once the first batches are acknowledged, with dozens still to send.
    std::atomic<bool> killed{false};
    std::thread killer([&] {
        CacheDatabase watch = nurse->openCache();
        Outbox outbox(watch.connection());
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
        while (outbox.count() > kNotes - 50 && std::chrono::steady_clock::now() < deadline)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        server->kill();
        killed = true;
    });
    const Outcome interrupted = engine->syncOnce();
    killer.join();
    ASSERT_TRUE(killed);
    EXPECT_EQ(interrupted, Outcome::Offline) << "the push was cut short";
    const qint64 leftAfterCrash = engine->status().pendingChanges;
    EXPECT_GT(leftAfterCrash, 0);
    EXPECT_LT(leftAfterCrash, kNotes);

    server->start();
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced) << engine->status().lastError.toStdString();
    EXPECT_EQ(engine->status().pendingChanges, 0);

    // Every note exactly once on the server, and the cache is the server's view.
    int onServer = 0;
    RecordStore records(engine->cache().connection());
    for (const ClinicalEntry &entry : records.entriesOfPatient(patientId)) {
        if (const auto *body = std::get_if<NoteBody>(&entry.body); body && body->text.startsWith(QStringLiteral("mid-push note ")))
            ++onServer;
    }
    EXPECT_EQ(onServer, kNotes);
    EXPECT_EQ(cacheDigest(engine->cache()), serverDigest(*server, QStringLiteral("inf.ndiaye")));
}

TEST(ClientSyncTest, FailsOverToTheNextServerAddressWhenOneProcessDies)
{
    auto first = startDemoServer();
    const QString standbyAddress = closedAddress();
    const ServerProfile profile =
        profileFor(*first, {QStringLiteral("127.0.0.1:%1").arg(first->port()), standbyAddress});
    Device clinic;
    auto doctor = clinic.session(profile, QStringLiteral("dr.sow"));
    ASSERT_TRUE(doctor);
    auto engine = engineFor(*doctor);
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced);
    EXPECT_EQ(engine->status().serverAddress, QStringLiteral("127.0.0.1:%1").arg(first->port()));

    // The first process dies; a second one serves the same store on the standby address.
    first->kill();
    const std::string port = standbyAddress.section(QLatin1Char(':'), 1).toStdString();
    medinexus::test::ChildProcess second(MEDINEXUS_SERVER_BINARY,
                                         {"serve", "--data-dir", first->dataDir().string(), "--listen",
                                          "127.0.0.1:" + port, "--no-access-log"});
    ASSERT_TRUE(second.waitForOutput([](const std::string &out) { return out.find("listening") != std::string::npos; },
                                     std::chrono::seconds(60)))
        << second.err();

    const QUuid patientId = anyPatient(engine->cache());
    {
        CacheDatabase cache = doctor->openCache();
        LocalChanges(cache, doctor->user()).addEntry(noteFor(patientId, QStringLiteral("after failover")));
    }
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced) << engine->status().lastError.toStdString();
    EXPECT_EQ(engine->status().serverAddress, standbyAddress);
    EXPECT_EQ(engine->status().pendingChanges, 0);
    second.signal(SIGTERM);
    EXPECT_TRUE(second.wait(std::chrono::seconds(30)).has_value());
}

TEST(ClientSyncTest, RecordsOpenedOfflineReachTheServersAuditLog)
{
    auto server = startDemoServer();
    const ServerProfile profile = profileFor(*server);
    Device clinic;
    auto pharmacist = clinic.session(profile, QStringLiteral("ph.camara"));
    ASSERT_TRUE(pharmacist);
    auto engine = engineFor(*pharmacist);
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced);
    const QUuid patientId = anyPatient(engine->cache());
    {
        CacheDatabase cache = pharmacist->openCache();
        LocalChanges(cache, pharmacist->user()).recordAccess(patientId);
    }
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced);
    EXPECT_EQ(engine->status().pendingChanges, 0);

    medinexus::test::HttpsClient admin(server->port(), server->certificate());
    ASSERT_EQ(admin.login(QStringLiteral("admin"), QString::fromLatin1(kDemoPassword)).status, 200u);
    const auto audit = admin.get("/api/v1/audit?action=patient.read.offline&objectId=" + uuidToString(patientId).toStdString());
    ASSERT_EQ(audit.status, 200u) << audit.describe();
    const QJsonArray rows = audit.object().value(QStringLiteral("records")).toArray();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_EQ(rows.first().toObject().value(QStringLiteral("actorId")).toString(), uuidToString(pharmacist->user().id));
}

TEST(ClientSyncTest, AChangeTheServerRefusesIsKeptAsideAndTheCacheFollowsTheServer)
{
    auto server = startDemoServer();
    const ServerProfile profile = profileFor(*server);
    Device clinic;
    auto doctor = clinic.session(profile, QStringLiteral("dr.diallo"));
    ASSERT_TRUE(doctor);
    auto engine = engineFor(*doctor);
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced);

    // A patient registered here with a number another clinic took meanwhile.
    const Patient existing = RecordStore(engine->cache().connection()).patients().front();
    Patient clash;
    clash.id = newUuidV7();
    clash.number = PatientNumber::generate().compact();
    clash.givenNames = QStringLiteral("Awa");
    clash.familyName = QStringLiteral("Diop");
    clash.estimatedBirthYear = 1990;
    {
        CacheDatabase cache = doctor->openCache();
        clash = LocalChanges(cache, doctor->user()).registerPatient(clash);
        // Simulate the number having been taken on the server by another patient: rewrite the
        // queued change's payload to the existing number, as a client that raced would send.
        auto item = Outbox(cache.connection()).pendingFor(ObjectType::Patient, clash.id);
        ASSERT_TRUE(item.has_value());
        sync::ChangeEnvelope envelope = item->envelope;
        envelope.payload.insert(QStringLiteral("number"), existing.number);
        sqlite::Transaction transaction(cache.connection());
        Outbox(cache.connection()).remove(envelope.changeId);
        Outbox(cache.connection()).enqueue(envelope);
        transaction.commit();
    }
    ASSERT_EQ(engine->syncOnce(), Outcome::Synced);
    EXPECT_EQ(engine->status().pendingChanges, 0);
    EXPECT_EQ(engine->status().rejectedChanges, 1);
    Outbox outbox(engine->cache().connection());
    const auto rejected = outbox.rejected();
    ASSERT_EQ(rejected.size(), 1u);
    EXPECT_FALSE(rejected.front().reason.isEmpty());
    EXPECT_FALSE(RecordStore(engine->cache().connection()).patient(clash.id).has_value())
        << "a registration the server refused is not shown as if it existed";
    EXPECT_EQ(cacheDigest(engine->cache()), serverDigest(*server, QStringLiteral("dr.diallo")));
}

} // namespace
} // namespace medinexus::client::testing
