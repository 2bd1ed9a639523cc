#pragma once

// An administrator gives an account a new password (typed twice), e.g. for someone who forgot
// theirs. The server ends every session of that account.

#include "client/gui/workspace/field_errors.h"
#include "client/gui/workspace/workspace.h"
#include "shared/model/user.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace medinexus::client::gui {

class StatusLine;

class ResetPasswordDialog : public QDialog {
    Q_OBJECT

public:
    ResetPasswordDialog(Workspace &workspace, User account, QWidget *parent = nullptr);

    [[nodiscard]] const User &account() const { return account_; }

private:
    void save();
    void setBusy(bool busy);

    Workspace &workspace_;
    User account_;
    QLineEdit *password_;
    QLineEdit *confirmation_;
    QDialogButtonBox *buttons_;
    StatusLine *status_;
    QLabel *summary_;  // the refusals, listed by errors_
    FieldErrors errors_;
};

} // namespace medinexus::client::gui
