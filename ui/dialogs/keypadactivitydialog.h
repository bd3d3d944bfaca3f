#pragma once

#include "consolereader.h"
#include "keypadlogrepository.h"
#include "outcome.h"
#include "terminalcommands.h"
#include "terminalrepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;

namespace punchclock::ui {

class ConsoleContext;
class DataTableView;
class DatePresetPicker;
class KeypadLogTableModel;

// "Keypad activity": what managers did at one terminal's keypad (its administrator log, as last
// downloaded with GET_SLOG_DATA): when, who, what in words and to whom, filtered by date. Read
// with the operator's rights (operators and above); downloading again queues the command, and
// the table follows once the terminal answered.
class KeypadActivityDialog : public QDialog
{
    Q_OBJECT

public:
    KeypadActivityDialog(ConsoleContext &context, const storage::TerminalRow &terminal, QWidget *parent = nullptr);

    // Opens the dialog (non-modal, deleted on close) or says why the operator may not see it.
    static KeypadActivityDialog *showFor(ConsoleContext &context, const storage::TerminalRow &terminal,
                                         QWidget *parent);

    KeypadLogTableModel *model() const { return m_model; }
    DatePresetPicker *dates() const { return m_dates; }
    void reload();

private:
    // What a reload reads, on the console's reader.
    struct Entries
    {
        storage::KeypadLogFilter filter;
        std::optional<QList<storage::KeypadLogRow>> rows;
        services::Outcome why;
    };
    void present(Entries entries);
    void download();
    void updateDownload();

    ConsoleContext &m_context;
    storage::TerminalRow m_terminal;
    TerminalCommands m_commands;
    DatePresetPicker *m_dates;
    QPushButton *m_download;
    QLabel *m_message;
    QLabel *m_summary;
    KeypadLogTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_table;
    RepeatedRead<Entries> m_read;
};

} // namespace punchclock::ui
