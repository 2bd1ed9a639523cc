#pragma once

// The community's accounts, as the server holds them: create, edit, deactivate and
// reactivate, reset a password. Accounts are never deleted (the log and the entries they
// wrote keep naming them).

#include "client/gui/workspace/workspace.h"
#include "shared/model/facility.h"
#include "shared/model/user.h"

#include <QUuid>
#include <QWidget>

#include <optional>
#include <vector>

class QPushButton;
class QTableWidget;

namespace medinexus::client::gui {

class StatusLine;

class UsersPage : public QWidget {
    Q_OBJECT

public:
    explicit UsersPage(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the accounts and the facilities from the server again (also done each time the
    // page is shown).
    void reload();
    [[nodiscard]] bool isBusy() const { return busy_; }
    // The lists as last read from the server.
    [[nodiscard]] const std::vector<User> &users() const { return users_; }
    [[nodiscard]] const std::vector<Facility> &facilities() const { return facilities_; }

Q_SIGNALS:
    // An account was created or changed here.
    void usersChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fill();
    void updateButtons();
    void setBusy(bool busy);
    [[nodiscard]] std::optional<User> selected() const;
    [[nodiscard]] QString facilityName(const QUuid &id) const;
    void openDialog(std::optional<User> existing);
    void toggleSelected();
    void saveActive(User user, bool active);
    void resetSelectedPassword();
    void refuse(const QString &title, const QString &message);
    void reloadWithNotice(const QString &notice, bool isError);

    Workspace &workspace_;
    QTableWidget *table_;
    QPushButton *new_;
    QPushButton *edit_;
    QPushButton *toggle_;
    QPushButton *resetPassword_;
    QPushButton *reload_;
    StatusLine *status_;
    std::vector<User> users_;
    std::vector<Facility> facilities_;
    bool busy_ = false;
    QUuid selectAfterReload_;
    QString notice_;
    bool noticeIsError_ = false;
};

} // namespace medinexus::client::gui
