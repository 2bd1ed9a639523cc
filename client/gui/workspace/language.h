#pragma once

// The application's language: French or English, following the system locale unless the user
// chose one in the settings. Installs MediNexus's catalogue (compiled into the program) and
// Qt's own (standard buttons and dialogs), and sets the default QLocale so dates and numbers
// follow the language with the system's region (fr_SN stays fr_SN; English on a French
// system becomes en with the system's region).

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

namespace medinexus::client::gui {

class Language {
public:
    // "fr", "en".
    static QStringList available();
    // The language of the system locale when available, else French (the users' first).
    static QString systemChoice();
    // "Français", "English": each in its own language.
    static QString nativeName(const QString &code);

    Language() = default;
    ~Language();
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    // Installs `code` ("" = systemChoice()); returns false (keeping the current language) when
    // the catalogue cannot be loaded. Widgets receive QEvent::LanguageChange.
    bool apply(const QString &code);
    [[nodiscard]] const QString &current() const { return current_; }

private:
    void removeTranslators();

    QString current_;
    std::unique_ptr<QTranslator> app_;
    std::unique_ptr<QTranslator> qt_;
};

} // namespace medinexus::client::gui
