// client_sql_test: a QCoreApplication for Qt SQL, and after the tests a check that this process
// never mapped the system SQLite or Qt's QSQLITE plugin (whatever subset of tests ran).

#include "tests/client/sql/sql_test_support.h"

#include <QtCore/QCoreApplication>

#include <gtest/gtest.h>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    const QStringList mapped = medinexus::client::sql::test::mappedSystemSqlite();
    for (const QString &library : mapped)
        std::fprintf(stderr, "FAILED: this process mapped %s\n", qPrintable(library));
    return mapped.isEmpty() ? result : 1;
}
