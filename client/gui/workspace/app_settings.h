#pragma once

// The client's preferences (no secret, no patient data): the chosen language, the server
// profile and user name used last. Stored with QSettings in the user's configuration folder.

#include <QSettings>
#include <QString>
#include <QUuid>

#include <memory>

namespace medinexus::client::gui {

class AppSettings {
public:
    // `file`: an INI file (tests, --data-dir); empty: the platform's usual place.
    explicit AppSettings(const QString &file = {});

    // "" = follow the system.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &code);

    [[nodiscard]] QUuid lastProfile() const;
    void setLastProfile(const QUuid &id);
    [[nodiscard]] QString lastUsername(const QUuid &profile) const;
    void setLastUsername(const QUuid &profile, const QString &username);

private:
    std::unique_ptr<QSettings> settings_;
};

} // namespace medinexus::client::gui
