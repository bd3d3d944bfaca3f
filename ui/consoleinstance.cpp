#include "consoleinstance.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalSocket>
#include <QTimer>
#include <QWidget>

#include <unistd.h>

namespace punchclock::ui {

namespace {

constexpr char activateRequest[] = "activate\n";
// A local peer that says nothing, or too much, is dropped: nothing waits on it for long.
constexpr int peerTimeoutMs = 2000;
constexpr qint64 maxRequestBytes = 64;

} // namespace

ConsoleInstance::ConsoleInstance(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_name(socketName(databasePath))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ConsoleInstance::answer);
}

QString ConsoleInstance::socketName(const QString &databasePath)
{
    const QFileInfo file(databasePath);
    // The folder may be a symbolic link: canonical when the file exists, absolute before. A
    // database URL stands for itself.
    const QString path = databasePath.contains(QLatin1String("://")) ? databasePath
        : file.exists()                                             ? file.canonicalFilePath()
                                                                    : file.absoluteFilePath();
    const QByteArray digest = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("punchclock-console-%1-%2").arg(::getuid()).arg(QString::fromLatin1(digest));
}

bool ConsoleInstance::activateRunning()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(peerTimeoutMs))
        return false;
    // No answer is awaited: the running console may be busy, and connecting proved it is there.
    socket.write(activateRequest);
    socket.waitForBytesWritten(peerTimeoutMs);
    socket.disconnectFromServer();
    return true;
}

bool ConsoleInstance::listen(QString *error)
{
    if (m_server.listen(m_name))
        return true;
    // A console that crashed left its socket file behind; nothing answered on it above.
    if (m_server.serverError() == QAbstractSocket::AddressInUseError) {
        QLocalServer::removeServer(m_name);
        if (m_server.listen(m_name))
            return true;
    }
    *error = m_server.errorString();
    return false;
}

void ConsoleInstance::answer()
{
    while (QLocalSocket *peer = m_server.nextPendingConnection()) {
        connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
        QTimer::singleShot(peerTimeoutMs, peer, [peer] { peer->abort(); });
        connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
            if (peer->canReadLine()) {
                if (peer->readLine(maxRequestBytes) == activateRequest)
                    Q_EMIT activationRequested();
                peer->abort();
            } else if (peer->bytesAvailable() > maxRequestBytes) {
                peer->abort();
            }
        });
    }
}

void ConsoleInstance::bringToFront(QWidget *window)
{
    if (!window)
        return;
    window->showNormal();
    window->raise();
    window->activateWindow();
}

} // namespace punchclock::ui
