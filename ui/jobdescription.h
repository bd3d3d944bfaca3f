#pragma once

#include "jobrepository.h"
#include "protocolcodes.h"
#include "statustone.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace punchclock::ui {

// A job in the console's words (ui-guide "Jobs"): the command with its parameters, the status
// with its tone, the terminal's return code and what the result did. Raw codes stay available
// for tooltips and the details pane.
class JobDescription
{
    Q_DECLARE_TR_FUNCTIONS(JobDescription)

public:
    // "Get logs", "Send user", …
    static QString commandName(protocol::CommandCode code);
    // "Get logs 2026-11-01 → 2026-11-23", "Rename user 12 to Alice", "Restart terminal".
    static QString commandText(protocol::CommandCode code, const QJsonObject &parameters);
    static QString commandText(const storage::JobRow &job);

    // "Queued", "Sent to terminal", "Done", "No answer", "Cancelled", or the refusal in words.
    static QString statusText(const storage::JobRow &job);
    static StatusTone statusTone(const storage::JobRow &job);
    // The terminal's cmd_return_code in words ("Not enrolled on the terminal"); empty for none.
    static QString returnCodeText(const QString &returnCode);
    // What the answer did ("Imported 1,204 punches, 17 already known"); empty while there is none.
    static QString resultText(const storage::JobRow &job);

    // The framed parameters as JSON, each binary reference followed by its size in bytes under
    // "(binary sizes)", as `punchclock job --json` shows them.
    static QJsonObject parametersJson(const QByteArray &framedParameters);
    // The same without the sizes: what an operator would send again.
    static QJsonObject editableParameters(const QByteArray &framedParameters);

    // "2026-11-01" at midnight, else "2026-11-01 08:30"; the text itself when it is no time.
    static QString wallTimeText(const QString &protocolTime);
    // backup_number in words: "Finger 1" … "Finger 10", "Password", "Card", "Face", "Palm 1", …
    static QString credentialName(int backupNumber);

private:
    // resultText() without what stayed behind at delivery.
    static QString outcomeText(const storage::JobRow &job);
};

} // namespace punchclock::ui
