#include "client/core/security/keychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#if defined(MEDINEXUS_KEYCHAIN_OVER_DBUS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QStringList>
#endif

#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

namespace medinexus::client {

namespace {

// `text` comes from QT_TRANSLATE_NOOP at each call, which is what lupdate extracts.
QString translated(const char *text)
{
    return QCoreApplication::translate("medinexus::client::Keychain", text);
}

struct JobOutcome {
    KeychainStatus status;
    QString message;
};

#if defined(MEDINEXUS_KEYCHAIN_OVER_DBUS)
// Why no keychain can answer on this desktop, or nullopt when one may. Without this check a
// missing session bus reaches QtKeychain's Secret Service backend as a generic GLib error,
// indistinguishable from a real failure, or makes GLib try to autolaunch a bus.
std::optional<QString> missingDbusBackend()
{
    const QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return translated(QT_TRANSLATE_NOOP("medinexus::client::Keychain", "no D-Bus session bus"));
    const QDBusConnectionInterface *busInterface = bus.interface();
    if (busInterface == nullptr)
        return translated(QT_TRANSLATE_NOOP("medinexus::client::Keychain", "no D-Bus session bus"));
    const QString services[] = {QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                                QStringLiteral("org.kde.kwalletd5"), QStringLiteral("org.kde.kwalletd")};
    for (const QString &service : services) {
        const QDBusReply<bool> registered = busInterface->isServiceRegistered(service);
        if (registered.isValid() && registered.value())
            return std::nullopt;
    }
    const QDBusReply<QStringList> activatable = busInterface->activatableServiceNames();
    if (activatable.isValid()) {
        for (const QString &service : services) {
            if (activatable.value().contains(service))
                return std::nullopt;
        }
    }
    return translated(QT_TRANSLATE_NOOP("medinexus::client::Keychain",
        "no keychain service (Secret Service or KWallet) on the D-Bus session bus"));
}
#else
std::optional<QString> missingDbusBackend()
{
    return std::nullopt;
}
#endif

JobOutcome outcomeOf(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return {KeychainStatus::Ok, {}};
    case QKeychain::EntryNotFound:
        return {KeychainStatus::NotFound, translated(QT_TRANSLATE_NOOP("medinexus::client::Keychain",
            "no keychain entry for this account"))};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {KeychainStatus::Unavailable, translated(QT_TRANSLATE_NOOP("medinexus::client::Keychain",
            "keychain unavailable: %1")).arg(job.errorString())};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return {KeychainStatus::Failed, translated(QT_TRANSLATE_NOOP("medinexus::client::Keychain",
        "keychain error: %1")).arg(job.errorString())};
}

// Runs `job` to completion or until `timeout`. On a timeout the job is handed over to
// QtKeychain: its backends keep a raw pointer to it until they answer, so it must outlive
// this call, and it deletes itself (auto-delete) once the backend answers.
template <class JobType>
JobOutcome runJob(std::unique_ptr<JobType> &job, const QString &account, std::chrono::milliseconds timeout)
{
    if (QCoreApplication::instance() == nullptr)
        throw std::logic_error("medinexus::client::Keychain needs a QCoreApplication");
    if (const auto reason = missingDbusBackend())
        return {KeychainStatus::Unavailable, translated(QT_TRANSLATE_NOOP("medinexus::client::Keychain",
            "keychain unavailable: %1")).arg(*reason)};

    job->setAutoDelete(false);
    job->setInsecureFallback(false);  // never a plaintext QSettings copy of the secret
    job->setKey(account);

    QEventLoop loop;
    bool finished = false;
    QObject::connect(job.get(), &QKeychain::Job::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeout);
    job->start();  // queued: the job runs inside the loop below
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    if (!finished) {
        QObject::disconnect(job.get(), nullptr, &loop, nullptr);
        job->setAutoDelete(true);
        static_cast<void>(job.release());
        return {KeychainStatus::Unavailable,
                translated(QT_TRANSLATE_NOOP("medinexus::client::Keychain",
                    "the keychain did not answer in time (it may be locked or waiting for the user)"))};
    }
    return outcomeOf(*job);
}

} // namespace

Keychain::Keychain(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service)), m_timeout(timeout)
{
    if (m_service.isEmpty())
        throw std::invalid_argument("the keychain service name must not be empty");
    if (m_timeout <= std::chrono::milliseconds::zero())
        throw std::invalid_argument("the keychain timeout must be positive");
}

KeychainResult Keychain::read(const QString &account)
{
    auto job = std::make_unique<QKeychain::ReadPasswordJob>(m_service);
    JobOutcome outcome = runJob(job, account, m_timeout);
    KeychainResult result{outcome.status, std::move(outcome.message), {}};
    if (outcome.status == KeychainStatus::Ok && job) {
        QByteArray data = job->binaryData();
        // Once the job (the other owner) is gone, SecretString can wipe this buffer.
        job.reset();
        result.secret = SecretString(std::move(data));
    }
    return result;
}

KeychainResult Keychain::write(const QString &account, const SecretString &secret)
{
    auto job = std::make_unique<QKeychain::WritePasswordJob>(m_service);
    QByteArray data = secret.view().toByteArray();
    job->setBinaryData(data);
    JobOutcome outcome = runJob(job, account, m_timeout);
    // Wipes `data` only when the job is gone; after a timeout the job still shares it.
    job.reset();
    secureWipe(data);
    return {outcome.status, std::move(outcome.message), {}};
}

KeychainResult Keychain::remove(const QString &account)
{
    auto job = std::make_unique<QKeychain::DeletePasswordJob>(m_service);
    JobOutcome outcome = runJob(job, account, m_timeout);
    return {outcome.status, std::move(outcome.message), {}};
}

} // namespace medinexus::client
