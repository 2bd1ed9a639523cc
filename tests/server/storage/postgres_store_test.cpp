// What only the PostgreSQL store does: refusing secrets in the connection string and
// standbys, reconnecting after the server went away, the audit head row, cross-node
// serialisation of writers and change notifications.

#include "store_test_support.h"

#include "server/audit/audit_chain.h"
#include "shared/ids/uuid.h"

#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace medinexus::server::testing {
namespace {

using PostgresStoreTest = PostgresStoreFixture;

void expectRefusedWithoutLeaking(const QString &conninfo)
{
    try {
        (void)PostgresStore::open(conninfo);
        ADD_FAILURE() << "a connection string with a password was accepted";
    } catch (const StoreError &e) {
        EXPECT_FALSE(e.transient());
        const std::string message = e.what();
        EXPECT_EQ(message.find("s3cret"), std::string::npos) << message;
        EXPECT_NE(message.find("passfile"), std::string::npos) << message;
    }
}

TEST_F(PostgresStoreTest, RefusesAPasswordInTheConnectionString)
{
    expectRefusedWithoutLeaking(conninfo() + QStringLiteral(" password=s3cret"));
    expectRefusedWithoutLeaking(QStringLiteral("postgresql://postgres:s3cret@127.0.0.1:%1/%2")
                                    .arg(cluster().primaryPort())
                                    .arg(databaseName()));
    expectRefusedWithoutLeaking(conninfo() + QStringLiteral(" sslpassword=s3cret"));
    expectRefusedWithoutLeaking(QStringLiteral("postgresql://127.0.0.1:%1/%2?password=s3cret")
                                    .arg(cluster().primaryPort())
                                    .arg(databaseName()));
    try {
        (void)PostgresStore::open(QStringLiteral("host=127.0.0.1 password='s3cret"));  // unparsable
        ADD_FAILURE() << "an unparsable connection string was accepted";
    } catch (const StoreError &e) {
        EXPECT_FALSE(e.transient());
        EXPECT_EQ(std::string(e.what()).find("s3cret"), std::string::npos) << e.what();
    }
}

TEST_F(PostgresStoreTest, AnUnreachableServerIsATransientError)
{
    close();
    try {
        (void)PostgresStore::open(QStringLiteral("host=127.0.0.1 port=1 dbname=x user=postgres connect_timeout=2"));
        ADD_FAILURE() << "connected to nothing";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.transient()) << e.what();
    }
}

TEST_F(PostgresStoreTest, RefusesAStandbyAsNoPrimaryAvailable)
{
    test::PostgresCluster replicated(test::PostgresCluster::Options{true, true, false});
    replicated.createDatabase(QStringLiteral("medinexus"));
    { (void)PostgresStore::open(replicated.conninfo(QStringLiteral("medinexus"))); }
    // A synchronous standby has the WAL on disk when COMMIT returns, but may replay it a
    // moment later: wait (bounded) until the database exists there.
    for (int i = 0; i < 300; ++i) {
        if (replicated.psql(QStringLiteral("postgres"),
                            QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'medinexus'"),
                            replicated.standbyPort())
            == QStringLiteral("1"))
            break;
        QThread::msleep(100);
    }
    const QString standby = QStringLiteral("host=127.0.0.1 port=%1 dbname=medinexus user=postgres connect_timeout=3")
                                .arg(replicated.standbyPort());
    try {
        (void)PostgresStore::open(standby);
        ADD_FAILURE() << "a standby was accepted as the primary";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.transient()) << e.what();
        EXPECT_NE(std::string(e.what()).find("no primary"), std::string::npos) << e.what();
    }
    // With both hosts, libpq finds the primary.
    std::unique_ptr<PostgresStore> both = PostgresStore::open(replicated.multiHostConninfo(QStringLiteral("medinexus")));
    EXPECT_NO_THROW(both->ping());
    EXPECT_TRUE(both->listFacilities().empty());
}

TEST_F(PostgresStoreTest, ReconnectsAfterTheServerRestarted)
{
    // Several pooled connections, all to the server about to restart.
    {
        std::vector<std::thread> readers;
        for (int i = 0; i < 4; ++i)
            readers.emplace_back([&] { (void)store().listFacilities(); });
        for (std::thread &reader : readers)
            reader.join();
    }
    cluster().restartPrimary();

    // A read is retried on a fresh connection.
    const std::optional<Facility> found = store().findFacility(facility_.id);
    ASSERT_TRUE(found);
    EXPECT_EQ(*found, facility_);

    // A write is never retried silently: it may fail once (transiently), then works.
    int transientFailures = 0;
    bool written = false;
    for (int attempt = 0; attempt < 3 && !written; ++attempt) {
        try {
            store().appendAudit(makeAuditEvent(attempt));
            written = true;
        } catch (const StoreError &e) {
            EXPECT_TRUE(e.transient()) << e.what();
            ++transientFailures;
        }
    }
    EXPECT_TRUE(written);
    EXPECT_LE(transientFailures, 1);
    EXPECT_TRUE(store().verifyAudit().ok);
    EXPECT_NO_THROW(store().ping());
}

TEST_F(PostgresStoreTest, TamperingWithTheAuditLogIsDetected)
{
    for (int i = 1; i <= 5; ++i)
        store().appendAudit(makeAuditEvent(i));
    AuditVerification result = store().verifyAudit();
    ASSERT_TRUE(result.ok) << result.problem.toStdString();
    EXPECT_EQ(result.rowsChecked, 5);

    // The superuser can switch the append-only triggers off: the chain still tells.
    rawExec("ALTER TABLE audit_log DISABLE TRIGGER USER");
    rawExec("UPDATE audit_log SET actor_name = 'someone.else' WHERE sequence = 3");
    result = store().verifyAudit();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadSequence, std::make_optional(qint64{3})) << result.problem.toStdString();
    EXPECT_EQ(result.rowsChecked, 2);
    rawExec("UPDATE audit_log SET actor_name = 'aminata.diallo' WHERE sequence = 3");
    ASSERT_TRUE(store().verifyAudit().ok);

    // Cutting rows off the end leaves a valid chain; the head row tells.
    rawExec("DELETE FROM audit_log WHERE sequence = 5");
    EXPECT_TRUE(verifyAuditChain(store()).ok);
    result = store().verifyAudit();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadSequence, std::make_optional(qint64{5})) << result.problem.toStdString();
}

TEST_F(PostgresStoreTest, AConsistentRewriteOfTheLogIsCaughtByTheHeadRow)
{
    for (int i = 1; i <= 5; ++i)
        store().appendAudit(makeAuditEvent(i));
    std::vector<AuditRecord> records;
    store().forEachAuditRecord([&](const AuditRecord &record) {
        records.push_back(record);
        return true;
    });
    ASSERT_EQ(records.size(), 5u);
    records[1].event.actorName = QStringLiteral("someone.else");
    rawExec("ALTER TABLE audit_log DISABLE TRIGGER USER");
    QByteArray previous = auditGenesisHash();
    for (const AuditRecord &record : records) {
        const QByteArray hash = auditRowHash(previous, record.sequence, record.event);
        rawExec(QStringLiteral("UPDATE audit_log SET actor_name = '%1', prev_hash = decode('%2', 'hex'), "
                               "hash = decode('%3', 'hex') WHERE sequence = %4")
                    .arg(record.event.actorName, QString::fromLatin1(previous.toHex()),
                         QString::fromLatin1(hash.toHex()))
                    .arg(record.sequence)
                    .toStdString());
        previous = hash;
    }
    EXPECT_TRUE(verifyAuditChain(store()).ok) << "the forged chain is consistent in itself";
    const AuditVerification result = store().verifyAudit();
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.problem.isEmpty());
}

TEST_F(PostgresStoreTest, RefusesADatabaseWithANewerSchema)
{
    close();
    const int newer = PostgresStore::schemaVersion() + 1;
    rawExec("INSERT INTO schema_version (version, description) VALUES (" + std::to_string(newer) + ", 'future')");
    try {
        (void)PostgresStore::open(conninfo());
        ADD_FAILURE() << "a newer schema was opened";
    } catch (const StoreError &e) {
        EXPECT_FALSE(e.transient());
        EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
    }
    EXPECT_EQ(rawCount("SELECT max(version) FROM schema_version"), newer);
}

TEST_F(PostgresStoreTest, NodesStartingTogetherMigrateOnce)
{
    cluster().createDatabase(databaseName() + QStringLiteral("_fresh"));
    const QString fresh = cluster().conninfo(databaseName() + QStringLiteral("_fresh"));
    std::atomic<int> opened{0};
    std::vector<std::string> failures;
    std::mutex mutex;
    std::vector<std::thread> nodes;
    for (int i = 0; i < 4; ++i) {
        nodes.emplace_back([&] {
            try {
                (void)PostgresStore::open(fresh);
                ++opened;
            } catch (const std::exception &e) {
                const std::lock_guard lock(mutex);
                failures.emplace_back(e.what());
            }
        });
    }
    for (std::thread &node : nodes)
        node.join();
    EXPECT_TRUE(failures.empty()) << failures.front();
    EXPECT_EQ(opened.load(), 4);
    EXPECT_EQ(cluster().psql(databaseName() + QStringLiteral("_fresh"), QStringLiteral("SELECT count(*) FROM schema_version")),
              QString::number(PostgresStore::schemaVersion()));
    cluster().psql(QStringLiteral("postgres"),
                   QStringLiteral("DROP DATABASE \"%1_fresh\" WITH (FORCE)").arg(databaseName()));
}

TEST_F(PostgresStoreTest, WritersOfTwoNodesAreSerialised)
{
    PostgresStore::Options impatient;
    impatient.writerWaitMs = 200;
    std::unique_ptr<PostgresStore> otherNode = PostgresStore::open(conninfo(), impatient);
    auto write = store().beginWrite();
    write->appendAudit(makeAuditEvent(1));
    try {
        otherNode->appendAudit(makeAuditEvent(2));
        ADD_FAILURE() << "a second node's writer got in";
    } catch (const StoreError &e) {
        EXPECT_TRUE(e.transient()) << e.what();
    }
    // Sessions do not take the write lock.
    EXPECT_NO_THROW(otherNode->recordLoginFailure(QStringLiteral("addr:10.0.0.9"), at(0)));
    write->commit();
    EXPECT_NO_THROW(otherNode->appendAudit(makeAuditEvent(2)));
    const AuditVerification result = otherNode->verifyAudit();
    EXPECT_TRUE(result.ok) << result.problem.toStdString();
    EXPECT_EQ(result.rowsChecked, 2);
}

TEST_F(PostgresStoreTest, TheListenerFiresForACommitOfAnotherNode)
{
    std::mutex mutex;
    std::condition_variable changed;
    int calls = 0;
    const auto waitForCalls = [&](int wanted) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(20), [&] { return calls >= wanted; });
    };
    std::unique_ptr<ChangeListener> listener = store().listenForChanges([&] {
        {
            const std::lock_guard lock(mutex);
            ++calls;
        }
        changed.notify_all();
    });
    ASSERT_TRUE(waitForCalls(1)) << "no call once listening";

    std::unique_ptr<PostgresStore> otherNode = PostgresStore::open(conninfo());
    {
        // Audit rows alone do not notify; a logged change does, at COMMIT.
        auto write = otherNode->beginWrite();
        write->logChange(makeAccessChange(newUuidV7(), user_.id, facility_.id), ChangeDisposition::Applied);
        write->commit();
    }
    ASSERT_TRUE(waitForCalls(2)) << "the other node's commit was not notified";
    EXPECT_EQ(store().pull(0, 10, {}).changes.size(), 1u);
    listener.reset();  // stops promptly
}

TEST_F(PostgresStoreTest, TheListenerComesBackAfterTheServerRestarted)
{
    std::mutex mutex;
    std::condition_variable changed;
    int calls = 0;
    const auto waitForCalls = [&](int wanted) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(30), [&] { return calls >= wanted; });
    };
    std::unique_ptr<ChangeListener> listener = store().listenForChanges([&] {
        {
            const std::lock_guard lock(mutex);
            ++calls;
        }
        changed.notify_all();
    });
    ASSERT_TRUE(waitForCalls(1));
    cluster().restartPrimary();
    ASSERT_TRUE(waitForCalls(2)) << "no call after reconnecting";
    int before = 0;
    {
        const std::lock_guard lock(mutex);
        before = calls;
    }
    // The store's own pooled connections died with the server: a write may fail once.
    bool written = false;
    for (int attempt = 0; attempt < 2 && !written; ++attempt) {
        try {
            auto write = store().beginWrite();
            write->logChange(makeAccessChange(newUuidV7(), user_.id, facility_.id), ChangeDisposition::Applied);
            write->commit();
            written = true;
        } catch (const StoreError &e) {
            EXPECT_TRUE(e.transient()) << e.what();
        }
    }
    ASSERT_TRUE(written);
    EXPECT_TRUE(waitForCalls(before + 1)) << "a commit after the restart was not notified";
}

TEST_F(PostgresStoreTest, BackupsAreLeftToPgBasebackup)
{
    try {
        store().backupTo(QStringLiteral("/tmp/never-written.db"));
        ADD_FAILURE() << "backupTo did something";
    } catch (const StoreError &e) {
        EXPECT_FALSE(e.transient());
        EXPECT_NE(std::string(e.what()).find("pg_basebackup"), std::string::npos) << e.what();
    }
}

} // namespace
} // namespace medinexus::server::testing
