#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace medinexus::client {

// What the status bar shows: reported by the sync engine after every step that changes it.
struct SyncStatus {
    enum class Connectivity {
        Offline,         // no server answered (or none tried yet)
        Syncing,         // a sync is running
        Online,          // the last sync succeeded
        SignInRequired,  // the session ended: work goes on offline until the user logs in again
    };
    Connectivity connectivity = Connectivity::Offline;
    qint64 pendingChanges = 0;    // in the outbox
    qint64 conflicts = 0;         // open patient conflicts
    qint64 rejectedChanges = 0;   // refused by the server, kept for the user to see
    QDateTime lastSuccessfulSync; // UTC; invalid when never
    QString lastError;            // translated; empty when the last sync succeeded
    QString serverAddress;        // the address that answered last

    bool operator==(const SyncStatus &) const = default;
};

} // namespace medinexus::client

Q_DECLARE_METATYPE(medinexus::client::SyncStatus)
