#pragma once

#include "consolereader.h"
#include "page.h"
#include "terminalcommands.h"
#include "terminaljobbanner.h"

#include <QHash>
#include <QTimeZone>
#include <QTimer>

#include <functional>

class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;

namespace punchclock::ui {

class DataTableView;
class DetailsSplitter;
class PageHeader;
class TerminalDetailsPane;
class TerminalTableModel;

// One row per terminal with its health, the commands in a toolbar and a context menu (the
// destructive ones in a Danger submenu, confirmed by typing the terminal's name), and the
// details of the selected terminal beside the table.
class TerminalsPage : public Page
{
    Q_OBJECT

public:
    explicit TerminalsPage(ConsoleContext &context, QWidget *parent = nullptr);
    ~TerminalsPage() override;
    void reload() override;

    // The terminal of the current row; null when none is selected.
    const storage::TerminalRow *selectedTerminal() const;
    // Every selected terminal (copies: a command's notices reload the model), in table order.
    QList<storage::TerminalRow> selectedTerminals() const;
    bool selectTerminal(const QString &devId);

private:
    // Acts on every selected terminal.
    QAction *addCommand(const QString &objectName, const QIcon &icon, const QString &text,
                        TerminalCommands::Command command);
    QAction *addCommand(const QString &objectName, const QIcon &icon, const QString &text,
                        TerminalCommands::CommandOnMany command);
    QAction *addCommand(const QString &objectName, const QIcon &icon, const QString &text,
                        const std::function<TerminalCommands::Result(const QList<storage::TerminalRow> &)> &act);
    // Acts on one terminal: disabled, saying why, while several are selected.
    QAction *addSingleCommand(const QString &objectName, const QIcon &icon, const QString &text,
                              TerminalCommands::Command command);
    void buildActions();
    void updateActions();
    void showContextMenu(const QPoint &position);
    void showKeypadActivity();
    // What a reload reads, on the console's reader.
    struct Snapshot
    {
        QList<storage::TerminalRow> terminals;
        QHash<QString, int> openJobs; // by dev_id
        QTimeZone siteZone;
        bool autoApprove = false;
    };
    static Snapshot read(const QSqlDatabase &db);
    void present(Snapshot snapshot);

    void report(const TerminalCommands::Result &result);

    TerminalCommands m_commands;
    TerminalJobBanner *m_banner;
    PageHeader *m_header;
    QLabel *m_autoApprove;
    QLabel *m_message;
    TerminalTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    DataTableView *m_view;
    TerminalDetailsPane *m_details;
    DetailsSplitter *m_splitter;
    QMenu *m_danger = nullptr;
    QList<QAction *> m_commandActions;
    QList<QAction *> m_singleActions; // disabled while several terminals are selected
    QAction *m_approve = nullptr;
    QAction *m_block = nullptr;
    QAction *m_sendCommand = nullptr;
    QAction *m_downloadUsers = nullptr;
    QAction *m_history = nullptr;
    QAction *m_keypadActivity = nullptr;
    QAction *m_pin = nullptr;
    QTimer m_ageTimer;
    QTimeZone m_siteZone = QTimeZone::systemTimeZone();
    RepeatedRead<Snapshot> m_read;
};

} // namespace punchclock::ui
