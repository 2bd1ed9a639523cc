#include "client/gui/login/account_thread.h"

namespace medinexus::client::gui {

AccountThread::AccountThread(QString dataRoot, LoginSettings settings, QString keychainService)
    : dataRoot_(std::move(dataRoot)), settings_(std::move(settings)), keychainService_(std::move(keychainService)),
      anchor_(std::make_unique<QObject>())
{
    thread_.setObjectName(QStringLiteral("medinexus-account"));
    anchor_->moveToThread(&thread_);
    thread_.start();
}

AccountThread::~AccountThread()
{
    // The keychain's jobs belong to this thread: end them there, then stop it.
    QMetaObject::invokeMethod(
        anchor_.get(),
        [this]() {
            login_.reset();
            keychain_.reset();
        },
        Qt::BlockingQueuedConnection);
    thread_.quit();
    thread_.wait();
}

void AccountThread::ensureServices()
{
    if (!keychain_)
        keychain_ = std::make_unique<Keychain>(keychainService_);
    if (!login_)
        login_ = std::make_unique<LoginService>(dataRoot_, *keychain_, settings_);
}

} // namespace medinexus::client::gui
