#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <chrono>
#include <memory>
#include <optional>
#include <variant>

namespace medinexus::server {

class Store;

// Free failures per window, then an exponentially growing wait after the last failure.
struct ThrottlePolicy {
    int freeFailures = 5;                     // failures within `window` that cost nothing
    std::chrono::minutes window{15};          // failures older than this are forgotten
    std::chrono::seconds firstDelay{1};       // the wait after freeFailures + 1 failures...
    std::chrono::seconds maxDelay{300};       // ...doubling with each further one, up to this
};

// Per account: a clinician locked out by someone guessing their password waits at most
// five minutes between attempts, never indefinitely.
inline constexpr ThrottlePolicy kAccountThrottlePolicy{5, std::chrono::minutes{15}, std::chrono::seconds{1},
                                                       std::chrono::minutes{5}};
// Per source address: one source spraying many usernames is slowed down even though no
// single account reaches its limit. A whole facility behind one NAT address shares this
// budget, hence the larger allowance and the same five-minute ceiling.
inline constexpr ThrottlePolicy kAddressThrottlePolicy{20, std::chrono::minutes{15}, std::chrono::seconds{1},
                                                       std::chrono::minutes{5}};

// Login throttling over the Store's failure log (so that every server node sees the
// same state), keyed "user:<username, trimmed, lower case>" and "addr:<address>" (an
// IPv4 address, or the /64 prefix of an IPv6 one, since one IPv6 client holds a whole /64).
//
// An attempt is allowed when neither key asks for a wait. With n failures of a key within
// its window and n >= freeFailures, the next attempt must wait
// min(firstDelay * 2^(n - freeFailures), maxDelay) after the latest failure: 1 s, 2 s,
// 4 s, ... For the account key that ceiling bounds a lock-out by a third party to minutes.
//
// Thread-safe. Within one process, beginAttempt() counts attempts still being verified as
// failures, so a burst of parallel requests cannot all pass the check before the first
// failure is recorded. (Across nodes the store's serialisation is all there is: a burst
// spread over k nodes gets at most k attempts through at once.)
class LoginThrottle {
public:
    explicit LoginThrottle(Store &store, ThrottlePolicy account = kAccountThrottlePolicy,
                           ThrottlePolicy address = kAddressThrottlePolicy);
    LoginThrottle(LoginThrottle &&) noexcept;
    LoginThrottle &operator=(LoginThrottle &&) = delete;
    LoginThrottle(const LoginThrottle &) = delete;
    LoginThrottle &operator=(const LoginThrottle &) = delete;
    ~LoginThrottle();

    static QString accountKey(QStringView username);
    static QString addressKey(QStringView address);

    // How long the caller must wait before the next attempt for this username from this
    // address; nullopt: it may try now. Rounded up to whole seconds, at least 1 s.
    std::optional<std::chrono::seconds> retryAfter(const QString &username, const QString &address,
                                                   const QDateTime &now) const;
    // A failed attempt, recorded under both keys.
    void recordFailure(const QString &username, const QString &address, const QDateTime &now);
    // A successful login clears the account's failures. The address's failures stay: a
    // sprayer who guesses one password is not thereby let off for the other accounts.
    void recordSuccess(const QString &username, const QString &address);

    // An attempt admitted by beginAttempt(): until it is destroyed it counts, in this
    // process, as one more failure of both keys happening now. Record its result
    // (recordFailure / recordSuccess) before destroying it. Must not outlive the throttle.
    class Attempt {
    public:
        Attempt(Attempt &&other) noexcept;
        Attempt &operator=(Attempt &&) = delete;
        Attempt(const Attempt &) = delete;
        Attempt &operator=(const Attempt &) = delete;
        ~Attempt();

    private:
        friend class LoginThrottle;
        struct InFlight;
        Attempt(InFlight *inFlight, QString accountKey, QString addressKey);
        InFlight *m_inFlight;
        QString m_accountKey;
        QString m_addressKey;
    };

    // retryAfter() and, when no wait is needed, the admission of the attempt, atomically
    // (within this process). Returns the wait when refused.
    std::variant<Attempt, std::chrono::seconds> beginAttempt(const QString &username, const QString &address,
                                                              const QDateTime &now);

private:
    std::optional<std::chrono::seconds> waitLocked(const QString &accountKey, const QString &addressKey,
                                                   const QDateTime &now) const;
    std::optional<std::chrono::seconds> waitForKey(const QString &key, const ThrottlePolicy &policy,
                                                   const QDateTime &now) const;

    Store *m_store;
    ThrottlePolicy m_account;
    ThrottlePolicy m_address;
    std::unique_ptr<Attempt::InFlight> m_inFlight;
};

} // namespace medinexus::server
