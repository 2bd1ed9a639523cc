#include "tests/server/cluster/commit_cutting_proxy.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace medinexus::test {

namespace {

sockaddr_in loopback(std::uint16_t port)
{
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return address;
}

bool sendAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t sent = ::send(fd, data, size, MSG_NOSIGNAL);
        if (sent <= 0)
            return false;
        data += sent;
        size -= static_cast<std::size_t>(sent);
    }
    return true;
}

// A COMMIT statement, in a simple Query or an extended-protocol Parse message alike: the
// text "COMMIT" ending the NUL-terminated query string, not inside another word (BEGIN ...
// READ COMMITTED, sent by every write transaction, must not match).
bool carriesCommit(std::string_view bytes)
{
    constexpr std::string_view statement("COMMIT\0", 7);
    for (std::size_t at = bytes.find(statement); at != std::string_view::npos; at = bytes.find(statement, at + 1)) {
        const char before = at == 0 ? '\0' : bytes[at - 1];
        if (!std::isalnum(static_cast<unsigned char>(before)) && before != ' ' && before != '_')
            return true;
    }
    return false;
}

} // namespace

CommitCuttingProxy::CommitCuttingProxy(std::uint16_t upstreamPort) : upstreamPort_(upstreamPort)
{
    listener_ = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address = loopback(0);
    socklen_t length = sizeof address;
    if (listener_ < 0 || ::bind(listener_, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0
        || ::listen(listener_, 64) != 0 || ::getsockname(listener_, reinterpret_cast<sockaddr *>(&address), &length) != 0
        || ::pipe2(wake_, O_CLOEXEC) != 0) {
        const std::string reason = std::strerror(errno);
        if (listener_ >= 0)
            ::close(listener_);
        throw std::runtime_error("the proxy cannot listen: " + reason);
    }
    port_ = ntohs(address.sin_port);
    thread_ = std::thread([this] { run(); });
}

CommitCuttingProxy::~CommitCuttingProxy()
{
    const char stop = 1;
    (void)!::write(wake_[1], &stop, 1);
    thread_.join();
    for (Pair &pair : pairs_)
        closePair(pair);
    ::close(listener_);
    ::close(wake_[0]);
    ::close(wake_[1]);
}

void CommitCuttingProxy::closePair(Pair &pair)
{
    if (pair.client >= 0)
        ::close(std::exchange(pair.client, -1));
    if (pair.upstream >= 0)
        ::close(std::exchange(pair.upstream, -1));
}

void CommitCuttingProxy::run()
{
    char buffer[65536];
    for (;;) {
        std::vector<pollfd> fds{{wake_[0], POLLIN, 0}, {listener_, POLLIN, 0}};
        for (const Pair &pair : pairs_) {
            fds.push_back({pair.client, POLLIN, 0});  // -1 (ignored by poll) once cut
            fds.push_back({pair.upstream, POLLIN, 0});
        }
        if (::poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (fds[0].revents != 0)
            return;
        const std::size_t polled = pairs_.size();  // an accepted pair waits for the next poll
        if ((fds[1].revents & POLLIN) != 0) {
            const int client = ::accept4(listener_, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                const int upstream = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
                const sockaddr_in target = loopback(upstreamPort_);
                if (upstream >= 0 && ::connect(upstream, reinterpret_cast<const sockaddr *>(&target), sizeof target) == 0) {
                    pairs_.push_back({client, upstream});
                } else {
                    ::close(client);
                    if (upstream >= 0)
                        ::close(upstream);
                }
            }
        }
        for (std::size_t i = 0; i < polled; ++i) {
            Pair &pair = pairs_[i];
            const short fromClient = fds[2 + 2 * i].revents;
            const short fromUpstream = fds[3 + 2 * i].revents;
            if (fromClient != 0 && pair.client >= 0) {  // (a cut pair only drains its upstream)
                const ssize_t got = ::recv(pair.client, buffer, sizeof buffer, 0);
                if (got <= 0 || !sendAll(pair.upstream, buffer, static_cast<std::size_t>(got))) {
                    closePair(pair);
                    continue;
                }
                if (armed_.load() && carriesCommit(std::string_view(buffer, static_cast<std::size_t>(got)))) {
                    armed_ = false;
                    // The server loses its connection now. PostgreSQL gets an orderly end
                    // after the COMMIT (not a reset, which could discard it unread): it
                    // commits, answers into the void (drained below), sees the end, exits.
                    ++cuts_;  // before the server can notice and answer
                    ::shutdown(pair.upstream, SHUT_WR);
                    ::close(std::exchange(pair.client, -1));
                    continue;
                }
            }
            if (fromUpstream != 0 && pair.upstream >= 0) {
                const ssize_t got = ::recv(pair.upstream, buffer, sizeof buffer, 0);
                if (got <= 0 || (pair.client >= 0 && !sendAll(pair.client, buffer, static_cast<std::size_t>(got))))
                    closePair(pair);
            }
        }
        pairs_.erase(std::remove_if(pairs_.begin(), pairs_.end(), [](const Pair &pair) { return pair.client < 0 && pair.upstream < 0; }),
                     pairs_.end());
    }
}

} // namespace medinexus::test
