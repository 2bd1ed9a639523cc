#include "tests/support/server_process.h"

#include "tests/support/https_client.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <regex>
#include <sstream>

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace medinexus::test {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string systemError(const std::string &what)
{
    return what + ": " + std::strerror(errno);
}

int exitCodeOf(int status)
{
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    if (WIFSIGNALED(status)) {
        return 128 + WTERMSIG(status);
    }
    return -1;
}

void closeIfOpen(int &fd)
{
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

std::string trimmed(const std::string &text)
{
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) {
        return {};
    }
    const auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

} // namespace

// --- ProcessResult -----------------------------------------------------------------------------

std::string ProcessResult::describe() const
{
    std::ostringstream text;
    text << "exit code " << exitCode << (timedOut ? " (timed out)" : "") << "\n--- stdout ---\n"
         << out << "\n--- stderr ---\n"
         << err.substr(err.size() > 20000 ? err.size() - 20000 : 0);
    return text.str();
}

// --- ChildProcess -------------------------------------------------------------------------------

ChildProcess::ChildProcess(const fs::path &program, const std::vector<std::string> &args,
                           const std::optional<std::string> &stdinText)
{
    // Everything the child needs is prepared before fork(): between fork and exec a child of
    // a multithreaded process may only make async-signal-safe calls.
    std::vector<std::string> argvStorage;
    argvStorage.push_back(program.string());
    argvStorage.insert(argvStorage.end(), args.begin(), args.end());
    std::vector<char *> argv;
    for (auto &arg : argvStorage) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);

    int inPipe[2] = {-1, -1};
    int outPipe[2] = {-1, -1};
    int errPipe[2] = {-1, -1};
    int devNull = -1;
    const auto cleanup = [&] {
        for (int *fd : {&inPipe[0], &inPipe[1], &outPipe[0], &outPipe[1], &errPipe[0], &errPipe[1], &devNull}) {
            closeIfOpen(*fd);
        }
    };
    if (::pipe2(outPipe, O_CLOEXEC) != 0 || ::pipe2(errPipe, O_CLOEXEC) != 0) {
        cleanup();
        throw std::runtime_error(systemError("pipe2"));
    }
    if (stdinText) {
        if (::pipe2(inPipe, O_CLOEXEC) != 0) {
            cleanup();
            throw std::runtime_error(systemError("pipe2"));
        }
    } else {
        devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        if (devNull < 0) {
            cleanup();
            throw std::runtime_error(systemError("open /dev/null"));
        }
    }
    const pid_t parent = ::getpid();
    const pid_t pid = ::fork();
    if (pid < 0) {
        cleanup();
        throw std::runtime_error(systemError("fork"));
    }
    if (pid == 0) {
        // The child: dies with the thread that started it, so no server outlives its test.
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != parent) {
            ::_exit(127);
        }
        const int in = stdinText ? inPipe[0] : devNull;
        if (::dup2(in, STDIN_FILENO) < 0 || ::dup2(outPipe[1], STDOUT_FILENO) < 0 || ::dup2(errPipe[1], STDERR_FILENO) < 0) {
            ::_exit(127);
        }
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    pid_ = pid;
    closeIfOpen(outPipe[1]);
    closeIfOpen(errPipe[1]);
    closeIfOpen(inPipe[0]);
    closeIfOpen(devNull);
    if (stdinText) {
        // Small inputs (a password line) fit the pipe's buffer: no deadlock with the child.
        std::size_t written = 0;
        while (written < stdinText->size()) {
            const ssize_t n = ::write(inPipe[1], stdinText->data() + written, stdinText->size() - written);
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n <= 0) {
                break; // the child closed its stdin: it will report what it missed
            }
            written += static_cast<std::size_t>(n);
        }
        closeIfOpen(inPipe[1]);
    }
    const int outFd = outPipe[0];
    const int errFd = errPipe[0];
    outReader_ = std::thread([this, outFd] { readLoop(outFd, out_); });
    errReader_ = std::thread([this, errFd] { readLoop(errFd, err_); });
}

ChildProcess::~ChildProcess()
{
    if (running()) {
        signal(SIGKILL);
        wait(std::chrono::milliseconds(30'000));
    }
    joinReaders();
}

void ChildProcess::readLoop(int fd, std::string &sink)
{
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        {
            const std::lock_guard lock(mutex_);
            sink.append(buffer, static_cast<std::size_t>(n));
        }
        outputChanged_.notify_all();
    }
    ::close(fd);
    {
        const std::lock_guard lock(mutex_);
        ++readersDone_;
    }
    outputChanged_.notify_all();
}

void ChildProcess::joinReaders()
{
    if (outReader_.joinable()) {
        outReader_.join();
    }
    if (errReader_.joinable()) {
        errReader_.join();
    }
}

void ChildProcess::signal(int signal)
{
    if (pid_ > 0 && !exitCode_) {
        ::kill(pid_, signal);
    }
}

bool ChildProcess::running()
{
    if (pid_ <= 0 || exitCode_) {
        return false;
    }
    int status = 0;
    const pid_t result = ::waitpid(pid_, &status, WNOHANG);
    if (result == pid_) {
        exitCode_ = exitCodeOf(status);
        return false;
    }
    return true;
}

std::optional<int> ChildProcess::wait(std::chrono::milliseconds timeout)
{
    const auto deadline = Clock::now() + timeout;
    while (running()) {
        if (Clock::now() >= deadline) {
            return std::nullopt;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    // The pipes close with the process (nothing else holds them: they are close-on-exec), so
    // the readers finish and the whole output is there.
    joinReaders();
    return exitCode_;
}

std::optional<int> ChildProcess::exitCode() const
{
    return exitCode_;
}

std::string ChildProcess::out() const
{
    const std::lock_guard lock(mutex_);
    return out_;
}

std::string ChildProcess::err() const
{
    const std::lock_guard lock(mutex_);
    return err_;
}

bool ChildProcess::waitForOutput(const std::function<bool(const std::string &)> &predicate,
                                 std::chrono::milliseconds timeout)
{
    std::unique_lock lock(mutex_);
    return outputChanged_.wait_for(lock, timeout, [&] { return predicate(out_) || readersDone_ == 2; }) &&
           predicate(out_);
}

ProcessResult runProcess(const fs::path &program, const std::vector<std::string> &args, const std::string &stdinText,
                         std::chrono::milliseconds timeout)
{
    ChildProcess child(program, args, stdinText);
    ProcessResult result;
    const auto code = child.wait(timeout);
    if (!code) {
        result.timedOut = true;
        child.signal(SIGKILL);
        child.wait(std::chrono::milliseconds(30'000));
        result.exitCode = -1;
    } else {
        result.exitCode = *code;
    }
    result.out = child.out();
    result.err = child.err();
    return result;
}

// --- TempDir -----------------------------------------------------------------------------------

TempDir::TempDir(const std::string &prefix)
{
    const char *base = std::getenv("TMPDIR");
    std::string pattern = (base != nullptr && *base != '\0' ? std::string(base) : std::string("/tmp")) + "/" + prefix + "-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error(systemError("mkdtemp " + pattern));
    }
    path_ = pattern;
}

TempDir::~TempDir()
{
    if (!keep_) {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
}

// --- Config file -------------------------------------------------------------------------------

void setIniValue(const fs::path &file, const std::string &section, const std::string &key, const std::string &value)
{
    std::vector<std::string> lines;
    {
        std::ifstream in(file);
        std::string line;
        while (std::getline(in, line)) {
            lines.push_back(line);
        }
    }
    const std::string header = "[" + section + "]";
    std::string current;
    std::optional<std::size_t> sectionEnd; // where to insert a new key of the section
    bool replaced = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string text = trimmed(lines[i]);
        if (!text.empty() && text.front() == '[') {
            current = text;
            continue;
        }
        if (current != header) {
            continue;
        }
        if (!text.empty() && text.front() != '#' && text.front() != ';') {
            sectionEnd = i + 1;
        } else if (!sectionEnd) {
            sectionEnd = i + 1;
        }
        const auto equals = text.find('=');
        if (equals != std::string::npos && trimmed(text.substr(0, equals)) == key) {
            lines[i] = key + "=" + value;
            replaced = true;
        }
    }
    if (!replaced) {
        const auto headerAt = std::find_if(lines.begin(), lines.end(), [&](const std::string &l) { return trimmed(l) == header; });
        if (headerAt == lines.end()) {
            lines.emplace_back();
            lines.push_back(header);
            lines.push_back(key + "=" + value);
        } else {
            const std::size_t at = sectionEnd.value_or(static_cast<std::size_t>(headerAt - lines.begin()) + 1);
            lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), key + "=" + value);
        }
    }
    const fs::path temporary = file.string() + ".tmp";
    {
        std::ofstream out(temporary, std::ios::trunc);
        for (const auto &line : lines) {
            out << line << '\n';
        }
        if (!out) {
            throw std::runtime_error("cannot write " + temporary.string());
        }
    }
    fs::rename(temporary, file);
}

// --- ServerProcess -----------------------------------------------------------------------------

ServerProcess::ServerProcess(fs::path binary, ServerSetup setup)
    : binary_(std::move(binary)), setup_(std::move(setup)), temp_("medinexus-server"), dataDir_(temp_.path() / "data")
{
    if (!fs::exists(binary_)) {
        throw std::runtime_error("the server binary does not exist: " + binary_.string());
    }
    auto withSetupArguments = [this](std::vector<std::string> arguments) {
        arguments.insert(arguments.end(), setup_.setupArguments.begin(), setup_.setupArguments.end());
        return arguments;
    };
    if (setup_.kind == ServerSetup::Kind::init) {
        initResult_ = runProcess(binary_, withSetupArguments({"init", "--data-dir", dataDir_.string(), "--admin-user", setup_.adminUser}),
                                 setup_.adminPassword + "\n", setup_.startTimeout);
    } else if (setup_.kind == ServerSetup::Kind::demo) {
        initResult_ = runProcess(binary_, withSetupArguments({"demo", "--data-dir", dataDir_.string(), "--patients", std::to_string(setup_.demoPatients)}),
                                 {}, setup_.startTimeout * 2);
    } else {
        initResult_ = runProcess(binary_, withSetupArguments({"join", "--data-dir", dataDir_.string(), "--from", setup_.joinFrom.string()}),
                                 {}, setup_.startTimeout);
    }
    if (initResult_.exitCode != 0) {
        throw std::runtime_error("initialising the data directory failed: " + initResult_.describe());
    }
    for (const auto &value : setup_.config) {
        setIniValue(configFile(), value.section, value.key, value.value);
    }
    if (setup_.start) {
        start();
    }
}

ServerProcess::~ServerProcess()
{
    if (serve_ && serve_->running()) {
        stop();
    }
    serve_.reset();
}

std::string ServerProcess::adminPassword() const
{
    return setup_.kind == ServerSetup::Kind::demo ? std::string(kDemoPassword) : setup_.adminPassword;
}

void ServerProcess::start()
{
    if (serve_ && serve_->running()) {
        throw std::logic_error("the server is already running");
    }
    // A restart may keep the port, as a real server does: clients find it where it was.
    const std::uint16_t port = (setup_.keepPortOnRestart && port_ != 0) ? port_ : 0;
    std::vector<std::string> args = {"serve", "--data-dir", dataDir_.string(), "--listen",
                                     "127.0.0.1:" + std::to_string(port)};
    if (!setup_.accessLog) {
        args.emplace_back("--no-access-log");
    }
    serve_ = std::make_unique<ChildProcess>(binary_, args);
    lastExitCode_.reset();

    static const std::regex listening(R"(MediNexus server listening on https://127\.0\.0\.1:(\d+)\r?\n)");
    std::smatch match;
    const bool announced = serve_->waitForOutput(
        [&](const std::string &out) { return std::regex_search(out, listening); }, setup_.startTimeout);
    const std::string out = serve_->out();
    if (!announced || !std::regex_search(out, match, listening)) {
        serve_->signal(SIGKILL);
        serve_->wait(std::chrono::milliseconds(30'000));
        throw std::runtime_error("the server did not announce its port: exit code " +
                                 std::to_string(serve_->exitCode().value_or(-1)) + "\n--- stdout ---\n" + serve_->out() +
                                 "\n--- stderr ---\n" + serve_->err());
    }
    port_ = static_cast<std::uint16_t>(std::stoi(match[1].str()));

    // Ready when /healthz answers over a verified TLS connection.
    const auto deadline = Clock::now() + setup_.startTimeout;
    std::string lastError;
    while (Clock::now() < deadline) {
        try {
            HttpsClient client(port_, certificate(), std::chrono::milliseconds(5000));
            const HttpResponse health = client.get("/healthz");
            if (health.status == 200) {
                return;
            }
            lastError = health.describe();
        } catch (const TransportError &error) {
            lastError = error.what();
        }
        if (!serve_->running()) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    serve_->signal(SIGKILL);
    serve_->wait(std::chrono::milliseconds(30'000));
    throw std::runtime_error("the server did not become healthy (" + lastError + ")\n--- stderr ---\n" + serve_->err());
}

int ServerProcess::stop(std::optional<std::chrono::milliseconds> timeout)
{
    if (!serve_) {
        return lastExitCode_.value_or(-1);
    }
    if (!serve_->running()) {
        lastExitCode_ = serve_->wait(std::chrono::milliseconds(1000));
        return lastExitCode_.value_or(-1);
    }
    serve_->signal(SIGTERM);
    auto code = serve_->wait(timeout.value_or(setup_.stopTimeout));
    if (!code) {
        serve_->signal(SIGKILL);
        serve_->wait(std::chrono::milliseconds(30'000));
        lastExitCode_ = -1;
        return -1;
    }
    lastExitCode_ = code;
    return *code;
}

void ServerProcess::signal(int signal)
{
    if (serve_) {
        serve_->signal(signal);
    }
}

std::optional<int> ServerProcess::waitForExit(std::chrono::milliseconds timeout)
{
    if (!serve_) {
        return lastExitCode_;
    }
    auto code = serve_->wait(timeout);
    if (code) {
        lastExitCode_ = code;
    }
    return code;
}

void ServerProcess::kill()
{
    if (serve_ && serve_->running()) {
        serve_->signal(SIGKILL);
        lastExitCode_ = serve_->wait(std::chrono::milliseconds(30'000));
    }
}

int ServerProcess::restart()
{
    const int code = stop();
    start();
    return code;
}

bool ServerProcess::running()
{
    return serve_ && serve_->running();
}

std::string ServerProcess::serveStdout() const
{
    return serve_ ? serve_->out() : std::string();
}

std::string ServerProcess::serveStderr() const
{
    return serve_ ? serve_->err() : std::string();
}

void ServerProcess::setConfig(const std::string &section, const std::string &key, const std::string &value)
{
    setIniValue(configFile(), section, key, value);
}

ProcessResult ServerProcess::runCli(const std::vector<std::string> &verbWords, const std::vector<std::string> &options,
                                    const std::string &stdinText, std::chrono::milliseconds timeout) const
{
    std::vector<std::string> args = verbWords;
    args.emplace_back("--data-dir");
    args.push_back(dataDir_.string());
    args.insert(args.end(), options.begin(), options.end());
    return runProcess(binary_, args, stdinText, timeout);
}

} // namespace medinexus::test
