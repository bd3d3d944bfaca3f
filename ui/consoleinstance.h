#pragma once

#include <QLocalServer>
#include <QObject>

class QWidget;

namespace punchclock::ui {

// One console per database: a second one started on the same data would run without its
// terminal server (the first holds the port) and without saying so. The first console listens
// on a local socket named after the database; a later one finds it, asks it to come to the
// front, and leaves.
class ConsoleInstance : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleInstance(const QString &databasePath, QObject *parent = nullptr);

    // The socket's name: the same for every spelling of the database's path, per user.
    static QString socketName(const QString &databasePath);
    // Whether a console on this database is running; if so, it was asked to come to the front.
    bool activateRunning();
    // Listens for later consoles on this database; false with *error set when it cannot.
    bool listen(QString *error);
    // Shows `window` (also from the tray or minimised) in front of the others.
    static void bringToFront(QWidget *window);

Q_SIGNALS:
    // A later console on this database asked this one to come to the front.
    void activationRequested();

private:
    void answer();

    QString m_name;
    QLocalServer m_server;
};

} // namespace punchclock::ui
