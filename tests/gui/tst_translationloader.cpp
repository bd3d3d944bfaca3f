#include "translationloader.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTest>
#include <QTranslator>

using ui = punchclock::ui::TranslationLoader;

// The console speaks the language the user chose, or the system's when Punchclock ships it;
// Qt's own buttons follow; English gets its plural forms.
class tst_TranslationLoader : public QObject
{
    Q_OBJECT

private:
    static QString dashboard()
    {
        return QCoreApplication::translate("punchclock::ui::MainWindow", "Dashboard");
    }

    static QString cancelButton()
    {
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        return buttons.button(QDialogButtonBox::Cancel)->text();
    }

private Q_SLOTS:
    void cleanup()
    {
        qDeleteAll(qApp->findChildren<QTranslator *>()); // a deleted translator leaves the application
    }

    void resolve_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system Chinese") << QString() << QStringLiteral("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("system Singapore Chinese") << QString() << QStringLiteral("zh_SG") << QStringLiteral("zh_CN");
        QTest::newRow("system Traditional Chinese") << QString() << QStringLiteral("zh_TW") << QStringLiteral("en");
        QTest::newRow("system Mexican Spanish") << QString() << QStringLiteral("es_MX") << QStringLiteral("es");
        QTest::newRow("system German") << QString() << QStringLiteral("de_DE") << QStringLiteral("en");
        QTest::newRow("chosen beats system") << QStringLiteral("es") << QStringLiteral("zh_CN") << QStringLiteral("es");
        QTest::newRow("chosen English") << QStringLiteral("en") << QStringLiteral("es_ES") << QStringLiteral("en");
        QTest::newRow("unknown choice") << QStringLiteral("fr") << QStringLiteral("es_ES") << QStringLiteral("es");
    }

    void resolve()
    {
        QFETCH(QString, choice);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(ui::resolve(choice, QLocale(system)), expected);
    }

    void chineseTranslatesTheConsoleAndQt()
    {
        QCOMPARE(dashboard(), QStringLiteral("Dashboard"));
        QCOMPARE(ui::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(dashboard(), QStringLiteral("概览"));
        QCOMPARE(cancelButton(), QStringLiteral("取消"));
    }

    void spanishTranslatesTheConsoleAndQt()
    {
        QCOMPARE(ui::install(QStringLiteral("es")), QStringLiteral("es"));
        QCOMPARE(dashboard(), QStringLiteral("Panel"));
        QCOMPARE(cancelButton(), QStringLiteral("Cancelar"));
    }

    void englishHasItsPluralForms()
    {
        QCOMPARE(ui::install(QStringLiteral("en")), QStringLiteral("en"));
        const char *context = "ServerStatus"; // Q_DECLARE_TR_FUNCTIONS(ServerStatus)
        QCOMPARE(QCoreApplication::translate(context, "%n job(s) pending", nullptr, 1), QStringLiteral("1 job pending"));
        QCOMPARE(QCoreApplication::translate(context, "%n job(s) pending", nullptr, 3), QStringLiteral("3 jobs pending"));
        QCOMPARE(dashboard(), QStringLiteral("Dashboard"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(ui::install(QStringLiteral("fr")), QStringLiteral("en"));
        QCOMPARE(dashboard(), QStringLiteral("Dashboard"));
    }
};

QTEST_MAIN(tst_TranslationLoader)
#include "tst_translationloader.moc"
