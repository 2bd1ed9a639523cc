// What reaches the disk: no plaintext in any file, wrong keys and damaged or foreign files
// refused cleanly, and never the system SQLite in the process.

#include "client/core/sql/encrypted_database.h"
#include "shared/storage/sqlite_connection.h"
#include "tests/client/sql/sql_test_support.h"

#include <QtCore/QFile>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlQueryModel>
#include <QtSql/QSqlRecord>

#include <gtest/gtest.h>
#include <sqlite3.h>

namespace medinexus::client::sql::test {
namespace {

using EncryptedFilesTest = SqlCipherTest;

const QStringList kMarkers = {
    QStringLiteral("Aminata Diallo"),
    QStringLiteral("H1TC4D9KHKT"),
    QStringLiteral("paludisme grave"),
    QStringLiteral("Fièvre très élevée"),
};

// Every byte form a marker could take on disk: UTF-8, UTF-16 in both byte orders, Latin-1.
QList<QByteArray> encodings(const QString &marker)
{
    const QByteArray utf16le(reinterpret_cast<const char *>(marker.utf16()),
                             marker.size() * 2);
    QByteArray utf16be = utf16le;
    for (qsizetype i = 0; i + 1 < utf16be.size(); i += 2)
        std::swap(utf16be[i], utf16be[i + 1]);
    return {marker.toUtf8(), utf16le, utf16be, marker.toLatin1()};
}

// "<file>: <marker>" for every marker found in any file of `directory`.
QStringList plaintextFound(const QString &directory)
{
    QStringList found;
    const QMap<QString, QByteArray> files = filesIn(directory);
    for (auto file = files.cbegin(); file != files.cend(); ++file) {
        for (const QString &marker : kMarkers) {
            for (const QByteArray &bytes : encodings(marker)) {
                if (file.value().contains(bytes))
                    found.append(file.key() + QLatin1String(": ") + marker);
            }
        }
    }
    return found;
}

void createPatients(const QSqlDatabase &db, int rows)
{
    run(db, QStringLiteral("CREATE TABLE patient(id INTEGER PRIMARY KEY, name TEXT, mrn TEXT,"
                           " diagnosis TEXT, note BLOB)"));
    // Index pages hold copies of the keys: they must be encrypted too.
    run(db, QStringLiteral("CREATE INDEX patient_name ON patient(name)"));
    QSqlDatabase database = db;
    ASSERT_TRUE(database.transaction());
    QSqlQuery insert(db);
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO patient(name, mrn, diagnosis, note)"
                                              " VALUES (:name, :mrn, :diagnosis, :note)")));
    for (int i = 0; i < rows; ++i) {
        insert.bindValue(QStringLiteral(":name"), kMarkers[0]);
        insert.bindValue(QStringLiteral(":mrn"), kMarkers[1]);
        insert.bindValue(QStringLiteral(":diagnosis"),
                         kMarkers[2] + QLatin1String(", ") + kMarkers[3]);
        // UTF-16 bytes as a BLOB: stored as given, so they must not show either.
        insert.bindValue(QStringLiteral(":note"), encodings(kMarkers[0]).at(1));
        ASSERT_TRUE(insert.exec()) << qPrintable(insert.lastError().text());
    }
    ASSERT_TRUE(database.commit());
}

TEST_F(EncryptedFilesTest, TheScanFindsPlaintextWhereThereIsSome)
{
    // Control for the scans below.
    QByteArray bytes("header ");
    for (const QString &marker : kMarkers) {
        for (const QByteArray &encoded : encodings(marker))
            bytes += encoded + ' ';
    }
    writeFile(path(QStringLiteral("control.txt")), bytes);
    EXPECT_EQ(plaintextFound(directory()).size(), kMarkers.size() * 4);
}

TEST_F(EncryptedFilesTest, NoPlaintextInAnyFileWhileOpenNorAfterCheckpointAndClose)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("plaintext"), key);
    // Keep every commit in the WAL until the explicit checkpoint below.
    run(db, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
    createPatients(db, 400);
    {
        // Sorts and temporary tables: temp_store = MEMORY keeps them off the disk.
        run(db, QStringLiteral("CREATE TEMP TABLE scratch AS SELECT * FROM patient"));
        QSqlQuery sorted(db);
        ASSERT_TRUE(sorted.exec(QStringLiteral(
            "SELECT diagnosis || id FROM scratch ORDER BY diagnosis || id DESC")));
        int rows = 0;
        while (sorted.next())
            ++rows;
        EXPECT_EQ(rows, 400);
    }
    {
        QSqlQuery read(db);
        ASSERT_TRUE(read.exec(QStringLiteral("SELECT name FROM patient WHERE id = 7")));
        ASSERT_TRUE(read.next());
        EXPECT_EQ(read.value(0).toString(), kMarkers[0]);
    }

    const QMap<QString, QByteArray> whileOpen = filesIn(directory());
    ASSERT_TRUE(whileOpen.contains(QStringLiteral("cache.db-wal")));
    EXPECT_GT(whileOpen.value(QStringLiteral("cache.db-wal")).size(), 16 * 1024)
        << "the rows should still be in the WAL";
    EXPECT_TRUE(whileOpen.contains(QStringLiteral("cache.db-shm")));
    EXPECT_EQ(plaintextFound(directory()), QStringList());

    {
        QSqlQuery checkpoint(db);
        ASSERT_TRUE(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        ASSERT_TRUE(checkpoint.next());
        EXPECT_EQ(checkpoint.value(0).toInt(), 0); // not busy: the checkpoint completed
    }
    EXPECT_GT(fileBytes(path()).size(), 16 * 1024);
    EXPECT_EQ(fileBytes(path() + QStringLiteral("-wal")).size(), 0);
    EXPECT_EQ(plaintextFound(directory()), QStringList());

    db = QSqlDatabase();
    closeDatabase(QStringLiteral("plaintext"));
    EXPECT_EQ(filesIn(directory()).keys(), QStringList{QStringLiteral("cache.db")});
    EXPECT_EQ(plaintextFound(directory()), QStringList());

    // And the data is all there.
    QSqlDatabase reopened = open(QStringLiteral("plaintext-again"), key);
    EXPECT_EQ(scalar(reopened, QStringLiteral("SELECT count(*) FROM patient WHERE name = '")
                                   + kMarkers[0] + QLatin1Char('\''))
                  .toLongLong(),
              400);
}

TEST_F(EncryptedFilesTest, AWrongKeyIsRefusedAndChangesNothing)
{
    const SecretString key = randomKey();
    {
        QSqlDatabase db = open(QStringLiteral("right"), key);
        createPatients(db, 50);
    }
    closeDatabase(QStringLiteral("right"));
    const QMap<QString, QByteArray> before = filesIn(directory());
    ASSERT_EQ(before.keys(), QStringList{QStringLiteral("cache.db")});

    const SecretString wrong = randomKey();
    const auto error = thrown<sqlite::WrongKeyError>(
        [&] { (void)openEncryptedDatabase(path(), wrong, QStringLiteral("wrong")); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_NOTADB);
    EXPECT_NE(std::string(error->what()).find("wrong key"), std::string::npos) << error->what();
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("wrong")));
    EXPECT_EQ(filesIn(directory()), before); // nothing created, nothing changed

    QSqlDatabase again = open(QStringLiteral("right-again"), key);
    EXPECT_EQ(scalar(again, QStringLiteral("SELECT count(*) FROM patient")).toLongLong(), 50);
}

class DamagedFileTest : public EncryptedFilesTest {
protected:
    // A closed cache of `rows` patients; returns its bytes.
    QByteArray makeCache(const SecretString &key, int rows)
    {
        {
            QSqlDatabase db = open(QStringLiteral("make"), key);
            createPatients(db, rows);
        }
        closeDatabase(QStringLiteral("make"));
        EXPECT_EQ(filesIn(directory()).keys(), QStringList{QStringLiteral("cache.db")});
        return fileBytes(path());
    }

    static QByteArray overwritten(QByteArray bytes, qsizetype from, qsizetype count)
    {
        for (qsizetype i = from; i < from + count && i < bytes.size(); ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
        return bytes;
    }
};

TEST_F(DamagedFileTest, ADamagedHeaderIsAWrongKeyErrorNotACrash)
{
    const SecretString key = randomKey();
    const QByteArray good = makeCache(key, 200);
    // The salt (first 16 bytes), then the encrypted rest of page 1.
    for (const auto &[from, count] : {std::pair<qsizetype, qsizetype>{0, 16}, {100, 64}}) {
        SCOPED_TRACE(testing::Message() << "bytes " << from << ".." << from + count);
        const QByteArray damaged = overwritten(good, from, count);
        writeFile(path(), damaged);
        const auto error = thrown<sqlite::WrongKeyError>(
            [&] { (void)openEncryptedDatabase(path(), key, QStringLiteral("damaged")); });
        ASSERT_TRUE(error);
        EXPECT_EQ(error->code(), SQLITE_NOTADB);
        EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("damaged")));
        EXPECT_EQ(fileBytes(path()), damaged); // not "repaired" into an empty database
    }
}

TEST_F(DamagedFileTest, ADamagedPageInTheMiddleFailsTheQueryNeverReturnsFewerRows)
{
    const SecretString key = randomKey();
    const QByteArray good = makeCache(key, 1000);
    ASSERT_GT(good.size(), 64 * 1024);
    writeFile(path(), overwritten(good, good.size() / 2, 256));

    QSqlDatabase db = open(QStringLiteral("middle"), key); // page 1 is intact
    QSqlQuery scan(db);
    // Reads every page of the table (and, through the index, of the index).
    const bool ran = scan.exec(QStringLiteral(
        "SELECT count(*), sum(length(diagnosis)) FROM patient"
        " UNION ALL SELECT count(*), 0 FROM patient INDEXED BY patient_name WHERE name > ''"));
    bool failed = !ran;
    while (!failed && scan.next()) {
        // Reaching here means SQLite read the damaged page without noticing: never acceptable.
        ADD_FAILURE() << "read " << scan.value(0).toLongLong() << " rows from a damaged file";
    }
    failed = failed || scan.lastError().isValid();
    ASSERT_TRUE(failed);
    const QSqlError error = scan.lastError();
    EXPECT_EQ(error.type(), QSqlError::StatementError);
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    // SQLCipher 3.4 reports a page that fails its HMAC check as corruption.
    EXPECT_TRUE(primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) << qPrintable(error.text());
}

TEST_F(EncryptedFilesTest, AFileThatIsNotADatabaseIsRefused)
{
    const QByteArray text = QByteArray("Commande de la pharmacie: 40 boites de paracetamol.\n")
                                .repeated(200);
    writeFile(path(), text);
    const SecretString key = randomKey();
    const auto error = thrown<sqlite::WrongKeyError>(
        [&] { (void)openEncryptedDatabase(path(), key, QStringLiteral("text")); });
    ASSERT_TRUE(error);
    EXPECT_EQ(error->code(), SQLITE_NOTADB);
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("text")));
    EXPECT_EQ(filesIn(directory()).keys(), QStringList{QStringLiteral("cache.db")});
    EXPECT_EQ(fileBytes(path()), text);
}

TEST_F(EncryptedFilesTest, TheProcessNeverMapsTheSystemSqlite)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("maps"), key);
    createPatients(db, 20);
    {
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT * FROM patient"), db);
        EXPECT_EQ(model.rowCount(), 20);
    }
    const QStringList drivers = QSqlDatabase::drivers();
    EXPECT_TRUE(drivers.contains(driverName()));
    (void)QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"));
    (void)db.tables();
    (void)db.record(QStringLiteral("patient"));

    EXPECT_FALSE(mappedLibrariesMatching({QStringLiteral("libsqlcipher")}).isEmpty())
        << "the maps scan should see SQLCipher";
    EXPECT_EQ(mappedSystemSqlite(), QStringList());
}

} // namespace
} // namespace medinexus::client::sql::test
