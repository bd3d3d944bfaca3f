#pragma once

#include <QLocale>
#include <QStringList>

namespace punchclock::ui {

// Loads Punchclock's translation (embedded under :/i18n) and Qt's own for the chosen
// language into the running application.
class TranslationLoader
{
public:
    // The QSettings key Settings writes: "" follows the system, else "en", "zh_CN", "es".
    static constexpr char LanguageKey[] = "ui/language";

    // Languages Punchclock ships, as locale names; English is the source language.
    static QStringList availableLanguages();
    // The language to use for a stored choice: the choice itself when shipped, otherwise the
    // first shipped language the system locale asks for, otherwise English.
    static QString resolve(const QString &choice, const QLocale &system = QLocale::system());
    // The locale dates and numbers are written in for `language`.
    static QLocale localeFor(const QString &language, const QLocale &system = QLocale::system());
    // Installs the translators for `language` (for English, only the plural forms) and makes
    // its locale the default. Returns the language now in effect, which is "en" when the
    // catalogue asked for could not be loaded.
    static QString install(const QString &language);
};

} // namespace punchclock::ui
