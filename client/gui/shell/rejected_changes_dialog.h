#pragma once

// The changes the server refused (e.g. a dispensation above what remained, written offline at
// two counters). They are never dropped silently: the list shows what was refused, for which
// patient, when and why, so the user can record it again correctly.

#include <QDialog>

namespace medinexus::client::gui {

class Workspace;

class RejectedChangesDialog : public QDialog {
    Q_OBJECT

public:
    explicit RejectedChangesDialog(Workspace &workspace, QWidget *parent = nullptr);
};

} // namespace medinexus::client::gui
