#include "server/auth/login_throttle.h"

#include "server/storage/store.h"

#include <QHash>

#ifdef _WIN32
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <sys/socket.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <utility>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace medinexus::server {

namespace {

// Longer names cannot be accounts (see ValidationLimits): the key is bounded so that
// whatever a client sends, the failure log stores little.
constexpr qsizetype kMaxKeyTextLength = 64;

void checkPolicy(const ThrottlePolicy &policy)
{
    if (policy.freeFailures < 0 || policy.window <= 0min || policy.firstDelay <= 0s || policy.maxDelay < policy.firstDelay)
        throw std::invalid_argument("invalid login throttle policy");
}

QString ipv4Text(const unsigned char *bytes)
{
    std::array<char, INET_ADDRSTRLEN> text{};
    if (inet_ntop(AF_INET, bytes, text.data(), static_cast<socklen_t>(text.size())) == nullptr)
        return {};
    return QString::fromLatin1(text.data());
}

} // namespace

struct LoginThrottle::Attempt::InFlight {
    std::mutex mutex;
    QHash<QString, int> pending;  // attempts being verified, per key

    void add(const QString &key) { ++pending[key]; }
    void remove(const QString &key)
    {
        auto it = pending.find(key);
        if (it != pending.end() && --it.value() <= 0)
            pending.erase(it);
    }
};

LoginThrottle::Attempt::Attempt(InFlight *inFlight, QString accountKey, QString addressKey)
    : m_inFlight(inFlight), m_accountKey(std::move(accountKey)), m_addressKey(std::move(addressKey))
{
}

LoginThrottle::Attempt::Attempt(Attempt &&other) noexcept
    : m_inFlight(std::exchange(other.m_inFlight, nullptr)),
      m_accountKey(std::move(other.m_accountKey)),
      m_addressKey(std::move(other.m_addressKey))
{
}

LoginThrottle::Attempt::~Attempt()
{
    if (m_inFlight == nullptr)
        return;
    const std::lock_guard lock(m_inFlight->mutex);
    m_inFlight->remove(m_accountKey);
    m_inFlight->remove(m_addressKey);
}

LoginThrottle::LoginThrottle(Store &store, ThrottlePolicy account, ThrottlePolicy address)
    : m_store(&store), m_account(account), m_address(address), m_inFlight(std::make_unique<Attempt::InFlight>())
{
    checkPolicy(account);
    checkPolicy(address);
}

LoginThrottle::LoginThrottle(LoginThrottle &&) noexcept = default;
LoginThrottle::~LoginThrottle() = default;

QString LoginThrottle::accountKey(QStringView username)
{
    return u"user:"_s + username.trimmed().toString().toLower().left(kMaxKeyTextLength);
}

QString LoginThrottle::addressKey(QStringView address)
{
    QString text = address.trimmed().toString().toLower();
    if (text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    if (const qsizetype scope = text.indexOf(u'%'); scope >= 0)
        text.truncate(scope);  // fe80::1%eth0: the zone does not change who the peer is
    const QByteArray ascii = text.toLatin1();

    std::array<unsigned char, 4> v4{};
    if (inet_pton(AF_INET, ascii.constData(), v4.data()) == 1)
        return u"addr:"_s + ipv4Text(v4.data());

    std::array<unsigned char, 16> v6{};
    if (inet_pton(AF_INET6, ascii.constData(), v6.data()) == 1) {
        constexpr std::array<unsigned char, 12> mappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (std::equal(mappedPrefix.begin(), mappedPrefix.end(), v6.begin()))
            return u"addr:"_s + ipv4Text(v6.data() + 12);
        std::fill(v6.begin() + 8, v6.end(), static_cast<unsigned char>(0));
        std::array<char, INET6_ADDRSTRLEN> prefix{};
        if (inet_ntop(AF_INET6, v6.data(), prefix.data(), static_cast<socklen_t>(prefix.size())) != nullptr)
            return u"addr:"_s + QString::fromLatin1(prefix.data()) + u"/64"_s;
    }
    // Not an IP address (a Unix socket, a test harness): keyed as given, bounded.
    return u"addr:"_s + text.left(kMaxKeyTextLength);
}

std::optional<std::chrono::seconds> LoginThrottle::waitForKey(const QString &key, const ThrottlePolicy &policy,
                                                              const QDateTime &now) const
{
    const LoginFailures failures = m_store->loginFailures(key, now.addSecs(-std::chrono::seconds(policy.window).count()));
    const int pending = m_inFlight->pending.value(key, 0);
    const int count = failures.count + pending;
    if (count < policy.freeFailures || count <= 0)
        return std::nullopt;

    QDateTime last = failures.count > 0 ? failures.lastFailureAt : now;
    if (pending > 0 || !last.isValid() || last > now)
        last = now;  // an attempt in flight fails, if it does, now; a future stamp is a skewed clock

    const int excess = count - policy.freeFailures;
    std::chrono::milliseconds delay = policy.maxDelay;
    if (excess < 31) {
        const auto doubled = std::chrono::milliseconds(policy.firstDelay) * (qint64{1} << excess);
        delay = std::min<std::chrono::milliseconds>(doubled, policy.maxDelay);
    }
    const std::chrono::milliseconds waited{last.msecsTo(now)};
    if (waited >= delay)
        return std::nullopt;
    const std::chrono::milliseconds remaining = delay - waited;
    return std::max(std::chrono::ceil<std::chrono::seconds>(remaining), 1s);
}

std::optional<std::chrono::seconds> LoginThrottle::waitLocked(const QString &accountKey, const QString &addressKey,
                                                              const QDateTime &now) const
{
    const auto account = waitForKey(accountKey, m_account, now);
    const auto address = waitForKey(addressKey, m_address, now);
    if (account && address)
        return std::max(*account, *address);
    return account ? account : address;
}

std::optional<std::chrono::seconds> LoginThrottle::retryAfter(const QString &username, const QString &address,
                                                              const QDateTime &now) const
{
    const QString userKey = accountKey(username);
    const QString addrKey = addressKey(address);
    const std::lock_guard lock(m_inFlight->mutex);
    return waitLocked(userKey, addrKey, now);
}

std::variant<LoginThrottle::Attempt, std::chrono::seconds>
LoginThrottle::beginAttempt(const QString &username, const QString &address, const QDateTime &now)
{
    QString userKey = accountKey(username);
    QString addrKey = addressKey(address);
    // Held across the store reads: check and admission are one step for this process.
    const std::lock_guard lock(m_inFlight->mutex);
    if (const auto wait = waitLocked(userKey, addrKey, now))
        return *wait;
    m_inFlight->add(userKey);
    m_inFlight->add(addrKey);
    return Attempt(m_inFlight.get(), std::move(userKey), std::move(addrKey));
}

void LoginThrottle::recordFailure(const QString &username, const QString &address, const QDateTime &now)
{
    m_store->recordLoginFailure(accountKey(username), now);
    m_store->recordLoginFailure(addressKey(address), now);
}

void LoginThrottle::recordSuccess(const QString &username, const QString &address)
{
    Q_UNUSED(address)
    m_store->clearLoginFailures(accountKey(username));
}

} // namespace medinexus::server
