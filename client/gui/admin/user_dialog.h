#pragma once

// Creating an account (username, display name, role, facility and a first password typed
// twice) or editing one (display name, role, facility; a username never changes). Checked
// with the shared rules first, then saved on the server while the dialog waits.

#include "client/gui/workspace/field_errors.h"
#include "client/gui/workspace/workspace.h"
#include "shared/model/facility.h"
#include "shared/model/user.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace medinexus::client::gui {

class StatusLine;

class UserDialog : public QDialog {
    Q_OBJECT

public:
    // A new account without `existing`; else edits it, saved over existing->version.
    // `facilities`: the community's facilities; only active ones are offered (plus the
    // account's current one when editing, so that it is not changed silently).
    UserDialog(Workspace &workspace, std::optional<User> existing, const std::vector<Facility> &facilities,
               QWidget *parent = nullptr);

    // What the server stored, once accepted.
    [[nodiscard]] const std::optional<User> &saved() const { return saved_; }

Q_SIGNALS:
    // Somebody else changed the account since it was read: the list must be reloaded.
    void changedMeanwhile();

private:
    void save();
    void create(const User &draft);
    void update(const User &edited);
    [[nodiscard]] User draft() const;
    void setBusy(bool busy);
    void showRefusal(int httpStatus, const QString &error, const ValidationErrors &fieldErrors);

    Workspace &workspace_;
    std::optional<User> existing_;
    std::optional<User> saved_;
    QLineEdit *username_;
    QLineEdit *displayName_;
    QComboBox *role_;
    QComboBox *facility_;
    QLineEdit *password_ = nullptr;      // new accounts only
    QLineEdit *confirmation_ = nullptr;  // new accounts only
    QDialogButtonBox *buttons_;
    StatusLine *status_;
    QLabel *summary_;  // the refusals, listed by errors_
    FieldErrors errors_;
};

} // namespace medinexus::client::gui
