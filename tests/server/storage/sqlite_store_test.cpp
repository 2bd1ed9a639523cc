#include "store_test_support.h"

#include "shared/model/amendment_chains.h"

#include "server/audit/audit_chain.h"
#include "shared/ids/uuid.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace medinexus::server::testing {
namespace {

QFileDevice::Permissions ownerOnly()
{
    return QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

QFileDevice::Permissions groupOrOther()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
         | QFileDevice::WriteOther | QFileDevice::ExeOther;
}

using SqliteStoreTest = SqliteStoreFixture;

TEST_F(SqliteStoreTest, OpensInWalModeWithCurrentSchemaAndOwnerOnlyFiles)
{
    sqlite::Connection raw = rawConnection();
    sqlite::Statement mode = raw.prepare("PRAGMA journal_mode");
    ASSERT_TRUE(mode.step());
    EXPECT_EQ(mode.columnText(0), QStringLiteral("wal"));
    EXPECT_EQ(raw.userVersion(), SqliteStore::schemaVersion());
    EXPECT_GE(SqliteStore::schemaVersion(), 1);

    EXPECT_EQ(store().path(), dbPath());
    EXPECT_EQ(store().auditHeadPath(), dbPath() + QStringLiteral(".audit-head"));
    for (const QString &file : {dbPath(), store().auditHeadPath()}) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        EXPECT_EQ(QFile::permissions(file) & groupOrOther(), QFileDevice::Permissions())
            << file.toStdString();
    }
}

TEST_F(SqliteStoreTest, RefusesADatabaseWithANewerSchema)
{
    close();
    const int newer = SqliteStore::schemaVersion() + 1;
    {
        sqlite::Connection raw = rawConnection();
        raw.setUserVersion(newer);
    }
    try {
        (void)SqliteStore::open(dbPath());
        FAIL() << "a newer schema was opened";
    } catch (const StoreError &e) {
        EXPECT_FALSE(e.transient());
        EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    }
    sqlite::Connection raw = rawConnection();
    EXPECT_EQ(raw.userVersion(), newer);  // untouched
}

TEST_F(SqliteStoreTest, RefusesAFileThatIsNotADatabase)
{
    const QString path = filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    EXPECT_THROW((void)SqliteStore::open(path), StoreError);
}

TEST_F(SqliteStoreTest, AWriteThatWaitsTooLongForTheWriterFailsAsTransient)
{
    close();
    SqliteStore::Options options;
    options.writerWaitMs = 100;
    std::unique_ptr<SqliteStore> impatient = SqliteStore::open(dbPath(), options);
    auto write = impatient->beginWrite();
    try {
        impatient->recordLoginFailure(QStringLiteral("addr:10.0.0.9"), at(0));
        FAIL() << "a second writer got in";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.transient());
    }
    write->commit();
    EXPECT_NO_THROW(impatient->recordLoginFailure(QStringLiteral("addr:10.0.0.9"), at(0)));
}

TEST_F(SqliteStoreTest, ADatabaseLockedByAnotherProcessIsATransientError)
{
    close();
    SqliteStore::Options options;
    options.busyTimeoutMs = 50;
    std::unique_ptr<SqliteStore> locked = SqliteStore::open(dbPath(), options);
    sqlite::Connection other = rawConnection();
    other.exec("BEGIN IMMEDIATE");
    try {
        (void)locked->beginWrite();
        FAIL() << "the write lock was taken twice";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.transient()) << e.what();
    }
    // Readers are not blocked by a writer (WAL).
    EXPECT_TRUE(locked->findFacility(facility_.id));
    other.exec("ROLLBACK");
    EXPECT_NO_THROW(locked->beginWrite()->commit());
}

TEST_F(SqliteStoreTest, ABackupIsACompleteVerifiableOwnerOnlyCopy)
{
    const Patient patient = makePatient(facility_.id, QStringLiteral("Awa"), QStringLiteral("Koné"));
    {
        auto write = store().beginWrite();
        write->putPatient(patient, newUuidV7());
        write->logChange(makePatientChange(patient, user_.id), ChangeDisposition::Applied);
        for (int i = 1; i <= 5; ++i)
            write->appendAudit(makeAuditEvent(i));
        write->commit();
    }
    const QString backupPath = filePath(QStringLiteral("backup.db"));
    store().backupTo(backupPath);

    for (const QString &file : {backupPath, backupPath + QStringLiteral(".audit-head")}) {
        ASSERT_TRUE(QFileInfo::exists(file)) << file.toStdString();
        EXPECT_EQ(QFile::permissions(file) & groupOrOther(), QFileDevice::Permissions()) << file.toStdString();
        EXPECT_EQ(QFile::permissions(file) & ownerOnly(), ownerOnly());
    }
    EXPECT_FALSE(QFileInfo::exists(backupPath + QStringLiteral(".partial")));

    std::unique_ptr<SqliteStore> copy = SqliteStore::open(backupPath);
    EXPECT_EQ(copy->findPatient(patient.id), patient);
    EXPECT_EQ(copy->pull(0, 10, {}).changes.size(), 1u);
    const AuditVerification verification = copy->verifyAudit();
    EXPECT_TRUE(verification.ok) << verification.problem.toStdString();
    EXPECT_EQ(verification.rowsChecked, 5);

    // Never overwrites.
    EXPECT_THROW(store().backupTo(backupPath), StoreError);
}

} // namespace
} // namespace medinexus::server::testing
