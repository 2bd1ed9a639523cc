#include "store_test_support.h"

#include "shared/model/amendment_chains.h"

#include "server/audit/audit_chain.h"
#include "shared/ids/uuid.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace medinexus::server::testing {
namespace {

const QByteArray kHash = QByteArray("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA");

// The Store interface, on every backend of the test program.
class StoreBehaviourTest : public StoreTest {};

// --- opening -----------------------------------------------------------------------------------

TEST_P(StoreBehaviourTest, ReopeningKeepsTheData)
{
    reopen();
    ASSERT_TRUE(store().findFacility(facility_.id));
    EXPECT_EQ(*store().findFacility(facility_.id), facility_);
}

// --- directory ---------------------------------------------------------------------------------

TEST_P(StoreBehaviourTest, FacilitiesAreInsertedUpdatedFoundAndListedByName)
{
    Facility pharmacy = makeFacility(QStringLiteral("Pharmacie du marché"));
    pharmacy.kind = FacilityKind::Pharmacy;
    Facility hospital = makeFacility(QStringLiteral("Hôpital de Bamako"));
    hospital.kind = FacilityKind::Hospital;
    {
        auto write = store().beginWrite();
        write->putFacility(pharmacy);
        write->putFacility(hospital);
        ASSERT_TRUE(write->findFacility(pharmacy.id));  // its own write
        EXPECT_EQ(*write->findFacility(pharmacy.id), pharmacy);
        EXPECT_FALSE(store().findFacility(pharmacy.id));  // not committed yet
        write->commit();
    }
    EXPECT_EQ(*store().findFacility(pharmacy.id), pharmacy);
    EXPECT_FALSE(store().findFacility(newUuidV7()));

    pharmacy.active = false;
    pharmacy.version = 2;
    pharmacy.village = QStringLiteral("Koulikoro");
    {
        auto write = store().beginWrite();
        write->putFacility(pharmacy);
        write->commit();
    }
    EXPECT_EQ(*store().findFacility(pharmacy.id), pharmacy);

    const std::vector<Facility> all = store().listFacilities();
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].id, facility_.id);  // Centre...
    EXPECT_EQ(all[1].id, hospital.id);   // Hôpital...
    EXPECT_EQ(all[2], pharmacy);         // Pharmacie...
}

TEST_P(StoreBehaviourTest, UsersKeepTheirPasswordHashUnlessANewOneIsGiven)
{
    const std::optional<UserAccount> stored = store().findUser(user_.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->user, user_);
    EXPECT_EQ(stored->passwordHash, kHash);

    User renamed = user_;
    renamed.displayName = QStringLiteral("Dr A. Diallo");
    renamed.version = 2;
    {
        auto write = store().beginWrite();
        write->putUser(renamed, std::nullopt);
        write->commit();
    }
    EXPECT_EQ(store().findUser(user_.id)->user, renamed);
    EXPECT_EQ(store().findUser(user_.id)->passwordHash, kHash);

    const QByteArray newHash("$argon2id$v=19$m=65536,t=3,p=1$bmV3$bmV3aGFzaA");
    {
        auto write = store().beginWrite();
        write->putUser(renamed, newHash);
        EXPECT_EQ(write->findUser(user_.id)->passwordHash, newHash);
        write->commit();
    }
    EXPECT_EQ(store().findUser(user_.id)->passwordHash, newHash);
    EXPECT_FALSE(store().findUser(newUuidV7()));
}

TEST_P(StoreBehaviourTest, ANewUserNeedsAPasswordHash)
{
    auto write = store().beginWrite();
    try {
        write->putUser(makeUser(facility_.id, QStringLiteral("moussa.keita")), std::nullopt);
        FAIL() << "a user without password hash was stored";
    } catch (const StoreError &e) {
        EXPECT_FALSE(e.transient());
    }
}

TEST_P(StoreBehaviourTest, UsernamesAreUniqueAndFoundCaseInsensitively)
{
    EXPECT_EQ(store().findUserByUsername(QStringLiteral("Aminata.DIALLO"))->user.id, user_.id);
    {
        auto write = store().beginWrite();
        EXPECT_EQ(write->findUserByUsername(QStringLiteral("aminata.diallo"))->user.id, user_.id);
    }
    EXPECT_FALSE(store().findUserByUsername(QStringLiteral("nobody")));

    auto write = store().beginWrite();
    EXPECT_THROW(write->putUser(makeUser(facility_.id, QStringLiteral("AMINATA.diallo")), kHash), StoreError);
}

TEST_P(StoreBehaviourTest, UsersAreListedByUsername)
{
    const User moussa = makeUser(facility_.id, QStringLiteral("moussa.keita"));
    const User binta = makeUser(facility_.id, QStringLiteral("binta.traore"));
    {
        auto write = store().beginWrite();
        write->putUser(moussa, kHash);
        write->putUser(binta, kHash);
        write->commit();
    }
    const std::vector<User> users = store().listUsers();
    ASSERT_EQ(users.size(), 3u);
    EXPECT_EQ(users[0], user_);  // aminata
    EXPECT_EQ(users[1], binta);
    EXPECT_EQ(users[2], moussa);
}

TEST_P(StoreBehaviourTest, AUserOfAnUnknownFacilityIsRefusedAtCommit)
{
    auto write = store().beginWrite();
    write->putUser(makeUser(newUuidV7(), QStringLiteral("ghost.user")), kHash);
    EXPECT_THROW(write->commit(), StoreError);
    write.reset();
    EXPECT_FALSE(store().findUserByUsername(QStringLiteral("ghost.user")));
}

// --- sessions and login throttling -----------------------------------------------------------

SessionRecord makeSession(const QUuid &userId, const char *token, qint64 expiryOffsetMs)
{
    SessionRecord session;
    session.tokenHash = QCryptographicHash::hash(QByteArray(token), QCryptographicHash::Sha256);
    session.userId = userId;
    session.createdAt = at(0);
    session.lastSeenAt = at(0);
    session.absoluteExpiry = at(expiryOffsetMs);
    return session;
}

TEST_P(StoreBehaviourTest, SessionsAreCreatedFoundTouchedAndDeleted)
{
    const SessionRecord session = makeSession(user_.id, "token-1", 3'600'000);
    store().createSession(session);
    std::optional<SessionRecord> found = store().findSession(session.tokenHash);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->tokenHash, session.tokenHash);
    EXPECT_EQ(found->userId, user_.id);
    EXPECT_EQ(found->createdAt, session.createdAt);
    EXPECT_EQ(found->lastSeenAt, session.lastSeenAt);
    EXPECT_EQ(found->absoluteExpiry, session.absoluteExpiry);
    EXPECT_EQ(found->absoluteExpiry.timeSpec(), Qt::UTC);

    store().touchSession(session.tokenHash, at(60'000));
    EXPECT_EQ(store().findSession(session.tokenHash)->lastSeenAt, at(60'000));

    store().deleteSession(session.tokenHash);
    EXPECT_FALSE(store().findSession(session.tokenHash));
    EXPECT_NO_THROW(store().deleteSession(session.tokenHash));  // already gone: nothing to do
}

TEST_P(StoreBehaviourTest, SessionsOfAUserAreDeletedTogether)
{
    const User other = makeUser(facility_.id, QStringLiteral("moussa.keita"));
    {
        auto write = store().beginWrite();
        write->putUser(other, kHash);
        write->commit();
    }
    store().createSession(makeSession(user_.id, "a", 3'600'000));
    store().createSession(makeSession(user_.id, "b", 3'600'000));
    store().createSession(makeSession(other.id, "c", 3'600'000));
    EXPECT_EQ(store().deleteSessionsOfUser(user_.id), 2);
    EXPECT_EQ(store().deleteSessionsOfUser(user_.id), 0);
    EXPECT_TRUE(store().findSession(makeSession(other.id, "c", 0).tokenHash));
}

TEST_P(StoreBehaviourTest, ExpiredSessionsArePurged)
{
    store().createSession(makeSession(user_.id, "old", 1'000));
    store().createSession(makeSession(user_.id, "exact", 5'000));
    store().createSession(makeSession(user_.id, "fresh", 10'000));
    EXPECT_EQ(store().purgeExpiredSessions(at(5'000)), 2);
    EXPECT_FALSE(store().findSession(makeSession(user_.id, "old", 0).tokenHash));
    EXPECT_FALSE(store().findSession(makeSession(user_.id, "exact", 0).tokenHash));
    EXPECT_TRUE(store().findSession(makeSession(user_.id, "fresh", 0).tokenHash));
}

TEST_P(StoreBehaviourTest, ASessionOfAnUnknownUserIsRefused)
{
    EXPECT_THROW(store().createSession(makeSession(newUuidV7(), "x", 1'000)), StoreError);
}

TEST_P(StoreBehaviourTest, LoginFailuresAreCountedPerKeySinceAMomentAndCleared)
{
    const QString key = QStringLiteral("user:aminata.diallo");
    store().recordLoginFailure(key, at(0));
    store().recordLoginFailure(key, at(10'000));
    store().recordLoginFailure(key, at(20'000));
    store().recordLoginFailure(QStringLiteral("addr:10.0.0.9"), at(20'000));

    LoginFailures failures = store().loginFailures(key, at(5'000));
    EXPECT_EQ(failures.count, 2);
    EXPECT_EQ(failures.lastFailureAt, at(20'000));
    EXPECT_EQ(store().loginFailures(key, at(0)).count, 3);

    failures = store().loginFailures(key, at(30'000));
    EXPECT_EQ(failures.count, 0);
    EXPECT_FALSE(failures.lastFailureAt.isValid());

    store().clearLoginFailures(key);
    EXPECT_EQ(store().loginFailures(key, at(0)).count, 0);
    EXPECT_EQ(store().loginFailures(QStringLiteral("addr:10.0.0.9"), at(0)).count, 1);
}

TEST_P(StoreBehaviourTest, LoginFailuresOlderThanTheRetentionAreForgotten)
{
    const QString key = QStringLiteral("addr:10.0.0.9");
    store().recordLoginFailure(key, at(0));
    const qint64 days31 = qint64{31} * 24 * 60 * 60 * 1000;
    store().recordLoginFailure(QStringLiteral("addr:10.0.0.10"), at(days31));
    EXPECT_EQ(store().loginFailures(key, at(-1)).count, 0);
}

// --- patients ----------------------------------------------------------------------------------

TEST_P(StoreBehaviourTest, PatientsAreStoredFoundByIdAndNumberAndVersioned)
{
    Patient patient = makePatient(facility_.id, QStringLiteral("Hélène"), QStringLiteral("Dubois"));
    patient.allergies = QStringList{QStringLiteral("Penicillin")};
    const QUuid firstChange = newUuidV7();
    {
        auto write = store().beginWrite();
        write->putPatient(patient, firstChange);
        EXPECT_EQ(write->findPatient(patient.id), patient);
        EXPECT_EQ(write->patientIdByNumber(patient.number), patient.id);
        EXPECT_FALSE(write->patientIdByNumber(QStringLiteral("00000000000")));
        write->commit();
    }
    EXPECT_EQ(store().findPatient(patient.id), patient);
    EXPECT_EQ(store().findPatientByNumber(patient.number), patient);
    EXPECT_FALSE(store().findPatient(newUuidV7()));
    EXPECT_FALSE(store().findPatientByNumber(QStringLiteral("00000000000")));

    Patient edited = patient;
    edited.version = 2;
    edited.phone = QStringLiteral("+223 70 00 00 01");
    edited.estimatedBirthYear = std::nullopt;
    {
        auto write = store().beginWrite();
        write->putPatient(edited, newUuidV7());
        write->commit();
    }
    EXPECT_EQ(store().findPatient(patient.id), edited);

    EXPECT_EQ(rawCount("SELECT count(*) FROM patients"), 1);
    EXPECT_EQ(rawCount("SELECT count(*) FROM patient_versions"), 2);
    const QStringList history = rawQuery("SELECT version, change_id FROM patient_versions ORDER BY id")
                                    .split(QLatin1Char('\n'));
    ASSERT_EQ(history.size(), 2);
    EXPECT_EQ(history[0], QStringLiteral("1|") + uuidToString(firstChange));
    EXPECT_TRUE(history[1].startsWith(QStringLiteral("2|")));
}

TEST_P(StoreBehaviourTest, PatientNumbersAreUnique)
{
    const Patient first = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
    Patient second = makePatient(facility_.id, QStringLiteral("Fanta"), QStringLiteral("Sidibé"));
    second.number = first.number;
    auto write = store().beginWrite();
    write->putPatient(first, newUuidV7());
    try {
        write->putPatient(second, newUuidV7());
        FAIL() << "a duplicate patient number was stored";
    } catch (const StoreError &e) {
        EXPECT_FALSE(e.transient());
        // The message names the constraint, never the values.
        EXPECT_EQ(std::string(e.what()).find(first.number.toStdString()), std::string::npos) << e.what();
        EXPECT_EQ(std::string(e.what()).find("Fanta"), std::string::npos) << e.what();
    }
}

TEST_P(StoreBehaviourTest, ConflictsStayOpenUntilResolved)
{
    const Patient awa = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
    const Patient fanta = makePatient(facility_.id, QStringLiteral("Fanta"), QStringLiteral("Sidibé"));
    PatientConflict first;
    first.changeId = newUuidV7();
    first.patientId = awa.id;
    first.baseVersion = 1;
    first.proposed = awa;
    first.proposed.version = 2;
    first.proposed.village = QStringLiteral("Ségou");
    first.authorId = user_.id;
    first.facilityId = facility_.id;
    first.receivedAt = at(1'000);
    PatientConflict second = first;
    second.changeId = newUuidV7();
    second.patientId = fanta.id;
    second.proposed = fanta;
    second.receivedAt = at(2'000);
    {
        auto write = store().beginWrite();
        write->putPatient(awa, newUuidV7());
        write->putPatient(fanta, newUuidV7());
        write->addPatientConflict(second);
        write->addPatientConflict(first);
        write->commit();
    }
    std::vector<PatientConflict> open = store().openConflicts(std::nullopt);
    ASSERT_EQ(open.size(), 2u);
    EXPECT_EQ(open[0].changeId, first.changeId);  // by reception time
    EXPECT_EQ(open[1].changeId, second.changeId);
    EXPECT_EQ(open[0].patientId, awa.id);
    EXPECT_EQ(open[0].baseVersion, 1);
    EXPECT_EQ(open[0].proposed, first.proposed);
    EXPECT_EQ(open[0].authorId, user_.id);
    EXPECT_EQ(open[0].facilityId, facility_.id);
    EXPECT_EQ(open[0].receivedAt, first.receivedAt);

    open = store().openConflicts(awa.id);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].changeId, first.changeId);

    {
        auto write = store().beginWrite();
        write->resolvePatientConflicts(awa.id, newUuidV7());
        write->commit();
    }
    EXPECT_TRUE(store().openConflicts(awa.id).empty());
    open = store().openConflicts(std::nullopt);
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].changeId, second.changeId);
}

// --- entries -----------------------------------------------------------------------------------

TEST_P(StoreBehaviourTest, EntriesAreInsertedAndListedInTimeOrder)
{
    const Patient patient = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
    const ClinicalEntry later = makeNote(patient.id, user_.id, facility_.id, 60'000);
    const ClinicalEntry earlier = makeNote(patient.id, user_.id, facility_.id, 0);
    const ClinicalEntry prescription = makePrescription(patient.id, user_.id, facility_.id, 21);
    {
        auto write = store().beginWrite();
        write->putPatient(patient, newUuidV7());
        write->insertEntry(later);
        write->insertEntry(earlier);
        write->insertEntry(prescription);
        EXPECT_EQ(write->findEntry(later.id), later);
        write->commit();
    }
    EXPECT_EQ(store().findEntry(prescription.id), prescription);
    EXPECT_FALSE(store().findEntry(newUuidV7()));
    const std::vector<ClinicalEntry> entries = store().entriesOfPatient(patient.id);
    ASSERT_EQ(entries.size(), 3u);
    // earlier and prescription share a time: then by id (creation order).
    EXPECT_EQ(entries[0], earlier);
    EXPECT_EQ(entries[1], prescription);
    EXPECT_EQ(entries[2], later);
    EXPECT_TRUE(store().entriesOfPatient(newUuidV7()).empty());
}

TEST_P(StoreBehaviourTest, AnEntryIsWrittenOnlyOnce)
{
    const Patient patient = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
    const ClinicalEntry note = makeNote(patient.id, user_.id, facility_.id);
    auto write = store().beginWrite();
    write->putPatient(patient, newUuidV7());
    write->insertEntry(note);
    EXPECT_THROW(write->insertEntry(note), StoreError);
}

TEST_P(StoreBehaviourTest, AnEntryOfAnUnknownPatientIsRefusedAtCommit)
{
    const ClinicalEntry note = makeNote(newUuidV7(), user_.id, facility_.id);
    auto write = store().beginWrite();
    write->insertEntry(note);
    EXPECT_THROW(write->commit(), StoreError);
    write.reset();
    EXPECT_FALSE(store().findEntry(note.id));
}

TEST_P(StoreBehaviourTest, EntriesAndTheAuditLogRefuseUpdateAndDelete)
{
    const Patient patient = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
    {
        auto write = store().beginWrite();
        write->putPatient(patient, newUuidV7());
        write->insertEntry(makeNote(patient.id, user_.id, facility_.id));
        write->appendAudit(makeAuditEvent(1));
        write->commit();
    }
    const auto expectRefused = [this](const std::string &sql) {
        try {
            rawExec(sql);
            ADD_FAILURE() << "allowed: " << sql;
        } catch (const std::runtime_error &e) {
            const std::string message = e.what();
            EXPECT_TRUE(message.find("clinical entries are immutable") != std::string::npos
                        || message.find("the audit log is append-only") != std::string::npos)
                << message;
        }
    };
    expectRefused("UPDATE entries SET quantity = 3");
    expectRefused(onPostgres() ? "UPDATE entries SET json = decode('7b7d', 'hex')" : "UPDATE entries SET json = x'7b7d'");
    expectRefused("DELETE FROM entries");
    expectRefused("UPDATE audit_log SET outcome = 'denied'");
    expectRefused("DELETE FROM audit_log");
    if (onPostgres()) {
        expectRefused("TRUNCATE entries CASCADE");
        expectRefused("TRUNCATE audit_log");
    }
    EXPECT_EQ(rawCount("SELECT count(*) FROM entries"), 1);
    EXPECT_EQ(rawCount("SELECT count(*) FROM audit_log"), 1);
}

// --- dispensed quantity ---------------------------------------------------------------------------

class DispensedQuantityTest : public StoreTest {
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        patient_ = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
        prescription_ = makePrescription(patient_.id, user_.id, facility_.id, 30);
        insert({prescription_});
    }

    void insert(const std::vector<ClinicalEntry> &entries)
    {
        auto write = store().beginWrite();
        if (!write->findPatient(patient_.id))
            write->putPatient(patient_, newUuidV7());
        for (const ClinicalEntry &entry : entries)
            write->insertEntry(entry);
        write->commit();
    }

    static EntryBody dispensationBody(const ClinicalEntry &dispensation, int quantity)
    {
        DispensationBody body = std::get<DispensationBody>(dispensation.body);
        body.quantity = quantity;
        return body;
    }

    Patient patient_;
    ClinicalEntry prescription_;
};

TEST_P(DispensedQuantityTest, SumsTheDispensationsOfAPrescription)
{
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 0);
    insert({makeDispensation(prescription_, 10, 1'000), makeDispensation(prescription_, 5, 2'000)});
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 15);
    EXPECT_EQ(store().dispensedQuantity(newUuidV7()), 0);
}

TEST_P(DispensedQuantityTest, CountsTheLatestAmendmentInsteadOfWhatItCorrects)
{
    const ClinicalEntry first = makeDispensation(prescription_, 10, 1'000);
    const ClinicalEntry second = makeDispensation(prescription_, 5, 2'000);
    insert({first, second});

    const ClinicalEntry corrected = makeAmendment(first, dispensationBody(first, 8), 3'000);
    insert({corrected});
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 13);

    const ClinicalEntry correctedAgain = makeAmendment(corrected, dispensationBody(first, 6), 4'000);
    insert({correctedAgain});
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 11);

    // A correction dated before what it corrects (a clinic's clock was behind) still wins.
    const ClinicalEntry backdated = makeAmendment(second, dispensationBody(second, 0), 500);
    insert({backdated});
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 6);
}

TEST_P(DispensedQuantityTest, OfTwoConcurrentAmendmentsTheLaterCounts)
{
    const ClinicalEntry dispensation = makeDispensation(prescription_, 10, 1'000);
    insert({dispensation});
    // Two clinics corrected the same dispensation offline.
    insert({makeAmendment(dispensation, dispensationBody(dispensation, 7), 5'000),
            makeAmendment(dispensation, dispensationBody(dispensation, 4), 3'000)});
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 7);
}

TEST_P(DispensedQuantityTest, CoversTheWholeAmendmentChainOfThePrescription)
{
    insert({makeDispensation(prescription_, 10, 1'000)});
    PrescriptionBody body = std::get<PrescriptionBody>(prescription_.body);
    body.quantity = 40;
    const ClinicalEntry amendedPrescription = makeAmendment(prescription_, body, 2'000);
    insert({amendedPrescription, makeDispensation(amendedPrescription, 4, 3'000)});
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 14);
    EXPECT_EQ(store().dispensedQuantity(amendedPrescription.id), 14);
}

TEST_P(DispensedQuantityTest, ACorrectionToAnotherPrescriptionMovesTheUnits)
{
    const ClinicalEntry other = makePrescription(patient_.id, user_.id, facility_.id, 10);
    const ClinicalEntry dispensation = makeDispensation(prescription_, 3, 1'000);
    insert({other, dispensation});
    DispensationBody moved = std::get<DispensationBody>(dispensation.body);
    moved.prescriptionId = other.id;
    insert({makeAmendment(dispensation, moved, 2'000)});
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 0);
    EXPECT_EQ(store().dispensedQuantity(other.id), 3);
}

TEST_P(DispensedQuantityTest, AWriteTransactionSeesItsOwnEntries)
{
    auto write = store().beginWrite();
    const ClinicalEntry dispensed = makeDispensation(prescription_, 9, 1'000);
    write->insertEntry(dispensed);
    const auto record = write->entriesOfPatient(patient_.id);
    EXPECT_EQ(dispensedQuantity(record, prescription_.id), 9) << "the shared rule over the transaction's view";
    EXPECT_EQ(store().dispensedQuantity(prescription_.id), 0);
    EXPECT_EQ(store().entriesOfPatient(patient_.id).size() + 1, record.size());
}

// --- sync log ------------------------------------------------------------------------------------

TEST_P(StoreBehaviourTest, ChangesAreLoggedOnceFoundAndPulledInSequenceOrder)
{
    const Patient patient = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
    const sync::ChangeEnvelope created = makePatientChange(patient, user_.id);
    const sync::ChangeEnvelope access = makeAccessChange(patient.id, user_.id, facility_.id);
    qint64 first = 0;
    qint64 second = 0;
    {
        auto write = store().beginWrite();
        first = write->logChange(created, ChangeDisposition::Applied);
        second = write->logChange(access, ChangeDisposition::Conflict);
        EXPECT_GT(second, first);
        const std::optional<LoggedChange> found = write->findChange(access.changeId);
        ASSERT_TRUE(found);
        EXPECT_EQ(found->sequence, second);
        EXPECT_EQ(found->change, access);
        EXPECT_EQ(found->disposition, ChangeDisposition::Conflict);
        EXPECT_FALSE(write->findChange(newUuidV7()));
        EXPECT_THROW(write->logChange(created, ChangeDisposition::Applied), StoreError);  // same id
        write->commit();
    }

    PullPage page = store().pull(0, 10, {});
    ASSERT_EQ(page.changes.size(), 2u);
    EXPECT_FALSE(page.hasMore);
    EXPECT_EQ(page.lastSequence, second);
    EXPECT_EQ(page.changes[0].sequence, first);
    EXPECT_EQ(page.changes[0].change, created);
    EXPECT_EQ(page.changes[0].disposition, ChangeDisposition::Applied);
    EXPECT_EQ(page.changes[1].change, access);

    page = store().pull(0, 1, {});
    ASSERT_EQ(page.changes.size(), 1u);
    EXPECT_TRUE(page.hasMore);
    EXPECT_EQ(page.lastSequence, first);

    page = store().pull(0, 10, {ObjectType::RecordAccess});
    ASSERT_EQ(page.changes.size(), 1u);
    EXPECT_EQ(page.changes[0].change, access);
    page = store().pull(0, 10, {ObjectType::Entry, ObjectType::Patient, ObjectType::Patient});
    ASSERT_EQ(page.changes.size(), 1u);
    EXPECT_EQ(page.changes[0].change, created);

    page = store().pull(second, 10, {});
    EXPECT_TRUE(page.changes.empty());
    EXPECT_FALSE(page.hasMore);
    EXPECT_EQ(page.lastSequence, second);  // the input cursor
}

TEST_P(StoreBehaviourTest, PullClampsItsLimit)
{
    {
        auto write = store().beginWrite();
        for (int i = 0; i < 3; ++i)
            write->logChange(makeAccessChange(newUuidV7(), user_.id, facility_.id), ChangeDisposition::Applied);
        write->commit();
    }
    const PullPage page = store().pull(0, 0, {});
    EXPECT_EQ(page.changes.size(), 1u);
    EXPECT_TRUE(page.hasMore);
}

TEST_P(StoreBehaviourTest, ASequenceIsNeverHandedOutTwice)
{
    qint64 last = 0;
    {
        auto write = store().beginWrite();
        write->logChange(makeAccessChange(newUuidV7(), user_.id, facility_.id), ChangeDisposition::Applied);
        last = write->logChange(makeAccessChange(newUuidV7(), user_.id, facility_.id), ChangeDisposition::Applied);
        write->commit();
    }
    // Even if the last row disappeared (nothing deletes changes; an operator might), its
    // sequence is not reused: a client whose cursor is there would skip the new change.
    rawExec("DELETE FROM changes WHERE sequence = (SELECT max(sequence) FROM changes)");
    auto write = store().beginWrite();
    EXPECT_GT(write->logChange(makeAccessChange(newUuidV7(), user_.id, facility_.id), ChangeDisposition::Applied),
              last);
}

// --- write transactions -----------------------------------------------------------------------

TEST_P(StoreBehaviourTest, AWriteTransactionDestroyedUncommittedLeavesNoTrace)
{
    // The SQLite store's head file (PostgreSQL's head row rolls back with the rest).
    const auto headFile = [&] {
        if (onPostgres())
            return QByteArray();
        QFile head(sqliteStore().auditHeadPath());
        EXPECT_TRUE(head.open(QIODevice::ReadOnly));
        return head.readAll();
    };
    const QByteArray headBefore = headFile();
    const Patient patient = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
    const sync::ChangeEnvelope change = makePatientChange(patient, user_.id);
    const Facility facility = makeFacility(QStringLiteral("Poste de santé"));
    {
        auto write = store().beginWrite();
        write->putFacility(facility);
        write->putUser(makeUser(facility_.id, QStringLiteral("moussa.keita")), kHash);
        write->putPatient(patient, change.changeId);
        write->insertEntry(makeNote(patient.id, user_.id, facility_.id));
        write->logChange(change, ChangeDisposition::Applied);
        write->appendAudit(makeAuditEvent(1));
        EXPECT_TRUE(write->findPatient(patient.id));
    }
    EXPECT_FALSE(store().findPatient(patient.id));
    EXPECT_FALSE(store().findFacility(facility.id));
    EXPECT_FALSE(store().findUserByUsername(QStringLiteral("moussa.keita")));
    EXPECT_TRUE(store().entriesOfPatient(patient.id).empty());
    EXPECT_TRUE(store().pull(0, 10, {}).changes.empty());
    EXPECT_TRUE(store().queryAudit({}).empty());
    EXPECT_EQ(headFile(), headBefore);
    EXPECT_TRUE(store().verifyAudit().ok);

    // The writer is free again.
    auto write = store().beginWrite();
    write->putPatient(patient, change.changeId);
    write->commit();
    EXPECT_TRUE(store().findPatient(patient.id));
}

TEST_P(StoreBehaviourTest, ACommittedTransactionCannotBeUsedAgain)
{
    auto write = store().beginWrite();
    write->commit();
    EXPECT_THROW(write->commit(), StoreError);
    EXPECT_THROW(write->findPatient(newUuidV7()), StoreError);
    // ...and no longer holds the writer.
    auto next = store().beginWrite();
    next->commit();
}

// --- audit ---------------------------------------------------------------------------------------

TEST_P(StoreBehaviourTest, AuditRowsAreChainedAndQueried)
{
    AuditEvent login = makeAuditEvent(1);
    login.action = QStringLiteral("auth.login");
    login.actorId = std::nullopt;
    login.actorName = QStringLiteral("unknown.user");
    login.outcome = QStringLiteral("failed");
    login.objectId.clear();
    login.objectType.clear();
    store().appendAudit(login);
    qint64 second = 0;
    {
        auto write = store().beginWrite();
        second = write->appendAudit(makeAuditEvent(2));
        EXPECT_EQ(write->appendAudit(makeAuditEvent(3)), second + 1);
        write->commit();
    }
    EXPECT_EQ(second, 2);

    const std::vector<AuditRecord> all = store().queryAudit({});
    ASSERT_EQ(all.size(), 3u);
    EXPECT_EQ(all[0].sequence, 1);
    EXPECT_EQ(all[0].previousHash, auditGenesisHash());
    EXPECT_EQ(all[0].hash, auditRowHash(auditGenesisHash(), 1, login));
    EXPECT_FALSE(all[0].event.actorId);
    EXPECT_EQ(all[0].event.at, login.at);
    EXPECT_EQ(all[0].event.actorName, login.actorName);
    EXPECT_EQ(all[0].event.details, login.details);
    EXPECT_EQ(all[1].previousHash, all[0].hash);
    EXPECT_EQ(all[2].previousHash, all[1].hash);
    EXPECT_EQ(all[2].event.objectId, makeAuditEvent(3).objectId);

    AuditQuery query;
    query.action = QStringLiteral("auth.login");
    ASSERT_EQ(store().queryAudit(query).size(), 1u);
    query = {};
    query.actorId = makeAuditEvent(2).actorId;
    EXPECT_EQ(store().queryAudit(query).size(), 2u);
    query = {};
    query.objectId = makeAuditEvent(3).objectId;
    ASSERT_EQ(store().queryAudit(query).size(), 1u);
    EXPECT_EQ(store().queryAudit(query)[0].sequence, 3);
    query = {};
    query.from = makeAuditEvent(2).at;
    query.to = makeAuditEvent(3).at;  // exclusive
    ASSERT_EQ(store().queryAudit(query).size(), 1u);
    EXPECT_EQ(store().queryAudit(query)[0].sequence, 2);
    query = {};
    query.afterSequence = 1;
    query.limit = 1;
    ASSERT_EQ(store().queryAudit(query).size(), 1u);
    EXPECT_EQ(store().queryAudit(query)[0].sequence, 2);

    std::vector<qint64> visited;
    store().forEachAuditRecord([&](const AuditRecord &record) {
        visited.push_back(record.sequence);
        return record.sequence < 2;
    });
    EXPECT_EQ(visited, (std::vector<qint64>{1, 2}));

    const AuditVerification verification = store().verifyAudit();
    EXPECT_TRUE(verification.ok) << verification.problem.toStdString();
    EXPECT_EQ(verification.rowsChecked, 3);
    if (onPostgres()) {
        EXPECT_EQ(rawQuery("SELECT sequence, encode(hash, 'hex') FROM audit_head"),
                  QStringLiteral("3|") + QString::fromLatin1(all[2].hash.toHex()));
    } else {
        const auto head = AuditHeadFile(sqliteStore().auditHeadPath()).readAll();
        ASSERT_EQ(head.size(), 3u);
        for (std::size_t i = 0; i < head.size(); ++i) {
            EXPECT_EQ(head[i].first, all[i].sequence);
            EXPECT_EQ(head[i].second, all[i].hash);
        }
    }
}

TEST_P(StoreBehaviourTest, AnAuditEventWithoutTimeIsRefused)
{
    AuditEvent event = makeAuditEvent(1);
    event.at = QDateTime();
    EXPECT_THROW(store().appendAudit(event), StoreError);
    EXPECT_TRUE(store().queryAudit({}).empty());
}

// --- backup ----------------------------------------------------------------------------------------

MEDINEXUS_INSTANTIATE_STORE_SUITE(StoreBehaviourTest);
MEDINEXUS_INSTANTIATE_STORE_SUITE(DispensedQuantityTest);

} // namespace
} // namespace medinexus::server::testing
