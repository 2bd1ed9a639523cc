#pragma once

// Adding or editing a server profile: the server form (first contact like SSH, see
// ServerProfileForm) and Save. Only a confirmed certificate is pinned; a profile that was
// pinned keeps its pin until another certificate is confirmed; a certificate the system
// already trusts may be used without a pin.

#include "client/core/net/server_profile.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace medinexus::client::gui {

class ServerProfileForm;

class ServerProfileDialog : public QDialog {
    Q_OBJECT

public:
    // `existing`: the profile to edit; a new one otherwise.
    explicit ServerProfileDialog(std::optional<ServerProfile> existing, QWidget *parent = nullptr);
    ~ServerProfileDialog() override;

    // The profile as saved (valid once the dialog was accepted).
    [[nodiscard]] const ServerProfile &profile() const { return profile_; }

private:
    void save();

    ServerProfile profile_;
    ServerProfileForm *form_ = nullptr;
    QPushButton *saveButton_ = nullptr;
};

} // namespace medinexus::client::gui
