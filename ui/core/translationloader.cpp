#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace punchclock::ui {

namespace {

const QString english = QStringLiteral("en");

} // namespace

QStringList TranslationLoader::availableLanguages()
{
    return {english, QStringLiteral("zh_CN"), QStringLiteral("es")};
}

QString TranslationLoader::resolve(const QString &choice, const QLocale &system)
{
    const QStringList shipped = availableLanguages();
    if (shipped.contains(choice))
        return choice;
    for (const QString &wanted : system.uiLanguages()) {
        const QLocale locale(wanted);
        const QString name = locale.name(); // "zh_CN", "es_ES", "en_US"
        if (shipped.contains(name))
            return name;
        const QString language = name.section(QLatin1Char('_'), 0, 0);
        if (language == QLatin1String("zh") && locale.script() != QLocale::TraditionalChineseScript)
            return QStringLiteral("zh_CN");
        if (shipped.contains(language))
            return language;
    }
    return english;
}

QLocale TranslationLoader::localeFor(const QString &language, const QLocale &system)
{
    const QLocale wanted(language);
    // The system's own variant when it speaks the language ("es_MX", "en_GB", the C locale's
    // English), so that its region's formats stay; otherwise the language's main locale.
    const bool same = system.language() == wanted.language() ||
                      (wanted.language() == QLocale::English && system.language() == QLocale::C);
    return same ? system : wanted;
}

QString TranslationLoader::install(const QString &language)
{
    if (!availableLanguages().contains(language))
        return install(english);
    // Dates, times and numbers everywhere in the console follow the chosen language: every
    // QLocale() is this one.
    QLocale::setDefault(localeFor(language));
    // English is the source language; its catalogue holds only the plural forms ("1 job",
    // "2 jobs").
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(QStringLiteral(":/i18n/punchclock_") + language)) {
        delete own;
        return language == english ? english : install(english);
    }
    QCoreApplication::installTranslator(own);
    if (language == english)
        return english;
    // Qt's own strings (standard buttons, file dialogs); missing ones are not an error.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace punchclock::ui
