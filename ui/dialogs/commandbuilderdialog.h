#pragma once

#include "commandforms/commandform.h"
#include "consolecontext.h"
#include "consolereader.h"
#include "terminalrepository.h"

#include <QDialog>
#include <QHash>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace punchclock::ui {

class TerminalPicker;

// Builds one command for one terminal (ui-guide "Command builder"): every command in a
// searchable list grouped Terminal · Users · Logs · Danger, a form of pickers for the chosen
// one, messages under each field from the protocol library's own validation (so the console
// refuses what the CLI refuses), a "What will be sent" preview, and Send, enabled only when
// everything is valid. After Send the dialog closes and the Jobs page shows the new job.
class CommandBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    CommandBuilderDialog(ConsoleContext &context, const CommandDraft &draft, QWidget *parent = nullptr);

    bool selectCommand(protocol::CommandCode code);
    CommandForm *currentForm() const;
    // The dev_id of the terminal chosen; empty while none is.
    QString terminalDevId() const;
    // The JSON of the preview: what is sent when valid, the form's input otherwise.
    QString previewText() const;
    bool canSend() const;

public Q_SLOTS:
    void send();
    void reject() override;

private:
    void buildCommandList();
    void filterCommands(const QString &text);
    void terminalChanged();
    void revalidate();
    // The terminals and users to choose from, as read on the console's reader.
    void showTerminals(const QList<storage::TerminalRow> &terminals, const CommandTerminal &chosen);
    void showUsers(const QList<storage::UserRow> &users);
    // What the forms need to know of the terminal `devId`.
    static CommandTerminal readTerminal(const QSqlDatabase &db, const QString &devId);

    ConsoleContext &m_context;
    QLineEdit *m_search;
    QTreeWidget *m_commands;
    TerminalPicker *m_terminal;
    QLabel *m_terminalMessage;
    QLabel *m_title;
    QStackedWidget *m_forms;
    QHash<protocol::CommandCode, CommandForm *> m_formByCode;
    QToolButton *m_previewToggle;
    QPlainTextEdit *m_preview;
    QLabel *m_previewNote;
    QLabel *m_sendError;
    QPushButton *m_send;
    bool m_valid = false;
    CommandTerminal m_chosen;
    struct Terminals
    {
        QList<storage::TerminalRow> list;
        CommandTerminal chosen; // as read again with the list
    };
    RepeatedRead<Terminals> m_terminalsRead;
    RepeatedRead<QList<storage::UserRow>> m_usersRead;
};

} // namespace punchclock::ui
