#include "server/cli/password_input.h"

#include <cstdio>
#include <stdexcept>
#include <string>

#ifdef _WIN32
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace medinexus::server::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef _WIN32
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// Restores the terminal's echo on every path out, exceptions included.
class EchoOff {
public:
    EchoOff()
    {
#ifdef _WIN32
        handle_ = GetStdHandle(STD_INPUT_HANDLE);
        active_ = GetConsoleMode(handle_, &saved_) != 0 && SetConsoleMode(handle_, saved_ & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) != 0;
#else
        active_ = tcgetattr(STDIN_FILENO, &saved_) == 0;
        if (active_) {
            termios quiet = saved_;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            active_ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#endif
    }
    ~EchoOff()
    {
        if (!active_)
            return;
#ifdef _WIN32
        SetConsoleMode(handle_, saved_);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool active_ = false;
#ifdef _WIN32
    HANDLE handle_ = nullptr;
    DWORD saved_ = 0;
#else
    termios saved_{};
#endif
};

SecretString readLine()
{
    std::string line;
    int c = 0;
    while ((c = std::fgetc(stdin)) != EOF && c != '\n')
        line.push_back(static_cast<char>(c));
    if (c == EOF && line.empty())
        throw std::runtime_error("no password on standard input");
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    SecretString secret{QByteArrayView(line.data(), static_cast<qsizetype>(line.size()))};
    secureWipe(line.data(), line.size());
    return secret;
}

} // namespace

SecretString readPassword(const QString &prompt, bool confirm)
{
    if (!stdinIsTerminal())
        return readLine();
    const EchoOff echoOff;
    std::fprintf(stderr, "%s: ", prompt.toLocal8Bit().constData());
    std::fflush(stderr);
    SecretString first = readLine();
    std::fprintf(stderr, "\n");
    if (!confirm)
        return first;
    std::fprintf(stderr, "Again: ");
    std::fflush(stderr);
    const SecretString second = readLine();
    std::fprintf(stderr, "\n");
    if (!first.equals(second.view()))
        throw std::runtime_error("the two passwords differ");
    return first;
}

} // namespace medinexus::server::cli
