#pragma once

// Fixtures and builders for the server storage tests: a store on either backend (a
// SqliteStore on a real file in a temporary directory, a PostgresStore on a real
// PostgreSQL), domain objects that pass the codec, and raw SQL to tamper with the data
// behind the store's back.

#include "server/storage/postgres/pg_store.h"
#include "server/storage/sqlite/sqlite_store.h"
#include "shared/storage/sqlite_connection.h"
#include "shared/sync/change_envelope.h"
#include "tests/support/postgres_cluster.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

namespace medinexus::server::testing {

// A UTC time with millisecond precision, `offsetMs` after a fixed instant.
QDateTime at(qint64 offsetMs = 0);

Facility makeFacility(const QString &name = QStringLiteral("Centre de santé de Kati"));
User makeUser(const QUuid &facilityId, const QString &username = QStringLiteral("aminata.diallo"));
Patient makePatient(const QUuid &facilityId, const QString &givenNames, const QString &familyName);
ClinicalEntry makeNote(const QUuid &patientId, const QUuid &authorId, const QUuid &facilityId,
                       qint64 atOffsetMs = 0);
ClinicalEntry makePrescription(const QUuid &patientId, const QUuid &authorId, const QUuid &facilityId,
                               int quantity);
ClinicalEntry makeDispensation(const ClinicalEntry &prescription, int quantity, qint64 atOffsetMs);
// An amendment of `original` (same kind) with the given body.
ClinicalEntry makeAmendment(const ClinicalEntry &original, const EntryBody &body, qint64 atOffsetMs);

// A valid change envelope carrying a record access (small, for sync log tests).
sync::ChangeEnvelope makeAccessChange(const QUuid &patientId, const QUuid &userId, const QUuid &facilityId);
sync::ChangeEnvelope makePatientChange(const Patient &patient, const QUuid &authorId, int baseVersion = 0);

AuditEvent makeAuditEvent(int n);

// Sequences 1..n of pull pages are checked often: every change of a store, in order.
std::vector<qint64> pullAllSequences(Store &store, int pageSize);

// The backends the behaviour suite runs on. Each test program defines
// storeBackendsUnderTest(): the SQLite program {Sqlite}, the PostgreSQL program {Postgres}.
enum class Backend { Sqlite, Postgres };
std::vector<Backend> storeBackendsUnderTest();
std::string backendName(const ::testing::TestParamInfo<Backend> &info);

// Runs a TEST_P suite on StoreTest over the program's backends.
#define MEDINEXUS_INSTANTIATE_STORE_SUITE(Suite) \
    INSTANTIATE_TEST_SUITE_P(On, Suite, ::testing::ValuesIn(storeBackendsUnderTest()), backendName)

// A fresh store with a facility and a user in it: an SQLite file in a temporary directory,
// or a fresh database in the test program's PostgreSQL cluster (one per program).
class StoreFixture : public ::testing::Test {
protected:
    explicit StoreFixture(Backend backend) : backend_(backend) {}
    void SetUp() override;
    void TearDown() override;

    Backend backend() const { return backend_; }
    bool onPostgres() const { return backend_ == Backend::Postgres; }
    Store &store() { return *store_; }
    void reopen();
    void close() { store_.reset(); }

    // SQL behind the store's back (as the superuser on PostgreSQL). rawExec throws
    // std::runtime_error when the statement fails; rawQuery returns the rows, one per
    // line, columns separated by '|'.
    void rawExec(const std::string &sql);
    QString rawQuery(const std::string &sql);
    qint64 rawCount(const std::string &sql);

    // SQLite only.
    QString dbPath() const { return dir_.filePath(QStringLiteral("medinexus.db")); }
    QString filePath(const QString &name) const { return dir_.filePath(name); }
    sqlite::Connection rawConnection() const;
    SqliteStore &sqliteStore();

    // PostgreSQL only.
    static test::PostgresCluster &cluster();
    const QString &databaseName() const { return database_; }
    QString conninfo() const;
    PostgresStore &postgresStore();

    // A facility and a user in the store (most rows reference them).
    Facility facility_;
    User user_;

private:
    std::unique_ptr<Store> openStore();

    Backend backend_;
    QTemporaryDir dir_;
    QString database_;
    std::unique_ptr<Store> store_;
};

// The behaviour suite: TEST_P(Suite, ...) on every backend of the program.
class StoreTest : public StoreFixture, public ::testing::WithParamInterface<Backend> {
protected:
    StoreTest() : StoreFixture(GetParam()) {}
};

// SQLite-only tests (the head file, raw-file tampering, backups).
class SqliteStoreFixture : public StoreFixture {
protected:
    SqliteStoreFixture() : StoreFixture(Backend::Sqlite) {}
    SqliteStore &store() { return sqliteStore(); }
};

// PostgreSQL-only tests.
class PostgresStoreFixture : public StoreFixture {
protected:
    PostgresStoreFixture() : StoreFixture(Backend::Postgres) {}
    PostgresStore &store() { return postgresStore(); }
};

} // namespace medinexus::server::testing
