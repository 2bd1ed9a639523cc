// The SQLCipher Qt SQL driver through QSqlDatabase / QSqlQuery, on real SQLCipher files.

#include "client/core/sql/encrypted_database.h"
#include "client/core/sql/sqlcipher_driver.h"
#include "shared/security/secret_string.h"
#include "shared/storage/sqlite_connection.h"
#include "tests/client/sql/sql_test_support.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QPoint>
#include <QtCore/QTimeZone>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>
#include <QtSql/QSqlField>
#include <QtSql/QSqlIndex>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <vector>

namespace medinexus::client::sql::test {
namespace {

using DriverTest = SqlCipherTest;

TEST_F(DriverTest, OpensAnEncryptedCacheWithTheRequiredSettings)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("settings"), key);
    ASSERT_TRUE(db.isOpen());
    EXPECT_EQ(db.driverName(), QStringLiteral("MEDINEXUS_SQLCIPHER"));
    EXPECT_EQ(driverName(), QStringLiteral("MEDINEXUS_SQLCIPHER"));
    EXPECT_TRUE(QSqlDatabase::drivers().contains(driverName()));
    EXPECT_TRUE(db.password().isEmpty());

    EXPECT_FALSE(scalar(db, QStringLiteral("PRAGMA cipher_version")).toString().isEmpty());
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA temp_store")).toInt(), 2); // MEMORY
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 5000);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA cipher_page_size")).toInt(), 1024); // 3.x format
    run(db, QStringLiteral("CREATE TABLE t(x)"));

    const QByteArray header = fileBytes(path()).left(16);
    EXPECT_EQ(header.size(), 16);
    EXPECT_NE(header, QByteArrayLiteral("SQLite format 3\0"));

    const auto *driver = qobject_cast<const SqlCipherDriver *>(db.driver());
    ASSERT_NE(driver, nullptr);
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::Transactions));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::PreparedQueries));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::PositionalPlaceholders));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::NamedPlaceholders));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::LastInsertId));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::BLOB));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::Unicode));
    EXPECT_TRUE(driver->hasFeature(QSqlDriver::LowPrecisionNumbers));
    EXPECT_FALSE(driver->hasFeature(QSqlDriver::QuerySize));
    ASSERT_NE(driver->connection(), nullptr);
    EXPECT_EQ(driver->connection()->path(), path());
}

TEST_F(DriverTest, OptionsAreApplied)
{
    const SecretString key = randomKey();
    EncryptedDatabaseOptions options;
    options.busyTimeoutMs = 1234;
    options.fullSync = false;
    QSqlDatabase db = openEncryptedDatabase(path(), key, QStringLiteral("options"), options);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt(), 1234);
    EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    run(db, QStringLiteral("CREATE TABLE t(x INTEGER)"));
    db = QSqlDatabase();
    closeDatabase(QStringLiteral("options"));

    EncryptedDatabaseOptions readOnly;
    readOnly.readOnly = true;
    QSqlDatabase reader = openEncryptedDatabase(path(), key, QStringLiteral("ro"), readOnly);
    EXPECT_EQ(scalar(reader, QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 0);
    {
        QSqlQuery insert(reader);
        EXPECT_FALSE(insert.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        EXPECT_EQ(insert.lastError().type(), QSqlError::StatementError);
        EXPECT_EQ(insert.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_READONLY);
    }
    EXPECT_TRUE(reader.transaction()); // a read transaction: BEGIN DEFERRED
    EXPECT_TRUE(reader.commit());
    reader = QSqlDatabase();
    closeDatabase(QStringLiteral("ro"));
}

TEST_F(DriverTest, MissingFileWithoutCreateThrowsAndRemovesTheName)
{
    EncryptedDatabaseOptions options;
    options.create = false;
    const SecretString key = randomKey();
    const auto error = thrown<sqlite::Error>([&] {
        (void)openEncryptedDatabase(path(QStringLiteral("missing.db")), key,
                                    QStringLiteral("missing"), options);
    });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->primaryCode(), SQLITE_CANTOPEN) << error->what();
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("missing")));
    EXPECT_FALSE(QFile::exists(path(QStringLiteral("missing.db"))));
}

TEST_F(DriverTest, RefusesBadKeysAndDuplicateNames)
{
    const SecretString shortKey(QByteArrayView("0123456789"));
    EXPECT_TRUE(thrown<std::invalid_argument>([&] {
        (void)openEncryptedDatabase(path(), shortKey, QStringLiteral("short"));
    }));
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("short")));
    EXPECT_FALSE(QFile::exists(path()));

    const SecretString key = randomKey();
    QSqlDatabase first = open(QStringLiteral("dup"), key);
    EXPECT_TRUE(thrown<std::invalid_argument>(
        [&] { (void)openEncryptedDatabase(path(), key, QStringLiteral("dup")); }));
    EXPECT_TRUE(first.isOpen()); // the existing connection is left alone
}

TEST_F(DriverTest, DriverNeverOpensWithoutAKeyOrWithThePasswordField)
{
    registerSqlCipherDriver();
    registerSqlCipherDriver(); // idempotent
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), QStringLiteral("manual"));
        auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
        ASSERT_NE(driver, nullptr);
        db.setDatabaseName(path());

        EXPECT_FALSE(db.open()); // no key
        EXPECT_EQ(db.lastError().type(), QSqlError::ConnectionError);
        EXPECT_TRUE(driver->lastOpenException());

        driver->setKey(randomKey());
        db.setPassword(QStringLiteral("not-a-key"));
        EXPECT_FALSE(db.open()); // the password field is refused, not used as the key
        EXPECT_EQ(db.lastError().type(), QSqlError::ConnectionError);
        db.setPassword(QString());

        driver->setKey(randomKey());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1"));
        EXPECT_FALSE(db.open());
        db.setConnectOptions(QString());

        EXPECT_FALSE(db.open()); // the key given before the refused open was wiped by it
        EXPECT_FALSE(QFile::exists(path()));

        driver->setKey(randomKey());
        EXPECT_TRUE(db.open()) << qPrintable(db.lastError().text());
        EXPECT_FALSE(driver->lastOpenException());
        run(db, QStringLiteral("CREATE TABLE t(x)"));
        db.close();
        EXPECT_EQ(driver->connection(), nullptr);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("manual"));
}

// Records what secureWipe() clears, for the test below.
struct WipeLog {
    static inline std::vector<std::size_t> sizes;
    static inline bool allZero = true;
    static void observe(const void *data, std::size_t size)
    {
        sizes.push_back(size);
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (std::size_t i = 0; i < size; ++i)
            allZero = allZero && bytes[i] == 0;
    }
};

TEST_F(DriverTest, KeyCopiesAreWipedWhenTheOpenIsOver)
{
    const SecretString key = randomKey();
    WipeLog::sizes.clear();
    WipeLog::allZero = true;
    medinexus::detail::setWipeObserverForTesting(&WipeLog::observe);
    QSqlDatabase db = open(QStringLiteral("wipe"), key);
    medinexus::detail::setWipeObserverForTesting(nullptr);
    ASSERT_TRUE(db.isOpen());

    // The driver's SecretString, its QByteArray copy for OpenOptions, and the hex literal
    // x'...' handed to sqlite3_key (67 bytes) are all wiped by the time the open returns.
    const auto count = [](std::size_t size) {
        return std::count(WipeLog::sizes.begin(), WipeLog::sizes.end(), size);
    };
    EXPECT_GE(count(32), 2);
    EXPECT_GE(count(67), 1);
    EXPECT_TRUE(WipeLog::allZero);
    EXPECT_EQ(key.size(), 32); // the caller's key is its own and stays intact
}

TEST_F(DriverTest, CrudWithPositionalAndNamedPlaceholders)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("crud"), key);
    run(db, QStringLiteral("CREATE TABLE patient(id INTEGER PRIMARY KEY, mrn TEXT NOT NULL UNIQUE,"
                           " name TEXT, village TEXT)"));

    QSqlQuery insert(db);
    ASSERT_TRUE(insert.prepare(
        QStringLiteral("INSERT INTO patient(mrn, name, village) VALUES (?, ?, ?)")));
    const QStringList mrns = {QStringLiteral("A1"), QStringLiteral("B2"), QStringLiteral("C3")};
    for (const QString &mrn : mrns) {
        insert.addBindValue(mrn);
        insert.addBindValue(QStringLiteral("Name ") + mrn);
        insert.addBindValue(QStringLiteral("Kédougou"));
        ASSERT_TRUE(insert.exec()) << qPrintable(insert.lastError().text());
        EXPECT_EQ(insert.numRowsAffected(), 1);
    }
    // bindValue by position too.
    insert.bindValue(0, QStringLiteral("D4"));
    insert.bindValue(1, QStringLiteral("Name D4"));
    insert.bindValue(2, QVariant());
    ASSERT_TRUE(insert.exec()) << qPrintable(insert.lastError().text());

    QSqlQuery named(db);
    ASSERT_TRUE(named.prepare(QStringLiteral(
        "INSERT INTO patient(mrn, name, village) VALUES (:mrn, :name, :village)")));
    named.bindValue(QStringLiteral(":village"), QStringLiteral("Tambacounda"));
    named.bindValue(QStringLiteral(":mrn"), QStringLiteral("E5"));
    named.bindValue(QStringLiteral(":name"), QStringLiteral("Name E5"));
    ASSERT_TRUE(named.exec()) << qPrintable(named.lastError().text());

    // A name used twice binds once.
    QSqlQuery select(db);
    ASSERT_TRUE(select.prepare(QStringLiteral(
        "SELECT mrn, village FROM patient WHERE mrn = :key OR name = 'Name ' || :key")));
    select.bindValue(QStringLiteral(":key"), QStringLiteral("E5"));
    ASSERT_TRUE(select.exec()) << qPrintable(select.lastError().text());
    ASSERT_TRUE(select.next());
    EXPECT_EQ(select.value(0).toString(), QStringLiteral("E5"));
    EXPECT_EQ(select.value(QStringLiteral("village")).toString(), QStringLiteral("Tambacounda"));
    EXPECT_FALSE(select.next());

    QSqlQuery update(db);
    ASSERT_TRUE(update.prepare(
        QStringLiteral("UPDATE patient SET village = :v WHERE village = :old")));
    update.bindValue(QStringLiteral(":v"), QStringLiteral("Kolda"));
    update.bindValue(QStringLiteral(":old"), QStringLiteral("Kédougou"));
    ASSERT_TRUE(update.exec()) << qPrintable(update.lastError().text());
    EXPECT_EQ(update.numRowsAffected(), 3);

    QSqlQuery remove(db);
    ASSERT_TRUE(remove.prepare(QStringLiteral("DELETE FROM patient WHERE mrn IN (?, ?)")));
    remove.addBindValue(QStringLiteral("A1"));
    remove.addBindValue(QStringLiteral("D4"));
    ASSERT_TRUE(remove.exec()) << qPrintable(remove.lastError().text());
    EXPECT_EQ(remove.numRowsAffected(), 2);

    QSqlQuery all(db);
    ASSERT_TRUE(all.exec(QStringLiteral("SELECT mrn, village FROM patient ORDER BY mrn")));
    EXPECT_EQ(all.numRowsAffected(), -1);
    EXPECT_EQ(all.size(), -1);
    QStringList rows;
    while (all.next())
        rows.append(all.value(0).toString() + QLatin1Char('=') + all.value(1).toString());
    EXPECT_EQ(rows, (QStringList{QStringLiteral("B2=Kolda"), QStringLiteral("C3=Kolda"),
                                 QStringLiteral("E5=Tambacounda")}));

    // A DDL statement changes no rows (sqlite3_changes() would still say 2).
    QSqlQuery ddl(db);
    ASSERT_TRUE(ddl.exec(QStringLiteral("CREATE TABLE other(x)")));
    EXPECT_EQ(ddl.numRowsAffected(), 0);
}

TEST_F(DriverTest, PlaceholderMistakesAreClearErrors)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("binds"), key);
    run(db, QStringLiteral("CREATE TABLE t(a, b)"));

    QSqlQuery tooFew(db);
    ASSERT_TRUE(tooFew.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    tooFew.addBindValue(1);
    EXPECT_FALSE(tooFew.exec());
    EXPECT_EQ(tooFew.lastError().type(), QSqlError::StatementError);

    QSqlQuery tooMany(db);
    ASSERT_TRUE(tooMany.prepare(QStringLiteral("INSERT INTO t VALUES (?, ?)")));
    tooMany.addBindValue(1);
    tooMany.addBindValue(2);
    tooMany.addBindValue(3);
    EXPECT_FALSE(tooMany.exec());
    EXPECT_EQ(tooMany.lastError().type(), QSqlError::StatementError);

    QSqlQuery unbound(db); // exec(QString) binds nothing
    EXPECT_FALSE(unbound.exec(QStringLiteral("INSERT INTO t VALUES (?, 1)")));
    EXPECT_EQ(unbound.lastError().type(), QSqlError::StatementError);

    QSqlQuery twoStatements(db);
    EXPECT_FALSE(twoStatements.exec(QStringLiteral("INSERT INTO t VALUES (1, 2); DELETE FROM t")));
    EXPECT_EQ(twoStatements.lastError().type(), QSqlError::StatementError);

    QSqlQuery syntax(db);
    EXPECT_FALSE(syntax.exec(QStringLiteral("SELEC 1")));
    EXPECT_EQ(syntax.lastError().type(), QSqlError::StatementError);
    EXPECT_EQ(syntax.lastError().nativeErrorCode().toInt(), SQLITE_ERROR);
    EXPECT_TRUE(syntax.lastError().text().contains(QLatin1String("syntax error")))
        << qPrintable(syntax.lastError().text());

    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 0);
}

TEST_F(DriverTest, EveryTypeRoundTrips)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("types"), key);
    // No declared type: no affinity conversion, each value keeps its storage class.
    run(db, QStringLiteral("CREATE TABLE v(id INTEGER PRIMARY KEY, value)"));

    const QDateTime localTime(QDate(2024, 2, 29), QTime(23, 59, 58, 123), QTimeZone(2 * 3600));
    const QDateTime withOffset(QDate(2023, 12, 31), QTime(1, 2, 3, 4), QTimeZone(3600));
    QByteArray blob("\x00\x01\xff\xfe binary \x00 end", 17);
    const QString unicode =
        QStringLiteral("Fièvre très élevée — 発熱 🤒\n\"quoted\" 'single'");

    struct Case {
        QVariant bound;
        QVariant expected; // what reads back
    };
    const std::vector<Case> cases = {
        {QVariant(unicode), QVariant(unicode)},
        {QVariant(QString()), QVariant(QString())}, // empty, not NULL
        {QVariant(blob), QVariant(blob)},
        {QVariant(QByteArray()), QVariant(QByteArray())},
        {QVariant(42), QVariant::fromValue(qint64{42})},
        {QVariant(-7), QVariant::fromValue(qint64{-7})},
        {QVariant::fromValue(std::numeric_limits<qint64>::max()),
         QVariant::fromValue(std::numeric_limits<qint64>::max())},
        {QVariant::fromValue(std::numeric_limits<qint64>::min()),
         QVariant::fromValue(std::numeric_limits<qint64>::min())},
        {QVariant::fromValue(std::numeric_limits<uint>::max()),
         QVariant::fromValue(qint64{std::numeric_limits<uint>::max()})},
        {QVariant(true), QVariant::fromValue(qint64{1})},
        {QVariant(false), QVariant::fromValue(qint64{0})},
        {QVariant(37.85), QVariant(37.85)},
        {QVariant(-0.125), QVariant(-0.125)},
        {QVariant(localTime), QVariant(QStringLiteral("2024-02-29T21:59:58.123Z"))},
        {QVariant(withOffset), QVariant(QStringLiteral("2023-12-31T00:02:03.004Z"))},
        {QVariant(QDate(2024, 3, 1)), QVariant(QStringLiteral("2024-03-01"))},
        {QVariant(), QVariant()},
        {QVariant(QMetaType::fromType<int>()), QVariant()}, // a typed null is NULL too
    };

    QSqlQuery insert(db);
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO v(id, value) VALUES (:id, :value)")));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        insert.bindValue(QStringLiteral(":id"), static_cast<int>(i));
        insert.bindValue(QStringLiteral(":value"), cases[i].bound);
        ASSERT_TRUE(insert.exec()) << "case " << i << ": " << qPrintable(insert.lastError().text());
    }

    QSqlQuery select(db);
    ASSERT_TRUE(select.exec(QStringLiteral("SELECT id, value, typeof(value) FROM v ORDER BY id")));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        SCOPED_TRACE(testing::Message() << "case " << i);
        ASSERT_TRUE(select.next());
        EXPECT_EQ(select.value(0).toLongLong(), static_cast<qint64>(i));
        const QVariant value = select.value(1);
        const QVariant &expected = cases[i].expected;
        if (!expected.isValid()) {
            EXPECT_TRUE(select.isNull(1));
            EXPECT_FALSE(value.isValid());
            EXPECT_EQ(select.value(2).toString(), QStringLiteral("null"));
            continue;
        }
        EXPECT_FALSE(select.isNull(1));
        EXPECT_EQ(value.metaType(), expected.metaType()) << value.metaType().name();
        EXPECT_EQ(value, expected);
    }
    EXPECT_FALSE(select.next());

    // Dates and times read back through QVariant's conversions.
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT value FROM v WHERE id = 13")).toDateTime(),
              localTime);
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT value FROM v WHERE id = 15")).toDate(),
              QDate(2024, 3, 1));

    // Numbers under the low-precision policies.
    QSqlQuery lowPrecision(db);
    lowPrecision.setNumericalPrecisionPolicy(QSql::LowPrecisionInt64);
    ASSERT_TRUE(lowPrecision.exec(QStringLiteral("SELECT value FROM v WHERE id = 11")));
    ASSERT_TRUE(lowPrecision.next());
    EXPECT_EQ(lowPrecision.value(0), QVariant::fromValue(qint64{37}));
}

TEST_F(DriverTest, UnsupportedValuesAreRefusedWithoutEchoingThem)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("unsupported"), key);
    run(db, QStringLiteral("CREATE TABLE v(value)"));
    QSqlQuery insert(db);
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO v VALUES (:value)")));

    insert.bindValue(QStringLiteral(":value"), QPoint(4242, 9191));
    EXPECT_FALSE(insert.exec());
    EXPECT_EQ(insert.lastError().type(), QSqlError::StatementError);
    EXPECT_TRUE(insert.lastError().text().contains(QLatin1String("QPoint")))
        << qPrintable(insert.lastError().text());
    EXPECT_TRUE(insert.lastError().text().contains(QLatin1String(":value")));
    EXPECT_FALSE(insert.lastError().text().contains(QLatin1String("4242")));

    insert.bindValue(QStringLiteral(":value"),
                     QVariant::fromValue(std::numeric_limits<quint64>::max()));
    EXPECT_FALSE(insert.exec());
    EXPECT_EQ(insert.lastError().type(), QSqlError::StatementError);

    insert.bindValue(QStringLiteral(":value"), QDateTime());
    EXPECT_FALSE(insert.exec());
    insert.bindValue(QStringLiteral(":value"), QDate(2024, 2, 30)); // invalid
    EXPECT_FALSE(insert.exec());

    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM v")).toLongLong(), 0);
}

TEST_F(DriverTest, ConstraintErrorsCarryTheExtendedCodeButNoBoundValue)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("constraint"), key);
    run(db, QStringLiteral("CREATE TABLE patient(mrn TEXT UNIQUE)"));
    const QString secret = QStringLiteral("Aminata Diallo");
    QSqlQuery insert(db);
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO patient VALUES (?)")));
    insert.addBindValue(secret);
    ASSERT_TRUE(insert.exec());
    insert.addBindValue(secret);
    EXPECT_FALSE(insert.exec());
    const QSqlError error = insert.lastError();
    EXPECT_EQ(error.type(), QSqlError::StatementError);
    EXPECT_EQ(error.nativeErrorCode(), QString::number(SQLITE_CONSTRAINT_UNIQUE));
    EXPECT_TRUE(error.databaseText().contains(QLatin1String("UNIQUE constraint failed")))
        << qPrintable(error.text());
    EXPECT_FALSE(error.driverText().isEmpty());
    EXPECT_FALSE(error.text().contains(secret));
}

TEST_F(DriverTest, TransactionsCommitAndRollBack)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("tx"), key);
    run(db, QStringLiteral("CREATE TABLE t(x)"));

    ASSERT_TRUE(db.transaction()) << qPrintable(db.lastError().text());
    run(db, QStringLiteral("INSERT INTO t VALUES (1)"));
    EXPECT_FALSE(db.transaction()); // not nestable
    EXPECT_EQ(db.lastError().type(), QSqlError::TransactionError);
    ASSERT_TRUE(db.rollback()) << qPrintable(db.lastError().text());
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 0);

    ASSERT_TRUE(db.transaction());
    run(db, QStringLiteral("INSERT INTO t VALUES (2)"));
    run(db, QStringLiteral("INSERT INTO t VALUES (3)"));
    ASSERT_TRUE(db.commit()) << qPrintable(db.lastError().text());
    EXPECT_EQ(scalar(db, QStringLiteral("SELECT sum(x) FROM t")).toLongLong(), 5);

    EXPECT_FALSE(db.commit()); // none active
    EXPECT_EQ(db.lastError().type(), QSqlError::TransactionError);
    EXPECT_FALSE(db.rollback());
    EXPECT_EQ(db.lastError().type(), QSqlError::TransactionError);

    // The commit is on disk: another connection sees it.
    QSqlDatabase other = open(QStringLiteral("tx2"), key);
    EXPECT_EQ(scalar(other, QStringLiteral("SELECT sum(x) FROM t")).toLongLong(), 5);
}

TEST_F(DriverTest, ALockHeldPastTheBusyTimeoutIsAClearError)
{
    const SecretString key = randomKey();
    QSqlDatabase writer = open(QStringLiteral("writer"), key);
    run(writer, QStringLiteral("CREATE TABLE t(x)"));

    EncryptedDatabaseOptions impatient;
    impatient.busyTimeoutMs = 0; // fail at once: the outcome, not a duration, is under test
    QSqlDatabase other = openEncryptedDatabase(path(), key, QStringLiteral("impatient"), impatient);

    ASSERT_TRUE(writer.transaction());
    run(writer, QStringLiteral("INSERT INTO t VALUES (1)"));

    EXPECT_FALSE(other.transaction());
    const QSqlError beginError = other.lastError();
    EXPECT_EQ(beginError.type(), QSqlError::TransactionError);
    EXPECT_EQ(beginError.nativeErrorCode().toInt() & 0xff, SQLITE_BUSY);
    EXPECT_TRUE(beginError.driverText().contains(QLatin1String("busy timeout")))
        << qPrintable(beginError.text());
    {
        QSqlQuery insert(other);
        EXPECT_FALSE(insert.exec(QStringLiteral("INSERT INTO t VALUES (2)")));
        EXPECT_EQ(insert.lastError().type(), QSqlError::StatementError);
        EXPECT_EQ(insert.lastError().nativeErrorCode().toInt() & 0xff, SQLITE_BUSY);
        // WAL: the reader is not blocked, and sees only what is committed.
        EXPECT_EQ(scalar(other, QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 0);
    }

    ASSERT_TRUE(writer.commit());
    run(other, QStringLiteral("INSERT INTO t VALUES (2)"));
    EXPECT_EQ(scalar(writer, QStringLiteral("SELECT count(*) FROM t")).toLongLong(), 2);
    other = QSqlDatabase();
    closeDatabase(QStringLiteral("impatient"));
}

TEST_F(DriverTest, LastInsertIdIsTheNewRowidOnlyAfterAnInsert)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("rowid"), key);
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, x TEXT)")));
    EXPECT_FALSE(query.lastInsertId().isValid());

    ASSERT_TRUE(query.exec(QStringLiteral("INSERT INTO t(x) VALUES ('a')")));
    EXPECT_EQ(query.lastInsertId(), QVariant::fromValue(qint64{1}));
    ASSERT_TRUE(query.prepare(QStringLiteral("INSERT INTO t(id, x) VALUES (?, ?)")));
    query.addBindValue(41);
    query.addBindValue(QStringLiteral("b"));
    ASSERT_TRUE(query.exec());
    EXPECT_EQ(query.lastInsertId(), QVariant::fromValue(qint64{41}));

    ASSERT_TRUE(query.exec(QStringLiteral("UPDATE t SET x = 'c' WHERE id = 1")));
    EXPECT_FALSE(query.lastInsertId().isValid());
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT * FROM t")));
    EXPECT_FALSE(query.lastInsertId().isValid());

    // The same rowid again (after a delete) is still an insert.
    ASSERT_TRUE(query.exec(QStringLiteral("DELETE FROM t WHERE id = 41")));
    ASSERT_TRUE(query.exec(QStringLiteral("  /* again */ INSERT INTO t(id, x) VALUES (41, 'd')")));
    EXPECT_EQ(query.lastInsertId(), QVariant::fromValue(qint64{41}));
}

TEST_F(DriverTest, CatalogueTablesRecordsAndPrimaryKeys)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("catalogue"), key);
    run(db, QStringLiteral("CREATE TABLE patient(id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " mrn VARCHAR(12) NOT NULL, weight_g INT, temperature REAL,"
                           " photo BLOB, born DATE, note DEFAULT 'none')"));
    run(db, QStringLiteral("CREATE TABLE \"visit \"\"log\"\"\"(patient INTEGER, day TEXT,"
                           " PRIMARY KEY (day, patient))"));
    run(db, QStringLiteral("CREATE VIEW adult AS SELECT * FROM patient"));
    run(db, QStringLiteral("INSERT INTO patient(mrn) VALUES ('X')")); // creates sqlite_sequence

    const QStringList tables = db.tables(QSql::Tables);
    EXPECT_EQ(tables.size(), 2) << qPrintable(tables.join(u','));
    EXPECT_TRUE(tables.contains(QStringLiteral("patient")));
    EXPECT_TRUE(tables.contains(QStringLiteral("visit \"log\"")));
    EXPECT_EQ(db.tables(QSql::Views), QStringList{QStringLiteral("adult")});
    const QStringList system = db.tables(QSql::SystemTables);
    EXPECT_TRUE(system.contains(QStringLiteral("sqlite_master")));
    EXPECT_TRUE(system.contains(QStringLiteral("sqlite_sequence")));
    EXPECT_EQ(db.tables(QSql::AllTables).size(), 5);

    const QSqlRecord record = db.record(QStringLiteral("patient"));
    ASSERT_EQ(record.count(), 7);
    EXPECT_EQ(record.fieldName(0), QStringLiteral("id"));
    EXPECT_EQ(record.field(0).metaType(), QMetaType::fromType<qint64>());
    EXPECT_TRUE(record.field(0).isAutoValue());
    EXPECT_EQ(record.field(1).metaType(), QMetaType::fromType<QString>());
    EXPECT_EQ(record.field(1).requiredStatus(), QSqlField::Required);
    EXPECT_EQ(record.field(2).metaType(), QMetaType::fromType<qint64>());
    EXPECT_EQ(record.field(2).requiredStatus(), QSqlField::Optional);
    EXPECT_EQ(record.field(3).metaType(), QMetaType::fromType<double>());
    EXPECT_EQ(record.field(4).metaType(), QMetaType::fromType<QByteArray>());
    EXPECT_EQ(record.field(5).metaType(), QMetaType::fromType<QString>());
    EXPECT_EQ(record.field(6).defaultValue().toString(), QStringLiteral("'none'"));
    EXPECT_EQ(record.field(0).tableName(), QStringLiteral("patient"));
    EXPECT_TRUE(db.record(QStringLiteral("no_such_table")).isEmpty());

    const QSqlIndex key1 = db.primaryIndex(QStringLiteral("patient"));
    ASSERT_EQ(key1.count(), 1);
    EXPECT_EQ(key1.fieldName(0), QStringLiteral("id"));
    const QSqlIndex key2 = db.primaryIndex(QStringLiteral("visit \"log\""));
    ASSERT_EQ(key2.count(), 2);
    EXPECT_EQ(key2.fieldName(0), QStringLiteral("day"));
    EXPECT_EQ(key2.fieldName(1), QStringLiteral("patient"));
    EXPECT_FALSE(key2.field(1).isAutoValue());

    const QSqlDriver *driver = db.driver();
    EXPECT_EQ(driver->escapeIdentifier(QStringLiteral("visit \"log\""), QSqlDriver::TableName),
              QStringLiteral("\"visit \"\"log\"\"\""));
    EXPECT_EQ(driver->escapeIdentifier(QStringLiteral("\"done\""), QSqlDriver::FieldName),
              QStringLiteral("\"done\""));

    // The result's record names the columns.
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT id, mrn AS number FROM patient")));
    const QSqlRecord columns = query.record();
    ASSERT_EQ(columns.count(), 2);
    EXPECT_EQ(columns.fieldName(1), QStringLiteral("number"));
}

TEST_F(DriverTest, FormatValueWritesLiteralsSqliteReadsBack)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("format"), key);
    const QSqlDriver *driver = db.driver();
    const auto literal = [&](const QVariant &value) {
        QSqlField field(QStringLiteral("f"), value.metaType());
        field.setValue(value);
        return driver->formatValue(field);
    };
    QByteArray blob("a\0'b", 4);
    EXPECT_EQ(literal(blob), QStringLiteral("X'61002762'"));
    EXPECT_EQ(literal(true), QStringLiteral("1"));
    EXPECT_EQ(literal(QDate(2024, 5, 1)), QStringLiteral("'2024-05-01'"));
    EXPECT_EQ(literal(QDateTime(QDate(2024, 5, 1), QTime(8, 30, 0, 250), QTimeZone::utc())),
              QStringLiteral("'2024-05-01T08:30:00.250Z'"));
    EXPECT_EQ(literal(QStringLiteral("l'eau")), QStringLiteral("'l''eau'"));
    QSqlField nullField(QStringLiteral("f"), QMetaType::fromType<QString>());
    EXPECT_EQ(driver->formatValue(nullField), QStringLiteral("NULL"));

    EXPECT_EQ(scalar(db, QStringLiteral("SELECT ") + literal(blob)).toByteArray(), blob);
}

} // namespace
} // namespace medinexus::client::sql::test
