#pragma once

// Creating a facility or editing one: name, kind and village, checked with the shared rules
// before anything is sent, then saved on the server while the dialog waits (the server's
// own refusals are marked on the same fields).

#include "client/gui/workspace/field_errors.h"
#include "client/gui/workspace/workspace.h"
#include "shared/model/facility.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace medinexus::client::gui {

class StatusLine;

class FacilityDialog : public QDialog {
    Q_OBJECT

public:
    // A new facility without `existing`; else edits it, saved over existing->version.
    FacilityDialog(Workspace &workspace, std::optional<Facility> existing, QWidget *parent = nullptr);

    // What the server stored, once accepted.
    [[nodiscard]] const std::optional<Facility> &saved() const { return saved_; }

Q_SIGNALS:
    // Somebody else changed the facility since it was read: the list must be reloaded.
    void changedMeanwhile();

private:
    void save();
    [[nodiscard]] Facility draft() const;
    void setBusy(bool busy);
    void showRefusal(int httpStatus, const QString &error, const ValidationErrors &fieldErrors);

    Workspace &workspace_;
    std::optional<Facility> existing_;
    std::optional<Facility> saved_;
    QLineEdit *name_;
    QComboBox *kind_;
    QLineEdit *village_;
    QDialogButtonBox *buttons_;
    StatusLine *status_;
    QLabel *summary_;  // the refusals, listed by errors_
    FieldErrors errors_;
};

} // namespace medinexus::client::gui
