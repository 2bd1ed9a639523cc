#pragma once

// The status bar's sync indicator: online or offline, changes waiting to be sent, open
// conflicts, changes the server refused, the time of the last sync and the last error. A click
// (or F5, the "Sync now" action) asks for a sync at once.

#include "client/core/sync/sync_status.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace medinexus::client::gui {

class SyncStatusIndicator : public QWidget {
    Q_OBJECT

public:
    explicit SyncStatusIndicator(QWidget *parent = nullptr);

    void setStatus(const SyncStatus &status);
    // The one-line text shown (also the accessible description), for tests and screen readers.
    [[nodiscard]] QString text() const;

Q_SIGNALS:
    void syncRequested();

private:
    QLabel *dot_ = nullptr;
    QLabel *label_ = nullptr;
    QToolButton *syncButton_ = nullptr;
    SyncStatus status_;
};

// The one-line description of a status, in the current language.
QString describeSyncStatus(const SyncStatus &status);

} // namespace medinexus::client::gui
