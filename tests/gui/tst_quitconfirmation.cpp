#include "consolecontext.h"
#include "consoletestbed.h"
#include "mainwindow.h"
#include "quitconfirmation.h"

#include "serverhost.h"

#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace punchclock;

// Closing the console's window while it runs the terminal server: it asks, and each answer
// does what it says to the real server on 127.0.0.1, checked with a real socket.
class tst_QuitConfirmation : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::ConsoleTestbed> m_bed;
    std::unique_ptr<ui::MainWindow> m_window;

    bool serverAccepts() const
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_bed->server()->port());
        return socket.waitForConnected(3000);
    }

    // Closes the window answering the question with the button `answer`; whether it was asked.
    bool closeAnswering(const char *answer, bool dontAskAgain = false)
    {
        bool asked = false;
        // Looked for from the event loop while exec() blocks close(); stopped with close().
        QTimer answering;
        answering.setInterval(10);
        connect(&answering, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("quitConfirmation"))
                return;
            asked = true;
            answering.stop();
            QVERIFY(box->informativeText().contains(QStringLiteral("terminals keep their punches")));
            QVERIFY(box->informativeText().contains(QLatin1String(ui::QuitConfirmation::ServiceCommand)));
            box->checkBox()->setChecked(dontAskAgain);
            auto *button = box->findChild<QPushButton *>(QLatin1String(answer));
            QVERIFY(button);
            button->click();
        });
        answering.start();
        m_window->close();
        return asked;
    }

private Q_SLOTS:
    void init()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("punchclock-test"));
        QCoreApplication::setApplicationName(QString::fromLatin1(QTest::currentTestFunction()));
        ui::QuitConfirmation::forget();
        m_bed = std::make_unique<test::ConsoleTestbed>();
        QString error;
        QVERIFY2(m_bed->open(&error), qPrintable(error));
        m_bed->createContext();
        m_window = std::make_unique<ui::MainWindow>(m_bed->context());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(serverAccepts());
    }

    void cleanup()
    {
        m_window.reset();
        m_bed.reset();
        ui::QuitConfirmation::forget();
    }

    void quitStopsTheServer()
    {
        QVERIFY(closeAnswering("quitAnyway"));
        QVERIFY(!m_window->isVisible());
        QVERIFY(!m_bed->server()->isRunning());
        QVERIFY(!serverAccepts());
    }

    // Offscreen there is no system tray: the window is minimised and the server goes on.
    void keepRunningLeavesTheServerListening()
    {
        QVERIFY(closeAnswering("keepRunning"));
        QVERIFY(m_window->isMinimized() || !m_window->isVisible());
        QVERIFY(m_bed->server()->isRunning());
        QVERIFY(serverAccepts());
    }

    void cancelLeavesEverythingAsItWas()
    {
        QVERIFY(closeAnswering("cancelQuit", true));
        QVERIFY(m_window->isVisible());
        QVERIFY(!m_window->isMinimized());
        QVERIFY(serverAccepts());
        // Cancel is not a choice to remember: the next close asks again.
        QVERIFY(closeAnswering("cancelQuit"));
    }

    void aChoiceIsRememberedOnlyWhenTicked()
    {
        QVERIFY(closeAnswering("keepRunning"));
        m_window->showNormal();
        QVERIFY(closeAnswering("keepRunning", true));
        m_window->showNormal();
        // Remembered: no question, and the server keeps running.
        QVERIFY(!closeAnswering("quitAnyway"));
        QVERIFY(serverAccepts());
    }

    void noQuestionWithoutARunningServer()
    {
        m_bed->server()->stop();
        QVERIFY(!closeAnswering("keepRunning"));
        QVERIFY(!m_window->isVisible());
    }
};

QTEST_MAIN(tst_QuitConfirmation)
#include "tst_quitconfirmation.moc"
