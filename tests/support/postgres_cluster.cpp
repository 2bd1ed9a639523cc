#include "tests/support/postgres_cluster.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <grp.h>
#include <netinet/in.h>
#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace medinexus::test {

namespace {

constexpr const char kStandbyName[] = "medinexus_standby";
constexpr const char kSlotName[] = "medinexus_standby_slot";

std::string errnoText(const char *what)
{
    return std::string(what) + ": " + std::strerror(errno);
}

// A loopback port nobody listens on now (PostgreSQL binds it moments later).
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        throw std::runtime_error(errnoText("socket"));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) != 0
        || ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        const std::string message = errnoText("bind");
        ::close(fd);
        throw std::runtime_error(message);
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

std::string str(const QString &text)
{
    return text.toStdString();
}

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// Every process whose parent is `pid` (from /proc).
std::vector<pid_t> childrenOf(pid_t pid)
{
    std::vector<pid_t> children;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isNumber = false;
        const int candidate = entry.toInt(&isNumber);
        if (!isNumber)
            continue;
        std::ifstream stat("/proc/" + entry.toStdString() + "/stat");
        std::string line;
        if (!std::getline(stat, line))
            continue;
        // pid (comm) state ppid ...: comm may hold spaces, so parse after the last ')'.
        const std::size_t close = line.rfind(')');
        if (close == std::string::npos)
            continue;
        char state = 0;
        int parent = 0;
        if (std::sscanf(line.c_str() + close + 1, " %c %d", &state, &parent) == 2 && parent == pid)
            children.push_back(candidate);
    }
    return children;
}

bool alive(pid_t pid)
{
    if (::kill(pid, 0) != 0)
        return errno != ESRCH;
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string line;
    if (!std::getline(stat, line))
        return false;
    const std::size_t close = line.rfind(')');
    return close == std::string::npos || close + 2 >= line.size() || line[close + 2] != 'Z';  // a zombie is gone
}

} // namespace

QString PostgresCluster::binDirectory()
{
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

PostgresCluster::PostgresCluster(Options options) : options_(options)
{
    if (!directory_.isValid())
        throw std::runtime_error("cannot create a temporary directory for PostgreSQL");
    if (::geteuid() == 0) {
        const passwd *account = ::getpwnam("postgres");
        if (account == nullptr)
            throw std::runtime_error("running as root, but there is no `postgres` user to run PostgreSQL as");
        runAsPostgres_ = true;
        postgresUid_ = account->pw_uid;
        postgresGid_ = account->pw_gid;
        if (::chown(QFile::encodeName(directory_.path()).constData(), postgresUid_, postgresGid_) != 0)
            throw std::runtime_error(errnoText("chown of the cluster directory"));
    }
    if (options_.archiveWal) {
        runOrThrow("create the WAL archive", "/bin/mkdir", {"-m", "0700", str(walArchiveDirectory())});
    }
    try {
        initPrimary();
        if (options_.withStandby)
            startStandby();
    } catch (...) {
        stopNode(standbyDataDirectory());
        stopNode(primaryDataDirectory());
        throw;
    }
}

PostgresCluster::~PostgresCluster()
{
    if (standbyPort_ != 0)
        stopNode(standbyDataDirectory());
    stopNode(primaryDataDirectory());
}

QString PostgresCluster::baseDirectory() const
{
    return directory_.path();
}

QString PostgresCluster::walArchiveDirectory() const
{
    return directory_.filePath(QStringLiteral("wal_archive"));
}

QString PostgresCluster::primaryDataDirectory() const
{
    return directory_.filePath(QStringLiteral("primary"));
}

QString PostgresCluster::standbyDataDirectory() const
{
    return directory_.filePath(QStringLiteral("standby"));
}

QString PostgresCluster::conninfo(const QString &database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=postgres connect_timeout=3")
        .arg(primaryPort_)
        .arg(database);
}

QString PostgresCluster::multiHostConninfo(const QString &database) const
{
    return QStringLiteral("host=127.0.0.1,127.0.0.1 port=%1,%2 dbname=%3 user=postgres "
                          "target_session_attrs=read-write connect_timeout=2")
        .arg(primaryPort_)
        .arg(standbyPort_)
        .arg(database);
}

void PostgresCluster::createDatabase(const QString &name)
{
    psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
}

QString PostgresCluster::psql(const QString &database, const QString &sql, int port)
{
    const RunResult result = run(str(binDirectory() + QStringLiteral("/psql")),
                                 {"-X", "-A", "-t", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p",
                                  std::to_string(port == 0 ? primaryPort_ : port), "-U", "postgres", "-d",
                                  str(database), "-c", str(sql)},
                                 false, 60);
    if (result.exitCode != 0)
        throw std::runtime_error("psql failed (exit " + std::to_string(result.exitCode) + "): " + result.err);
    QString out = QString::fromStdString(result.out);
    while (out.endsWith(QLatin1Char('\n')))
        out.chop(1);
    return out;
}

void PostgresCluster::killPrimary()
{
    QFile pidFile(primaryDataDirectory() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        throw std::runtime_error("the primary is not running (no postmaster.pid)");
    const pid_t postmaster = pidFile.readLine().trimmed().toInt();
    pidFile.close();
    if (postmaster <= 0)
        throw std::runtime_error("the primary's postmaster.pid is unreadable");
    std::vector<pid_t> victims = childrenOf(postmaster);
    // The postmaster first: it must not restart its children.
    ::kill(postmaster, SIGKILL);
    for (const pid_t child : victims)
        ::kill(child, SIGKILL);
    victims.push_back(postmaster);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    for (const pid_t victim : victims) {
        while (alive(victim)) {
            if (std::chrono::steady_clock::now() > deadline)
                throw std::runtime_error("the primary's processes did not end after SIGKILL");
            QThread::msleep(20);
        }
    }
}

void PostgresCluster::promoteStandby()
{
    if (standbyPort_ == 0)
        throw std::runtime_error("promoteStandby: the cluster has no standby");
    runOrThrow("promote the standby", str(binDirectory() + QStringLiteral("/pg_ctl")),
               {"-D", str(standbyDataDirectory()), "-w", "-t", "60", "promote"},
               directory_.filePath(QStringLiteral("standby.log")));
}

void PostgresCluster::restartPrimary()
{
    runOrThrow("restart the primary", str(binDirectory() + QStringLiteral("/pg_ctl")),
               {"-D", str(primaryDataDirectory()), "-l", str(directory_.filePath(QStringLiteral("primary.log"))),
                "-w", "-t", "60", "-m", "fast", "restart"},
               directory_.filePath(QStringLiteral("primary.log")));
}

void PostgresCluster::initPrimary()
{
    const QString data = primaryDataDirectory();
    const QString log = directory_.filePath(QStringLiteral("primary.log"));
    runOrThrow("initdb", str(binDirectory() + QStringLiteral("/initdb")),
               {"-D", str(data), "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"});
    primaryPort_ = freePort();
    QString config = QStringLiteral(
                         "\n# medinexus test cluster\n"
                         "listen_addresses = '127.0.0.1'\n"
                         "port = %1\n"
                         "unix_socket_directories = %2\n"
                         "shared_buffers = 16MB\n"
                         "max_connections = 100\n"
                         "fsync = on\n"
                         "synchronous_commit = on\n"
                         "wal_level = replica\n"
                         "max_wal_senders = 10\n"
                         "max_replication_slots = 10\n"
                         "hot_standby = on\n"
                         "wal_log_hints = on\n")
                         .arg(primaryPort_)
                         .arg(quoted(directory_.path()));
    if (options_.withStandby && options_.synchronousStandby)
        config += QStringLiteral("synchronous_standby_names = 'FIRST 1 (%1)'\n").arg(QLatin1String(kStandbyName));
    if (options_.archiveWal) {
        const QString archive = walArchiveDirectory();
        config += QStringLiteral("archive_mode = on\narchive_command = %1\n")
                      .arg(quoted(QStringLiteral("test ! -f %1/%f && cp %p %1/%f").arg(archive)));
    }
    appendConfig(data + QStringLiteral("/postgresql.conf"), config);
    runOrThrow("start the primary", str(binDirectory() + QStringLiteral("/pg_ctl")),
               {"-D", str(data), "-l", str(log), "-w", "-t", "60", "start"}, log);
}

void PostgresCluster::startStandby()
{
    const QString data = standbyDataDirectory();
    const QString log = directory_.filePath(QStringLiteral("standby.log"));
    runOrThrow("pg_basebackup", str(binDirectory() + QStringLiteral("/pg_basebackup")),
               {"-h", "127.0.0.1", "-p", std::to_string(primaryPort_), "-U", "postgres", "-D", str(data), "-R",
                "-X", "stream", "-C", "-S", kSlotName, "-c", "fast", "--no-sync"});
    standbyPort_ = freePort();
    // postgresql.auto.conf (written by -R) overrides postgresql.conf: the standby's own
    // settings go there, after what pg_basebackup wrote. No synchronous standby of its own:
    // once promoted it must accept writes alone.
    appendConfig(data + QStringLiteral("/postgresql.auto.conf"),
                 QStringLiteral("port = %1\n"
                                "primary_conninfo = 'host=127.0.0.1 port=%2 user=postgres application_name=%3'\n"
                                "primary_slot_name = '%4'\n"
                                "synchronous_standby_names = ''\n")
                     .arg(standbyPort_)
                     .arg(primaryPort_)
                     .arg(QLatin1String(kStandbyName))
                     .arg(QLatin1String(kSlotName)));
    runOrThrow("start the standby", str(binDirectory() + QStringLiteral("/pg_ctl")),
               {"-D", str(data), "-l", str(log), "-w", "-t", "60", "start"}, log);

    // Streaming (and, when asked, synchronous) before anyone writes.
    const QString wanted = options_.synchronousStandby ? QStringLiteral("sync") : QStringLiteral("async");
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    for (;;) {
        const QString state = psql(QStringLiteral("postgres"),
                                   QStringLiteral("SELECT state || ' ' || sync_state FROM pg_stat_replication "
                                                  "WHERE application_name = '%1'")
                                       .arg(QLatin1String(kStandbyName)));
        if (state == QStringLiteral("streaming ") + wanted)
            return;
        if (std::chrono::steady_clock::now() > deadline)
            throw std::runtime_error("the standby did not start streaming within 60 s; its log ends with:\n"
                                     + logTail(log));
        QThread::msleep(100);
    }
}

void PostgresCluster::appendConfig(const QString &file, const QString &text)
{
    // Run as the file's owner (postgres) when root: a shell append keeps ownership simple.
    const RunResult result = run("/bin/sh", {"-c", "cat >> \"$0\" <<'MEDINEXUS_EOF'\n" + str(text) + "\nMEDINEXUS_EOF", str(file)},
                                 true, 30);
    if (result.exitCode != 0)
        throw std::runtime_error("cannot append to " + str(file) + ": " + result.err);
}

void PostgresCluster::runOrThrow(const std::string &what, const std::string &program,
                                 const std::vector<std::string> &args, const QString &logFile)
{
    const RunResult result = run(program, args, true);
    if (result.exitCode != 0) {
        std::string message = what + " failed (exit " + std::to_string(result.exitCode) + "): " + result.out + result.err;
        if (!logFile.isEmpty())
            message += "\nthe log ends with:\n" + logTail(logFile);
        throw std::runtime_error(message);
    }
}

void PostgresCluster::stopNode(const QString &dataDirectory) noexcept
{
    if (!QFile::exists(dataDirectory + QStringLiteral("/postmaster.pid")))
        return;
    try {
        const RunResult result = run(str(binDirectory() + QStringLiteral("/pg_ctl")),
                                     {"-D", str(dataDirectory), "-m", "immediate", "-w", "-t", "30", "stop"}, true, 60);
        if (result.exitCode == 0)
            return;
    } catch (const std::exception &) {
        // Fall through to the signal: the node must not outlive the test.
    }
    QFile pidFile(dataDirectory + QStringLiteral("/postmaster.pid"));
    if (pidFile.open(QIODevice::ReadOnly)) {
        const pid_t postmaster = pidFile.readLine().trimmed().toInt();
        if (postmaster > 0 && alive(postmaster)) {
            for (const pid_t child : childrenOf(postmaster))
                ::kill(child, SIGKILL);
            ::kill(postmaster, SIGKILL);
        }
    }
}

std::string PostgresCluster::logTail(const QString &logFile) const
{
    QFile file(logFile);
    if (!file.open(QIODevice::ReadOnly))
        return "(no log)";
    const qint64 size = file.size();
    file.seek(std::max<qint64>(0, size - 4000));
    return file.readAll().toStdString();
}

PostgresCluster::RunResult PostgresCluster::run(const std::string &program, const std::vector<std::string> &args,
                                                bool asPostgres, int timeoutSeconds) const
{
    // Everything the child needs is prepared before fork(): only async-signal-safe calls
    // happen between fork and exec.
    std::vector<std::string> argvStrings;
    argvStrings.push_back(program);
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (std::string &arg : argvStrings)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const bool dropPrivileges = asPostgres && runAsPostgres_;
    const std::string workingDirectory = str(directory_.path());

    int outPipe[2];
    int errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0)
        throw std::runtime_error(errnoText("pipe"));
    if (::pipe2(errPipe, O_CLOEXEC) != 0) {
        ::close(outPipe[0]);
        ::close(outPipe[1]);
        throw std::runtime_error(errnoText("pipe"));
    }
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const pid_t pid = ::fork();
    if (pid < 0) {
        const std::string message = errnoText("fork");
        for (const int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1], devNull})
            ::close(fd);
        throw std::runtime_error(message);
    }
    if (pid == 0) {
        ::dup2(devNull, 0);
        ::dup2(outPipe[1], 1);
        ::dup2(errPipe[1], 2);
        if (dropPrivileges) {
            const gid_t gid = postgresGid_;
            if (::setgroups(1, &gid) != 0 || ::setgid(postgresGid_) != 0 || ::setuid(postgresUid_) != 0)
                ::_exit(126);
        }
        if (::chdir(workingDirectory.c_str()) != 0)
            ::_exit(126);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(outPipe[1]);
    ::close(errPipe[1]);
    ::close(devNull);

    RunResult result;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
    bool outOpen = true;
    bool errOpen = true;
    bool timedOut = false;
    while (outOpen || errOpen) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            timedOut = true;
            ::kill(pid, SIGKILL);
            break;
        }
        pollfd fds[2] = {{outOpen ? outPipe[0] : -1, POLLIN, 0}, {errOpen ? errPipe[0] : -1, POLLIN, 0}};
        const int ready = ::poll(fds, 2, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (ready < 0 && errno != EINTR)
            break;
        char buffer[4096];
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) == 0)
                continue;
            const ssize_t got = ::read(fds[i].fd, buffer, sizeof(buffer));
            if (got > 0)
                (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(got));
            else if (got == 0 || errno != EINTR)
                (i == 0 ? outOpen : errOpen) = false;
        }
    }
    ::close(outPipe[0]);
    ::close(errPipe[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status))
        result.exitCode = WEXITSTATUS(status);
    else if (WIFSIGNALED(status))
        result.exitCode = 128 + WTERMSIG(status);
    if (timedOut)
        result.err += "\n(killed after " + std::to_string(timeoutSeconds) + " s)";
    return result;
}

} // namespace medinexus::test
