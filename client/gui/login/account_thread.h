#pragma once

// The one thread where logging in, changing the password and logging out run. They block on
// the network and on Argon2 (a second or more), so never on the GUI thread; and the OS
// keychain must always be used from the same thread (client/core/security/keychain.h), so
// not on any pool thread either: this thread owns the Keychain and the LoginService.

#include "client/core/security/keychain.h"
#include "client/core/session/login_service.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <memory>
#include <type_traits>

namespace medinexus::client::gui {

class AccountThread {
public:
    AccountThread(QString dataRoot, LoginSettings settings, QString keychainService = QStringLiteral("MediNexus"));
    // Finishes the job in progress, destroys the keychain and login service in their thread.
    ~AccountThread();
    AccountThread(const AccountThread &) = delete;
    AccountThread &operator=(const AccountThread &) = delete;

    [[nodiscard]] const QString &dataRoot() const { return dataRoot_; }

    // Runs `work(LoginService &, Keychain &)` in the account thread (jobs run one at a time, in
    // order), then `done(result)` on the GUI thread unless `context` is gone. Move-only
    // callables are fine.
    template <typename Work, typename Done>
    void run(QObject *context, Work work, Done done)
    {
        using Result = std::invoke_result_t<Work &, LoginService &, Keychain &>;
        auto workHolder = std::make_shared<Work>(std::move(work));
        auto doneHolder = std::make_shared<Done>(std::move(done));
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            anchor_.get(),
            [this, workHolder, doneHolder, guard]() {
                ensureServices();
                auto result = std::make_shared<Result>((*workHolder)(*login_, *keychain_));
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [doneHolder, guard, result]() {
                        if (guard)
                            (*doneHolder)(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

private:
    void ensureServices();  // in the account thread

    QString dataRoot_;
    LoginSettings settings_;
    QString keychainService_;
    QThread thread_;
    std::unique_ptr<QObject> anchor_;  // lives in thread_: jobs are queued to it
    std::unique_ptr<Keychain> keychain_;
    std::unique_ptr<LoginService> login_;
};

} // namespace medinexus::client::gui
