#include "client/gui/workspace/app_settings.h"

namespace medinexus::client::gui {

AppSettings::AppSettings(const QString &file)
    : settings_(file.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(file, QSettings::IniFormat))
{
}

QString AppSettings::language() const
{
    return settings_->value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &code)
{
    settings_->setValue(QStringLiteral("ui/language"), code);
}

QUuid AppSettings::lastProfile() const
{
    return QUuid::fromString(settings_->value(QStringLiteral("login/lastProfile")).toString());
}

void AppSettings::setLastProfile(const QUuid &id)
{
    settings_->setValue(QStringLiteral("login/lastProfile"), id.toString(QUuid::WithoutBraces));
}

QString AppSettings::lastUsername(const QUuid &profile) const
{
    return settings_->value(QStringLiteral("login/user-%1").arg(profile.toString(QUuid::WithoutBraces))).toString();
}

void AppSettings::setLastUsername(const QUuid &profile, const QString &username)
{
    settings_->setValue(QStringLiteral("login/user-%1").arg(profile.toString(QUuid::WithoutBraces)), username);
}

} // namespace medinexus::client::gui
