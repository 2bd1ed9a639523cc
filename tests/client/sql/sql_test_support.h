#pragma once

// Helpers shared by the SQLCipher driver tests.

#include "shared/security/secret_string.h"

#include <QtCore/QByteArray>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtCore/QStringList>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

#include <gtest/gtest.h>

#include <optional>
#include <utility>

namespace medinexus::client::sql::test {

// 32 random bytes from the system generator.
SecretString randomKey();

// Every regular file (hidden ones too) in `directory`, by file name, with its bytes.
QMap<QString, QByteArray> filesIn(const QString &directory);

QByteArray fileBytes(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

// Shared objects in this process's address space whose path contains one of `needles`.
QStringList mappedLibrariesMatching(const QStringList &needles);
// The system SQLite or Qt's QSQLITE plugin, if mapped: must always be empty.
QStringList mappedSystemSqlite();

// Runs `sql` on `database`; a test failure (with the error) if it fails.
QSqlQuery run(const QSqlDatabase &database, const QString &sql);
// The first column of the first row of `sql`.
QVariant scalar(const QSqlDatabase &database, const QString &sql);

// The exception f() throws, if it is an E; nullopt when it throws nothing.
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

// A temporary directory for the database files; closes the connections a test opened.
class SqlCipherTest : public ::testing::Test {
protected:
    void SetUp() override;
    void TearDown() override;

    [[nodiscard]] QString path(const QString &name = QStringLiteral("cache.db")) const;
    [[nodiscard]] QString directory() const { return dir_.path(); }

    // openEncryptedDatabase() with a name that TearDown() closes.
    QSqlDatabase open(const QString &connectionName, const SecretString &key,
                      const QString &file = QStringLiteral("cache.db"));

private:
    QTemporaryDir dir_;
    QStringList connections_;
};

} // namespace medinexus::client::sql::test
