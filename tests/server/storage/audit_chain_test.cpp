#include "store_test_support.h"

#include "server/audit/audit_chain.h"

#include <QCryptographicHash>
#include <QFile>

namespace medinexus::server::testing {
namespace {

// --- the hash --------------------------------------------------------------------------------------

AuditEvent failedLogin()
{
    AuditEvent event;
    event.at = at(0);
    event.actorName = QStringLiteral("unknown.user");
    event.action = QStringLiteral("auth.login");
    event.peer = QStringLiteral("10.0.0.7");
    event.outcome = QStringLiteral("failed");
    event.details = QJsonObject{{QStringLiteral("reason"), QStringLiteral("bad_password")}};
    return event;
}

TEST(AuditHash, CoversTheCanonicalFormOfEveryField)
{
    EXPECT_EQ(auditCanonicalForm(1, failedLogin()),
              QByteArray(R"({"action":"auth.login","actorId":null,"actorName":"unknown.user",)"
                         R"("at":"2024-03-01T08:00:00.000Z","details":{"reason":"bad_password"},)"
                         R"("objectId":"","objectType":"","outcome":"failed","peer":"10.0.0.7","sequence":1})"));
    AuditEvent withActor = failedLogin();
    withActor.actorId = QUuid::fromString(QStringLiteral("{018E0000-0000-7000-8000-0000000000AB}"));
    EXPECT_TRUE(auditCanonicalForm(7, withActor).contains(R"("actorId":"018e0000-0000-7000-8000-0000000000ab")"));
    EXPECT_TRUE(auditCanonicalForm(7, withActor).endsWith(R"("sequence":7})"));
}

TEST(AuditHash, IsSha256OverThePreviousHashAndTheCanonicalForm)
{
    const QByteArray previous(32, '\x5a');
    QCryptographicHash expected(QCryptographicHash::Sha256);
    expected.addData(previous);
    expected.addData(auditCanonicalForm(9, failedLogin()));
    EXPECT_EQ(auditRowHash(previous, 9, failedLogin()), expected.result());
    EXPECT_EQ(auditRowHash(previous, 9, failedLogin()).size(), kAuditHashSize);
    EXPECT_EQ(auditGenesisHash(), QByteArray(32, '\0'));

    // Every field, the sequence and the previous hash matter.
    const QByteArray base = auditRowHash(previous, 9, failedLogin());
    EXPECT_NE(auditRowHash(auditGenesisHash(), 9, failedLogin()), base);
    EXPECT_NE(auditRowHash(previous, 10, failedLogin()), base);
    AuditEvent changed = failedLogin();
    changed.at = at(1);
    EXPECT_NE(auditRowHash(previous, 9, changed), base);
    changed = failedLogin();
    changed.outcome = QStringLiteral("ok");
    EXPECT_NE(auditRowHash(previous, 9, changed), base);
    changed = failedLogin();
    changed.details.insert(QStringLiteral("attempt"), 2);
    EXPECT_NE(auditRowHash(previous, 9, changed), base);
}

TEST(AuditHash, RefusesAnEventWithoutCanonicalForm)
{
    AuditEvent event = failedLogin();
    event.actorName = QString(QChar(0xD800));  // an unpaired surrogate
    EXPECT_THROW((void)auditCanonicalForm(1, event), std::invalid_argument);
}

// --- the head file -------------------------------------------------------------------------------

class AuditHeadFileTest : public ::testing::Test {
protected:
    QString path() const { return dir_.filePath(QStringLiteral("x.db.audit-head")); }
    QByteArray contents() const
    {
        QFile file(path());
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    }
    void write(const QByteArray &bytes) const
    {
        QFile file(path());
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    QTemporaryDir dir_;
};

TEST_F(AuditHeadFileTest, AppendsReadableLinesToAnOwnerOnlyFile)
{
    AuditHeadFile head(path());
    EXPECT_EQ(AuditHeadFile::pathForDatabase(QStringLiteral("/data/x.db")), QStringLiteral("/data/x.db.audit-head"));
    EXPECT_FALSE(head.exists());
    EXPECT_TRUE(head.readAll().empty());
    EXPECT_FALSE(head.lastLine());

    const QByteArray h1(32, '\x01');
    const QByteArray h2(32, '\xfe');
    head.append(1, h1);
    head.append({{2, h2}, {3, h1}});
    EXPECT_TRUE(head.exists());
    EXPECT_EQ(QFile::permissions(path()) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());
    EXPECT_TRUE(contents().startsWith("1 0101010101010101010101010101010101010101010101010101010101010101\n2 fefe"));
    const auto lines = head.readAll();
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], std::make_pair(qint64{1}, h1));
    EXPECT_EQ(lines[1], std::make_pair(qint64{2}, h2));
    EXPECT_EQ(lines[2], std::make_pair(qint64{3}, h1));
    EXPECT_EQ(head.lastLine(), std::make_optional(std::make_pair(qint64{3}, h1)));

    EXPECT_THROW(head.append(4, QByteArray(31, 'x')), std::invalid_argument);
    EXPECT_THROW(head.append(0, h1), std::invalid_argument);
}

TEST_F(AuditHeadFileTest, RefusesMalformedLines)
{
    const QByteArray hex(64, 'a');
    for (const QByteArray &bad : {QByteArray("1 ") + hex.left(63) + "\n", QByteArray("x ") + hex + "\n",
                                  QByteArray("01 ") + hex + "\n", QByteArray("1 ") + hex.toUpper() + "\n",
                                  QByteArray("1  ") + hex + "\n", QByteArray("-1 ") + hex + "\n"}) {
        write(bad);
        EXPECT_THROW((void)AuditHeadFile(path()).readAll(), StoreError) << bad.constData();
        EXPECT_THROW((void)AuditHeadFile(path()).lastLine(), StoreError) << bad.constData();
    }
}

TEST_F(AuditHeadFileTest, CutsAnInterruptedLastLine)
{
    AuditHeadFile head(path());
    head.append(1, QByteArray(32, '\x01'));
    const QByteArray good = contents();
    EXPECT_FALSE(head.dropTornTail());
    write(good + "2 0a0b0c");
    EXPECT_THROW((void)head.readAll(), StoreError);
    EXPECT_TRUE(head.dropTornTail());
    EXPECT_EQ(contents(), good);
    EXPECT_EQ(head.readAll().size(), 1u);
    // A file holding nothing but a torn line becomes empty.
    write("1 0a0b");
    EXPECT_TRUE(head.dropTornTail());
    EXPECT_TRUE(head.readAll().empty());
}

TEST_F(AuditHeadFileTest, CopiesAPrefixToANewFile)
{
    AuditHeadFile head(path());
    head.append({{1, QByteArray(32, '\x01')}, {2, QByteArray(32, '\x02')}, {3, QByteArray(32, '\x03')}});
    const QString copyPath = dir_.filePath(QStringLiteral("copy.audit-head"));
    head.copyPrefixTo(copyPath, 2);
    const auto copied = AuditHeadFile(copyPath).readAll();
    ASSERT_EQ(copied.size(), 2u);
    EXPECT_EQ(copied[1].first, 2);
    EXPECT_THROW(head.copyPrefixTo(copyPath, 3), StoreError);  // never overwrites
}

TEST_F(AuditHeadFileTest, AReaderStopsAtTheSizeItWasGiven)
{
    AuditHeadFile head(path());
    head.append(1, QByteArray(32, '\x01'));
    const qint64 size = head.size();
    EXPECT_EQ(size, 2 + 64 + 1);
    head.append(2, QByteArray(32, '\x02'));  // after the reader's point
    AuditHeadFile::Reader reader(head, size);
    const auto first = reader.next();
    ASSERT_TRUE(first);
    EXPECT_EQ(first->first, 1);
    EXPECT_FALSE(reader.next());
    AuditHeadFile::Reader everything(head);
    EXPECT_TRUE(everything.next());
    EXPECT_TRUE(everything.next());
    EXPECT_FALSE(everything.next());
}

// --- verification ------------------------------------------------------------------------------------

class AuditVerificationTest : public SqliteStoreFixture {
protected:
    static constexpr int kRows = 500;

    void SetUp() override
    {
        SqliteStoreFixture::SetUp();
        int n = 0;
        for (int batch = 0; batch < 5; ++batch) {
            auto write = store().beginWrite();
            for (int i = 0; i < kRows / 5 - 1; ++i)
                write->appendAudit(makeAuditEvent(++n));
            write->commit();
            store().appendAudit(makeAuditEvent(++n));
        }
        ASSERT_EQ(n, kRows);
    }

    AuditVerification verifyChain() { return verifyAuditChain(store()); }
    AuditVerification verifyWithHead()
    {
        return verifyAuditChain(store(), AuditHeadFile(store().auditHeadPath()));
    }

    // A raw connection without the append-only triggers: what somebody with access to the
    // file can do.
    sqlite::Connection tamperer()
    {
        sqlite::Connection raw = rawConnection();
        raw.exec("DROP TRIGGER IF EXISTS audit_log_no_update; DROP TRIGGER IF EXISTS audit_log_no_delete");
        return raw;
    }

    static void expectBadAt(const AuditVerification &result, qint64 sequence)
    {
        EXPECT_FALSE(result.ok);
        EXPECT_EQ(result.firstBadSequence, std::make_optional(sequence)) << result.problem.toStdString();
        EXPECT_EQ(result.rowsChecked, sequence - 1);
        EXPECT_FALSE(result.problem.isEmpty());
    }
};

TEST_F(AuditVerificationTest, AnIntactLogVerifies)
{
    for (const AuditVerification &result : {verifyChain(), verifyWithHead(), store().verifyAudit()}) {
        EXPECT_TRUE(result.ok) << result.problem.toStdString();
        EXPECT_EQ(result.rowsChecked, kRows);
        EXPECT_FALSE(result.firstBadSequence);
        EXPECT_TRUE(result.problem.isEmpty());
    }
    EXPECT_EQ(AuditHeadFile(store().auditHeadPath()).readAll().size(), static_cast<std::size_t>(kRows));
}

TEST_F(AuditVerificationTest, AnEditedFieldIsFoundAtItsRow)
{
    sqlite::Connection raw = tamperer();
    raw.exec("UPDATE audit_log SET actor_name = 'someone.else' WHERE sequence = 137");
    expectBadAt(verifyChain(), 137);
    expectBadAt(verifyWithHead(), 137);
    expectBadAt(store().verifyAudit(), 137);
}

TEST_F(AuditVerificationTest, AnEditedTimeOrDetailIsFound)
{
    sqlite::Connection raw = tamperer();
    raw.exec("UPDATE audit_log SET details = '{\"n\":999}' WHERE sequence = 300");
    expectBadAt(verifyChain(), 300);
    raw.exec("UPDATE audit_log SET at = '2024-03-01T08:00:00.001Z' WHERE sequence = 20");
    expectBadAt(verifyChain(), 20);
}

TEST_F(AuditVerificationTest, AnUnreadableRowIsFoundAtItsRow)
{
    sqlite::Connection raw = tamperer();
    raw.exec("UPDATE audit_log SET at = 'yesterday' WHERE sequence = 42");
    expectBadAt(verifyChain(), 42);
    expectBadAt(store().verifyAudit(), 42);
}

TEST_F(AuditVerificationTest, ADeletedRowIsFound)
{
    sqlite::Connection raw = tamperer();
    raw.exec("DELETE FROM audit_log WHERE sequence = 250");
    expectBadAt(verifyChain(), 250);
    expectBadAt(verifyWithHead(), 250);
}

TEST_F(AuditVerificationTest, SwappedRowsAreFoundAtTheFirst)
{
    sqlite::Connection raw = tamperer();
    raw.exec(R"sql(
        CREATE TEMP TABLE swapped AS SELECT * FROM audit_log WHERE sequence IN (100, 300);
        UPDATE audit_log SET
            at          = (SELECT at FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            actor_id    = (SELECT actor_id FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            actor_name  = (SELECT actor_name FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            action      = (SELECT action FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            object_type = (SELECT object_type FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            object_id   = (SELECT object_id FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            peer        = (SELECT peer FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            outcome     = (SELECT outcome FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            details     = (SELECT details FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            prev_hash   = (SELECT prev_hash FROM swapped s WHERE s.sequence = 400 - audit_log.sequence),
            hash        = (SELECT hash FROM swapped s WHERE s.sequence = 400 - audit_log.sequence)
        WHERE sequence IN (100, 300);
    )sql");
    expectBadAt(verifyChain(), 100);
    expectBadAt(verifyWithHead(), 100);
}

TEST_F(AuditVerificationTest, AConsistentRewriteOfTheWholeTableIsCaughtByTheHeadFile)
{
    std::vector<AuditRecord> records;
    store().forEachAuditRecord([&](const AuditRecord &record) {
        records.push_back(record);
        return true;
    });
    ASSERT_EQ(records.size(), static_cast<std::size_t>(kRows));
    records[41].event.actorName = QStringLiteral("someone.else");  // row 42

    sqlite::Connection raw = tamperer();
    raw.exec("BEGIN");
    sqlite::Statement update =
        raw.prepare("UPDATE audit_log SET actor_name = ?1, prev_hash = ?2, hash = ?3 WHERE sequence = ?4");
    QByteArray previous = auditGenesisHash();
    for (const AuditRecord &record : records) {
        const QByteArray hash = auditRowHash(previous, record.sequence, record.event);
        update.bind(1, record.event.actorName).bind(2, previous).bind(3, hash).bind(4, record.sequence);
        update.run();
        previous = hash;
    }
    raw.exec("COMMIT");

    const AuditVerification chainOnly = verifyChain();
    EXPECT_TRUE(chainOnly.ok) << "the forged chain is consistent in itself";
    expectBadAt(verifyWithHead(), 42);
    expectBadAt(store().verifyAudit(), 42);
}

TEST_F(AuditVerificationTest, ATruncationIsCaughtByTheHeadFile)
{
    sqlite::Connection raw = tamperer();
    raw.exec("DELETE FROM audit_log WHERE sequence > 400");
    EXPECT_TRUE(verifyChain().ok);
    const AuditVerification result = verifyWithHead();
    EXPECT_FALSE(result.ok);
    EXPECT_EQ(result.firstBadSequence, std::make_optional(qint64{401})) << result.problem.toStdString();
    EXPECT_EQ(result.rowsChecked, 400);
    EXPECT_FALSE(store().verifyAudit().ok);
}

TEST_F(AuditVerificationTest, AnEditedOrShortenedHeadFileIsReported)
{
    const QString headPath = store().auditHeadPath();
    QFile file(headPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    lines.removeAt(10);  // the line of row 11
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(lines.join('\n'));
    file.close();
    const AuditVerification result = verifyWithHead();
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.problem.isEmpty());
}

TEST_F(AuditVerificationTest, AMissingHeadFileIsNotRebuiltFromTheTable)
{
    close();
    ASSERT_TRUE(QFile::remove(dbPath() + QStringLiteral(".audit-head")));
    reopen();
    EXPECT_FALSE(store().verifyAudit().ok);
    store().appendAudit(makeAuditEvent(kRows + 1));
    const AuditVerification result = store().verifyAudit();
    EXPECT_FALSE(result.ok);
    EXPECT_FALSE(result.problem.isEmpty());
}

TEST_F(AuditVerificationTest, ACrashBetweenCommitAndHeadAppendIsRepairedAtOpen)
{
    close();
    // What a stop right after COMMIT leaves: two chained rows the head file lacks, and a
    // half-written line.
    {
        std::unique_ptr<SqliteStore> reader = SqliteStore::open(dbPath());
        std::vector<AuditRecord> records;
        reader->forEachAuditRecord([&](const AuditRecord &record) {
            records.push_back(record);
            return true;
        });
        reader.reset();
        sqlite::Connection raw = rawConnection();
        sqlite::Statement insert = raw.prepare(
            "INSERT INTO audit_log (sequence, at, actor_id, actor_name, action, object_type, object_id, "
            "peer, outcome, details, prev_hash, hash) VALUES (?1, ?2, NULL, ?3, ?4, '', '', ?5, ?6, '{}', ?7, ?8)");
        QByteArray previous = records.back().hash;
        for (qint64 sequence = kRows + 1; sequence <= kRows + 2; ++sequence) {
            AuditEvent event = failedLogin();
            event.details = QJsonObject();
            const QByteArray hash = auditRowHash(previous, sequence, event);
            insert.bind(1, sequence)
                .bind(2, QStringLiteral("2024-03-01T08:00:00.000Z"))
                .bind(3, event.actorName)
                .bind(4, event.action)
                .bind(5, event.peer)
                .bind(6, event.outcome)
                .bind(7, previous)
                .bind(8, hash);
            insert.run();
            previous = hash;
        }
        QFile head(dbPath() + QStringLiteral(".audit-head"));
        ASSERT_TRUE(head.open(QIODevice::Append));
        head.write("501 3fa4");
    }
    reopen();
    const AuditVerification result = store().verifyAudit();
    EXPECT_TRUE(result.ok) << result.problem.toStdString();
    EXPECT_EQ(result.rowsChecked, kRows + 2);
}

} // namespace
} // namespace medinexus::server::testing
