#include "shared/storage/sqlite_connection.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtCore/QTemporaryDir>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <type_traits>

using namespace medinexus::sqlite;

namespace {

static_assert(!std::is_copy_constructible_v<Connection>);
static_assert(!std::is_copy_assignable_v<Connection>);
static_assert(std::is_nothrow_move_constructible_v<Connection>);
static_assert(std::is_nothrow_move_assignable_v<Connection>);
static_assert(!std::is_copy_constructible_v<Statement>);
static_assert(std::is_nothrow_move_constructible_v<Statement>);
static_assert(std::is_nothrow_move_assignable_v<Statement>);
static_assert(!std::is_copy_constructible_v<Transaction>);
static_assert(!std::is_move_constructible_v<Transaction>);
static_assert(std::is_base_of_v<Error, WrongKeyError>);
static_assert(std::is_base_of_v<std::runtime_error, Error>);

// The exception f() throws, if it is an E; nullopt when nothing is thrown.
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

// The extended code of the sqlite::Error f() throws; a test failure if it throws none.
template <typename F>
int errorCode(F &&f)
{
    const auto error = thrown<Error>(std::forward<F>(f));
    if (!error) {
        ADD_FAILURE() << "expected a sqlite::Error";
        return SQLITE_OK;
    }
    return error->code();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return {};
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(path);
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QByteArray randomKey()
{
    QByteArray key(32, '\0');
    for (char &byte : key)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return key;
}

QString scalarText(Connection &connection, const char *sql)
{
    Statement statement = connection.prepare(sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.columnText(0);
}

qint64 scalarInt(Connection &connection, const char *sql)
{
    Statement statement = connection.prepare(sql);
    EXPECT_TRUE(statement.step()) << sql;
    return statement.columnInt64(0);
}

class SqliteConnectionTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_TRUE(dir_.isValid()) << qPrintable(dir_.errorString()); }

    QString dbPath(const char *name = "test.db") const
    {
        return dir_.filePath(QString::fromUtf8(name));
    }

    QTemporaryDir dir_;
};

// --- Opening -------------------------------------------------------------------------------

TEST_F(SqliteConnectionTest, OpenCreatesFileAndAppliesDefaultSettings)
{
    const QString path = dbPath();
    ASSERT_FALSE(QFile::exists(path));

    Connection connection = Connection::open(path, {});

    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(connection.path(), path);
    EXPECT_NE(connection.handle(), nullptr);
    EXPECT_EQ(scalarText(connection, "PRAGMA journal_mode"), QStringLiteral("wal"));
    EXPECT_EQ(scalarInt(connection, "PRAGMA foreign_keys"), 1);
    EXPECT_EQ(scalarInt(connection, "PRAGMA synchronous"), 2); // FULL
    EXPECT_EQ(scalarInt(connection, "PRAGMA busy_timeout"), 5000);
    EXPECT_FALSE(connection.inTransaction());
    EXPECT_EQ(connection.userVersion(), 0);
}

TEST_F(SqliteConnectionTest, OpenOptionsSelectJournalSyncAndTimeout)
{
    OpenOptions options;
    options.walJournal = false;
    options.fullSync = false;
    options.busyTimeoutMs = 250;
    Connection connection = Connection::open(dbPath(), options);

    EXPECT_EQ(scalarText(connection, "PRAGMA journal_mode"), QStringLiteral("delete"));
    EXPECT_EQ(scalarInt(connection, "PRAGMA synchronous"), 1); // NORMAL
    EXPECT_EQ(scalarInt(connection, "PRAGMA busy_timeout"), 250);
    EXPECT_EQ(scalarInt(connection, "PRAGMA foreign_keys"), 1);
}

TEST_F(SqliteConnectionTest, WalModePersistsInTheFile)
{
    const QString path = dbPath();
    {
        Connection connection = Connection::open(path, {});
        connection.exec("CREATE TABLE t(x)");
    }
    OpenOptions noWal;
    noWal.walJournal = false; // only means "do not switch"; the file stays in WAL mode
    Connection connection = Connection::open(path, noWal);
    EXPECT_EQ(scalarText(connection, "PRAGMA journal_mode"), QStringLiteral("wal"));
}

TEST_F(SqliteConnectionTest, InMemoryDatabaseSkipsWal)
{
    Connection connection = Connection::open(QStringLiteral(":memory:"), {});
    EXPECT_EQ(scalarText(connection, "PRAGMA journal_mode"), QStringLiteral("memory"));
    connection.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM t"), 1);
}

TEST_F(SqliteConnectionTest, OpenWithoutCreateFailsForMissingFile)
{
    const QString path = dbPath("missing.db");
    OpenOptions options;
    options.create = false;

    const auto error = thrown<Error>([&] { (void)Connection::open(path, options); });

    ASSERT_TRUE(error);
    EXPECT_EQ(error->primaryCode(), SQLITE_CANTOPEN);
    EXPECT_NE(std::string(error->what()).find("missing.db"), std::string::npos) << error->what();
    EXPECT_FALSE(QFile::exists(path));
}

TEST_F(SqliteConnectionTest, InvalidOptionsAreRejected)
{
    OpenOptions shortKey;
    shortKey.key = QByteArray(16, 'k');
    EXPECT_THROW((void)Connection::open(dbPath(), shortKey), std::invalid_argument);

    OpenOptions emptyKey;
    emptyKey.key = QByteArray();
    EXPECT_THROW((void)Connection::open(dbPath(), emptyKey), std::invalid_argument);

    OpenOptions negativeTimeout;
    negativeTimeout.busyTimeoutMs = -1;
    EXPECT_THROW((void)Connection::open(dbPath(), negativeTimeout), std::invalid_argument);

    EXPECT_FALSE(QFile::exists(dbPath())); // rejected before touching the disk
}

TEST_F(SqliteConnectionTest, ReadOnlyConnectionReadsButRefusesWrites)
{
    const QString path = dbPath();
    {
        Connection writer = Connection::open(path, {});
        writer.exec("CREATE TABLE t(x); INSERT INTO t VALUES (42)");
    }
    OpenOptions options;
    options.readOnly = true;
    Connection reader = Connection::open(path, options);

    EXPECT_EQ(scalarInt(reader, "SELECT x FROM t"), 42);
    const auto error = thrown<Error>([&] { reader.exec("INSERT INTO t VALUES (1)"); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->primaryCode(), SQLITE_READONLY);
}

TEST_F(SqliteConnectionTest, UserVersionRoundTripsAndPersists)
{
    const QString path = dbPath();
    {
        Connection connection = Connection::open(path, {});
        EXPECT_EQ(connection.userVersion(), 0);
        connection.setUserVersion(7);
        EXPECT_EQ(connection.userVersion(), 7);
    }
    Connection connection = Connection::open(path, {});
    EXPECT_EQ(connection.userVersion(), 7);
    connection.setUserVersion(-3);
    EXPECT_EQ(connection.userVersion(), -3);
}

// --- Binding and reading -------------------------------------------------------------------

const QString kFrench = QStringLiteral("Hélène Lefèvre-Çelik, née à Besançon; œdème, âgée");
const QString kArabic = QStringLiteral("مريض: حساسية من البنسلين");
const QString kCjk = QStringLiteral("患者記録 アレルギー 过敏 환자");
const QString kEmoji = QStringLiteral("🩺 \U0001F48A");

QByteArray everyByte()
{
    QByteArray bytes;
    for (int i = 0; i < 256; ++i)
        bytes.append(static_cast<char>(i));
    bytes.append(QByteArray("\0\0tail\0", 7));
    return bytes;
}

TEST_F(SqliteConnectionTest, RoundTripsEveryBindTypePositionally)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE v(id INTEGER PRIMARY KEY, i64, i32, real, txt, blb, flag_t, "
                    "flag_f, opt_txt, opt_none, n, small, unsig, std64)");
    const QByteArray blob = everyByte();
    const QString text = kFrench + kArabic + kCjk + kEmoji;

    Statement insert = connection.prepare(
        "INSERT INTO v(i64, i32, real, txt, blb, flag_t, flag_f, opt_txt, opt_none, n, small, "
        "unsig, std64) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    EXPECT_EQ(insert.parameterCount(), 13);
    insert.bind(1, std::numeric_limits<qint64>::min())
        .bind(2, std::numeric_limits<int>::max())
        .bind(3, -1234.5625)
        .bind(4, text)
        .bind(5, blob)
        .bind(6, true)
        .bind(7, false)
        .bind(8, std::optional<QString>(kArabic))
        .bind(9, std::optional<qint64>())
        .bind(10, nullptr)
        .bind(11, static_cast<short>(-7))
        .bind(12, std::numeric_limits<unsigned int>::max())
        .bind(13, std::int64_t{9'007'199'254'740'993}); // not representable as a double
    insert.run();
    EXPECT_EQ(connection.changes(), 1);
    const qint64 id = connection.lastInsertRowId();
    EXPECT_GT(id, 0);

    Statement select = connection.prepare(
        "SELECT i64, i32, real, txt, blb, flag_t, flag_f, opt_txt, opt_none, n, small, unsig, "
        "std64, typeof(txt), typeof(blb), typeof(flag_t) FROM v WHERE id = ?");
    select.bind(1, id);
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnInt64(0), std::numeric_limits<qint64>::min());
    EXPECT_EQ(select.columnInt64(1), std::numeric_limits<int>::max());
    EXPECT_DOUBLE_EQ(select.columnDouble(2), -1234.5625);
    EXPECT_EQ(select.columnText(3), text);
    EXPECT_EQ(select.columnBlob(4), blob);
    EXPECT_EQ(select.columnBlob(4).size(), 263);
    EXPECT_EQ(select.columnInt64(5), 1);
    EXPECT_EQ(select.columnInt64(6), 0);
    EXPECT_EQ(select.columnText(7), kArabic);
    EXPECT_TRUE(select.columnIsNull(8));
    EXPECT_TRUE(select.columnIsNull(9));
    EXPECT_EQ(select.columnInt64(10), -7);
    EXPECT_EQ(select.columnInt64(11), 4'294'967'295);
    EXPECT_EQ(select.columnInt64(12), 9'007'199'254'740'993);
    EXPECT_EQ(select.columnText(13), QStringLiteral("text"));
    EXPECT_EQ(select.columnText(14), QStringLiteral("blob"));
    EXPECT_EQ(select.columnText(15), QStringLiteral("integer"));
    EXPECT_EQ(select.columnType(3), SQLITE_TEXT);
    EXPECT_EQ(select.columnType(4), SQLITE_BLOB);
    EXPECT_FALSE(select.step());
}

TEST_F(SqliteConnectionTest, NonAsciiTextIsStoredAsUtf8AndMatchesInQueries)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE names(name TEXT)");
    Statement insert = connection.prepare("INSERT INTO names VALUES (?)");
    for (const QString &name : {kFrench, kArabic, kCjk, kEmoji}) {
        insert.bind(1, name);
        insert.run();
    }
    for (const QString &name : {kFrench, kArabic, kCjk, kEmoji}) {
        Statement select =
            connection.prepare("SELECT name, length(CAST(name AS BLOB)) FROM names WHERE name = ?");
        select.bind(1, name);
        ASSERT_TRUE(select.step()) << qPrintable(name);
        EXPECT_EQ(select.columnText(0), name);
        EXPECT_EQ(select.columnInt64(1), name.toUtf8().size()); // UTF-8 bytes on disk
        EXPECT_FALSE(select.step());
    }
}

TEST_F(SqliteConnectionTest, NamedParametersBindByName)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE p(mrn TEXT, name TEXT, weight REAL, photo BLOB, active, "
                    "deceased, visits)");
    Statement insert = connection.prepare(
        "INSERT INTO p VALUES (:mrn, @name, $weight, :photo, :active, :deceased, :visits)");
    insert.bind(":mrn", QStringLiteral("MRN-0001"))
        .bind("@name", kFrench)
        .bind("$weight", 71.25)
        .bind(":photo", QByteArray("\x89PNG\0\r\n", 7))
        .bind(":active", true)
        .bind(":deceased", std::nullopt)
        .bind(":visits", 3);
    insert.run();

    Statement select = connection.prepare("SELECT * FROM p");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnText(0), QStringLiteral("MRN-0001"));
    EXPECT_EQ(select.columnText(1), kFrench);
    EXPECT_DOUBLE_EQ(select.columnDouble(2), 71.25);
    EXPECT_EQ(select.columnBlob(3), QByteArray("\x89PNG\0\r\n", 7));
    EXPECT_EQ(select.columnInt64(4), 1);
    EXPECT_TRUE(select.columnIsNull(5));
    EXPECT_EQ(select.columnInt64(6), 3);

    const auto error = thrown<Error>([&] { insert.bind(":nope", 1); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_RANGE);
    EXPECT_NE(std::string(error->what()).find(":nope"), std::string::npos) << error->what();
}

TEST_F(SqliteConnectionTest, NullIsDistinctFromEmptyTextAndEmptyBlob)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE n(a, b, c, d, e)");
    Statement insert = connection.prepare("INSERT INTO n VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, nullptr)
        .bind(2, QString())
        .bind(3, QByteArray())
        .bind(4, std::optional<QString>())
        .bind(5, QStringLiteral(""));
    insert.run();

    Statement select = connection.prepare(
        "SELECT a, b, c, d, e, typeof(a), typeof(b), typeof(c), typeof(d), typeof(e) FROM n");
    ASSERT_TRUE(select.step());
    EXPECT_TRUE(select.columnIsNull(0));
    EXPECT_EQ(select.columnType(0), SQLITE_NULL);
    EXPECT_EQ(select.columnInt64(0), 0);
    EXPECT_EQ(select.columnDouble(0), 0.0);
    EXPECT_TRUE(select.columnText(0).isEmpty());
    EXPECT_TRUE(select.columnBlob(0).isEmpty());

    EXPECT_FALSE(select.columnIsNull(1));
    EXPECT_TRUE(select.columnText(1).isEmpty());
    EXPECT_FALSE(select.columnIsNull(2));
    EXPECT_TRUE(select.columnBlob(2).isEmpty());
    EXPECT_TRUE(select.columnIsNull(3));
    EXPECT_FALSE(select.columnIsNull(4));

    EXPECT_EQ(select.columnText(5), QStringLiteral("null"));
    EXPECT_EQ(select.columnText(6), QStringLiteral("text"));
    EXPECT_EQ(select.columnText(7), QStringLiteral("blob"));
    EXPECT_EQ(select.columnText(8), QStringLiteral("null"));
    EXPECT_EQ(select.columnText(9), QStringLiteral("text"));
}

TEST_F(SqliteConnectionTest, CrudUpdatesAndDeletesReportChanges)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE visit(id INTEGER PRIMARY KEY, clinic TEXT, done INTEGER)");
    Statement insert = connection.prepare("INSERT INTO visit(clinic, done) VALUES (?, ?)");
    qint64 lastId = 0;
    for (int i = 0; i < 3; ++i) {
        insert.bind(1, i < 2 ? QStringLiteral("Kédougou") : QStringLiteral("Tambacounda"))
            .bind(2, false);
        insert.run();
        EXPECT_GT(connection.lastInsertRowId(), lastId);
        lastId = connection.lastInsertRowId();
    }

    Statement update = connection.prepare("UPDATE visit SET done = ? WHERE clinic = ?");
    update.bind(1, true).bind(2, QStringLiteral("Kédougou"));
    update.run();
    EXPECT_EQ(connection.changes(), 2);

    Statement remove = connection.prepare("DELETE FROM visit WHERE id = ?");
    remove.bind(1, lastId);
    remove.run();
    EXPECT_EQ(connection.changes(), 1);

    Statement rows = connection.prepare("SELECT clinic, done FROM visit ORDER BY id");
    int count = 0;
    while (rows.step()) {
        EXPECT_EQ(rows.columnText(0), QStringLiteral("Kédougou"));
        EXPECT_EQ(rows.columnInt64(1), 1);
        ++count;
    }
    EXPECT_EQ(count, 2);
}

TEST_F(SqliteConnectionTest, StatementCanBeResetAndReused)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE t(x INTEGER)");
    Statement insert = connection.prepare("INSERT INTO t VALUES (?)");
    for (qint64 value = 1; value <= 3; ++value) {
        insert.bind(1, value);
        insert.run();
    }
    insert.clearBindings();
    insert.run(); // cleared parameters are NULL
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM t WHERE x IS NULL"), 1);

    Statement select = connection.prepare("SELECT x FROM t WHERE x IS NOT NULL ORDER BY x");
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnInt64(0), 1);
    select.reset();
    ASSERT_TRUE(select.step()); // starts over
    EXPECT_EQ(select.columnInt64(0), 1);
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnInt64(0), 2);
}

TEST_F(SqliteConnectionTest, ColumnAccessIsChecked)
{
    Connection connection = Connection::open(dbPath(), {});
    Statement select = connection.prepare("SELECT 1 AS one, 'two' AS two");
    EXPECT_EQ(select.columnCount(), 2);
    EXPECT_EQ(select.columnName(0), QStringLiteral("one"));
    EXPECT_EQ(select.columnName(1), QStringLiteral("two"));
    EXPECT_EQ(errorCode([&] { (void)select.columnName(2); }), SQLITE_RANGE);

    // No current row before the first step and after the last one.
    EXPECT_EQ(errorCode([&] { (void)select.columnInt64(0); }), SQLITE_MISUSE);
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.columnInt64(0), 1);
    EXPECT_EQ(errorCode([&] { (void)select.columnText(2); }), SQLITE_RANGE);
    EXPECT_EQ(errorCode([&] { (void)select.columnBlob(-1); }), SQLITE_RANGE);
    EXPECT_FALSE(select.step());
    EXPECT_EQ(errorCode([&] { (void)select.columnText(1); }), SQLITE_MISUSE);
}

// --- Errors --------------------------------------------------------------------------------

TEST_F(SqliteConnectionTest, PrepareErrorsCarryCodeAndMessage)
{
    Connection connection = Connection::open(dbPath(), {});

    const auto syntax = thrown<Error>([&] { (void)connection.prepare("SELEC * FROM patient"); });
    ASSERT_TRUE(syntax);
    EXPECT_EQ(syntax->code(), SQLITE_ERROR);
    const std::string syntaxMessage = syntax->what();
    EXPECT_NE(syntaxMessage.find("syntax error"), std::string::npos) << syntaxMessage;
    EXPECT_NE(syntaxMessage.find("SELEC * FROM patient"), std::string::npos) << syntaxMessage;

    const auto missing = thrown<Error>([&] { (void)connection.prepare("SELECT * FROM nowhere"); });
    ASSERT_TRUE(missing);
    EXPECT_EQ(missing->code(), SQLITE_ERROR);
    EXPECT_NE(std::string(missing->what()).find("no such table: nowhere"), std::string::npos)
        << missing->what();

    const auto two = thrown<Error>([&] { (void)connection.prepare("SELECT 1; SELECT 2"); });
    ASSERT_TRUE(two);
    EXPECT_EQ(two->code(), SQLITE_MISUSE);

    EXPECT_EQ(errorCode([&] { (void)connection.prepare(""); }), SQLITE_MISUSE);
    EXPECT_EQ(errorCode([&] { (void)connection.prepare("  -- nothing\n"); }),
              SQLITE_MISUSE);

    // A trailing semicolon and comment are one statement.
    Statement ok = connection.prepare("SELECT 1; -- done");
    ASSERT_TRUE(ok.step());
}

TEST_F(SqliteConnectionTest, BindOutOfRangeIsAnError)
{
    Connection connection = Connection::open(dbPath(), {});
    Statement statement = connection.prepare("SELECT ?, ?");
    const auto error = thrown<Error>([&] { statement.bind(3, 1); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_RANGE);
    EXPECT_NE(std::string(error->what()).find("parameter 3"), std::string::npos) << error->what();
    EXPECT_EQ(errorCode([&] { statement.bind(0, QStringLiteral("x")); }),
              SQLITE_RANGE);
}

TEST_F(SqliteConnectionTest, ConstraintViolationsCarryExtendedCodesButNoPatientData)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec(R"sql(
        CREATE TABLE patient(id INTEGER PRIMARY KEY, mrn TEXT NOT NULL UNIQUE,
                             age INTEGER CHECK (age >= 0));
        CREATE TABLE allergy(id INTEGER PRIMARY KEY,
                             patient_id INTEGER NOT NULL REFERENCES patient(id));
    )sql");
    const QString secret = QStringLiteral("MRN-SECRET-4711 Amadou Diallo");
    Statement insert = connection.prepare("INSERT INTO patient(mrn, age) VALUES (?, ?)");
    insert.bind(1, secret).bind(2, 30);
    insert.run();

    const auto unique = thrown<Error>([&] { insert.run(); });
    ASSERT_TRUE(unique);
    EXPECT_EQ(unique->code(), SQLITE_CONSTRAINT_UNIQUE);
    EXPECT_EQ(unique->primaryCode(), SQLITE_CONSTRAINT);
    const std::string message = unique->what();
    EXPECT_NE(message.find("UNIQUE constraint failed: patient.mrn"), std::string::npos) << message;
    EXPECT_EQ(message.find("SECRET"), std::string::npos) << message;
    EXPECT_EQ(message.find("Diallo"), std::string::npos) << message;

    insert.bind(1, nullptr);
    EXPECT_EQ(errorCode([&] { insert.run(); }), SQLITE_CONSTRAINT_NOTNULL);

    insert.bind(1, QStringLiteral("MRN-2")).bind(2, -1);
    EXPECT_EQ(errorCode([&] { insert.run(); }), SQLITE_CONSTRAINT_CHECK);

    // Foreign keys are enforced on every connection.
    Statement allergy = connection.prepare("INSERT INTO allergy(patient_id) VALUES (?)");
    allergy.bind(1, qint64{999});
    EXPECT_EQ(errorCode([&] { allergy.run(); }), SQLITE_CONSTRAINT_FOREIGNKEY);

    // After an error the statement is usable again.
    insert.bind(1, QStringLiteral("MRN-2")).bind(2, 40);
    insert.run();
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM patient"), 2);
}

TEST_F(SqliteConnectionTest, ExecRunsScriptsAndNamesTheFailingStatement)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec(R"sql(
        -- several statements, one of them returning rows
        CREATE TABLE a(x);
        INSERT INTO a VALUES (1), (2);
        SELECT * FROM a;
        CREATE INDEX a_x ON a(x);
    )sql");
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM a"), 2);

    const auto error = thrown<Error>(
        [&] { connection.exec("INSERT INTO a VALUES (3); INSERT INTO nowhere VALUES (4);"); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_ERROR);
    EXPECT_NE(std::string(error->what()).find("nowhere"), std::string::npos) << error->what();
    // Not atomic by itself: the statement before the failing one ran.
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM a"), 3);
}

// --- Transactions --------------------------------------------------------------------------

TEST_F(SqliteConnectionTest, TransactionRollsBackWhenNotCommitted)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE t(x)");
    {
        Transaction transaction(connection);
        EXPECT_TRUE(transaction.isActive());
        EXPECT_TRUE(connection.inTransaction());
        connection.exec("INSERT INTO t VALUES (1)");
        EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM t"), 1);
    }
    EXPECT_FALSE(connection.inTransaction());
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM t"), 0);
}

TEST_F(SqliteConnectionTest, TransactionRollsBackWhenAnExceptionEscapes)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE t(x UNIQUE)");
    EXPECT_THROW(
        {
            Transaction transaction(connection);
            connection.exec("INSERT INTO t VALUES (1)");
            connection.exec("INSERT INTO t VALUES (1)"); // throws
            transaction.commit();
        },
        Error);
    EXPECT_FALSE(connection.inTransaction());
    EXPECT_EQ(scalarInt(connection, "SELECT count(*) FROM t"), 0);
}

TEST_F(SqliteConnectionTest, CommittedTransactionPersistsAndIsVisibleToOthers)
{
    const QString path = dbPath();
    {
        Connection connection = Connection::open(path, {});
        connection.exec("CREATE TABLE t(x)");
        Connection other = Connection::open(path, {});

        Transaction transaction(connection, TransactionMode::Immediate);
        connection.exec("INSERT INTO t VALUES (1)");
        EXPECT_EQ(scalarInt(other, "SELECT count(*) FROM t"), 0); // not yet committed
        transaction.commit();
        EXPECT_FALSE(transaction.isActive());
        EXPECT_FALSE(connection.inTransaction());
        EXPECT_EQ(scalarInt(other, "SELECT count(*) FROM t"), 1);

        EXPECT_EQ(errorCode([&] { transaction.commit(); }), SQLITE_MISUSE);
        EXPECT_EQ(errorCode([&] { transaction.rollback(); }), SQLITE_MISUSE);
    }
    Connection reopened = Connection::open(path, {});
    EXPECT_EQ(scalarInt(reopened, "SELECT count(*) FROM t"), 1);
}

TEST_F(SqliteConnectionTest, ExplicitRollbackAndOtherModes)
{
    Connection connection = Connection::open(dbPath(), {});
    connection.exec("CREATE TABLE t(x)");
    {
        Transaction transaction(connection, TransactionMode::Deferred);
        connection.exec("INSERT INTO t VALUES (1)");
        transaction.rollback();
        EXPECT_FALSE(transaction.isActive());
        EXPECT_FALSE(connection.inTransaction());
    }
    {
        Transaction transaction(connection, TransactionMode::Exclusive);
        connection.exec("INSERT INTO t VALUES (2)");
        transaction.commit();
    }
    EXPECT_EQ(scalarInt(connection, "SELECT group_concat(x) FROM t"), 2);
}

TEST_F(SqliteConnectionTest, NestedTransactionIsAnError)
{
    Connection connection = Connection::open(dbPath(), {});
    Transaction outer(connection);
    const auto error = thrown<Error>([&] { Transaction inner(connection); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_ERROR);
    EXPECT_TRUE(connection.inTransaction()); // the outer one is unaffected
    outer.commit();
}

TEST_F(SqliteConnectionTest, LockedDatabaseGivesBusyAfterTheTimeout)
{
    const QString path = dbPath();
    Connection writer = Connection::open(path, {});
    writer.exec("CREATE TABLE t(x)");
    OpenOptions impatient;
    impatient.busyTimeoutMs = 100;
    Connection other = Connection::open(path, impatient);

    Transaction holding(writer);
    QElapsedTimer timer;
    timer.start();
    const auto error = thrown<Error>([&] { Transaction blocked(other); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->primaryCode(), SQLITE_BUSY);
    EXPECT_GE(timer.elapsed(), 80); // it waited rather than failing at once
    EXPECT_FALSE(other.inTransaction());
}

// --- Moves and lifetimes -------------------------------------------------------------------

TEST_F(SqliteConnectionTest, ConnectionMovesOwnership)
{
    Connection first = Connection::open(dbPath("a.db"), {});
    first.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    sqlite3 *const handle = first.handle();

    Connection second(std::move(first));
    EXPECT_EQ(second.handle(), handle);
    EXPECT_EQ(first.handle(), nullptr); // NOLINT(bugprone-use-after-move): checked on purpose
    EXPECT_EQ(scalarInt(second, "SELECT x FROM t"), 1);
    EXPECT_EQ(errorCode([&] { first.exec("SELECT 1"); }), SQLITE_MISUSE);

    // Assigning over a live connection closes the old one (ASan would report a leak).
    Connection third = Connection::open(dbPath("b.db"), {});
    third = std::move(second);
    EXPECT_EQ(third.handle(), handle);
    EXPECT_EQ(third.path(), dbPath("a.db"));
    EXPECT_EQ(scalarInt(third, "SELECT x FROM t"), 1);
}

TEST_F(SqliteConnectionTest, StatementMovesOwnership)
{
    Connection connection = Connection::open(dbPath(), {});
    Statement first = connection.prepare("SELECT 1 UNION ALL SELECT 2");
    ASSERT_TRUE(first.step());

    Statement second(std::move(first));
    EXPECT_EQ(second.columnInt64(0), 1); // the current row moves along
    EXPECT_EQ(errorCode([&] { first.step(); }), SQLITE_MISUSE);

    Statement third = connection.prepare("SELECT 3");
    third = std::move(second);
    ASSERT_TRUE(third.step());
    EXPECT_EQ(third.columnInt64(0), 2);
}

TEST_F(SqliteConnectionTest, StatementMayOutliveItsConnection)
{
    std::optional<Statement> statement;
    {
        Connection connection = Connection::open(dbPath(), {});
        statement.emplace(connection.prepare("SELECT 1"));
    }
    // The connection closes for good once the statement is finalized; ASan checks for leaks.
    statement.reset();
    SUCCEED();
}

// --- SQLCipher -----------------------------------------------------------------------------

const QByteArray kMarker = QByteArrayLiteral("MEDINEXUS-PLAINTEXT-MARKER-5b1e0c");

// Every file SQLite may have written for the database.
QByteArray allDatabaseBytes(const QString &path)
{
    return fileBytes(path) + fileBytes(path + QStringLiteral("-wal"))
           + fileBytes(path + QStringLiteral("-shm"))
           + fileBytes(path + QStringLiteral("-journal"));
}

void insertMarker(Connection &connection)
{
    connection.exec("CREATE TABLE note(body TEXT)");
    Statement insert = connection.prepare("INSERT INTO note VALUES (?)");
    insert.bind(1, QString::fromLatin1(kMarker));
    insert.run();
}

TEST_F(SqliteConnectionTest, PlainDatabaseStoresTextReadably)
{
    // Control for the test below: the byte scan does find the marker when not encrypted.
    const QString path = dbPath();
    Connection connection = Connection::open(path, {});
    insertMarker(connection);
    EXPECT_TRUE(allDatabaseBytes(path).contains(kMarker));
    EXPECT_TRUE(fileBytes(path).startsWith(QByteArrayLiteral("SQLite format 3")));
}

TEST_F(SqliteConnectionTest, KeyedDatabaseIsEncryptedOnDiskAndNeedsTheRightKey)
{
    const QString path = dbPath("keyed.db");
    const QByteArray key = randomKey();
    OpenOptions keyed;
    keyed.key = key;
    {
        Connection connection = Connection::open(path, keyed);
        EXPECT_EQ(scalarText(connection, "PRAGMA journal_mode"), QStringLiteral("wal"));
        EXPECT_EQ(scalarInt(connection, "PRAGMA temp_store"), 2); // MEMORY
        insertMarker(connection);
        // While open, the commit lives in the WAL file: scan it too.
        EXPECT_GT(fileBytes(path + QStringLiteral("-wal")).size(), 0);
        EXPECT_FALSE(allDatabaseBytes(path).contains(kMarker));
    }
    const QByteArray onDisk = fileBytes(path);
    EXPECT_FALSE(onDisk.isEmpty());
    EXPECT_FALSE(allDatabaseBytes(path).contains(kMarker));
    EXPECT_FALSE(onDisk.startsWith(QByteArrayLiteral("SQLite format 3")));

    {
        Connection reopened = Connection::open(path, keyed);
        EXPECT_EQ(scalarText(reopened, "SELECT body FROM note"), QString::fromLatin1(kMarker));
    }

    QByteArray wrong = key;
    wrong[0] = static_cast<char>(wrong[0] ^ 0x01);
    OpenOptions wrongKey;
    wrongKey.key = wrong;
    const auto wrongError = thrown<WrongKeyError>([&] { (void)Connection::open(path, wrongKey); });
    ASSERT_TRUE(wrongError);
    EXPECT_EQ(wrongError->code(), SQLITE_NOTADB);
    EXPECT_NE(std::string(wrongError->what()).find("wrong key"), std::string::npos)
        << wrongError->what();

    const auto noKeyError = thrown<WrongKeyError>([&] { (void)Connection::open(path, {}); });
    ASSERT_TRUE(noKeyError);
    EXPECT_EQ(noKeyError->code(), SQLITE_NOTADB);

    // Failed opens leave the file as it was, and the right key still works.
    EXPECT_EQ(fileBytes(path), onDisk);
    Connection again = Connection::open(path, keyed);
    EXPECT_EQ(scalarInt(again, "SELECT count(*) FROM note"), 1);
}

TEST_F(SqliteConnectionTest, KeyedDatabaseUsesTheSqlCipher3FileFormat)
{
    // Caches must stay readable by SQLCipher 3.x and 4.x builds alike: the 3.x settings
    // (1 KiB pages, 64000 KDF iterations) are SQLCipher 3's defaults and what
    // cipher_compatibility = 3 selects under SQLCipher 4 (whose defaults are 4096 / 256000).
    const QString path = dbPath("format.db");
    OpenOptions keyed;
    keyed.key = randomKey();
    {
        Connection connection = Connection::open(path, keyed);
        EXPECT_FALSE(scalarText(connection, "PRAGMA cipher_version").isEmpty());
        EXPECT_EQ(scalarInt(connection, "PRAGMA cipher_page_size"), 1024);
        EXPECT_EQ(scalarInt(connection, "PRAGMA kdf_iter"), 64000);
        connection.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    }
    Connection reopened = Connection::open(path, keyed);
    EXPECT_EQ(scalarInt(reopened, "SELECT x FROM t"), 1);
    EXPECT_EQ(scalarInt(reopened, "PRAGMA cipher_page_size"), 1024);
}

TEST_F(SqliteConnectionTest, PlainDatabaseOpenedWithAKeyIsWrongKey)
{
    const QString path = dbPath();
    {
        Connection connection = Connection::open(path, {});
        connection.exec("CREATE TABLE t(x)");
    }
    OpenOptions keyed;
    keyed.key = randomKey();
    const auto error = thrown<WrongKeyError>([&] { (void)Connection::open(path, keyed); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_NOTADB);
}

TEST_F(SqliteConnectionTest, RandomBytesGiveAClearErrorNotACrash)
{
    const QString path = dbPath("garbage.db");
    std::mt19937 generator(20240611u); // fixed seed: reproducible
    std::uniform_int_distribution<int> byteValue(0, 255);
    QByteArray garbage(64 * 1024, '\0');
    for (char &byte : garbage)
        byte = static_cast<char>(byteValue(generator));
    writeFile(path, garbage);

    const auto plain = thrown<WrongKeyError>([&] { (void)Connection::open(path, {}); });
    ASSERT_TRUE(plain);
    EXPECT_EQ(plain->code(), SQLITE_NOTADB);
    const std::string message = plain->what();
    EXPECT_NE(message.find("garbage.db"), std::string::npos) << message;
    EXPECT_NE(message.find("not a database"), std::string::npos) << message;

    OpenOptions keyed;
    keyed.key = randomKey();
    const auto withKey = thrown<WrongKeyError>([&] { (void)Connection::open(path, keyed); });
    ASSERT_TRUE(withKey);
    EXPECT_EQ(withKey->code(), SQLITE_NOTADB);

    EXPECT_EQ(fileBytes(path), garbage);
}

TEST_F(SqliteConnectionTest, DamagedPagesGiveCorruptErrorNotACrash)
{
    const QString path = dbPath("damaged.db");
    qint64 pageSize = 0;
    OpenOptions noWal; // all pages in the main file, none in a WAL
    noWal.walJournal = false;
    {
        Connection connection = Connection::open(path, noWal);
        connection.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, body TEXT)");
        Transaction transaction(connection);
        Statement insert = connection.prepare("INSERT INTO t(body) VALUES (?)");
        for (int i = 0; i < 500; ++i) {
            insert.bind(1, QStringLiteral("row %1 ").arg(i).repeated(10));
            insert.run();
        }
        transaction.commit();
        pageSize = scalarInt(connection, "PRAGMA page_size");
    }
    QByteArray bytes = fileBytes(path);
    ASSERT_GT(bytes.size(), 4 * pageSize);
    // Keep page 1 (header and schema) and overwrite the table's pages.
    for (qsizetype i = static_cast<qsizetype>(pageSize); i < bytes.size(); ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeFile(path, bytes);

    Connection connection = Connection::open(path, noWal);
    const auto error =
        thrown<Error>([&] { (void)scalarInt(connection, "SELECT count(*) FROM t"); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->primaryCode(), SQLITE_CORRUPT) << error->what();
}

} // namespace
