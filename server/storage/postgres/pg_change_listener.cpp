#include "server/storage/postgres/pg_change_listener.h"

#include "server/storage/postgres/pg_connection.h"

#include <QLoggingCategory>

#include <libpq-fe.h>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <stdexcept>
#include <string>

namespace medinexus::server {

namespace {

Q_LOGGING_CATEGORY(lcListener, "medinexus.server.store.listener")

constexpr int kFirstBackoffMs = 100;
constexpr int kMaxBackoffMs = 5000;

} // namespace

ChangeListener::ChangeListener(QString conninfo, std::function<void()> onChange)
    : conninfo_(std::move(conninfo)), onChange_(std::move(onChange))
{
    pg::ensureNoPasswordIn(conninfo_);
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0)
        throw std::runtime_error("cannot create the change listener's wake-up pipe: " + std::to_string(errno));
    wakeRead_ = fds[0];
    wakeWrite_ = fds[1];
    thread_ = std::thread([this] { run(); });
}

ChangeListener::~ChangeListener()
{
    stopping_ = true;
    const char byte = 1;
    // Non-blocking: a full pipe already wakes the thread.
    [[maybe_unused]] const ssize_t written = ::write(wakeWrite_, &byte, 1);
    if (thread_.joinable())
        thread_.join();
    ::close(wakeRead_);
    ::close(wakeWrite_);
}

bool ChangeListener::waitForStop(int timeoutMs)
{
    if (stopping_)
        return true;
    pollfd wake{wakeRead_, POLLIN, 0};
    (void)::poll(&wake, 1, timeoutMs);
    return stopping_.load();
}

void ChangeListener::notify() noexcept
{
    try {
        onChange_();
    } catch (const std::exception &e) {
        qCWarning(lcListener, "the change callback failed: %s", e.what());
    }
}

void ChangeListener::run()
{
    int backoffMs = kFirstBackoffMs;
    bool everConnected = false;
    while (!stopping_) {
        std::unique_ptr<pg::Connection> connection;
        try {
            connection = pg::Connection::open(conninfo_);
            connection->execScript("listen", std::string("LISTEN ") + kChannel);
        } catch (const StoreError &e) {
            qCWarning(lcListener, "cannot listen for changes (%s); retrying in %d ms", e.what(), backoffMs);
            if (waitForStop(backoffMs))
                return;
            backoffMs = std::min(backoffMs * 2, kMaxBackoffMs);
            continue;
        }
        if (everConnected)
            qCInfo(lcListener, "listening for changes again");
        everConnected = true;
        backoffMs = kFirstBackoffMs;
        notify();  // whatever was sent while nobody listened

        PGconn *conn = connection->handle();
        const int socket = PQsocket(conn);
        while (!stopping_) {
            pollfd fds[2] = {{socket, POLLIN, 0}, {wakeRead_, POLLIN, 0}};
            const int ready = ::poll(fds, 2, 30'000);
            if (stopping_)
                return;
            if (ready < 0 && errno != EINTR)
                break;
            if (ready <= 0)
                continue;
            if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK)
                break;  // lost: reconnect
            bool any = false;
            while (PGnotify *notification = PQnotifies(conn)) {
                any = true;
                PQfreemem(notification);
            }
            if (any)
                notify();  // a burst counts once
        }
        if (!stopping_)
            qCWarning(lcListener, "lost the database connection that listens for changes; reconnecting");
    }
}

} // namespace medinexus::server
