#pragma once

// The real `medinexus-server` binary, run as a child process by tests (server integration
// tests today, client tests later): a temporary data directory, `init` or `demo`, `serve` on a
// free loopback port, a graceful stop by SIGTERM (SIGKILL after a timeout), a crash by SIGKILL,
// a restart on the same data directory, and the other verbs (backup, restore, audit verify,
// user, facility) with their exit code and output.
//
// POSIX only (fork/exec, signals). Every wait is bounded; nothing here retries forever.
//
// Child processes get PR_SET_PDEATHSIG(SIGKILL): a test process that dies (crash, ctest
// timeout) takes its servers with it instead of leaving them bound to a port. Linux sends that
// signal when the *thread* that started the child ends, so start long-lived servers from the
// test's main thread (short CLI verbs may be run from any thread: the call waits for them).

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace medinexus::test {

using namespace std::chrono_literals;

/// What a finished process did. exitCode: its exit status, or 128 + the signal number when a
/// signal ended it (-1 when it did not end within the timeout and had to be killed).
struct ProcessResult {
    int exitCode = -1;
    bool timedOut = false;
    std::string out;
    std::string err;

    /// "exit code N; stdout: ...; stderr: ..." for assertion messages.
    [[nodiscard]] std::string describe() const;
};

/// Runs `program args...` to completion with `stdinText` on its standard input (then EOF).
/// A process still running after `timeout` is killed (SIGKILL) and reported timedOut.
ProcessResult runProcess(const std::filesystem::path &program, const std::vector<std::string> &args,
                         const std::string &stdinText = {}, std::chrono::milliseconds timeout = 120s);

/// A child process whose standard output and error are collected as they arrive.
class ChildProcess {
public:
    /// Starts the process; throws std::runtime_error when it cannot be started.
    /// `stdinText`: written to its standard input, which is then closed (nullopt: /dev/null).
    ChildProcess(const std::filesystem::path &program, const std::vector<std::string> &args,
                 const std::optional<std::string> &stdinText = std::nullopt);
    /// Kills (SIGKILL) a process still running and reaps it.
    ~ChildProcess();
    ChildProcess(const ChildProcess &) = delete;
    ChildProcess &operator=(const ChildProcess &) = delete;

    [[nodiscard]] int pid() const { return pid_; }
    /// Sends `signal` (no-op once the process was reaped).
    void signal(int signal);
    /// Waits until the process ends; its exit code (see ProcessResult), or nullopt on timeout.
    std::optional<int> wait(std::chrono::milliseconds timeout);
    /// True until the process was seen ending.
    [[nodiscard]] bool running();
    [[nodiscard]] std::optional<int> exitCode() const;

    /// Everything written so far.
    [[nodiscard]] std::string out() const;
    [[nodiscard]] std::string err() const;
    /// Waits until `predicate(stdout so far)` holds, the process ends or `timeout` passes.
    bool waitForOutput(const std::function<bool(const std::string &)> &predicate, std::chrono::milliseconds timeout);

private:
    void readLoop(int fd, std::string &sink);
    void joinReaders();

    int pid_ = -1;
    std::optional<int> exitCode_;
    mutable std::mutex mutex_;
    std::condition_variable outputChanged_;
    std::string out_;
    std::string err_;
    std::thread outReader_;
    std::thread errReader_;
    int readersDone_ = 0;
};

/// A temporary directory (under $TMPDIR or /tmp), removed with its contents.
class TempDir {
public:
    explicit TempDir(const std::string &prefix = "medinexus-test");
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    [[nodiscard]] const std::filesystem::path &path() const { return path_; }
    /// Keeps the directory after destruction (e.g. to inspect a failed test's data).
    void keep() { keep_ = true; }

private:
    std::filesystem::path path_;
    bool keep_ = false;
};

/// One "[section] key=value" to put in medinexus-server.conf.
struct ConfigValue {
    std::string section;
    std::string key;
    std::string value;
};

/// Sets (replacing or adding) `key` in `[section]` of an INI file, keeping everything else,
/// comments included. Creates the file or the section when missing.
void setIniValue(const std::filesystem::path &file, const std::string &section, const std::string &key,
                 const std::string &value);

inline constexpr const char *kDemoPassword = "demo-medinexus-2026";

struct ServerSetup {
    enum class Kind {
        init, ///< `init`: one facility and one administrator
        demo, ///< `demo --patients N`: a demo community, every password kDemoPassword
        join, ///< `join --from <joinFrom>`: one more node of a server on PostgreSQL
    };
    Kind kind = Kind::init;
    int demoPatients = 10;
    /// Added to the init/demo/join command line (e.g. {"--database", conninfo}).
    std::vector<std::string> setupArguments;
    /// For join: the data directory of an existing node.
    std::filesystem::path joinFrom;
    std::string adminUser = "admin";
    /// For init (demo accounts always use kDemoPassword).
    std::string adminPassword = "Integration-Test-Pw-2026";
    /// Written to the config file before the first start (init writes the defaults first).
    std::vector<ConfigValue> config;
    /// Pass --no-access-log to serve.
    bool accessLog = true;
    /// Start `serve` in the constructor.
    bool start = true;
    /// Later starts listen on the port of the first one (instead of a new one the kernel picks).
    bool keepPortOnRestart = false;
    /// Bounds starting (process up, port printed, /healthz answering) and stopping.
    std::chrono::milliseconds startTimeout = 60s;
    std::chrono::milliseconds stopTimeout = 30s;
};

/// A data directory initialised by the real binary and, while started, a `serve` process on
/// 127.0.0.1 with a port the kernel chose.
class ServerProcess {
public:
    /// Creates a temporary data directory and runs init (or demo) in it, then writes
    /// `setup.config` and starts the server when `setup.start`. Throws std::runtime_error with
    /// the binary's output when a step fails.
    ServerProcess(std::filesystem::path binary, ServerSetup setup = {});
    /// Stops a running server (SIGTERM, then SIGKILL after stopTimeout) and removes the data.
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Runs `serve --data-dir D --listen 127.0.0.1:0`, reads the port from its first line and
    /// waits until GET /healthz answers 200 over a verified TLS connection.
    void start();
    /// SIGTERM, then waits up to `timeout` (default: setup.stopTimeout); SIGKILL if it did not
    /// stop. Returns the exit code (-1 when it had to be killed). No-op (returns the last exit
    /// code) when not running.
    int stop(std::optional<std::chrono::milliseconds> timeout = std::nullopt);
    /// Sends a signal without waiting (e.g. SIGTERM while requests are in flight).
    void signal(int signal);
    /// Waits for the serve process to end after a signal; its exit code or nullopt on timeout.
    std::optional<int> waitForExit(std::chrono::milliseconds timeout);
    /// SIGKILL: a crash. Returns once the process is reaped.
    void kill();
    /// stop() then start() on the same data directory; returns stop()'s exit code.
    int restart();
    [[nodiscard]] bool running();

    /// The port of the current (or last) serve process.
    [[nodiscard]] std::uint16_t port() const { return port_; }
    [[nodiscard]] const std::filesystem::path &binary() const { return binary_; }
    [[nodiscard]] const std::filesystem::path &dataDir() const { return dataDir_; }
    [[nodiscard]] std::filesystem::path certificate() const { return dataDir_ / "tls" / "server.crt"; }
    [[nodiscard]] std::filesystem::path storeFile() const { return dataDir_ / "store.db"; }
    [[nodiscard]] std::filesystem::path configFile() const { return dataDir_ / "medinexus-server.conf"; }
    /// A directory next to the data directory, removed with it (for backups, other stores).
    [[nodiscard]] std::filesystem::path scratchDir() const { return temp_.path(); }
    [[nodiscard]] const ServerSetup &setup() const { return setup_; }
    [[nodiscard]] const std::string &adminUser() const { return setup_.adminUser; }
    [[nodiscard]] std::string adminPassword() const;

    /// Output of the current or last serve process (stderr holds the access and event log).
    [[nodiscard]] std::string serveStdout() const;
    [[nodiscard]] std::string serveStderr() const;
    /// Output of init/demo.
    [[nodiscard]] const ProcessResult &initResult() const { return initResult_; }

    /// Sets a config key for the next start.
    void setConfig(const std::string &section, const std::string &key, const std::string &value);

    /// Runs `medinexus-server <verb words...> --data-dir <dataDir> <options...>`, e.g.
    /// runCli({"audit", "verify"}) or runCli({"backup"}, {"--output", dir}).
    ProcessResult runCli(const std::vector<std::string> &verbWords, const std::vector<std::string> &options = {},
                         const std::string &stdinText = {}, std::chrono::milliseconds timeout = 120s) const;

    /// Keeps the data directory after destruction (debugging).
    void keepData() { temp_.keep(); }

private:
    std::filesystem::path binary_;
    ServerSetup setup_;
    TempDir temp_;
    std::filesystem::path dataDir_;
    ProcessResult initResult_;
    std::unique_ptr<ChildProcess> serve_;
    std::optional<int> lastExitCode_;
    std::uint16_t port_ = 0;
};

} // namespace medinexus::test
