#include "tests/client/sql/sql_test_support.h"

#include "client/core/sql/encrypted_database.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlError>

#include <fstream>
#include <string>

namespace medinexus::client::sql::test {

SecretString randomKey()
{
    QByteArray bytes(32, '\0');
    for (char &byte : bytes)
        byte = static_cast<char>(QRandomGenerator::system()->bounded(256));
    return SecretString(std::move(bytes));
}

QMap<QString, QByteArray> filesIn(const QString &directory)
{
    QMap<QString, QByteArray> files;
    const QDir dir(directory);
    const QStringList names =
        dir.entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : names)
        files.insert(name, fileBytes(dir.filePath(name)));
    return files;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << qPrintable(path);
        return {};
    }
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << qPrintable(path);
    ASSERT_EQ(file.write(bytes), bytes.size());
}

QStringList mappedLibrariesMatching(const QStringList &needles)
{
    // /proc files report size 0, so read them line by line rather than by size.
    std::ifstream maps("/proc/self/maps");
    EXPECT_TRUE(maps.is_open()) << "cannot read /proc/self/maps";
    QStringList found;
    std::string line;
    while (std::getline(maps, line)) {
        const QString text = QString::fromStdString(line);
        for (const QString &needle : needles) {
            if (text.contains(needle) && !found.contains(text.section(QLatin1Char(' '), -1)))
                found.append(text.section(QLatin1Char(' '), -1));
        }
    }
    return found;
}

QStringList mappedSystemSqlite()
{
    return mappedLibrariesMatching({QStringLiteral("libqsqlite"), QStringLiteral("libsqlite3.so")});
}

QSqlQuery run(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query(database);
    EXPECT_TRUE(query.exec(sql)) << qPrintable(sql) << ": " << qPrintable(query.lastError().text());
    return query;
}

QVariant scalar(const QSqlDatabase &database, const QString &sql)
{
    QSqlQuery query = run(database, sql);
    EXPECT_TRUE(query.next()) << qPrintable(sql) << ": no row";
    return query.value(0);
}

void SqlCipherTest::SetUp()
{
    ASSERT_TRUE(dir_.isValid());
}

void SqlCipherTest::TearDown()
{
    for (const QString &name : std::as_const(connections_))
        closeDatabase(name);
    for (const QString &name : std::as_const(connections_))
        EXPECT_FALSE(QSqlDatabase::contains(name)) << qPrintable(name);
}

QString SqlCipherTest::path(const QString &name) const
{
    return dir_.filePath(name);
}

QSqlDatabase SqlCipherTest::open(const QString &connectionName, const SecretString &key,
                                 const QString &file)
{
    QSqlDatabase database = openEncryptedDatabase(path(file), key, connectionName);
    connections_.append(connectionName);
    return database;
}

} // namespace medinexus::client::sql::test
