#pragma once

// A real PostgreSQL 15 for tests: initdb + pg_ctl (from /usr/lib/postgresql/15/bin) in a
// fresh temporary directory, listening on 127.0.0.1 on free ports with `trust` auth for
// loopback, its sockets in its own directory. Optionally a streaming standby
// (pg_basebackup -R, a physical replication slot, synchronous by default) and WAL
// archiving. PostgreSQL refuses to run as root: when the test runs as root, its programs run
// as the system user `postgres` (which owns the directory); otherwise as the current user.
// The superuser of the cluster is always `postgres`.
//
// Everything is stopped (immediate mode) and removed when the object is destroyed, also
// when a test fails. Qt Core only; no test framework. Not thread-safe: use it from one
// thread (the stores under test may be used from many).

#include <QString>
#include <QTemporaryDir>

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

namespace medinexus::test {

// Outside the class so that it can be a default argument of the constructor (GCC).
struct PostgresClusterOptions {
    bool withStandby = false;
    bool synchronousStandby = true;  // synchronous_standby_names = 'FIRST 1 (medinexus_standby)'
    bool archiveWal = false;         // archive_mode=on, into walArchiveDirectory()
};

class PostgresCluster {
public:
    using Options = PostgresClusterOptions;

    // Starts the cluster; throws std::runtime_error with the tail of the log on failure.
    explicit PostgresCluster(Options options = {});
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    int primaryPort() const { return primaryPort_; }
    int standbyPort() const { return standbyPort_; }  // 0 when none

    // host=127.0.0.1 port=<primary> dbname=<database> user=postgres connect_timeout=3
    QString conninfo(const QString &database) const;
    // Both nodes, the writable one chosen by libpq (target_session_attrs=read-write).
    QString multiHostConninfo(const QString &database) const;

    void createDatabase(const QString &name);
    // psql -XAt -v ON_ERROR_STOP=1 -c sql on the primary (or `port`); returns its standard
    // output; throws std::runtime_error (with psql's messages) on failure.
    QString psql(const QString &database, const QString &sql, int port = 0);

    // SIGKILL of the primary's postmaster and all its children; returns once they are gone.
    void killPrimary();
    // pg_ctl promote -w on the standby.
    void promoteStandby();
    // pg_ctl restart -m fast of the primary (same port and data).
    void restartPrimary();

    QString baseDirectory() const;
    QString walArchiveDirectory() const;
    QString primaryDataDirectory() const;
    QString standbyDataDirectory() const;

    static QString binDirectory();

private:
    struct RunResult {
        int exitCode = -1;  // 128 + signal when killed
        std::string out;
        std::string err;
    };
    // Runs a program to completion (as `postgres` when root and asPostgres), bounded by
    // timeoutSeconds (then killed). Throws std::runtime_error when it cannot be started.
    RunResult run(const std::string &program, const std::vector<std::string> &args, bool asPostgres,
                  int timeoutSeconds = 120) const;
    void runOrThrow(const std::string &what, const std::string &program, const std::vector<std::string> &args,
                    const QString &logFile = {});
    void initPrimary();
    void startStandby();
    void appendConfig(const QString &dataDirectory, const QString &text);
    void stopNode(const QString &dataDirectory) noexcept;
    std::string logTail(const QString &logFile) const;

    Options options_;
    QTemporaryDir directory_;
    bool runAsPostgres_ = false;
    uid_t postgresUid_ = 0;
    gid_t postgresGid_ = 0;
    int primaryPort_ = 0;
    int standbyPort_ = 0;
};

} // namespace medinexus::test
