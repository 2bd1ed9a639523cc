#include <QCoreApplication>

#include <gtest/gtest.h>

// Qt networking needs a QCoreApplication (event dispatcher, TLS backend plugins).
int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
