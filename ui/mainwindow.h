#pragma once

#include "consolecontext.h"
#include "consolereader.h"
#include "serverstatus.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QStandardItemModel;

namespace punchclock::ui {

class ConsoleLock;
class NavigationList;
class Page;

// The console's window: a navigation list on the left, one page per area on the right, a
// search box for users and terminals, and a status bar that always tells whether terminals
// can reach this PC and who is signed in. The pages do the work; the window only routes
// between them, and locks (ConsoleLock).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Page *page(PageId id) const;
    PageId currentPage() const;
    void showPage(PageId id);
    // Locks after the idle time of the settings, and on Ctrl+L.
    ConsoleLock *consoleLock() const { return m_lock; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(PageId id, Page *page, const QIcon &icon, const QString &title);
    QWidget *createSearchBox();
    void createMenus();
    void updateStatusBar();
    void showStatus(const ServerStatus::Counts &counts);
    // Who is signed in, and what their role lets them reach from the menus.
    void showActor();
    void changeOwnPassword();
    // After a restore: the restored accounts decide who acts from here.
    void signInAgain();
    void updateSearchCompletions();
    void showSearchCompletions(const QList<ServerStatus::SearchEntry> &entries);
    void openSearchResult(const QModelIndex &index);
    void openCommandBuilder(const CommandDraft &draft);
    void restoreWindowState();

    ConsoleContext &m_context;
    NavigationList *m_navigation;
    QStackedWidget *m_pages;
    QLineEdit *m_search = nullptr;
    QStandardItemModel *m_searchItems = nullptr;
    QLabel *m_serverState = nullptr;
    QLabel *m_terminalState = nullptr;
    QLabel *m_jobState = nullptr;
    QLabel *m_signedIn = nullptr;
    QAction *m_newCommand = nullptr;
    QAction *m_changePassword = nullptr;
    QList<QAction *> m_goActions; // Go menu, one per page in PageId order
    ConsoleLock *m_lock = nullptr;
    QTimer m_statusTimer;
    RepeatedRead<ServerStatus::Counts> m_statusRead;
    RepeatedRead<QList<ServerStatus::SearchEntry>> m_searchRead;
};

} // namespace punchclock::ui
