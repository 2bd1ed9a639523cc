#pragma once

// Long work (a login with its Argon2 derivation, a call to the server, rendering a printout)
// runs on a pool thread so the window never freezes; its result comes back on the GUI thread.

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>
#include <type_traits>
#include <utility>

namespace medinexus::client::gui {

// Runs `work()` on the global thread pool, then `done(result)` on the GUI thread, unless
// `context` was destroyed in the meantime (a closed dialog does not receive a late answer).
// `work` must not touch widgets. Both callables may be move-only.
template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work &>;
    // std::function (what QThreadPool and invokeMethod keep) needs copyable callables.
    auto workHolder = std::make_shared<Work>(std::move(work));
    auto doneHolder = std::make_shared<Done>(std::move(done));
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([workHolder, doneHolder, guard]() {
        auto result = std::make_shared<Result>((*workHolder)());
        // Delivered through the application object: `context` may be gone by now, and it is
        // only looked at on the GUI thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [doneHolder, guard, result]() {
                if (guard)
                    (*doneHolder)(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace medinexus::client::gui
