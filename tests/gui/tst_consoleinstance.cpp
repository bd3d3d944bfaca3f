#include "consoleinstance.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace punchclock;

// One console per database: a second one on the same data finds the first over a real local
// socket, brings it to the front and leaves, as the real `punchclock` binary does.
class tst_ConsoleInstance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString database(const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.exists() && file.open(QIODevice::WriteOnly))
            file.close();
        return path;
    }

    static bool listens(ui::ConsoleInstance &instance)
    {
        QString error;
        const bool listening = instance.listen(&error);
        if (!listening)
            qWarning("cannot listen: %s", qPrintable(error));
        return listening;
    }

private Q_SLOTS:
    void aSecondConsoleOnTheSameDataActivatesTheFirst()
    {
        ui::ConsoleInstance first(database(QStringLiteral("punchclock.sqlite")));
        QVERIFY(listens(first));
        QSignalSpy activations(&first, &ui::ConsoleInstance::activationRequested);

        // Another spelling of the same file.
        ui::ConsoleInstance second(m_dir.path() + QStringLiteral("/./punchclock.sqlite"));
        QVERIFY(second.activateRunning());
        QTRY_COMPARE(activations.count(), 1);
    }

    void anotherDatabaseIsLeftAlone()
    {
        ui::ConsoleInstance first(database(QStringLiteral("one.sqlite")));
        QVERIFY(listens(first));
        QSignalSpy activations(&first, &ui::ConsoleInstance::activationRequested);
        ui::ConsoleInstance other(database(QStringLiteral("two.sqlite")));
        QVERIFY(!other.activateRunning());
        QVERIFY(listens(other));
        QTest::qWait(50);
        QCOMPARE(activations.count(), 0);
    }

    // A peer that sends something else is dropped without an activation.
    void aStrangerOnTheSocketIsIgnored()
    {
        const QString path = database(QStringLiteral("stranger.sqlite"));
        ui::ConsoleInstance first(path);
        QVERIFY(listens(first));
        QSignalSpy activations(&first, &ui::ConsoleInstance::activationRequested);
        QLocalSocket stranger;
        stranger.connectToServer(ui::ConsoleInstance::socketName(path));
        QVERIFY(stranger.waitForConnected(2000));
        stranger.write(QByteArray(200, 'x') + '\n');
        QTRY_COMPARE_WITH_TIMEOUT(stranger.state(), QLocalSocket::UnconnectedState, 5000);
        QCOMPARE(activations.count(), 0);
    }

    void theWindowComesToTheFront()
    {
        QWidget window;
        window.showMinimized();
        ui::ConsoleInstance::bringToFront(&window);
        QVERIFY(window.isVisible());
        QVERIFY(!window.isMinimized());
        window.hide(); // as in the system tray
        ui::ConsoleInstance::bringToFront(&window);
        QVERIFY(window.isVisible());
    }

    // The real binary, started on data a console has open, says so and exits at once.
    void theSecondProcessExitsWithAClearMessage()
    {
        const QString path = database(QStringLiteral("shared.sqlite"));
        ui::ConsoleInstance first(path);
        QVERIFY(listens(first));
        QSignalSpy activations(&first, &ui::ConsoleInstance::activationRequested);

        QProcess second;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        second.setProcessEnvironment(environment);
        second.start(QStringLiteral(PUNCHCLOCK_BINARY), {QStringLiteral("--db"), path});
        QVERIFY(second.waitForStarted());
        // Its event loop is here: the activation is answered while the other process waits.
        QTRY_COMPARE_WITH_TIMEOUT(activations.count(), 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(second.state(), QProcess::NotRunning, 20000);
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        const QString said = QString::fromLocal8Bit(second.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("Punchclock is already open on %1").arg(path)), qPrintable(said));
        // It left the data as it was: it never opened the database.
        QCOMPARE(QFileInfo(path).size(), 0);
    }
};

QTEST_MAIN(tst_ConsoleInstance)
#include "tst_consoleinstance.moc"
