#include "client/gui/workspace/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace medinexus::client::gui {

QStringList Language::available()
{
    return {QStringLiteral("fr"), QStringLiteral("en")};
}

QString Language::systemChoice()
{
    const QString system = QLocale::languageToCode(QLocale::system().language());
    return available().contains(system) ? system : QStringLiteral("fr");
}

QString Language::nativeName(const QString &code)
{
    if (code == QLatin1String("fr"))
        return QStringLiteral("Français");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

Language::~Language()
{
    removeTranslators();
}

void Language::removeTranslators()
{
    if (app_)
        QCoreApplication::removeTranslator(app_.get());
    if (qt_)
        QCoreApplication::removeTranslator(qt_.get());
    app_.reset();
    qt_.reset();
}

bool Language::apply(const QString &requested)
{
    const QString code = requested.isEmpty() ? systemChoice() : requested;
    if (!available().contains(code))
        return false;
    auto app = std::make_unique<QTranslator>();
    // The installed catalogues first (packages put them beside the program's share/, where a
    // distribution may update them), then the copy compiled into the program, so a build tree
    // or a copied binary still speaks French.
    const QString file = QStringLiteral("medinexus_%1").arg(code);
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/medinexus/translations");
    if (!app->load(file, installed) && !app->load(file, QStringLiteral(":/i18n")))
        return false;
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    removeTranslators();
    app_ = std::move(app);
    QCoreApplication::installTranslator(app_.get());
    if (haveQt) {
        qt_ = std::move(qt);
        QCoreApplication::installTranslator(qt_.get());
    }
    // The language with the system's region, so a clinic's date and number habits stay.
    const QLocale::Language language = code == QLatin1String("fr") ? QLocale::French : QLocale::English;
    const QLocale system = QLocale::system();
    QLocale locale(language, system.language() == language ? system.territory() : QLocale::AnyTerritory);
    QLocale::setDefault(locale);
    current_ = code;
    return true;
}

} // namespace medinexus::client::gui
