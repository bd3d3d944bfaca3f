#pragma once

#include "statustone.h"

#include <QDateTime>
#include <QScrollArea>
#include <QStringList>

class QLabel;
class QVBoxLayout;

namespace punchclock::ui {

// Something on the dashboard the operator should act on, with the action inline.
struct AttentionItem
{
    enum class Kind {
        PendingTerminal,      // Approve / Block
        OfflineTerminal,      // Show
        ClockOff,             // Sync time
        FailedJob,            // Retry / Details
        AddressChanged,       // Pin to this address (unless pinned) / Seen
        RegistrationsRefused, // Terminals
        BiometricsDue,        // Users
        PurgeFailed,          // nothing to do here: the removal is tried again every hour
        BackupStale,          // Backups (the Settings page)
        PortHeld,             // nothing to do here: another program holds the server's port
        NoTerminalYet,        // nothing to do here: the firewall hint says what to run
    };

    Kind kind = Kind::PendingTerminal;
    QString devId;
    qint64 jobId = 0;
    QString text;
    QString toolTip;
    StatusTone tone = StatusTone::Waiting;
    // AddressChanged: where the terminal talks from now (what Pin pins, so that a terminal that
    // moved again meanwhile is not pinned unseen), when it moved (what Seen hides) and whether
    // it is pinned already. Initialised here so that the other kinds can leave them out.
    QString address = {};
    QDateTime changedAt = {};
    bool pinned = false;
    // BiometricsDue: whose.
    QStringList userIds = {};
};

// The dashboard's Attention list: one row per item, each with its buttons. Buttons are named
// after what they act on ("approve_<dev_id>", "retry_<job id>", "pin_<dev_id>") so that tests
// and screen readers find them.
class AttentionList : public QScrollArea
{
    Q_OBJECT

public:
    explicit AttentionList(QWidget *parent = nullptr);

    void setItems(const QList<AttentionItem> &items);
    int count() const { return int(m_items.size()); }
    // Whether the operator may act (approve, block, sync, retry); when not, those buttons are
    // disabled and `why` says so. Showing a terminal or a job stays possible.
    void setActionsAllowed(bool allowed, const QString &why);

Q_SIGNALS:
    void approveRequested(const QString &devId);
    void blockRequested(const QString &devId);
    void syncTimeRequested(const QString &devId);
    void terminalRequested(const QString &devId);
    void retryRequested(qint64 jobId);
    void jobRequested(qint64 jobId);
    void pinRequested(const QString &devId, const QString &address);
    void seenRequested(const QString &devId, const QDateTime &changedAt);
    void waitingTerminalsRequested();
    void usersRequested(const QStringList &userIds);
    void backupSettingsRequested();

private:
    QWidget *rowFor(const AttentionItem &item);

    QList<AttentionItem> m_items;
    bool m_actionsAllowed = true;
    QString m_notAllowed;
    QVBoxLayout *m_rows;
    QLabel *m_allFine;
};

} // namespace punchclock::ui
