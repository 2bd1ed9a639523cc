#include "shared/storage/migration_runner.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <chrono>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

using namespace medinexus::sqlite;

namespace {

template <typename E, typename F>
std::optional<E> thrown(F &&f)
{
    try {
        std::forward<F>(f)();
    } catch (const E &e) {
        return e;
    }
    return std::nullopt;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

qint64 scalarInt(Connection &connection, const char *sql)
{
    Statement statement = connection.prepare(sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.columnInt64(0);
}

bool tableExists(Connection &connection, const char *name)
{
    Statement statement =
        connection.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
    statement.bind(1, QString::fromUtf8(name));
    EXPECT_TRUE(statement.step());
    return statement.columnInt64(0) == 1;
}

// Everything migrations can change: user_version, the schema, and every row of every table.
std::string snapshot(Connection &connection)
{
    std::string out = "user_version=" + std::to_string(connection.userVersion()) + "\n";
    std::vector<QString> tables;
    Statement schema = connection.prepare(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name");
    while (schema.step()) {
        out += schema.columnText(0).toStdString() + " " + schema.columnText(1).toStdString()
               + " on " + schema.columnText(2).toStdString() + ": "
               + schema.columnText(3).toStdString() + "\n";
        if (schema.columnText(0) == QStringLiteral("table")
            && !schema.columnText(1).startsWith(QStringLiteral("sqlite_"))) {
            tables.push_back(schema.columnText(1));
        }
    }
    for (const QString &table : tables) {
        const std::string select = "SELECT * FROM \"" + table.toStdString() + "\" ORDER BY rowid";
        Statement rows = connection.prepare(select);
        while (rows.step()) {
            out += table.toStdString() + ":";
            for (int column = 0; column < rows.columnCount(); ++column) {
                out += " " + std::to_string(rows.columnType(column)) + "="
                       + rows.columnBlob(column).toHex().toStdString();
            }
            out += "\n";
        }
    }
    return out;
}

// The product-like schema the tests migrate: patients, their allergies, visits.
std::vector<Migration> clinicMigrations(std::size_t count)
{
    std::vector<Migration> all;
    all.push_back(Migration::fromSql(1, QStringLiteral("create patient"), R"sql(
        CREATE TABLE patient(id INTEGER PRIMARY KEY, mrn TEXT NOT NULL UNIQUE, name TEXT NOT NULL);
    )sql"));
    all.push_back(Migration::fromSql(2, QStringLiteral("create allergy"), R"sql(
        CREATE TABLE allergy(
            id INTEGER PRIMARY KEY,
            patient_id INTEGER NOT NULL REFERENCES patient(id) ON DELETE CASCADE,
            substance TEXT NOT NULL);
        CREATE INDEX allergy_patient ON allergy(patient_id);
    )sql"));
    all.push_back(Migration{3, QStringLiteral("add patient birth year"), [](Connection &c) {
                                c.exec("ALTER TABLE patient ADD COLUMN birth_year INTEGER");
                            }});
    all.push_back(Migration::fromSql(4, QStringLiteral("create visit"), R"sql(
        CREATE TABLE visit(id INTEGER PRIMARY KEY,
                           patient_id INTEGER NOT NULL REFERENCES patient(id),
                           seen_at TEXT NOT NULL);
    )sql"));
    all.resize(count);
    return all;
}

// Wraps each migration so the test can see which ones actually ran.
std::vector<Migration> counted(std::vector<Migration> migrations, std::vector<int> &calls)
{
    for (Migration &migration : migrations) {
        migration.apply = [inner = migration.apply, version = migration.version,
                           &calls](Connection &connection) {
            calls.push_back(version);
            inner(connection);
        };
    }
    return migrations;
}

void insertPatientWithAllergy(Connection &connection, const QString &mrn, const QString &name)
{
    Statement patient = connection.prepare("INSERT INTO patient(mrn, name) VALUES (?, ?)");
    patient.bind(1, mrn).bind(2, name);
    patient.run();
    Statement allergy =
        connection.prepare("INSERT INTO allergy(patient_id, substance) VALUES (?, ?)");
    allergy.bind(1, connection.lastInsertRowId()).bind(2, QStringLiteral("pénicilline"));
    allergy.run();
}

class MigrationRunnerTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir_.isValid()) << qPrintable(dir_.errorString()); }

    QString dbPath(const char *name = "clinic.db") const
    {
        return dir_.filePath(QString::fromUtf8(name));
    }

    QTemporaryDir dir_;
};

TEST_F(MigrationRunnerTest, FreshDatabaseGetsEveryMigration)
{
    std::vector<int> calls;
    const MigrationRunner runner(counted(clinicMigrations(4), calls));
    EXPECT_EQ(runner.latestVersion(), 4);
    Connection connection = Connection::open(dbPath(), {});

    const MigrationReport report = runner.migrate(connection);

    EXPECT_EQ(report.fromVersion, 0);
    EXPECT_EQ(report.toVersion, 4);
    EXPECT_EQ(report.applied, (std::vector<int>{1, 2, 3, 4}));
    EXPECT_EQ(calls, (std::vector<int>{1, 2, 3, 4}));
    EXPECT_EQ(connection.userVersion(), 4);
    EXPECT_TRUE(tableExists(connection, "patient"));
    EXPECT_TRUE(tableExists(connection, "allergy"));
    EXPECT_TRUE(tableExists(connection, "visit"));
    connection.exec("INSERT INTO patient(mrn, name, birth_year) VALUES ('M1', 'Awa', 1987)");
    // Back to normal afterwards: out of the transaction, foreign keys enforced again.
    EXPECT_FALSE(connection.inTransaction());
    EXPECT_EQ(scalarInt(connection, "PRAGMA foreign_keys"), 1);

    // And it is on disk, not just in this connection.
    Connection reopened = Connection::open(dbPath(), {});
    EXPECT_EQ(reopened.userVersion(), 4);
    EXPECT_EQ(scalarInt(reopened, "SELECT birth_year FROM patient WHERE mrn = 'M1'"), 1987);
}

TEST_F(MigrationRunnerTest, UpgradeAppliesOnlyPendingMigrationsAndKeepsRows)
{
    Connection connection = Connection::open(dbPath(), {});
    MigrationRunner(clinicMigrations(2)).migrate(connection);
    insertPatientWithAllergy(connection, QStringLiteral("M-001"), QStringLiteral("Hélène"));
    insertPatientWithAllergy(connection, QStringLiteral("M-002"), QStringLiteral("محمد"));

    std::vector<int> calls;
    const MigrationReport report =
        MigrationRunner(counted(clinicMigrations(4), calls)).migrate(connection);

    EXPECT_EQ(report.fromVersion, 2);
    EXPECT_EQ(report.toVersion, 4);
    EXPECT_EQ(report.applied, (std::vector<int>{3, 4}));
    EXPECT_EQ(calls, (std::vector<int>{3, 4}));
    EXPECT_EQ(connection.userVersion(), 4);
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM patient"), 2);
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM allergy"), 2);
    Statement name = connection.prepare("SELECT name FROM patient WHERE mrn = 'M-002'");
    ASSERT_TRUE(name.step());
    EXPECT_EQ(name.columnText(0), QStringLiteral("محمد"));
}

TEST_F(MigrationRunnerTest, SecondRunIsANoOp)
{
    std::vector<int> calls;
    const MigrationRunner runner(counted(clinicMigrations(4), calls));
    Connection connection = Connection::open(dbPath(), {});
    runner.migrate(connection);
    insertPatientWithAllergy(connection, QStringLiteral("M-1"), QStringLiteral("Li Wei 李伟"));
    const std::string before = snapshot(connection);

    const MigrationReport again = runner.migrate(connection);

    EXPECT_EQ(again.fromVersion, 4);
    EXPECT_EQ(again.toVersion, 4);
    EXPECT_TRUE(again.applied.empty());
    EXPECT_EQ(calls, (std::vector<int>{1, 2, 3, 4})); // nothing ran the second time
    EXPECT_EQ(snapshot(connection), before);
}

TEST_F(MigrationRunnerTest, NewerSchemaIsRefusedAndTheFileLeftUntouched)
{
    const QString path = dbPath();
    {
        Connection connection = Connection::open(path, {});
        MigrationRunner(clinicMigrations(4)).migrate(connection);
        insertPatientWithAllergy(connection, QStringLiteral("M-9"), QStringLiteral("Ana"));
    }
    const QByteArray before = fileBytes(path);
    ASSERT_FALSE(before.isEmpty());

    std::vector<int> calls;
    const MigrationRunner older(counted(clinicMigrations(2), calls));
    {
        Connection connection = Connection::open(path, {});
        const auto error = thrown<SchemaTooNewError>([&] { older.migrate(connection); });
        ASSERT_TRUE(error);
        EXPECT_EQ(error->databaseVersion(), 4);
        EXPECT_EQ(error->supportedVersion(), 2);
        const std::string message = error->what();
        EXPECT_NE(message.find("newer version of MediNexus"), std::string::npos) << message;
        EXPECT_NE(message.find("schema version 4"), std::string::npos) << message;
        EXPECT_NE(message.find("up to 2"), std::string::npos) << message;
        EXPECT_NE(message.find("Update MediNexus"), std::string::npos) << message;
        EXPECT_FALSE(connection.inTransaction());
        EXPECT_EQ(connection.userVersion(), 4);
    }
    EXPECT_TRUE(calls.empty());
    EXPECT_EQ(fileBytes(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

// Each failing migration list is tried on the same starting point: version 1 with rows.
class MigrationFailureTest : public MigrationRunnerTest {
protected:
    void SetUp() override
    {
        MigrationRunnerTest::SetUp();
        connection_.emplace(Connection::open(dbPath(), {}));
        MigrationRunner(clinicMigrations(2)).migrate(*connection_);
        insertPatientWithAllergy(*connection_, QStringLiteral("M-1"), QStringLiteral("Awa Ndiaye"));
        insertPatientWithAllergy(*connection_, QStringLiteral("M-2"), QStringLiteral("Jürgen"));
        before_ = snapshot(*connection_);
    }

    // Runs a runner whose step 3 and 4 come from the test, expects it to fail in `failing`,
    // and checks the database is exactly as before, in this connection and on disk.
    MigrationError expectFailureAndRollback(std::vector<Migration> migrations, int failing)
    {
        std::optional<MigrationError> error;
        try {
            MigrationRunner(std::move(migrations)).migrate(*connection_);
        } catch (const MigrationError &e) {
            error = e; // a copy loses the nested cause; failure_ keeps the real exception
            failure_ = std::current_exception();
        }
        if (!error) {
            ADD_FAILURE() << "expected MigrationError";
            return MigrationError(0, {}, {}, 0);
        }
        EXPECT_EQ(error->version(), failing);
        EXPECT_FALSE(connection_->inTransaction());
        EXPECT_EQ(scalarInt(*connection_, "PRAGMA foreign_keys"), 1);
        EXPECT_EQ(snapshot(*connection_), before_);
        Connection reopened = Connection::open(dbPath(), {});
        EXPECT_EQ(snapshot(reopened), before_);
        return *error;
    }

    // The cause nested in the last MigrationError, if it is an E.
    template <typename E>
    std::optional<E> nestedCause() const
    {
        try {
            std::rethrow_exception(failure_);
        } catch (const MigrationError &e) {
            return thrown<E>([&] { std::rethrow_if_nested(e); });
        }
        return std::nullopt;
    }

    std::optional<Connection> connection_;
    std::string before_;
    std::exception_ptr failure_;
};

TEST_F(MigrationFailureTest, InvalidSqlInALaterStepUndoesTheEarlierOnes)
{
    std::vector<Migration> migrations = clinicMigrations(2);
    // Step 3 succeeds (schema and data change), step 4 is broken.
    migrations.push_back(Migration::fromSql(3, QStringLiteral("add birth year"), R"sql(
        ALTER TABLE patient ADD COLUMN birth_year INTEGER;
        UPDATE patient SET birth_year = 1990;
        CREATE TABLE scratch(x);
        INSERT INTO scratch VALUES (1);
    )sql"));
    migrations.push_back(Migration::fromSql(4, QStringLiteral("create visit table"),
                                            "CREATE TABLE visit(id INTEGER PRIMARY KEY,"));

    const MigrationError error = expectFailureAndRollback(std::move(migrations), 4);

    EXPECT_EQ(error.description(), QStringLiteral("create visit table"));
    EXPECT_EQ(error.sqliteCode(), SQLITE_ERROR);
    const std::string message = error.what();
    EXPECT_NE(message.find("step 4"), std::string::npos) << message;
    EXPECT_NE(message.find("create visit table"), std::string::npos) << message;
    EXPECT_NE(message.find("syntax error"), std::string::npos) << message;
    EXPECT_FALSE(tableExists(*connection_, "scratch"));
    // The original sqlite::Error is nested inside.
    const auto nested = nestedCause<Error>();
    ASSERT_TRUE(nested);
    EXPECT_EQ(nested->code(), SQLITE_ERROR);
}

TEST_F(MigrationFailureTest, InvalidSqlInTheFirstPendingStep)
{
    std::vector<Migration> migrations = clinicMigrations(2);
    migrations.push_back(
        Migration::fromSql(3, QStringLiteral("broken"), "ALTER TABLE nowhere ADD COLUMN x"));

    const MigrationError error = expectFailureAndRollback(std::move(migrations), 3);
    EXPECT_NE(std::string(error.what()).find("no such table: nowhere"), std::string::npos)
        << error.what();
}

TEST_F(MigrationFailureTest, ThrowingStepUndoesEverything)
{
    std::vector<Migration> migrations = clinicMigrations(3);
    migrations.push_back(Migration{4, QStringLiteral("convert records"), [](Connection &c) {
                                       c.exec("DELETE FROM allergy");
                                       c.exec("CREATE TABLE visit(id INTEGER PRIMARY KEY)");
                                       throw std::runtime_error("record conversion failed");
                                   }});

    const MigrationError error = expectFailureAndRollback(std::move(migrations), 4);

    EXPECT_EQ(error.sqliteCode(), SQLITE_OK);
    EXPECT_NE(std::string(error.what()).find("record conversion failed"), std::string::npos)
        << error.what();
    const auto nested = nestedCause<std::runtime_error>();
    ASSERT_TRUE(nested);
    EXPECT_STREQ(nested->what(), "record conversion failed");
}

TEST_F(MigrationFailureTest, StepsMayNotCommitTheMigrationTransaction)
{
    std::vector<Migration> migrations = clinicMigrations(2);
    migrations.push_back(Migration::fromSql(3, QStringLiteral("sneaky commit"), R"sql(
        CREATE TABLE early(x);
        COMMIT;
        BEGIN;
    )sql"));

    const MigrationError error = expectFailureAndRollback(std::move(migrations), 3);

    EXPECT_EQ(error.sqliteCode(), SQLITE_AUTH);
    EXPECT_NE(std::string(error.what()).find("must not BEGIN, COMMIT or ROLLBACK"),
              std::string::npos)
        << error.what();
    EXPECT_FALSE(tableExists(*connection_, "early"));
}

TEST_F(MigrationFailureTest, StepsMayNotOpenTheirOwnTransaction)
{
    std::vector<Migration> migrations = clinicMigrations(2);
    migrations.push_back(Migration{3, QStringLiteral("own transaction"), [](Connection &c) {
                                       Transaction own(c);
                                       c.exec("CREATE TABLE early(x)");
                                       own.commit();
                                   }});

    const MigrationError error = expectFailureAndRollback(std::move(migrations), 3);
    EXPECT_EQ(error.sqliteCode(), SQLITE_AUTH);
}

TEST_F(MigrationFailureTest, StepThatLeavesOrphanRowsFails)
{
    std::vector<Migration> migrations = clinicMigrations(2);
    // Foreign keys are off while migrating, so this delete does not cascade; the check after
    // the step catches the orphaned allergy.
    migrations.push_back(Migration::fromSql(3, QStringLiteral("drop first patient"),
                                            "DELETE FROM patient WHERE mrn = 'M-1'"));

    const MigrationError error = expectFailureAndRollback(std::move(migrations), 3);

    EXPECT_EQ(error.sqliteCode(), SQLITE_CONSTRAINT_FOREIGNKEY);
    const std::string message = error.what();
    EXPECT_NE(message.find("allergy -> patient"), std::string::npos) << message;
    EXPECT_EQ(message.find("Awa"), std::string::npos) << message; // no patient data
}

TEST_F(MigrationRunnerTest, TableRebuildDoesNotCascadeIntoChildTables)
{
    Connection connection = Connection::open(dbPath(), {});
    MigrationRunner(clinicMigrations(2)).migrate(connection);
    insertPatientWithAllergy(connection, QStringLiteral("M-1"), QStringLiteral("Awa"));
    insertPatientWithAllergy(connection, QStringLiteral("M-2"), QStringLiteral("Bintou"));

    // SQLite's documented way to change a column's constraints: build, copy, drop, rename.
    // With foreign keys on, the DROP would delete every allergy through ON DELETE CASCADE.
    std::vector<Migration> migrations = clinicMigrations(2);
    migrations.push_back(Migration::fromSql(3, QStringLiteral("rebuild patient"), R"sql(
        CREATE TABLE patient_new(id INTEGER PRIMARY KEY, mrn TEXT NOT NULL UNIQUE,
                                 name TEXT NOT NULL CHECK (length(name) > 0));
        INSERT INTO patient_new(id, mrn, name) SELECT id, mrn, name FROM patient;
        DROP TABLE patient;
        ALTER TABLE patient_new RENAME TO patient;
    )sql"));
    const MigrationReport report = MigrationRunner(std::move(migrations)).migrate(connection);

    EXPECT_EQ(report.applied, (std::vector<int>{3}));
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM allergy"), 2);
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM patient"), 2);
    // Enforcement is back: an orphan insert fails, and a delete cascades again.
    const auto orphan = thrown<Error>(
        [&] { connection.exec("INSERT INTO allergy(patient_id, substance) VALUES (99, 'x')"); });
    ASSERT_TRUE(orphan);
    EXPECT_EQ(orphan->code(), SQLITE_CONSTRAINT_FOREIGNKEY);
    connection.exec("DELETE FROM patient WHERE mrn = 'M-1'");
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM allergy"), 1);
}

TEST_F(MigrationRunnerTest, ExistingForeignKeyViolationsDoNotBlockUpgrades)
{
    Connection connection = Connection::open(dbPath(), {});
    MigrationRunner(clinicMigrations(2)).migrate(connection);
    // An orphan from before enforcement (written with foreign keys off).
    connection.exec("PRAGMA foreign_keys = OFF");
    connection.exec("INSERT INTO allergy(patient_id, substance) VALUES (42, 'latex')");
    connection.exec("PRAGMA foreign_keys = ON");

    const MigrationReport report = MigrationRunner(clinicMigrations(4)).migrate(connection);
    EXPECT_EQ(report.applied, (std::vector<int>{3, 4}));
    EXPECT_EQ(connection.userVersion(), 4);
}

TEST_F(MigrationRunnerTest, InvalidMigrationListsAreRejected)
{
    const auto noop = [](Connection &) {};
    const auto make = [&](std::initializer_list<int> versions) {
        std::vector<Migration> migrations;
        for (const int version : versions)
            migrations.push_back(Migration{version, QStringLiteral("step"), noop});
        return migrations;
    };

    EXPECT_THROW(MigrationRunner(std::vector<Migration>{}), std::invalid_argument);
    EXPECT_THROW(MigrationRunner(make({0})), std::invalid_argument);
    EXPECT_THROW(MigrationRunner(make({2})), std::invalid_argument);
    EXPECT_THROW(MigrationRunner(make({1, 3})), std::invalid_argument);
    EXPECT_THROW(MigrationRunner(make({1, 1, 2})), std::invalid_argument);
    EXPECT_THROW(MigrationRunner(make({2, 1})), std::invalid_argument);
    EXPECT_THROW(MigrationRunner(make({1, 2, 4, 3})), std::invalid_argument);

    std::vector<Migration> noDescription = make({1, 2});
    noDescription[1].description = QStringLiteral("  ");
    EXPECT_THROW(MigrationRunner(std::move(noDescription)), std::invalid_argument);

    std::vector<Migration> noFunction = make({1});
    noFunction[0].apply = nullptr;
    EXPECT_THROW(MigrationRunner(std::move(noFunction)), std::invalid_argument);

    EXPECT_THROW((void)Migration::fromSql(1, QStringLiteral("empty"), " \n "),
                 std::invalid_argument);

    EXPECT_EQ(MigrationRunner(make({1, 2, 3})).latestVersion(), 3);
}

TEST_F(MigrationRunnerTest, MigrateInsideATransactionIsRefused)
{
    Connection connection = Connection::open(dbPath(), {});
    Transaction transaction(connection);
    const auto error =
        thrown<Error>([&] { MigrationRunner(clinicMigrations(1)).migrate(connection); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_MISUSE);
    EXPECT_FALSE(tableExists(connection, "patient"));
}

TEST_F(MigrationRunnerTest, NegativeSchemaVersionIsRefused)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.setUserVersion(-1);
    const auto error =
        thrown<Error>([&] { MigrationRunner(clinicMigrations(1)).migrate(connection); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_MISMATCH);
    EXPECT_EQ(connection.userVersion(), -1);
    EXPECT_FALSE(tableExists(connection, "patient"));
}

TEST_F(MigrationRunnerTest, MigrationDoneByAnotherConnectionMeanwhileIsNotRepeated)
{
    const QString path = dbPath();
    Connection other = Connection::open(path, {});
    Connection connection = Connection::open(path, {});
    std::vector<int> calls;
    const MigrationRunner runner(counted(clinicMigrations(4), calls));

    // `other` migrates and holds the write lock a little; `connection` still sees version 0,
    // so it goes for the lock, waits, and must then notice the work is done.
    Transaction otherTransaction(other);
    for (const Migration &migration : clinicMigrations(4))
        migration.apply(other);
    other.setUserVersion(4);
    // jthread joins on destruction, also when migrate() throws.
    std::jthread committer([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        otherTransaction.commit();
    });

    QElapsedTimer timer;
    timer.start();
    const MigrationReport report = runner.migrate(connection);
    const qint64 waited = timer.elapsed();
    committer.join();

    EXPECT_GE(waited, 200); // it did wait for the lock, i.e. took the re-check path
    EXPECT_EQ(report.fromVersion, 4);
    EXPECT_EQ(report.toVersion, 4);
    EXPECT_TRUE(report.applied.empty());
    EXPECT_TRUE(calls.empty());
    EXPECT_EQ(connection.userVersion(), 4);
}

TEST_F(MigrationRunnerTest, WorksOnAnEncryptedDatabase)
{
    const QString path = dbPath("keyed.db");
    QByteArray key(32, '\0');
    for (char &byte : key)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    OpenOptions keyed;
    keyed.key = key;
    {
        Connection connection = Connection::open(path, keyed);
        MigrationRunner(clinicMigrations(2)).migrate(connection);
        insertPatientWithAllergy(connection, QStringLiteral("M-CIPHER-1"),
                                 QStringLiteral("Plaintext-Marker-Patient"));
    }
    {
        Connection connection = Connection::open(path, keyed);
        const MigrationReport report = MigrationRunner(clinicMigrations(4)).migrate(connection);
        EXPECT_EQ(report.applied, (std::vector<int>{3, 4}));
        EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM patient"), 1);
    }
    {
        Connection connection = Connection::open(path, keyed);
        EXPECT_EQ(connection.userVersion(), 4);
        EXPECT_TRUE(MigrationRunner(clinicMigrations(4)).migrate(connection).applied.empty());
    }
    EXPECT_FALSE(fileBytes(path).contains("Plaintext-Marker-Patient"));
    EXPECT_THROW((void)Connection::open(path, {}), WrongKeyError);
}

} // namespace
