#pragma once

// Everything a logged-in window works with: the user's session, the GUI thread's connection to
// the encrypted cache, the local writes (LocalChanges) and the sync worker. Screens read and
// write through it and listen to its signals; it holds no widget and no clinical rule (the
// rules are in shared/ and the client core, the permission matrix in shared/permissions).

#include "client/core/admin/admin_api.h"
#include "client/core/cache/cache_database.h"
#include "client/core/cache/local_changes.h"
#include "client/core/cache/outbox.h"
#include "client/core/cache/record_store.h"
#include "client/core/session/user_session.h"
#include "client/core/sync/sync_engine.h"
#include "client/core/sync/sync_status.h"
#include "client/gui/workspace/background_task.h"
#include "shared/permissions/permissions.h"

#include <QObject>

#include <memory>

namespace medinexus::client {
class SyncWorker;
}

namespace medinexus::client::gui {

class Workspace : public QObject {
    Q_OBJECT

public:
    // Takes over a logged-in session and opens the GUI thread's cache connection (throws
    // CacheOpenError). `offline`: logged in without the server (LoginResult::offline).
    Workspace(std::unique_ptr<UserSession> session, bool offline, QObject *parent = nullptr);
    ~Workspace() override;

    [[nodiscard]] const User &user() const;
    [[nodiscard]] Role role() const { return user().role; }
    [[nodiscard]] bool can(Action action) const;
    [[nodiscard]] bool canAddEntry(EntryKind kind) const;
    // Logged in without the server: admin calls are not possible, changes wait in the outbox.
    [[nodiscard]] bool loggedInOffline() const { return offline_; }
    [[nodiscard]] UserSession &session() { return *session_; }
    [[nodiscard]] CacheDatabase &cache() { return *cache_; }
    // Reads, on the GUI thread's cache connection.
    [[nodiscard]] RecordStore &records() { return *records_; }

    // Names for lists and the timeline; "?" (translated "Unknown") when not in the cache.
    [[nodiscard]] QString facilityName(const QUuid &id);
    [[nodiscard]] QString userName(const QUuid &id);
    [[nodiscard]] QString myFacilityName();

    // Local writes (LocalChanges): each one checks permissions and validation, then writes the
    // cache and the outbox in one transaction, announces recordsChanged() and asks the sync
    // worker to push. Throw WriteRefused (translated message, field errors).
    Patient registerPatient(Patient draft);
    Patient editPatient(Patient edited);
    ClinicalEntry addEntry(ClinicalEntry draft);
    Patient resolveConflict(Patient chosen);
    // The record was opened (audited at the next sync).
    void recordAccess(const QUuid &patientId);

    // Sync: the worker runs in its own thread; statuses arrive through syncStatusChanged().
    void startSync(const SyncSettings &settings = {});
    void syncNow();
    // Stops the worker and waits for it (before logging out).
    void stopSync();
    [[nodiscard]] const SyncStatus &syncStatus() const { return status_; }
    // Changes the server refused, kept for the user to see (never silently dropped).
    [[nodiscard]] std::vector<RejectedChange> rejectedChanges();
    // After signing in again: the new server session for the worker and admin calls.
    void renewServerSession(SecretString token);

    // Runs `work(AdminApi&)` on a pool thread with this session's server token, then
    // `done(result)` on the GUI thread unless `context` is gone. For administrator screens.
    template <typename Work, typename Done>
    void callServer(QObject *context, Work work, Done done)
    {
        auto token = session_->token();
        auto profile = session_->profile();
        runInBackground(
            context,
            [work = std::move(work), token = std::move(token), profile = std::move(profile)]() mutable {
                AdminApi api(profile, SecretString(token.view()));
                return work(api);
            },
            std::move(done));
    }

Q_SIGNALS:
    // The cache changed (a local write or data pulled from the server): screens re-read.
    void recordsChanged();
    void syncStatusChanged(const medinexus::client::SyncStatus &status);
    // The server ended the session: work goes on offline until the user signs in again.
    void signInRequired();
    // The server deactivated this account: the window must close.
    void offlineAccessRevoked();

private:
    void afterLocalWrite();

    std::unique_ptr<UserSession> session_;
    bool offline_ = false;
    std::unique_ptr<CacheDatabase> cache_;
    std::unique_ptr<RecordStore> records_;
    std::unique_ptr<LocalChanges> changes_;
    std::unique_ptr<SyncWorker> worker_;  // not a Qt child: it must stop before the cache closes
    SyncStatus status_;
};

} // namespace medinexus::client::gui
