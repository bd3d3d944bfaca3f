#pragma once

#include "consolecontext.h"
#include "useractions.h"
#include "userbulkresultdialog.h"
#include "userrepository.h"

namespace punchclock::ui {

// What the Users page does to several selected employees at once: one question that names how
// many, then each person through the same service as for one (their own audit record, their own
// jobs), and one summary that lists everyone with done or why not. Department and schedule
// changes are one transaction; work on terminals is queued person by person.
class UserBulkActions : public UserActions
{
    Q_OBJECT

public:
    using Users = QList<storage::UserRow>;
    using UserActions::UserActions;

    void setDepartment(const Users &users);
    void setSchedule(const Users &users);
    void push(const Users &users);
    void copy(const Users &users);
    void disable(const Users &users);
    // DELETE_USER to every terminal holding each of them; they stay stored here.
    void removeFromTerminals(const Users &users);
    // Each one's personal data into one folder (person-<id>.json and their photos).
    void exportData(const Users &users);

    // The folder exports go to in tests, instead of asking (empty: ask).
    void setExportFolderForTests(const QString &folder) { m_exportFolder = folder; }

private:
    // Shows who was done and who not, says it in the page's status line, and tells the pages.
    void finish(const QString &title, const QList<UserBulkResultDialog::Line> &lines, ConsoleContext::Areas changed);
    bool confirm(const QString &objectName, const QString &question, const QString &detail, const QString &acceptText);

    QString m_exportFolder;
};

} // namespace punchclock::ui
