#include "portholder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace punchclock::ui {

namespace {

constexpr char listenState[] = "0A";
// A machine with many connections has long tables; the listeners come first in practice, but
// the whole file is read, bounded so that a broken /proc cannot stall the console.
constexpr qint64 maxTableBytes = 16 * 1024 * 1024;
constexpr qint64 maxCommandBytes = 4096;

// The inodes of sockets listening on `port` in one of /proc/net/tcp, tcp6.
QSet<QString> listeningInodes(const QString &table, quint16 port)
{
    QSet<QString> inodes;
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return inodes;
    const QList<QByteArray> lines = file.read(maxTableBytes).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        // "sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode …"
        const QList<QByteArray> fields = lines.at(i).simplified().split(' ');
        if (fields.size() < 10 || fields.at(3) != listenState)
            continue;
        bool ok = false;
        const QByteArray &local = fields.at(1);
        const uint localPort = local.mid(local.lastIndexOf(':') + 1).toUInt(&ok, 16);
        if (ok && localPort == port)
            inodes.insert(QString::fromLatin1(fields.at(9)));
    }
    return inodes;
}

} // namespace

std::optional<PortHolder> PortHolder::find(quint16 port, const QString &procRoot)
{
    const QDir proc(procRoot);
    QSet<QString> inodes = listeningInodes(proc.filePath(QStringLiteral("net/tcp")), port);
    inodes.unite(listeningInodes(proc.filePath(QStringLiteral("net/tcp6")), port));
    if (inodes.isEmpty())
        return std::nullopt;

    PortHolder holder;
    const QStringList pids = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        const qint64 number = pid.toLongLong(&numeric);
        if (!numeric)
            continue;
        const QDir fds(proc.filePath(pid + QStringLiteral("/fd")));
        // Other users' processes are unreadable: entryList() is then empty.
        for (const QFileInfo &fd : fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
            // "socket:[12345]", which QFileInfo makes a path below the fd folder.
            const QString target = fd.symLinkTarget();
            if (!target.contains(QLatin1String("socket:[")) || !target.endsWith(QLatin1Char(']')) ||
                !inodes.contains(target.section(QLatin1Char('['), -1).chopped(1)))
                continue;
            holder.pid = number;
            QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
            if (cmdline.open(QIODevice::ReadOnly))
                holder.command = QString::fromLocal8Bit(cmdline.read(maxCommandBytes).replace('\0', ' ')).trimmed();
            return holder;
        }
    }
    return holder;
}

} // namespace punchclock::ui
