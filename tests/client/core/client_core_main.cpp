// Tests of the client core need a Qt application (network, timers) and run without a D-Bus
// session, so the cache key goes through the password-wrapped path (the keychain path has its
// own tests under dbus-run-session).
#include <QCoreApplication>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
