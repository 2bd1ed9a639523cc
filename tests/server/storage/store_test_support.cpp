#include "store_test_support.h"

#include "shared/ids/patient_number.h"
#include "shared/ids/uuid.h"

#include <QTimeZone>

namespace medinexus::server::testing {

QDateTime at(qint64 offsetMs)
{
    // 2024-03-01T08:00:00.000Z
    return QDateTime::fromMSecsSinceEpoch(1709280000000 + offsetMs, Qt::UTC);
}

Facility makeFacility(const QString &name)
{
    Facility facility;
    facility.id = newUuidV7();
    facility.name = name;
    facility.kind = FacilityKind::Clinic;
    facility.village = QStringLiteral("Kati");
    return facility;
}

User makeUser(const QUuid &facilityId, const QString &username)
{
    User user;
    user.id = newUuidV7();
    user.username = username;
    user.displayName = QStringLiteral("Dr Aminata Diallo");
    user.role = Role::Doctor;
    user.facilityId = facilityId;
    return user;
}

Patient makePatient(const QUuid &facilityId, const QString &givenNames, const QString &familyName)
{
    Patient patient;
    patient.id = newUuidV7();
    patient.number = PatientNumber::generate().compact();
    patient.givenNames = givenNames;
    patient.familyName = familyName;
    patient.sex = Sex::Female;
    patient.birthDate = QDate(1985, 4, 12);
    patient.phone = QStringLiteral("+223 76 12 34 56");
    patient.village = QStringLiteral("Kati");
    patient.registeredAtFacility = facilityId;
    return patient;
}

ClinicalEntry makeNote(const QUuid &patientId, const QUuid &authorId, const QUuid &facilityId,
                       qint64 atOffsetMs)
{
    ClinicalEntry entry;
    entry.id = newUuidV7();
    entry.patientId = patientId;
    entry.authorId = authorId;
    entry.authorRole = Role::Doctor;
    entry.facilityId = facilityId;
    entry.recordedAt = at(atOffsetMs);
    entry.body = NoteBody{NoteCategory::General, QStringLiteral("Seen for follow-up.")};
    return entry;
}

ClinicalEntry makePrescription(const QUuid &patientId, const QUuid &authorId, const QUuid &facilityId,
                               int quantity)
{
    ClinicalEntry entry = makeNote(patientId, authorId, facilityId);
    PrescriptionBody body;
    body.medication = QStringLiteral("Amoxicillin 500 mg");
    body.dose = QStringLiteral("1 tablet");
    body.frequency = QStringLiteral("3 times a day");
    body.durationDays = 7;
    body.quantity = quantity;
    body.quantityUnit = QStringLiteral("tablets");
    entry.body = body;
    return entry;
}

ClinicalEntry makeDispensation(const ClinicalEntry &prescription, int quantity, qint64 atOffsetMs)
{
    ClinicalEntry entry = makeNote(prescription.patientId, prescription.authorId, prescription.facilityId,
                                   atOffsetMs);
    entry.authorRole = Role::Pharmacist;
    entry.body = DispensationBody{prescription.id, quantity, DispensationCompleteness::Partial, QString()};
    return entry;
}

ClinicalEntry makeAmendment(const ClinicalEntry &original, const EntryBody &body, qint64 atOffsetMs)
{
    ClinicalEntry entry = original;
    entry.id = newUuidV7();
    entry.recordedAt = at(atOffsetMs);
    entry.amends = original.id;
    entry.amendmentReason = QStringLiteral("Wrong quantity typed.");
    entry.body = body;
    return entry;
}

sync::ChangeEnvelope makeAccessChange(const QUuid &patientId, const QUuid &userId, const QUuid &facilityId)
{
    sync::RecordAccess access{patientId, userId, at(0)};
    return sync::makeChange(newUuidV7(), access, 0, userId, facilityId, HlcTimestamp{1709280000000, 1});
}

sync::ChangeEnvelope makePatientChange(const Patient &patient, const QUuid &authorId, int baseVersion)
{
    return sync::makeChange(newUuidV7(), patient, baseVersion, authorId, patient.registeredAtFacility,
                            HlcTimestamp{1709280000000, 2});
}

AuditEvent makeAuditEvent(int n)
{
    AuditEvent event;
    event.at = at(n * 1000);
    event.actorId = QUuid::fromString(QStringLiteral("018e0000-0000-7000-8000-000000000001"));
    event.actorName = QStringLiteral("aminata.diallo");
    event.action = QStringLiteral("patient.read");
    event.objectType = QStringLiteral("patient");
    event.objectId = QStringLiteral("018e0000-0000-7000-8000-0000000000%1").arg(n % 100, 2, 10, QLatin1Char('0'));
    event.peer = QStringLiteral("10.0.0.7");
    event.outcome = QStringLiteral("ok");
    event.details = QJsonObject{{QStringLiteral("n"), n}};
    return event;
}

std::vector<qint64> pullAllSequences(Store &store, int pageSize)
{
    std::vector<qint64> sequences;
    qint64 cursor = 0;
    for (;;) {
        const PullPage page = store.pull(cursor, pageSize, {});
        for (const LoggedChange &change : page.changes)
            sequences.push_back(change.sequence);
        if (!page.changes.empty()) {
            EXPECT_EQ(page.lastSequence, page.changes.back().sequence);
        }
        cursor = page.lastSequence;
        if (!page.hasMore)
            return sequences;
    }
}

std::string backendName(const ::testing::TestParamInfo<Backend> &info)
{
    return info.param == Backend::Sqlite ? "Sqlite" : "Postgres";
}

test::PostgresCluster &StoreFixture::cluster()
{
    // One cluster per test program, started by the first test that needs it and stopped
    // when the program exits.
    static const std::unique_ptr<test::PostgresCluster> shared = std::make_unique<test::PostgresCluster>();
    return *shared;
}

QString StoreFixture::conninfo() const
{
    return cluster().conninfo(database_);
}

std::unique_ptr<Store> StoreFixture::openStore()
{
    if (backend_ == Backend::Sqlite)
        return SqliteStore::open(dbPath());
    return PostgresStore::open(conninfo());
}

void StoreFixture::SetUp()
{
    ASSERT_TRUE(dir_.isValid());
    if (backend_ == Backend::Postgres) {
        static int databases = 0;
        database_ = QStringLiteral("store_test_%1").arg(++databases);
        cluster().createDatabase(database_);
    }
    store_ = openStore();
    facility_ = makeFacility();
    user_ = makeUser(facility_.id);
    auto write = store_->beginWrite();
    write->putFacility(facility_);
    write->putUser(user_, QByteArray("$argon2id$v=19$m=65536,t=3,p=1$c2FsdA$aGFzaA"));
    write->commit();
}

void StoreFixture::TearDown()
{
    store_.reset();
    if (backend_ == Backend::Postgres && !database_.isEmpty())
        cluster().psql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE \"%1\" WITH (FORCE)").arg(database_));
}

void StoreFixture::reopen()
{
    store_.reset();
    store_ = openStore();
}

sqlite::Connection StoreFixture::rawConnection() const
{
    return sqlite::Connection::open(dbPath());
}

SqliteStore &StoreFixture::sqliteStore()
{
    if (backend_ != Backend::Sqlite)
        throw std::logic_error("not an SQLite store");
    return static_cast<SqliteStore &>(*store_);
}

PostgresStore &StoreFixture::postgresStore()
{
    if (backend_ != Backend::Postgres)
        throw std::logic_error("not a PostgreSQL store");
    return static_cast<PostgresStore &>(*store_);
}

void StoreFixture::rawExec(const std::string &sql)
{
    (void)rawQuery(sql);
}

QString StoreFixture::rawQuery(const std::string &sql)
{
    if (backend_ == Backend::Postgres)
        return cluster().psql(database_, QString::fromStdString(sql));
    try {
        sqlite::Connection raw = rawConnection();
        sqlite::Statement statement = raw.prepare(sql);
        QStringList rows;
        while (statement.step()) {
            QStringList columns;
            for (int i = 0; i < statement.columnCount(); ++i)
                columns << statement.columnText(i);
            rows << columns.join(QLatin1Char('|'));
        }
        return rows.join(QLatin1Char('\n'));
    } catch (const sqlite::Error &e) {
        throw std::runtime_error(e.what());
    }
}

qint64 StoreFixture::rawCount(const std::string &sql)
{
    bool ok = false;
    const qint64 count = rawQuery(sql).toLongLong(&ok);
    if (!ok)
        throw std::runtime_error("not a count: " + sql);
    return count;
}

} // namespace medinexus::server::testing
