#include "rawhttpclient.h"
#include "consoletestbed.h"
#include "freeport.h"
#include "widgetlookup.h"
#include "terminalrequestbuilder.h"

#include "backupsection.h"
#include "consolecontext.h"
#include "datasection.h"
#include "settingskeys.h"
#include "settingspage.h"
#include "translationloader.h"

#include "backupscheduler.h"
#include "connection.h"
#include "databasebackup.h"
#include "serverhost.h"
#include "serversettings.h"
#include "settingsrepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace punchclock;
using engine::BackupScheduler;
using engine::ServerSettings;

// The Settings page against the real server on 127.0.0.1 and a temporary database: what the
// operator changes reaches the database the server reads, and the server really moves.
class tst_SettingsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::SettingsPage> m_page;

    template <typename T>
    T *widget(const char *objectName) const
    {
        return test::findWidget<T>(m_page.get(), objectName);
    }

    QString stored(const char *key) const
    {
        return storage::SettingsRepository(m_bed->database()).value(QLatin1String(key));
    }

    static bool answersLikeAServer(quint16 port)
    {
        test::TerminalRequestBuilder request;
        request.requestCode = "receive_cmd";
        return test::sendRaw(port, request.build()).status == 200;
    }

    // Calls `answer` with the next modal dialog of type T, as often as it takes until it says
    // it has answered (a dialog may need a moment before it can be).
    template<typename T>
    static void whenModal(std::function<bool(T *)> answer)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, answer = std::move(answer)] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (dialog && answer(dialog))
                timer->deleteLater();
        });
        timer->start();
    }

    // Answers the next file or folder dialog with `path` (a folder to go to, or a file to
    // pick), as the operator would; an empty path takes what the dialog proposes.
    static void answerFileDialog(const QString &path)
    {
        whenModal<QFileDialog>([path](QFileDialog *dialog) {
            if (QFileInfo(path).isFile()) {
                // Typed as the operator would: selectFile() leaves a name field that has the
                // focus alone. The folder is read in the background; accept once the dialog
                // holds the file.
                if (dialog->selectedFiles() != QStringList{path}) {
                    if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                        name->setText(path);
                    return false;
                }
            } else if (!path.isEmpty()) {
                dialog->setDirectory(path);
            }
            QMetaObject::invokeMethod(dialog, &QDialog::accept);
            return true;
        });
    }

    // Presses the button of `role` in the next message box.
    static void answerMessageBox(QMessageBox::ButtonRole role)
    {
        whenModal<QMessageBox>([role](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role) {
                    button->click();
                    return true;
                }
            }
            return false;
        });
    }

    void selectLoopback()
    {
        auto *address = widget<QComboBox>("listenAddress");
        const int loopback = address->findData(QStringLiteral("127.0.0.1"));
        QVERIFY(loopback >= 0);
        address->setCurrentIndex(loopback);
    }

private Q_SLOTS:
    void init()
    {
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        QSettings().clear();
        QString error;
        QVERIFY2(m_bed->open(&error), qPrintable(error));
        m_bed->createContext();
        m_page = std::make_unique<ui::SettingsPage>(m_bed->context());
        m_page->resize(1000, 800);
        m_page->show();
        QApplication::setActiveWindow(m_page.get());
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    }

    void cleanup()
    {
        QSettings().clear();
        m_page.reset();
        m_bed.reset();
    }

    void applyingANewPortRestartsTheServerThere()
    {
        const quint16 oldPort = m_bed->server()->port();
        const quint16 newPort = test::freePort();
        QVERIFY(newPort != oldPort);
        QSignalSpy stateChanges(&m_bed->context(), &ui::ConsoleContext::serverStateChanged);
        selectLoopback();
        widget<QSpinBox>("listenPort")->setValue(newPort);
        QTest::mouseClick(widget<QPushButton>("applyListen"), Qt::LeftButton);

        QVERIFY(m_bed->server()->isRunning());
        QCOMPARE(m_bed->server()->port(), newPort);
        QVERIFY(answersLikeAServer(newPort));
        QVERIFY(!answersLikeAServer(oldPort));
        QCOMPARE(stored(ServerSettings::ListenKey), QStringLiteral("127.0.0.1:%1").arg(newPort));
        QVERIFY(m_bed->context().serverError().isEmpty());
        QVERIFY(stateChanges.count() > 0);
        QVERIFY(!widget<QLabel>("listenError")->isVisible());
        QVERIFY(widget<QLabel>("serverStateText")->text().contains(QString::number(newPort)));
    }

    void aBusyPortIsRefusedAndTheServerKeepsRunning()
    {
        const quint16 oldPort = m_bed->server()->port();
        storage::SettingsRepository(m_bed->database())
            .setValue(QLatin1String(ServerSettings::ListenKey), QStringLiteral("127.0.0.1:%1").arg(oldPort));
        QTcpServer otherProgram;
        QVERIFY(otherProgram.listen(QHostAddress::LocalHost, 0));
        selectLoopback();
        widget<QSpinBox>("listenPort")->setValue(otherProgram.serverPort());
        QTest::mouseClick(widget<QPushButton>("applyListen"), Qt::LeftButton);

        auto *error = widget<QLabel>("listenError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QString::number(otherProgram.serverPort())), qPrintable(error->text()));
        QVERIFY(m_bed->server()->isRunning());
        QCOMPARE(m_bed->server()->port(), oldPort);
        QVERIFY(answersLikeAServer(oldPort));
        QCOMPARE(stored(ServerSettings::ListenKey), QStringLiteral("127.0.0.1:%1").arg(oldPort));
    }

    void aCustomAddressThatIsNotAnAddressIsRefused()
    {
        auto *address = widget<QComboBox>("listenAddress");
        address->setCurrentIndex(address->findData(QStringLiteral("custom")));
        auto *custom = widget<QLineEdit>("customListenAddress");
        QVERIFY(custom->isVisible());
        custom->setText(QStringLiteral("front-desk"));
        const quint16 oldPort = m_bed->server()->port();
        QTest::mouseClick(widget<QPushButton>("applyListen"), Qt::LeftButton);
        QVERIFY(widget<QLabel>("listenError")->isVisible());
        QCOMPARE(m_bed->server()->port(), oldPort);
        QVERIFY(stored(ServerSettings::ListenKey).isEmpty());
    }

    void aServerChoiceWaitsForApplyThroughRefreshes()
    {
        selectLoopback();
        widget<QSpinBox>("listenPort")->setValue(9123);
        m_page->reload(); // what every outside commit (a punch stored) causes
        QCOMPARE(widget<QSpinBox>("listenPort")->value(), 9123);
        QCOMPARE(widget<QComboBox>("listenAddress")->currentData().toString(), QStringLiteral("127.0.0.1"));
        storage::SettingsRepository(m_bed->database())
            .setValue(QLatin1String(ServerSettings::ListenKey), QStringLiteral("0.0.0.0:8099"));
        m_page->reload(); // a new stored value (the CLI's `settings set`) does replace it
        QCOMPARE(widget<QSpinBox>("listenPort")->value(), 8099);
        QCOMPARE(widget<QComboBox>("listenAddress")->currentIndex(), 0);
    }

    void eachSettingReachesTheDatabase()
    {
        QSignalSpy changes(&m_bed->context(), &ui::ConsoleContext::settingsChanged);
        widget<QCheckBox>("autoApprove")->click();
        QCOMPARE(stored(ServerSettings::AutoApproveKey), QStringLiteral("1"));
        QVERIFY(changes.count() > 0);

        auto *zone = widget<QComboBox>("siteTimeZone");
        zone->setEditText(QStringLiteral("Asia/Tokyo"));
        Q_EMIT zone->lineEdit()->editingFinished();
        QCOMPARE(stored(ServerSettings::SiteTimeZoneKey), QStringLiteral("Asia/Tokyo"));
        zone->setEditText(QStringLiteral("Mars/Olympus_Mons"));
        Q_EMIT zone->lineEdit()->editingFinished();
        QVERIFY(widget<QLabel>("siteTimeZoneError")->isVisible());
        QCOMPARE(stored(ServerSettings::SiteTimeZoneKey), QStringLiteral("Asia/Tokyo"));

        auto *timeout = widget<QSpinBox>("commandTimeout");
        timeout->setValue(600);
        Q_EMIT timeout->editingFinished();
        QCOMPARE(stored(ServerSettings::CommandTimeoutKey), QStringLiteral("600"));
        widget<QCheckBox>("clockAutoSync")->click();
        QCOMPARE(stored(ServerSettings::ClockSyncKey), QStringLiteral("0"));
        QVERIFY(!widget<QSpinBox>("clockSyncThreshold")->isEnabled());
        widget<QCheckBox>("clockAutoSync")->click();
        auto *threshold = widget<QSpinBox>("clockSyncThreshold");
        threshold->setValue(45);
        Q_EMIT threshold->editingFinished();
        QCOMPARE(stored(ServerSettings::ClockSyncThresholdKey), QStringLiteral("45"));
        auto *readBack = widget<QCheckBox>("readBackWrites");
        QVERIFY(readBack->isChecked()); // on until switched off
        readBack->click();
        QCOMPARE(stored(ServerSettings::ReadBackWritesKey), QStringLiteral("0"));
        QVERIFY(!ServerSettings::load(storage::SettingsRepository(m_bed->database())).readBackWrites);
        readBack->click();
        QCOMPARE(stored(ServerSettings::ReadBackWritesKey), QStringLiteral("1"));
        auto *enrollTimeout = widget<QSpinBox>("enrollTimeout");
        QCOMPARE(enrollTimeout->value(), 120); // the default shown
        enrollTimeout->setValue(90);
        Q_EMIT enrollTimeout->editingFinished();
        QCOMPARE(ServerSettings::load(storage::SettingsRepository(m_bed->database())).enrollTimeoutSeconds, 90);
        // What the server will act on within 2 s.
        const ServerSettings loaded = ServerSettings::load(storage::SettingsRepository(m_bed->database()));
        QVERIFY(loaded.autoApproveTerminals);
        QCOMPARE(loaded.siteTimeZone.id(), QByteArray("Asia/Tokyo"));
        QCOMPARE(loaded.commandTimeoutSeconds, 600);
        QCOMPARE(loaded.clockSyncThresholdSeconds, 45);

        // Never configured: the daily backup is on, into backups/ next to the data.
        auto *daily = widget<QCheckBox>("backupDaily");
        auto *folder = widget<QLineEdit>("backupFolder");
        QVERIFY(daily->isChecked());
        QCOMPARE(folder->text(), QDir::toNativeSeparators(m_bed->filePath(QStringLiteral("backups"))));
        daily->click();
        QCOMPARE(stored(BackupScheduler::DailyKey), QStringLiteral("0"));
        folder->setText(QStringLiteral("relative/folder"));
        Q_EMIT folder->editingFinished();
        QVERIFY(widget<QLabel>("backupFolderError")->isVisible());
        QVERIFY(stored(BackupScheduler::FolderKey).isEmpty());
        const QString backups = m_bed->filePath(QStringLiteral("elsewhere"));
        folder->setText(backups);
        Q_EMIT folder->editingFinished();
        QCOMPARE(stored(BackupScheduler::FolderKey), backups);
        QVERIFY(QFileInfo(backups).isDir());
        daily->click();
        QCOMPARE(stored(BackupScheduler::DailyKey), QStringLiteral("1"));
        auto *keep = widget<QSpinBox>("backupKeep");
        QCOMPARE(keep->value(), BackupScheduler::DefaultKeep);
        keep->setValue(7);
        Q_EMIT keep->editingFinished();
        QCOMPARE(stored(BackupScheduler::KeepKey), QStringLiteral("7"));

        auto *language = widget<QComboBox>("language");
        language->setCurrentIndex(language->findData(QStringLiteral("es")));
        Q_EMIT language->activated(language->currentIndex());
        QCOMPARE(QSettings().value(QLatin1String(ui::TranslationLoader::LanguageKey)).toString(), QStringLiteral("es"));
    }

    void aChangeFromAnotherProcessShowsWithoutEatingWhatIsTyped()
    {
        auto *zone = widget<QComboBox>("siteTimeZone");
        zone->setFocus();
        QTRY_VERIFY(zone->hasFocus());
        zone->setEditText(QStringLiteral("Europe/Mad"));

        // Another connection, as the CLI's `settings set` would use.
        QString error;
        const auto other = storage::Connection::open(m_bed->config(), &error);
        QVERIFY2(other, qPrintable(error));
        storage::SettingsRepository settings(other->database());
        QSignalSpy changes(&m_bed->context(), &ui::ConsoleContext::settingsChanged);
        // The context compares with what it saw at its first look, 2 s after it started; until
        // it has looked, commit something new each time so that it has a change to notice.
        int nudge = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            settings.setValue(QStringLiteral("test.nudge"), QString::number(++nudge)) && changes.count() > 0, 10000);
        changes.clear();
        QVERIFY(settings.setValue(QLatin1String(ServerSettings::CommandTimeoutKey), QStringLiteral("777")));
        QVERIFY(settings.setValue(QLatin1String(ServerSettings::AutoApproveKey), QStringLiteral("1")));
        QVERIFY(settings.setValue(QLatin1String(ServerSettings::SiteTimeZoneKey), QStringLiteral("America/Lima")));
        QVERIFY(changes.wait(5000));
        QCOMPARE(widget<QSpinBox>("commandTimeout")->value(), 777);
        QVERIFY(widget<QCheckBox>("autoApprove")->isChecked());
        QCOMPARE(zone->currentText(), QStringLiteral("Europe/Mad"));

        widget<QSpinBox>("commandTimeout")->setFocus();
        QTRY_VERIFY(!zone->hasFocus());
        m_page->reload();
        QCOMPARE(zone->currentText(), QStringLiteral("America/Lima"));
    }

    void backUpNowWritesAFileThatRestoreAccepts()
    {
        QVERIFY(storage::SettingsRepository(m_bed->database())
                    .setValue(QLatin1String(BackupScheduler::FolderKey), m_bed->folder()));
        auto *section = m_page->findChild<ui::BackupSection *>();
        QVERIFY(section);
        QVERIFY(!widget<QLabel>("lastManualBackup")->isVisible());
        QSignalSpy finished(section, &ui::BackupSection::backupFinished);
        answerFileDialog({});
        QTest::mouseClick(widget<QPushButton>("backupNow"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);

        // The dialog proposes a dated name in the backup folder that the daily backups' pruning
        // leaves alone.
        const QString file = stored(BackupScheduler::ManualFileKey);
        QCOMPARE(QFileInfo(file).absolutePath(), m_bed->folder());
        QVERIFY2(QRegularExpression(QStringLiteral("^punchclock-manual-\\d{8}-\\d{6}\\.sqlite$"))
                     .match(QFileInfo(file).fileName())
                     .hasMatch(),
                 qPrintable(file));
        const storage::DatabaseBackup::Result checked = storage::DatabaseBackup::check(file);
        QVERIFY2(checked.ok(), qPrintable(checked.detail));
        QCOMPARE(storage::DatabaseBackup::pruneBackups(m_bed->folder(), 1), 0);
        QVERIFY(QFile::exists(file));

        // Recorded as a backup by hand: the daily schedule does not move.
        QCOMPARE(stored(BackupScheduler::ManualResultKey), QStringLiteral("ok"));
        QVERIFY(stored(BackupScheduler::LastAtKey).isEmpty());
        QVERIFY(widget<QLabel>("lastManualBackup")->isVisible());
        QVERIFY(widget<QLabel>("lastManualBackup")->text().contains(QDir::toNativeSeparators(file)));
        QCOMPARE(widget<QLabel>("lastBackup")->text(), QStringLiteral("No backup yet"));
        QVERIFY(widget<QPushButton>("backupNow")->isEnabled());
    }

    void restoreBringsTheBackupsDataBack()
    {
        storage::SettingsRepository settings(m_bed->database());
        QVERIFY(settings.setValue(QLatin1String(ServerSettings::CommandTimeoutKey), QStringLiteral("600")));
        const QString file = m_bed->filePath(QStringLiteral("before.sqlite"));
        const storage::DatabaseBackup::Result made = storage::DatabaseBackup(m_bed->database()).backupTo(file);
        QVERIFY2(made.ok(), qPrintable(made.detail));
        QVERIFY(settings.setValue(QLatin1String(ServerSettings::CommandTimeoutKey), QStringLiteral("900")));
        m_page->reload();
        QCOMPARE(widget<QSpinBox>("commandTimeout")->value(), 900);

        auto *section = m_page->findChild<ui::BackupSection *>();
        QVERIFY(section);
        QSignalSpy finished(section, &ui::BackupSection::restoreFinished);
        QSignalSpy signInAgain(&m_bed->context(), &ui::ConsoleContext::signInRequested);
        answerFileDialog(file);
        answerMessageBox(QMessageBox::DestructiveRole);
        QTest::mouseClick(widget<QPushButton>("restoreBackup"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        // The restored data has its own accounts: the console asks who acts from now on.
        QCOMPARE(signInAgain.count(), 1);

        // The data of the backup, in the database and on the page.
        QCOMPARE(stored(ServerSettings::CommandTimeoutKey), QStringLiteral("600"));
        QTRY_COMPARE(widget<QSpinBox>("commandTimeout")->value(), 600);
        QVERIFY(widget<QLabel>("backupProgress")->text().contains(QDir::toNativeSeparators(file)));
        QVERIFY(widget<QPushButton>("restoreBackup")->isEnabled());
    }

    void movingTheDatabaseCopiesItAndRemembersTheFolder()
    {
        const QString folder = m_bed->filePath(QStringLiteral("moved"));
        QVERIFY(QDir().mkpath(folder));
        auto *section = m_page->findChild<ui::DataSection *>();
        QVERIFY(section);
        QSignalSpy finished(section, &ui::DataSection::moveFinished);
        answerFileDialog(folder);
        QTest::mouseClick(widget<QPushButton>("moveDatabase"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(storage::DatabaseBackup::check(QDir(folder).filePath(QStringLiteral("punchclock.sqlite"))).ok());
        QCOMPARE(QSettings().value(QLatin1String(ui::settingskeys::DatabaseFolder)).toString(), folder);
        QVERIFY(widget<QLabel>("databaseNextStart")->text().contains(QDir::toNativeSeparators(folder)));

        // A second move into the same folder does not overwrite the copy.
        answerFileDialog(folder);
        QSettings().remove(QLatin1String(ui::settingskeys::DatabaseFolder));
        QTest::mouseClick(widget<QPushButton>("moveDatabase"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(widget<QLabel>("databaseMoveError")->isVisible());
    }
};

QTEST_MAIN(tst_SettingsPage)
#include "tst_settingspage.moc"
