#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

namespace punchclock::storage {

// PostgreSQL only. Every table of the schema announces its committed changes on one channel
// (a statement-level trigger sending NOTIFY with the table's name; PostgreSQL delivers it at
// commit, and once per transaction and table). Consoles on other PCs refresh on these instead
// of reading every table every few seconds.
namespace ChangeNotices {

constexpr char Channel[] = "punchclock_changes";

// Gives every table without one its trigger; cheap when all have one. Run after migrations
// (Connection::open), so tables added by later versions get theirs too.
bool install(QSqlDatabase db, QString *error);

} // namespace ChangeNotices

// Listens on a PostgreSQL connection of this thread (which needs an event loop) and reports the
// tables changed, gathered over a short moment so that a burst of commits is one report.
class ChangeListener : public QObject
{
    Q_OBJECT

public:
    explicit ChangeListener(QSqlDatabase db, QObject *parent = nullptr);
    ~ChangeListener() override;

    // False when the connection cannot listen (not PostgreSQL, the connection lost).
    bool listen();
    // After the connection was opened again (Connection::ensureConnected): a new session
    // listens on nothing.
    bool listenAgain();
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void tablesChanged(const QSet<QString> &tables);

private:
    void noticed(const QString &channel, const QVariant &payload);

    QSqlDatabase m_db;
    bool m_listening = false;
    bool m_connected = false; // to the driver's notification signal
    QSet<QString> m_pending;
    QTimer m_gather;
};

} // namespace punchclock::storage
