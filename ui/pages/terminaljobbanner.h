#pragma once

#include "consolereader.h"
#include "terminalcommands.h"

#include "jobrepository.h"
#include "terminalrepository.h"

#include <QHash>
#include <QObject>

class QLabel;

namespace punchclock::ui {

class ConsoleContext;

// The Terminals page's message after an action: "…is queued" with a link to the job, then,
// following the jobs from the console's change notices as the Jobs page does, what became of
// them: done (with what the answer did), or failed with why, terminal by terminal.
class TerminalJobBanner : public QObject
{
    Q_OBJECT

public:
    TerminalJobBanner(ConsoleContext &context, QLabel *label);

    // False when there was nothing to show (a cancelled action).
    bool show(const TerminalCommands::Result &result);

private:
    // The followed jobs as read on the console's reader: all of them once all have ended.
    struct Followed
    {
        QList<qint64> jobIds; // what was asked for
        bool ended = false;
        QList<storage::JobRow> jobs;
        QHash<QString, storage::TerminalRow> terminals; // by dev_id
    };
    void follow();
    static Followed read(const QSqlDatabase &db, const QList<qint64> &jobIds);
    void present(const Followed &followed);
    // The outcome of the followed jobs, all ended.
    QString outcome(const Followed &followed, bool *failed) const;
    void showText(const QString &text, bool failed);

    ConsoleContext &m_context;
    QLabel *m_label;
    TerminalCommands::Result m_result;
    RepeatedRead<Followed> m_read;
};

} // namespace punchclock::ui
