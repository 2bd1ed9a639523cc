// Random access for QSqlQueryModel, forward-only queries, and connections in two threads.

#include "client/core/sql/encrypted_database.h"
#include "tests/client/sql/sql_test_support.h"

#include <QtCore/QMetaObject>
#include <QtCore/QObject>
#include <QtCore/QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlQueryModel>
#include <QtSql/QSqlRecord>

#include <gtest/gtest.h>

namespace medinexus::client::sql::test {
namespace {

using QueryModelTest = SqlCipherTest;

void fillItems(const QSqlDatabase &db, int count)
{
    run(db, QStringLiteral("CREATE TABLE item(id INTEGER PRIMARY KEY, label TEXT NOT NULL)"));
    QSqlDatabase database = db;
    ASSERT_TRUE(database.transaction());
    QSqlQuery insert(db);
    ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO item(id, label) VALUES (?, ?)")));
    for (int i = 0; i < count; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("item %1").arg(i));
        ASSERT_TRUE(insert.exec()) << qPrintable(insert.lastError().text());
    }
    ASSERT_TRUE(database.commit());
}

TEST_F(QueryModelTest, ModelOverAThousandRowsSeeksBothWays)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("model"), key);
    fillItems(db, 1000);
    {
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT id, label FROM item ORDER BY id"), db);
        ASSERT_FALSE(model.lastError().isValid()) << qPrintable(model.lastError().text());
        ASSERT_EQ(model.columnCount(), 2);
        EXPECT_EQ(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("label"));
        EXPECT_EQ(model.record().fieldName(0), QStringLiteral("id"));
        // No QuerySize: the model fetches in batches.
        EXPECT_LT(model.rowCount(), 1000);
        EXPECT_TRUE(model.canFetchMore());
        while (model.canFetchMore())
            model.fetchMore();
        EXPECT_EQ(model.rowCount(), 1000);

        EXPECT_EQ(model.data(model.index(900, 1)).toString(), QStringLiteral("item 900"));
        EXPECT_EQ(model.data(model.index(5, 1)).toString(), QStringLiteral("item 5")); // back
        EXPECT_EQ(model.data(model.index(999, 0)).toLongLong(), 999);
        EXPECT_EQ(model.data(model.index(0, 1)).toString(), QStringLiteral("item 0"));
        EXPECT_EQ(model.data(model.index(6, 1)).toString(), QStringLiteral("item 6"));
        EXPECT_FALSE(model.data(model.index(1000, 1)).isValid());
        EXPECT_FALSE(model.lastError().isValid()) << qPrintable(model.lastError().text());
    }

    // The same moves on a plain query: last(), first(), seek() and previous().
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT id FROM item ORDER BY id")));
    ASSERT_TRUE(query.last());
    EXPECT_EQ(query.at(), 999);
    EXPECT_EQ(query.value(0).toLongLong(), 999);
    ASSERT_TRUE(query.previous());
    EXPECT_EQ(query.value(0).toLongLong(), 998);
    ASSERT_TRUE(query.first());
    EXPECT_EQ(query.value(0).toLongLong(), 0);
    ASSERT_TRUE(query.seek(500));
    EXPECT_EQ(query.value(0).toLongLong(), 500);
    ASSERT_TRUE(query.seek(-10, true));
    EXPECT_EQ(query.value(0).toLongLong(), 490);
    EXPECT_FALSE(query.seek(1000));
    ASSERT_TRUE(query.seek(3));
    EXPECT_EQ(query.value(0).toLongLong(), 3);
}

TEST_F(QueryModelTest, ForwardOnlyQueriesNeverGoBack)
{
    const SecretString key = randomKey();
    QSqlDatabase db = open(QStringLiteral("forward"), key);
    fillItems(db, 10);

    QSqlQuery query(db);
    query.setForwardOnly(true);
    ASSERT_TRUE(query.exec(QStringLiteral("SELECT id FROM item ORDER BY id")));
    EXPECT_TRUE(query.isForwardOnly());
    for (int i = 0; i < 3; ++i) {
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toLongLong(), i);
    }
    EXPECT_FALSE(query.previous());
    EXPECT_FALSE(query.seek(0));
    EXPECT_FALSE(query.last());

    // A fresh forward-only run reads every row once, then stops.
    QSqlQuery again(db);
    again.setForwardOnly(true);
    ASSERT_TRUE(again.exec(QStringLiteral("SELECT id FROM item ORDER BY id")));
    int rows = 0;
    while (again.next())
        ++rows;
    EXPECT_EQ(rows, 10);
    EXPECT_FALSE(again.next());
    EXPECT_FALSE(again.lastError().isValid()) << qPrintable(again.lastError().text());
}

TEST_F(QueryModelTest, FinishedQueriesReleaseTheirSnapshot)
{
    const SecretString key = randomKey();
    QSqlDatabase reader = open(QStringLiteral("snapshot-reader"), key);
    fillItems(reader, 10);
    QSqlDatabase writer = open(QStringLiteral("snapshot-writer"), key);

    QSqlQuery pending(reader);
    ASSERT_TRUE(pending.exec(QStringLiteral("SELECT id FROM item")));
    ASSERT_TRUE(pending.next()); // a statement mid-way holds the reader's snapshot
    run(writer, QStringLiteral("INSERT INTO item(label) VALUES ('new')"));
    EXPECT_EQ(scalar(reader, QStringLiteral("SELECT count(*) FROM item")).toLongLong(), 10);
    pending.finish();
    // Only now, with no statement pinning the old snapshot, the reader sees the commit.
    EXPECT_EQ(scalar(reader, QStringLiteral("SELECT count(*) FROM item")).toLongLong(), 11);
}

// Runs functions on its own thread, one at a time, waiting for each.
class Worker {
public:
    Worker()
    {
        context_.moveToThread(&thread_);
        thread_.start();
    }
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;
    ~Worker()
    {
        thread_.quit();
        thread_.wait();
    }

    template <typename F>
    auto call(F function)
    {
        decltype(function()) result{};
        const bool invoked = QMetaObject::invokeMethod(&context_, std::move(function),
                                                       Qt::BlockingQueuedConnection, &result);
        EXPECT_TRUE(invoked);
        return result;
    }

private:
    QThread thread_;
    QObject context_;
};

TEST_F(QueryModelTest, AReaderInAnotherThreadSeesCommittedWrites)
{
    const SecretString key = randomKey();
    QSqlDatabase writer = open(QStringLiteral("thread-writer"), key);
    fillItems(writer, 100);

    Worker worker;
    const QString file = path();
    const auto readerCount = [&] {
        return worker.call([] {
            const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("thread-reader"), false);
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("SELECT count(*) FROM item")) || !query.next())
                return qint64{-1};
            return query.value(0).toLongLong();
        });
    };

    const bool opened = worker.call([&] {
        try {
            const QSqlDatabase db =
                openEncryptedDatabase(file, key, QStringLiteral("thread-reader"));
            return db.isOpen();
        } catch (const std::exception &e) {
            ADD_FAILURE() << e.what();
            return false;
        }
    });
    ASSERT_TRUE(opened);
    EXPECT_EQ(readerCount(), 100);

    ASSERT_TRUE(writer.transaction());
    run(writer, QStringLiteral("INSERT INTO item(label) VALUES ('uncommitted')"));
    EXPECT_EQ(readerCount(), 100); // WAL: not blocked, and nothing uncommitted shows
    ASSERT_TRUE(writer.commit());
    EXPECT_EQ(readerCount(), 101);

    run(writer, QStringLiteral("DELETE FROM item WHERE id < 50"));
    EXPECT_EQ(readerCount(), 51);

    // The reader writes too; the writer sees it.
    const bool wrote = worker.call([] {
        const QSqlDatabase db = QSqlDatabase::database(QStringLiteral("thread-reader"), false);
        QSqlQuery query(db);
        return query.exec(QStringLiteral("INSERT INTO item(label) VALUES ('from the reader')"));
    });
    EXPECT_TRUE(wrote);
    EXPECT_EQ(scalar(writer, QStringLiteral("SELECT count(*) FROM item")).toLongLong(), 52);

    worker.call([] {
        closeDatabase(QStringLiteral("thread-reader"));
        return true;
    });
    EXPECT_FALSE(QSqlDatabase::contains(QStringLiteral("thread-reader")));
}

} // namespace
} // namespace medinexus::client::sql::test
