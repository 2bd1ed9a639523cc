// The admin calls need a Qt application (network, event loops) and run without a D-Bus session,
// so that the logins of these tests go through the password-wrapped cache key.
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
