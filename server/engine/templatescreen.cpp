#include "templatescreen.h"

#include "digitcredential.h"
#include "terminalrepository.h"
#include "userrepository.h"

namespace punchclock::engine {

TemplateScreen::TemplateScreen(const storage::TerminalRepository &terminals, const storage::UserRepository &users)
    : m_terminals(terminals)
    , m_users(users)
{
}

TemplateTerminal TemplateScreen::terminal(const QString &devId) const
{
    TemplateTerminal terminal;
    terminal.devId = devId;
    if (const std::optional<storage::TerminalRow> row = m_terminals.find(devId)) {
        terminal.name = row->name;
        terminal.fpDataVersion = row->fpDataVersion;
        terminal.faceDataVersion = row->faceDataVersion;
        terminal.pvDataVersion = row->pvDataVersion;
        terminal.recordLibrary = row->recordLibrary;
        terminal.supportedEnrollData = row->supportedEnrollData;
        terminal.fingerSize = m_users.templateSizeFrom(devId, 0, 9);
        terminal.faceSize = m_users.templateSizeFrom(devId, 12, 12);
    }
    return terminal;
}

TemplateVerdict TemplateScreen::judge(const QString &userId, int backupNumber, const QByteArray &data,
                                      const QString &targetDevId) const
{
    TemplateOrigin origin;
    origin.size = data.size();
    for (const storage::CredentialInfo &stored : m_users.credentials(userId)) {
        if (stored.backupNumber != backupNumber || stored.sourceDevId.isEmpty()
            || m_users.credential(userId, backupNumber) != protocol::storedCredentialData(backupNumber, data))
            continue;
        origin.devId = stored.sourceDevId;
        origin.name = terminal(stored.sourceDevId).name;
        origin.dataVersion = stored.sourceDataVersion;
        origin.recordLibrary = stored.sourceRecordLibrary;
    }
    return judgeTemplate(backupNumber, origin, terminal(targetDevId));
}

QStringList TemplateScreen::screen(protocol::UserEnrollment *user, const QString &targetDevId) const
{
    QStringList notes;
    QList<protocol::Credential> kept;
    for (const protocol::Credential &credential : std::as_const(user->credentials)) {
        const TemplateVerdict verdict = judge(user->userId, credential.backupNumber, credential.data, targetDevId);
        if (!verdict.message.isEmpty())
            notes << verdict.message;
        if (verdict.sent())
            kept << credential;
    }
    user->credentials = kept;
    return notes;
}

} // namespace punchclock::engine
