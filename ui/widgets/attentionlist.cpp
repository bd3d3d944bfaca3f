#include "attentionlist.h"

#include "icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace punchclock::ui {

namespace {

constexpr int iconSize = 16;

} // namespace

AttentionList::AttentionList(QWidget *parent)
    : QScrollArea(parent)
    , m_rows(new QVBoxLayout)
    , m_allFine(new QLabel(tr("Nothing needs your attention.")))
{
    setObjectName(QStringLiteral("attentionList"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    m_allFine->setObjectName(QStringLiteral("attentionAllFine"));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    layout->addWidget(m_allFine);
    layout->addLayout(m_rows);
    layout->addStretch(1);
    setWidget(content);
}

void AttentionList::setItems(const QList<AttentionItem> &items)
{
    // Rebuilt whole: the list is short, and a button must never act on a row that moved.
    while (QLayoutItem *row = m_rows->takeAt(0)) {
        delete row->widget();
        delete row;
    }
    m_items = items;
    for (const AttentionItem &item : items)
        m_rows->addWidget(rowFor(item));
    m_allFine->setVisible(items.isEmpty());
}

void AttentionList::setActionsAllowed(bool allowed, const QString &why)
{
    m_actionsAllowed = allowed;
    m_notAllowed = why;
    setItems(QList<AttentionItem>(m_items));
}

QWidget *AttentionList::rowFor(const AttentionItem &item)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 2, 0, 2);

    auto *icon = new QLabel;
    icon->setObjectName(QStringLiteral("attentionIcon"));
    icon->setPixmap(toneIcon(item.tone).pixmap(iconSize, iconSize));
    auto *text = new QLabel(item.text);
    text->setObjectName(QStringLiteral("attentionText"));
    text->setWordWrap(true);
    text->setToolTip(item.toolTip);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);

    // `acts`: the button changes something, which the operator's role may not allow.
    const auto button = [&](const QString &label, const QString &name, const char *iconName, auto onClick,
                            bool acts = true) {
        auto *pushButton = new QPushButton(themedIcon(iconName), label);
        pushButton->setObjectName(name);
        if (acts && !m_actionsAllowed) {
            pushButton->setEnabled(false);
            pushButton->setToolTip(m_notAllowed);
        }
        connect(pushButton, &QPushButton::clicked, this, onClick);
        layout->addWidget(pushButton, 0, Qt::AlignTop);
    };
    const QString devId = item.devId;
    const qint64 jobId = item.jobId;
    switch (item.kind) {
    case AttentionItem::Kind::PendingTerminal:
        row->setObjectName(QStringLiteral("pending_") + devId);
        button(tr("&Approve"), QStringLiteral("approve_") + devId, "dialog-ok-apply",
               [this, devId] { Q_EMIT approveRequested(devId); });
        button(tr("&Block"), QStringLiteral("block_") + devId, "dialog-cancel",
               [this, devId] { Q_EMIT blockRequested(devId); });
        break;
    case AttentionItem::Kind::OfflineTerminal:
        row->setObjectName(QStringLiteral("offline_") + devId);
        button(
            tr("Show"), QStringLiteral("show_") + devId, "network-server",
            [this, devId] { Q_EMIT terminalRequested(devId); }, false);
        break;
    case AttentionItem::Kind::ClockOff:
        row->setObjectName(QStringLiteral("clock_") + devId);
        button(tr("Sync time"), QStringLiteral("sync_") + devId, "chronometer",
               [this, devId] { Q_EMIT syncTimeRequested(devId); });
        break;
    case AttentionItem::Kind::FailedJob:
        row->setObjectName(QStringLiteral("failed_%1").arg(jobId));
        button(tr("&Retry"), QStringLiteral("retry_%1").arg(jobId), "view-refresh",
               [this, jobId] { Q_EMIT retryRequested(jobId); });
        button(
            tr("Details"), QStringLiteral("job_%1").arg(jobId), "view-task",
            [this, jobId] { Q_EMIT jobRequested(jobId); }, false);
        break;
    case AttentionItem::Kind::AddressChanged: {
        row->setObjectName(QStringLiteral("moved_") + devId);
        const QString address = item.address;
        const QDateTime changedAt = item.changedAt;
        if (!item.pinned)
            button(tr("&Pin to this address"), QStringLiteral("pin_") + devId, "view-certificate",
                   [this, devId, address] { Q_EMIT pinRequested(devId, address); });
        button(
            tr("Seen"), QStringLiteral("seen_") + devId, "dialog-ok-apply",
            [this, devId, changedAt] { Q_EMIT seenRequested(devId, changedAt); }, false);
        break;
    }
    case AttentionItem::Kind::RegistrationsRefused:
        row->setObjectName(QStringLiteral("registrationsRefused"));
        button(
            tr("Terminals"), QStringLiteral("showWaitingTerminals"), "network-server",
            [this] { Q_EMIT waitingTerminalsRequested(); }, false);
        break;
    case AttentionItem::Kind::BiometricsDue: {
        row->setObjectName(QStringLiteral("biometricsDue"));
        const QStringList userIds = item.userIds;
        button(
            tr("Users"), QStringLiteral("showDueUsers"), "system-users",
            [this, userIds] { Q_EMIT usersRequested(userIds); }, false);
        break;
    }
    case AttentionItem::Kind::PurgeFailed: row->setObjectName(QStringLiteral("purgeFailed")); break;
    case AttentionItem::Kind::BackupStale:
        row->setObjectName(QStringLiteral("backupStale"));
        button(
            tr("Backups"), QStringLiteral("showBackupSettings"), "document-save",
            [this] { Q_EMIT backupSettingsRequested(); }, false);
        break;
    case AttentionItem::Kind::PortHeld: row->setObjectName(QStringLiteral("portHeld")); break;
    case AttentionItem::Kind::NoTerminalYet: row->setObjectName(QStringLiteral("noTerminalYet")); break;
    }
    return row;
}

} // namespace punchclock::ui
