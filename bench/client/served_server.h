#pragma once

// The real medinexus-server, serving an existing data directory on a loopback port the kernel
// picks, as a child process (its pid is needed for its CPU time).

#include <QByteArray>
#include <QProcess>
#include <QString>

namespace medinexus::client::bench {

class ServedServer {
public:
    // Starts `serve` and waits until it announces its port; throws std::runtime_error.
    ServedServer(const QString &serverBinary, const QString &dataDir);
    // Stops it (SIGTERM, then SIGKILL after 30 s).
    ~ServedServer();
    ServedServer(const ServedServer &) = delete;
    ServedServer &operator=(const ServedServer &) = delete;

    [[nodiscard]] quint16 port() const { return port_; }
    [[nodiscard]] qint64 pid() const { return process_.processId(); }
    // SHA-256 of the server's certificate, as a profile pins it after first contact.
    [[nodiscard]] QByteArray certificateFingerprint() const;
    // Graceful stop; returns the exit code (-1 when it had to be killed).
    int stop();

private:
    QString dataDir_;
    QProcess process_;
    quint16 port_ = 0;
};

} // namespace medinexus::client::bench
